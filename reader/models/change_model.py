"""The changes between two versions, one row each, in document order; a kind filter hides the
kinds the reader does not want to see (punctuation, say)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractListModel, QCoreApplication, QModelIndex, Qt

from reader.core.compare.model import Change, ChangeKind
from reader.models.plain_text import escaped

ChangeRole = Qt.ItemDataRole.UserRole + 1
_ROOT = QModelIndex()
QUOTE_MAX = 24

KIND_LABELS = {
    ChangeKind.ADDED: QT_TRANSLATE_NOOP("ChangeModel", "added"),
    ChangeKind.REMOVED: QT_TRANSLATE_NOOP("ChangeModel", "removed"),
    ChangeKind.REWORDED: QT_TRANSLATE_NOOP("ChangeModel", "reworded"),
    ChangeKind.MOVED: QT_TRANSLATE_NOOP("ChangeModel", "moved"),
    ChangeKind.RENUMBERED: QT_TRANSLATE_NOOP("ChangeModel", "renumbered"),
    ChangeKind.PUNCTUATION: QT_TRANSLATE_NOOP("ChangeModel", "punctuation"),
}


def kind_label(kind: ChangeKind) -> str:
    return QCoreApplication.translate("ChangeModel", KIND_LABELS[kind])


def _quote(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= QUOTE_MAX else text[:QUOTE_MAX] + "…"


class ChangeModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.all: list[Change] = []
        self.rows: list[Change] = []
        self.kinds: frozenset[ChangeKind] = frozenset(ChangeKind)

    def set_changes(self, changes: list[Change]) -> None:
        self.beginResetModel()
        self.all = list(changes)
        self.rows = [c for c in self.all if c.kind in self.kinds]
        self.endResetModel()

    def set_kinds(self, kinds) -> None:
        """Show only these kinds of change."""
        self.kinds = frozenset(kinds)
        self.set_changes(self.all)

    def rowCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        change = self.rows[index.row()]
        if role == ChangeRole:
            return change
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            what = {
                ChangeKind.ADDED: f"+ {_quote(change.b.text)}",
                ChangeKind.REMOVED: f"− {_quote(change.a.text)}",
            }.get(change.kind, f"{_quote(change.a.text)} → {_quote(change.b.text)}")
            return f"{kind_label(change.kind)} · {_quote(change.section_label)}\n{what}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return escaped(f"{change.section_label}\n\nA: {change.a.text}\nB: {change.b.text}")
        return None

    def counts(self) -> dict[ChangeKind, int]:
        out = dict.fromkeys(ChangeKind, 0)
        for change in self.all:
            out[change.kind] += 1
        return out
