"""Every highlight and note, grouped under its section in document order, orphans last."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractItemModel, QLocale, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor

from reader.core.annotations.styles import style_named
from reader.core.script_names import Mode
from reader.core.scripts import convert
from reader.models.plain_text import escaped

if TYPE_CHECKING:  # the session's modules load after the window's first paint
    from reader.core.annotations.model import Annotation
    from reader.core.session import Session

_ROOT = QModelIndex()  # the invalid index Qt passes for "no parent"
IdRole = Qt.ItemDataRole.UserRole + 1
NoteRole = Qt.ItemDataRole.UserRole + 2
ColourRole = Qt.ItemDataRole.UserRole + 3
DateRole = Qt.ItemDataRole.UserRole + 4
SearchRole = Qt.ItemDataRole.UserRole + 5
IsGroupRole = Qt.ItemDataRole.UserRole + 6
CheckRole = Qt.ItemDataRole.UserRole + 7
"""The warning a highlight carries when re-anchoring moved it with low confidence, else None."""


def quote_in(view, a: Annotation, mode: Mode = Mode.MODERN) -> str:
    """The highlighted passage as a view shows it (the stored quote, converted when it is not in
    the text, by the rules of the document's mode, as the page would write it)."""
    if view is None or a.orphaned:
        config = view.config if view else None
        return convert(a.exact, config, mode) if config else a.exact
    return view.slice(a.start, a.end)


@dataclass(eq=False)  # never compared (issue 32: a launch compiles each generated method)
class _Group:
    """A heading of the notes list (the section its notes are in, or the orphaned notes) and its notes."""

    label: str
    items: list[Annotation] = field(default_factory=list)


def format_date(stamp: str, locale: QLocale | None = None) -> str:
    from datetime import datetime  # with the first note shown: a fresh folder's launch shows none

    try:
        when = datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    locale = locale or QLocale()
    local = when.astimezone().replace(tzinfo=None)
    if locale.language() == QLocale.Language.C:  # no locale chosen: ISO order rather than C's "24 11 2026"
        return local.strftime("%Y-%m-%d %H:%M")
    return locale.toString(local, QLocale.FormatType.ShortFormat)


class AnnotationModel(QAbstractItemModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.session: Session | None = None
        self.view = None
        self._groups: list[_Group] = []
        self._row_of: dict[str, tuple[int, int]] = {}
        self._search: dict[str, str] = {}
        self.orphan_label = self.tr("Not found in the current text")
        self.check_label = self.tr("moved, please check")

    def reset(self, session: Session | None, view=None) -> None:
        self.beginResetModel()
        self.session = session
        self.view = view
        self._groups = []
        self._row_of = {}
        if session is not None:
            outline = session.outline
            by_group: dict[int, int] = {}
            orphans = _Group(self.orphan_label)
            for a in session.annotations:
                if a.orphaned:
                    orphans.items.append(a)
                    continue
                node = outline.group_at(a.start)
                key = id(node)
                if key not in by_group:
                    label = outline.label(node, view.text, view.to_view) if node and view else ""
                    by_group[key] = len(self._groups)
                    self._groups.append(_Group(label))
                self._groups[by_group[key]].items.append(a)
            if orphans.items:
                self._groups.append(orphans)
            for g, group in enumerate(self._groups):
                for r, a in enumerate(group.items):
                    self._row_of[a.id] = (g, r)
        self.endResetModel()

    def quote(self, a: Annotation) -> str:
        return quote_in(self.view, a, self.session.views.mode if self.session else Mode.MODERN)

    def search_key(self, a: Annotation) -> str:
        # quote and note folded to Simplified, lower case: the filter matches either script
        key = self._search.get(a.id + a.modified)
        if key is None:
            from reader.core.search import search_key  # with the first filter (with find's: 4.2 M)

            key = search_key(a.exact + "\n" + a.note)
            self._search[a.id + a.modified] = key
        return key

    def index_of_id(self, annotation_id: str) -> QModelIndex:
        if annotation_id not in self._row_of:
            return QModelIndex()
        g, r = self._row_of[annotation_id]
        return self.createIndex(r, 0, g + 1)

    def annotation(self, index: QModelIndex) -> Annotation | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        return self._groups[index.internalId() - 1].items[index.row()]

    # -- QAbstractItemModel ------------------------------------------------------------------
    def index(self, row: int, column: int, parent=_ROOT) -> QModelIndex:
        if column != 0 or not self.hasIndex(row, column, parent):
            return QModelIndex()
        # internal id 0 marks a group row; n > 0 an annotation in group n - 1
        return self.createIndex(row, 0, parent.row() + 1 if parent.isValid() else 0)

    def parent(self, index=_ROOT):
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent=_ROOT) -> int:
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._groups[parent.row()].items)
        return 0

    def columnCount(self, parent=_ROOT) -> int:
        return 1

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if index.internalId() == 0:
            group = self._groups[index.row()]
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return group.label
            if role == Qt.ItemDataRole.ToolTipRole:
                return escaped(group.label)
            if role == IsGroupRole:
                return True
            return None
        a = self.annotation(index)
        if role == Qt.ItemDataRole.DisplayRole:
            return self.quote(a)
        if role == Qt.ItemDataRole.ToolTipRole:
            check = f"⚠ {self.check_label}\n\n" if a.needs_check else ""
            return escaped(check + self.quote(a) + ("\n\n" + a.note if a.note else ""))
        if role == CheckRole:
            return self.check_label if a.needs_check else None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{self.quote(a)}. {a.note}"
        if role == NoteRole:
            return a.note
        if role == ColourRole:
            # the swatch beside each entry: the light-page colour of the style table, opaque
            style = style_named(a.colour)
            return QColor(style.light) if style else None
        if role == DateRole:
            return format_date(a.modified)
        if role == IdRole:
            return a.id
        if role == SearchRole:
            return self.search_key(a)
        if role == IsGroupRole:
            return False
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class AnnotationFilter(QSortFilterProxyModel):
    """Keeps annotations whose quote or note contains the filter text, in either script."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(True)
        self._needle = ""

    def set_text(self, text: str) -> None:
        from reader.core.search import search_key

        needle = search_key(text.strip()) if text.strip() else ""
        if hasattr(self, "beginFilterChange"):  # Qt 6.10 replaced invalidateFilter()
            self.beginFilterChange()
            self._needle = needle
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._needle = needle
            self.invalidateFilter()

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:
        if not self._needle:
            return True
        index = self.sourceModel().index(row, 0, parent)
        if index.data(IsGroupRole):
            return False  # a group shows when one of its annotations does (recursive filtering)
        return self._needle in index.data(SearchRole)
