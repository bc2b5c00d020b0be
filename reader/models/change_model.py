"""The changes between two versions, one row each, in document order; a kind filter hides the
kinds the reader does not want to see (punctuation, say)."""

from __future__ import annotations

from collections.abc import Callable

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
        self.shown: Callable[[Change], tuple[str, str, str]] | None = None
        """A change's section label, A's text and B's as the pages show them (their scripts);
        None: as the documents are written."""

    def relabel(self) -> None:
        """The pages' scripts changed: every row says its change again as they show it."""
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 0))

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
            label, a, b = self._texts(change)
            what = {
                ChangeKind.ADDED: f"+ {_quote(b)}",
                ChangeKind.REMOVED: f"− {_quote(a)}",
            }.get(change.kind, f"{_quote(a)} → {_quote(b)}")
            return f"{kind_label(change.kind)} · {_quote(label)}\n{what}"
        if role == Qt.ItemDataRole.ToolTipRole:
            label, a, b = self._texts(change)
            return escaped(f"{label}\n\nA: {a}\nB: {b}")
        return None

    def _texts(self, change: Change) -> tuple[str, str, str]:
        if self.shown is not None:
            return self.shown(change)
        return change.section_label, change.a.text, change.b.text

    def counts(self) -> dict[ChangeKind, int]:
        out = dict.fromkeys(ChangeKind, 0)
        for change in self.all:
            out[change.kind] += 1
        return out
