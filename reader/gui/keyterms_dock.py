"""The Key Terms panel: the document's top terms with their counts; choosing one finds it."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QAbstractItemView, QDockWidget, QListView

from reader.models.keyterm_model import KeyTermModel, TermRole


class KeyTermsDock(QDockWidget):
    termChosen = Signal(object)  # a KeyTerm

    def __init__(self, parent=None) -> None:
        super().__init__(self.tr("Key Terms"), parent)
        self.setObjectName("keytermDock")
        self.model = KeyTermModel(self)
        self.list = QListView(self)
        self.list.setObjectName("keytermList")
        self.list.setAccessibleName(self.tr("Key terms"))
        self.list.setModel(self.model)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.activated.connect(self._chosen)
        self.list.clicked.connect(self._chosen)
        self.setWidget(self.list)
        self.setFocusProxy(self.list)

    def _chosen(self, index: QModelIndex) -> None:
        term = index.data(TermRole)
        if term is not None:
            self.termChosen.emit(term)
