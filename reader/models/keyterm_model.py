"""The document's key terms with their counts, shown in the current script."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt

from reader.core.plural import plural
from reader.models.plain_text import escaped

if TYPE_CHECKING:  # the analysis's modules load after the window's first paint
    from reader.core.keyterms import KeyTerm

TermRole = Qt.ItemDataRole.UserRole + 1
_ROOT = QModelIndex()


class KeyTermModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.terms: list[KeyTerm] = []
        self.view = None

    def reset(self, terms: list[KeyTerm], view) -> None:
        self.beginResetModel()
        self.terms = list(terms)
        self.view = view
        self.endResetModel()

    def set_view(self, view) -> None:
        self.view = view
        if self.terms:
            self.dataChanged.emit(self.index(0), self.index(len(self.terms) - 1))

    def rowCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self.terms)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.terms):
            return None
        term = self.terms[index.row()]
        shown = term.shown(self.view) if self.view is not None else term.term
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{shown}  ({term.count})"
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            said = plural(term.count, self.tr("{term}: once"), self.tr("{term}: {count} times")).format(
                term=shown, count=term.count
            )
            return escaped(said) if role == Qt.ItemDataRole.ToolTipRole else said
        if role == TermRole:
            return term
        return None
