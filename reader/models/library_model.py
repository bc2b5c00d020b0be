"""Qt models over the library: its documents (a table to sort and filter), a concordance
(hits grouped by document, documents by date) and the notebook (every note)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QStandardItem, QStandardItemModel

from reader.core.library.concordance import Concordance, Hit
from reader.core.library.folding import fold
from reader.core.library.notebook import NO_COLOUR, Note
from reader.core.library.rows import Row
from reader.core.plural import counted, plural

PathRole = Qt.ItemDataRole.UserRole + 1
RangeRole = Qt.ItemDataRole.UserRole + 2
SortRole = Qt.ItemDataRole.UserRole + 3
SearchRole = Qt.ItemDataRole.UserRole + 4


IdentityRole = Qt.ItemDataRole.UserRole + 5
TagsRole = Qt.ItemDataRole.UserRole + 6


MISSING = QT_TRANSLATE_NOOP("LibraryModel", "  (file missing)")
DATED_BY_DOCUMENT = QT_TRANSLATE_NOOP("LibraryModel", "dated by the document")
DATED_BY_FILE = QT_TRANSLATE_NOOP("LibraryModel", "dated by its file")
TENS_OF_THOUSANDS = QT_TRANSLATE_NOOP("LibraryModel", "{thousands}k characters")  # Chinese: {wan} 万字
CHARACTER = QT_TRANSLATE_NOOP("LibraryModel", "1 character")
CHARACTERS = QT_TRANSLATE_NOOP("LibraryModel", "{count} characters")
KINDS = {
    # a document's format (reader.core.formats' names) as the Kind column says it
    "text": QT_TRANSLATE_NOOP("LibraryModel", "Text"),
    "markdown": "Markdown",
    "html": QT_TRANSLATE_NOOP("LibraryModel", "Web page"),
    "docx": "Word",
    "pdf": "PDF",
    "epub": "EPUB",
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("LibraryModel", text)


def human_size(chars: int) -> str:
    """A document's length as the interface says it: 2.6 万字 (简体), 2.6 萬字 (繁體), 26.3k
    characters (it said 万字 in every language)."""
    if chars >= 10_000:
        return _tr(TENS_OF_THOUSANDS).format(thousands=f"{chars / 1000:.1f}", wan=f"{chars / 10_000:.1f}")
    return _tr(plural(chars, CHARACTER, CHARACTERS)).format(count=counted(chars))  # as the status bar's


class LibraryModel(QAbstractTableModel):
    """One row per catalogued document: title, kind, date, size, notes, read, last read, tags."""

    HEADERS = (
        QT_TRANSLATE_NOOP("LibraryModel", "Title"),
        QT_TRANSLATE_NOOP("LibraryModel", "Kind"),
        QT_TRANSLATE_NOOP("LibraryModel", "Date"),
        QT_TRANSLATE_NOOP("LibraryModel", "Size"),
        QT_TRANSLATE_NOOP("LibraryModel", "Notes"),
        QT_TRANSLATE_NOOP("LibraryModel", "Read"),
        QT_TRANSLATE_NOOP("LibraryModel", "Last read"),
        QT_TRANSLATE_NOOP("LibraryModel", "Tags"),
    )
    TAGS = 7

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[Row] = []
        self._cells: list[_Cells] = []
        self.headers = [_tr(h) for h in self.HEADERS]

    def set_rows(self, rows: list[Row]) -> None:
        """Show these rows: a document already shown keeps its row (changed in place), new ones
        are added at the end, gone ones removed. Not a reset: the view re-sorted and measured
        every row each time the catalogue was read while a folder was indexed (a stall of tens
        of ms a second for a few hundred documents)."""
        given = {r.entry.identity: r for r in rows}
        for i in reversed(range(len(self.rows))):
            if self.rows[i].entry.identity not in given:
                self.beginRemoveRows(QModelIndex(), i, i)
                del self.rows[i]
                del self._cells[i]
                self.endRemoveRows()
        last = self.columnCount() - 1
        for i, old in enumerate(self.rows):
            new = given.pop(old.entry.identity)
            if new != old:
                self.rows[i], self._cells[i] = new, _Cells.of(new)
                self.dataChanged.emit(self.index(i, 0), self.index(i, last))
        if given:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(given) - 1)
            self.rows.extend(given.values())
            self._cells.extend(_Cells.of(r) for r in given.values())
            self.endInsertRows()

    def missing(self) -> int:
        """How many of the documents' files were gone when the rows were read."""
        return sum(row.missing for row in self.rows)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        # called for every cell painted and every comparison of a sort: the cells are worked
        # out once per row (_Cells), here only looked up
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells[index.row()].shown[index.column()]
        if role == SortRole:
            return self._cells[index.row()].sorted[index.column()]
        row = self.rows[index.row()]
        if role == IdentityRole:
            return row.entry.identity
        if role == TagsRole:
            return row.tags
        if role == SearchRole:
            return row.folded
        if role == PathRole:
            return row.entry.path
        if role == Qt.ItemDataRole.ToolTipRole:
            dated = _tr(DATED_BY_DOCUMENT if row.entry.date else DATED_BY_FILE)
            return f"{row.entry.path}\n{dated}"
        return None


@dataclass(frozen=True)
class _Cells:
    """A row's cells as shown and as sorted."""

    shown: tuple[str, ...]
    sorted: tuple

    @classmethod
    def of(cls, row: Row) -> _Cells:
        e, s = row.entry, row.status
        kind = _tr(KINDS[e.format]) if e.format in KINDS else e.format
        shown = (
            e.title + (_tr(MISSING) if row.missing else ""),
            kind,
            e.shown_date if e.date else f"({e.file_date})",
            human_size(e.chars),
            str(s.notes) if s.notes else "",
            f"{s.read:.0%}" if s.read else "",
            s.last_read,
            ", ".join(row.tags),
        )
        ordered = (e.title, kind, e.shown_date, e.chars, s.notes, s.read, s.last_read, ", ".join(row.tags))
        return cls(shown, ordered)


class LibraryFilter(QSortFilterProxyModel):
    """Sorts by each column's value; filters on title and path in either script, and by tag."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSortRole(SortRole)
        self._needle = ""
        self._tag: str | None = None

    def set_text(self, text: str) -> None:
        self._needle = fold(text.strip())
        self.invalidate()

    def set_tag(self, tag: str | None) -> None:
        """Only the documents with this tag (None: every document)."""
        self._tag = tag
        self.invalidate()

    def filtering(self) -> bool:
        """A text or a tag is set: some documents may be left out."""
        return bool(self._needle) or self._tag is not None

    def filterAcceptsRow(self, row: int, parent) -> bool:
        index = self.sourceModel().index(row, 0, parent)
        if self._tag is not None and self._tag not in index.data(TagsRole):
            return False
        return not self._needle or self._needle in index.data(SearchRole)


def _item(text: str, path: str = "", span: tuple[int, int] | None = None) -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    if path:
        item.setData(path, PathRole)
    if span is not None:
        item.setData(span, RangeRole)
    return item


def concordance_model(concordance: Concordance, parent=None) -> QStandardItemModel:
    """Documents (by date) with their hits beneath: section, left context, hit, right context."""
    model = QStandardItemModel(parent)
    model.setHorizontalHeaderLabels(
        [
            QCoreApplication.translate("LibraryModel", "Document / section"),
            QCoreApplication.translate("LibraryModel", "Before"),
            QCoreApplication.translate("LibraryModel", "Hit"),
            QCoreApplication.translate("LibraryModel", "After"),
        ]
    )
    groups: dict[str, QStandardItem] = {}
    counts: dict[str, int] = {}
    for hit in concordance.hits:
        group = groups.get(hit.path)
        if group is None:
            group = groups[hit.path] = _item("", hit.path, (hit.start, hit.end))
            model.appendRow([group, _item(""), _item(""), _item("")])
        counts[hit.path] = counts.get(hit.path, 0) + 1
        group.appendRow(_hit_row(hit))
    for path, group in groups.items():
        first = next(h for h in concordance.hits if h.path == path)
        group.setText(f"{first.date}  {first.title}  ({counts[path]})")
    return model


def _hit_row(hit: Hit) -> list[QStandardItem]:
    span = (hit.start, hit.end)
    before = " ".join(hit.before.split())
    after = " ".join(hit.after.split())
    row = [_item(hit.section or "—", hit.path, span), _item(before, hit.path, span)]
    row += [_item(hit.text, hit.path, span), _item(after, hit.path, span)]
    row[1].setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return row


def notebook_model(notes: list[Note], parent=None, colours: Mapping[str, str] | None = None) -> QStandardItemModel:
    """The notes as rows; `colours` names each stored colour (and NO_COLOUR) in the interface
    language (a name it lacks is shown as stored)."""
    colours = colours or {}
    model = QStandardItemModel(parent)
    model.setHorizontalHeaderLabels(
        [
            QCoreApplication.translate("LibraryModel", "Document"),
            QCoreApplication.translate("LibraryModel", "Passage"),
            QCoreApplication.translate("LibraryModel", "Note"),
            QCoreApplication.translate("LibraryModel", "Colour"),
            QCoreApplication.translate("LibraryModel", "Changed"),
        ]
    )
    for n in notes:
        span = (n.start, n.end)
        model.appendRow(
            [
                _item(n.title, n.path, span),
                _item(" ".join(n.exact.split()), n.path, span),
                _item(" ".join(n.note.split()), n.path, span),
                _item(colours.get(n.colour or NO_COLOUR, n.colour or NO_COLOUR), n.path, span),
                _item(n.modified[:16].replace("T", " "), n.path, span),
            ]
        )
    return model
