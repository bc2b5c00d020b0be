"""Reading progress as the reader reads: once a second, what is on screen counts towards the
sections shown (the rule is core.progress's); read sections get a tick in the tree."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel

from reader.core.progress import save_progress

TICK_MS = 1000


class ProgressTracker(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.label = QLabel(window)
        self.timer = QTimer(self, interval=TICK_MS, timeout=self.tick)

    def start(self) -> None:
        self.changed()
        self.timer.start()

    def tick(self) -> None:
        window = self.window
        session = window.session
        if session is None or window.view.positions is None or not window.isVisible() or window.isMinimized():
            return
        if session.progress.observe(*window.view.visible_range(), TICK_MS / 1000):
            self.changed()

    def changed(self) -> None:
        """Show and keep the progress after it changed (a section read, a reset, a new document)."""
        session = self.window.session
        self.window.outline_model.set_read(session.progress.read)
        self.label.setText(self.tr("Read {share}%").format(share=round(100 * session.progress.share_read)))
        try:
            save_progress(session.store.path, session.progress)
        except OSError as exc:
            message = self.tr("Could not save the reading progress: {error}").format(error=exc.strerror or exc)
            self.window.statusBar().showMessage(message, 5000)

    def reset(self) -> None:
        if self.window.session is not None:
            self.window.session.progress.reset()
            self.changed()
