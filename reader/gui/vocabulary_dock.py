"""The Vocabulary panel (View ▸ Vocabulary): the words kept with Add to Vocabulary, as a table
of word, pinyin, gloss and source. Double-click (or Enter) goes to the word's place in its
document; Delete forgets the selected words; Export… writes them as CSV or an Anki deck.

The list is the core's file (reader.core.vocabulary), read when the panel shows and again
whenever the data folder changes (this window's Add to Vocabulary, another window's, the
command line's), so it is never stale and never written from a stale copy."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QFileSystemWatcher, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from reader.core.plural import plural
from reader.core.vocabulary import Item, export
from reader.gui.file_dialogs import roomy
from reader.gui.hint_label import hint_label, look_empty, own_viewport
from reader.models.plain_text import escaped, plain_label
from reader.models.vocabulary_model import ItemRole, VocabularyModel

FILTERS = {
    "apkg": QT_TRANSLATE_NOOP("VocabularyDock", "Anki deck (*.apkg)"),
    "csv": QT_TRANSLATE_NOOP("VocabularyDock", "CSV file (*.csv)"),
}


def _filters() -> dict[str, str]:
    """The file dialog's kinds, in the interface's language."""
    return {kind: QCoreApplication.translate("VocabularyDock", text) for kind, text in FILTERS.items()}


SOURCE_WIDTH = 110


class VocabularyTable(QTreeView):
    """The words; Delete asks the panel to forget the selected ones."""

    deleteRequested = Signal()

    def keyPressEvent(self, event) -> None:
        if event.matches(QKeySequence.StandardKey.Delete) or event.key() == Qt.Key.Key_Backspace:
            self.deleteRequested.emit()
            return
        super().keyPressEvent(event)


class VocabularyDock(QDockWidget):
    wordChosen = Signal(object)  # an Item: go to its place

    def __init__(self, path: Path, parent=None) -> None:
        super().__init__(self.tr("Vocabulary"), parent)
        self.setObjectName("vocabularyDock")
        self.model = VocabularyModel(path, self)
        self.table = VocabularyTable(self)
        own_viewport(self.table)  # coloured when empty (look_empty)
        self.table.setObjectName("vocabularyTable")
        self.table.setAccessibleName(self.tr("Vocabulary"))
        self.table.setModel(self.model)
        self.table.setRootIsDecorated(False)
        self.table.setUniformRowHeights(True)
        self.table.setAllColumnsShowFocus(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._frame = self.table.frameShape()
        # the gloss takes the room; the source (a long title) is elided to a short column
        header = self.table.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(3, SOURCE_WIDTH)
        self.table.activated.connect(self._chosen)  # a double-click or Enter, as the platform has it
        self.table.deleteRequested.connect(self.remove_selected)
        # an empty panel says how words come to it (it showed an empty table and "Words: 0")
        self.hint = hint_label(self._first_steps(), self, "vocabularyHint")
        self.count = plain_label(QLabel(self))
        self.count.setObjectName("vocabularyCount")
        self.export_button = QPushButton(self.tr("&Export…"), self)
        self.export_button.setObjectName("vocabularyExport")
        self.export_button.clicked.connect(self.export)
        bar = QHBoxLayout()
        bar.setContentsMargins(4, 2, 4, 4)
        bar.addWidget(self.count, 1)
        bar.addWidget(self.export_button)
        body = QWidget(self)
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.table, 1)  # empty, its header over the hint
        column.addWidget(self.hint, 1)
        column.addLayout(bar)
        self.setWidget(body)
        self.setFocusProxy(self.table)
        self.model.modelReset.connect(self._counted)
        self._counted()
        # the folder, not the file: the file is replaced whole on every write (atomic_write)
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(lambda _folder: self.isVisible() and self.reload())
        self.visibilityChanged.connect(lambda shown: shown and self.reload())

    def reload(self) -> None:
        if not self._watcher.directories() and self.model.path.parent.is_dir():
            self._watcher.addPath(str(self.model.path.parent))
        self.model.reload()
        for column in (0, 1):
            self.table.resizeColumnToContents(column)

    def selected_rows(self) -> list[int]:
        return sorted({index.row() for index in self.table.selectionModel().selectedRows()})

    def remove_selected(self) -> None:
        rows = self.selected_rows()
        if not rows:
            return
        try:
            self.model.remove(rows)
        except OSError as exc:
            self._refused(self.tr("The words could not be removed"), exc)
            return
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(min(rows[0], self.model.rowCount() - 1), 0))

    def export(self) -> None:
        """Export… : every word, to a file the reader names."""
        self.reload()
        items = list(self.model.items)
        if not items:
            empty = self.tr("There are no words to export yet: add some from Look Up Word (Ctrl+D).")
            QMessageBox.information(self, self.tr("Export Vocabulary"), empty)
            return
        filters = _filters()
        with roomy(self):
            target, chosen = QFileDialog.getSaveFileName(
                self, self.tr("Export Vocabulary"), str(Path.home() / "vocabulary.apkg"), ";;".join(filters.values())
            )
        if not target:
            return
        target_path = Path(target)
        kind = next((k for k, v in filters.items() if v == chosen), "")
        if not target_path.suffix and kind:
            target_path = target_path.with_suffix(f".{kind}")
        try:
            export(items, target_path)
        except Exception as exc:  # noqa: BLE001 — genanki's own errors too: said, and nothing is lost
            self._refused(self.tr("The vocabulary could not be exported to {file}").format(file=target_path), exc)
            return
        message = plural(
            len(items), self.tr("1 word exported to {file}."), self.tr("{count} words exported to {file}.")
        ).format(count=len(items), file=target_path)
        self.count.setText(message)

    def _refused(self, what: str, exc: BaseException) -> None:
        reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
        text = self.tr("{what}: {reason}. Your vocabulary is unchanged.").format(what=what, reason=reason)
        QMessageBox.warning(self, self.tr("Vocabulary"), escaped(text))

    def _counted(self) -> None:
        count = self.model.rowCount()
        text = self.tr("Words: {count}").format(count=count)
        merged = self.model.vocabulary.merged if self.model.vocabulary is not None else []
        if merged:  # a sync tool's copy of the file: another computer's words, shown with these
            text += " · " + self.tr("with another computer's words from {files}").format(
                files=", ".join(p.name for p in merged)
            )
        self.count.setText(text)
        self.hint.setVisible(count == 0)
        look_empty(self.table, count == 0, self.table.header().sizeHint().height(), self._frame, self.hint.text())
        self.widget().layout().activate()  # the rows at their height now: a click may follow at once

    def _first_steps(self) -> str:
        from reader.gui.actions import first_keys

        return self.tr(
            "No words yet.\n\nLook a word up ({look_up}, or Edit ▸ Look Up Word) and choose Add to Vocabulary "
            "to keep it here with its pinyin, its gloss and the document it came from; export them as CSV or an "
            "Anki deck."
        ).format(look_up=first_keys()["look_up_word"])

    def _chosen(self, index: QModelIndex) -> None:
        item = index.data(ItemRole)
        if item is not None:
            self.wordChosen.emit(item)


def go_to_word(window, item: Item) -> None:
    """The word in its document: opened (or its tab shown), the caret on the word, selected.
    Its offsets are the original text's, whatever script the word was kept in."""
    status = window.statusBar()
    if not item.path or item.start < 0:
        said = QCoreApplication.translate("VocabularyDock", "“{word}” was kept without its place in a document.")
        status.showMessage(said.format(word=item.word), 5000)
        return
    if not Path(item.path).is_file():
        message = QCoreApplication.translate("VocabularyDock", "The document of “{word}” is no longer at {path}.")
        message = message.format(word=item.word, path=item.path)
        status.showMessage(message, 8000)
        return

    def there(reading) -> None:
        if item.end > len(reading.session.text):
            message = QCoreApplication.translate(
                "VocabularyDock", "“{word}” is no longer where it was: the document has changed."
            )
            reading.status(message.format(word=item.word), 5000)
            return
        reading.jump(item.start, item.end)  # selected, in the upper third of the page
        reading.focus()

    window.open_path(item.path, then=there)
