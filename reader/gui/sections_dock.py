"""The section tree in its dock: it shows the current reading's outline, follows the caret
without unfolding what the reader folded, and choosing a section goes there."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QAbstractItemView, QDockWidget, QTreeView, QWidget

from reader.gui.after_paint import after_paint
from reader.models.outline_model import OutlineModel

PAINT_WAIT_MS = 50  # the page not painted by then (nothing on it changed): the tree painted anyway


class SectionsDock(QDockWidget):
    sectionChosen = Signal(object)  # an outline Node

    def __init__(self, parent=None) -> None:
        super().__init__(self.tr("Sections"), parent)
        self.setObjectName("outlineDock")
        self.tree = QTreeView(self)
        self.tree.setObjectName("outlineTree")
        self.tree.setAccessibleName(self.tr("Sections"))
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.clicked.connect(self._chosen)
        self.tree.activated.connect(self._chosen)
        self.setWidget(self.tree)
        self.setFocusProxy(self.tree)
        self._following = False

    @property
    def model(self) -> OutlineModel | None:
        return self.tree.model()

    def set_model(self, model: OutlineModel | None) -> None:
        self.tree.setModel(model)

    def follow(self, path: list, page: QWidget | None = None) -> None:
        """Mark the section the caret is in (`path`: its nodes from the top level down): the
        deepest one the reader has opened the tree to, since reading never unfolds it. page:
        the tree, marked at once, is painted just after that widget's next paint (a tree
        scrolled to another row repaints in 20-45 ms: in the page's own paint, after Ctrl+End,
        the two made one stall)."""
        model = self.model
        if model is None or not path:
            return
        shown = path[0]
        for node in path[1:]:
            if not self.tree.isExpanded(model.index_of(shown)):
                break
            shown = node
        index = model.index_of(shown)
        held = page is not None and index != self.tree.currentIndex() and self.tree.updatesEnabled()
        if held:
            self.tree.setUpdatesEnabled(False)
        self._following = True
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)
        self._following = False
        if held:
            after_paint(page, lambda: self.tree.setUpdatesEnabled(True), timeout_ms=PAINT_WAIT_MS)

    def _chosen(self, index: QModelIndex) -> None:
        if not self._following and index.isValid() and self.model is not None:
            self.sectionChosen.emit(self.model.node(index))
