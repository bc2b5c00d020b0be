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
        self.timer = QTimer(self, interval=TICK_MS, timeout=self.tick)

    def set_reading(self, reading) -> None:
        """Follow another reading (None: none open)."""
        self.reading = reading
        if reading is None:
            self.timer.stop()
            self.label.setText("")
            return
        self.changed()
        self.timer.start()

    def tick(self) -> None:
        reading = self.reading
        if reading is None or reading.closed or reading.view.positions is None:
            return
        window = reading.view.window()
        if not reading.view.isVisible() or window.isMinimized():
            return
        start, end = reading.view.visible_range()
        if not on_the_page(reading.view, start, end):
            return  # a second not counted, rather than the whole document read
        if reading.session.progress.observe(start, end, TICK_MS / 1000):
            self.changed()

    def changed(self) -> None:
        """Show and keep the progress after it changed (a section read, a reset, a new document)."""
        session = self.reading.session
        self.reading.outline_model.set_read(session.progress.read)
        self.label.setText(self.tr("Read {share}%").format(share=round(100 * session.progress.share_read)))
        try:
            save_progress(session.store.path, session.progress)
        except OSError as exc:
            message = self.tr("Could not save the reading progress: {error}").format(error=exc.strerror or exc)
            self.reading.status(message, 5000)

    def reset(self) -> None:
        if self.reading is not None:
            self.reading.session.progress.reset()
            self.changed()


def on_the_page(view, start: int, end: int) -> bool:
    """Whether the blocks of [start, end) (original offsets) are where the page is. A tick in
    the turn of a script switch (or of a title balanced again), while Qt lays the document out
    anew, read the page's bottom as the document's end: all of a law counted as on screen,
    and "Read N%" jumped (1 % → 6 %) with the reader at its top."""
    doc, positions = view.document(), view.positions
    layout = doc.documentLayout()
    first = layout.blockBoundingRect(doc.findBlock(positions.to_qt(start)))
    last = layout.blockBoundingRect(doc.findBlock(positions.to_qt(max(start, end - 1))))
    top = view.verticalScrollBar().value()
    return first.bottom() >= top and last.top() <= top + view.viewport().height()
