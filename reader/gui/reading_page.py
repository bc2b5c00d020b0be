"""What one tab shows: the document's message bar, its page, the dispersion strip and the find bar."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

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

    def place(self, strip: QWidget, bar: QWidget) -> None:
        self.strip_place = EdgeOverlay(strip, self.view)
        self.layout().addWidget(bar)
