"""What one tab shows: the document's message bar, its page, the dispersion strip and the find bar."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from reader.gui.document_view import DocumentView
from reader.gui.edge_overlay import EdgeOverlay
from reader.gui.message_bar import MessageBar


class ReadingPage(QWidget):
    """What a tab shows: the document's messages above, the text with the dispersion strip
    over its right margin (edge_overlay: showing it leaves the page's width alone), the find
    bar below."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.messages = MessageBar(self)  # what concerns this document (its notes file, a failed save)
        self.view = DocumentView(self)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.messages)
        column.addWidget(self.view, 1)
        self.setFocusProxy(self.view)

    def fit(self, size: QSize, scrolls: bool) -> None:
        """Take `size` before the page is first shown, its text's column with it: a page never
        shown has a 98-pixel column, and a book's window laid out in it is laid out again
        when the tab shows it (reader.gui.workspace.Workspace.fit). scrolls: the text will be
        taller than the page, so the column is measured beside the scroll bar (which setDocument
        would show only after laying the book out once without it, then again)."""
        if scrolls:
            self.view.verticalScrollBar().setRange(0, 1)  # setDocument sets the real range
        self.ensurePolished()  # the style's frame around the text, as shown
        self.resize(size)
        self.layout().activate()
        # a hidden widget's resize reaches it when shown: the column is measured now
        QApplication.sendEvent(self.view, QResizeEvent(self.view.size(), QSize()))
        self.view.titles.fitted()

    def place(self, strip: QWidget, bar: QWidget) -> None:
        self.strip_place = EdgeOverlay(strip, self.view)
        self.layout().addWidget(bar)
