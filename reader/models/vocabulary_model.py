"""The reader's vocabulary as a table (word, pinyin, gloss, source), over the core's file: read
when asked (reload), changed only through the core (Vocabulary.remove), so another window's
words are never lost."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from reader.core.vocabulary import Item, Vocabulary
from reader.models.plain_text import escaped

ItemRole = Qt.ItemDataRole.UserRole + 1
_ROOT = QModelIndex()
COLUMNS = (
    QT_TRANSLATE_NOOP("VocabularyModel", "Word"),
    QT_TRANSLATE_NOOP("VocabularyModel", "Pinyin"),
    QT_TRANSLATE_NOOP("VocabularyModel", "Gloss"),
    QT_TRANSLATE_NOOP("VocabularyModel", "Source"),
)


def _cells(item: Item) -> tuple[str, str, str, str]:
    # the gloss on one line (a word outside the dictionary has one line per part)
    return (item.word, item.pinyin, item.sense.replace("\n", "; "), item.document)


class VocabularyModel(QAbstractTableModel):
    def __init__(self, path: Path, parent=None) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.vocabulary: Vocabulary | None = None  # read when first shown (reload)
        self._read_at: int | None = None  # the file's time when last read

    @property
    def items(self) -> list[Item]:
        return self.vocabulary.items if self.vocabulary is not None else []

    def reload(self) -> None:
        """Read the file again when it changed since (this window's Add to Vocabulary, another
        window's, reader vocabulary)."""
        try:
            changed_at = self.path.stat().st_mtime_ns
        except OSError:
            changed_at = None
        if self.vocabulary is not None and changed_at == self._read_at:
            return
        self.beginResetModel()
        self.vocabulary = Vocabulary(self.path)
        self._read_at = changed_at
        self.endResetModel()

    def remove(self, rows: list[int]) -> None:
        """Forget the words on these rows. Raises OSError when the file cannot be written; the
        list is unchanged then."""
        keys = {self.items[r].key for r in rows if 0 <= r < len(self.items)}
        if not keys or self.vocabulary is None:
            return
        self.beginResetModel()
        try:
            self.vocabulary.remove(keys)
        finally:
            self.endResetModel()
        self._read_at = None

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(COLUMNS):
                return QCoreApplication.translate("VocabularyModel", COLUMNS[section])
        return None

    def rowCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return _cells(item)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            # what the column has no room for: every sense, the whole title; else the sentence
            whole = {2: item.sense, 3: item.document}.get(index.column(), item.sentence)
            return escaped(whole)  # shown as written
        if role == ItemRole:
            return item
        return None
