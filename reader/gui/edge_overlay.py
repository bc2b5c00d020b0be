"""A thin widget laid over the right edge of a scroll area's page, beside its scroll bar.

The find's dispersion strip used to sit beside the page in its row: showing it made the page
16 pixels narrower, and a narrower page is a new layout of the whole document (红楼梦's 855,000
characters laid out again, in slices, each time find opened or closed, the passage on screen
moving meanwhile). Laid over the page's right margin instead (page_typesetting.DOC_MARGIN is
wider than the strip), it covers no text and the page keeps its width."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect
from PySide6.QtWidgets import QAbstractScrollArea, QWidget


class EdgeOverlay(QObject):
    """Keeps `widget` (its own fixed width) over the right edge of `area`'s viewport, the
    viewport's height, whatever the area's size or margins."""

    def __init__(self, widget: QWidget, area: QAbstractScrollArea) -> None:
        super().__init__(widget)
        self._widget = widget
        self._area = area
        widget.setParent(area)  # a child of the area, not of its viewport: it does not scroll
        area.installEventFilter(self)
        area.viewport().installEventFilter(self)
        self.place()

    def place(self) -> None:
        port = self._area.viewport().geometry()
        width = self._widget.width()
        self._widget.setGeometry(QRect(port.right() + 1 - width, port.top(), width, port.height()))
        self._widget.raise_()

    def eventFilter(self, obj, event) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Move, QEvent.Type.Show):
            self.place()
        return False
