"""Reading progress as the reader reads: once a second, what is on screen of the current
reading counts towards the sections shown (the rule is core.progress's); read sections get a
tick in the tree."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel

from reader.core.progress import save_progress
from reader.models.plain_text import plain_label

TICK_MS = 1000


class ProgressTracker(QObject):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.reading = None
        self.label = plain_label(QLabel())
        # what "Read N%" counts, beside the place's own per cent (status_line): a jump to the
        # end reads nothing
        self.label.setToolTip(
            self.tr(
                "The share of the text that has been on screen as long as reading it takes; read sections are ticked in the Sections panel."
            )
        )
        self.timer = QTimer(self, interval=TICK_MS, timeout=self.tick)

    def set_reading(self, reading) -> None:
        """Follow another reading (None: none open)."""
        self.reading = reading
        if reading is None:
            self.timer.stop()
            self.label.setText("")
            return
        self._show()  # nothing changed: no write (its fsync held the window 14-25 ms at each open)
        if reading.session.progress.unsaved:  # sync copies merged in as it opened: written, and removed
            self.changed()
        self.timer.start()

    def tick(self) -> None:
        reading = self.reading
        if reading is None or reading.closed or reading.view.positions is None:
            return
        window = reading.view.window()
        if not reading.view.isVisible() or window.isMinimized():
            return
        if reading.session.progress.observe(*reading.view.visible_range(), TICK_MS / 1000):
            self.changed()

    def _show(self) -> None:
        session = self.reading.session
        self.reading.outline_model.set_read(session.progress.read)
        self.label.setText(self.tr("Read {share}%").format(share=round(100 * session.progress.share_read)))

    def changed(self) -> None:
        """Show and keep the progress after it changed (a section read, a reset)."""
        self._show()
        self.save(self.reading)

    def save(self, reading) -> None:
        """Write a reading's progress, merged with what the file and its sync copies hold (a
        copy that landed while it is open: reader.gui.synced_watch); what came in is said."""
        session = reading.session
        path, progress = session.store.path, session.progress

        def save() -> None:
            news = save_progress(path, progress)
            from reader.gui import progress_news  # with the first save, after the paint

            if not reading.closed:
                progress_news.say(reading.page.messages, news)
                if news.merged and self.reading is reading:
                    self._show()

        try:
            save()
        except OSError as exc:
            # the data folder moved away: kept (this document's latest) and saved once it is back
            if self.parent().data_folder.hold(("progress", path), save, exc):
                return
            message = self.tr("Could not save the reading progress: {error}").format(error=exc.strerror or exc)
            reading.status(message, 5000)

    def reset(self) -> None:
        if self.reading is not None:
            self.reading.session.progress.reset()
            self.changed()
