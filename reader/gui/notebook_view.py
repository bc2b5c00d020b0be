"""The notebook: every highlight and note of every document, filtered by document, colour,
tag, date and text (either script); a row opens its document at the passage; the selection (or
everything shown) exports as Markdown, CSV, JSON or Word (in the hand-out style last chosen for
a document's export)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from reader.core.annotations.model import COLOURS
from reader.core.atomic import atomic_write
from reader.core.char_classes import has_han
from reader.core.library import notebook
from reader.core.library.catalogue import Catalogue
from reader.core.library.notebook import NotebookLabels
from reader.core.library.notebook_docx import render_docx
from reader.core.plural import plural
from reader.gui.export_names import export_stem
from reader.gui.file_dialogs import roomy
from reader.gui.hint_label import hint_label
from reader.gui.library_tags import TagChoice
from reader.gui.palette import labels
from reader.models.library_model import PathRole, RangeRole, notebook_model
from reader.models.plain_text import escaped

EARLIEST = QDate(2000, 1, 1)
MOST_TITLES = 3
DOCUMENT_CHOICE_CHARACTERS = 16  # the notebook's document choice: as wide as a short title
"""The documents an export's proposed name names; more are shown as "…"."""


class NotebookView(QWidget):
    exported = Signal(str)  # what was written where, for the Library window's status line

    def __init__(
        self,
        catalogue: Catalogue,
        folder: Path,
        open_at: Callable[[str, int, int], None],
        parent=None,
        word_style: Callable[[], str] = lambda: "study",
    ) -> None:
        super().__init__(parent)
        self.word_style = word_style
        self.catalogue = catalogue
        self.folder = folder
        self.open_at = open_at
        self.notes: list[notebook.Note] = []
        self.shown: list[notebook.Note] = []
        self.document = QComboBox(self)
        # as wide as a short title, not the longest: a notice's 35-character title held the
        # Library window at least 942 px wide (past an 800 px screen); its list (Qt's) shows them whole
        self.document.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.document.setMinimumContentsLength(DOCUMENT_CHOICE_CHARACTERS)
        self.colour = QComboBox(self)
        self.colour.addItem(self.tr("Every colour"), None)
        # each colour by its name in the interface language, as the annotation panel says it
        self.colour_names = {**labels(), notebook.NO_COLOUR: self.tr("no colour")}
        for name in (*COLOURS, notebook.NO_COLOUR):
            self.colour.addItem(self.colour_names.get(name, name), name)
        self.tag_choice = TagChoice(self)
        self.tag_choice.set_tags(catalogue.all_tags())
        self.tag_choice.chosen.connect(lambda _: self.apply_filter())
        self.since = QDateEdit(EARLIEST, self)
        self.until = QDateEdit(QDate.currentDate(), self)
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.dateChanged.connect(self.apply_filter)
        self.text = QLineEdit(self)
        self.text.setPlaceholderText(self.tr("Text in the passage or the note (either script)"))
        self.text.setClearButtonEnabled(True)
        self.text.textChanged.connect(self.apply_filter)
        self.document.currentIndexChanged.connect(self.apply_filter)
        self.colour.currentIndexChanged.connect(self.apply_filter)
        self.export_button = export = QPushButton(self.tr("Export…"), self)
        export.clicked.connect(self.export)
        self.list = QTreeView(self)
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.activated.connect(self._open)
        row = QHBoxLayout()
        for widget in (self.document, self.colour, self.tag_choice, self.since, self.until):
            row.addWidget(widget)
        row.addWidget(self.text, 1)
        row.addWidget(export)
        self.hint = hint_label(self.first_steps(), self, "notebookHint")  # in place of an empty list
        column = QVBoxLayout(self)
        column.addLayout(row)
        column.addWidget(self.hint, 1)
        column.addWidget(self.list, 1)
        self.reload()

    def first_steps(self) -> str:
        """What the empty notebook says: where its notes come from, with the keys of the
        action table (reader.gui.actions), as the annotation panel's hint names them."""
        from reader.gui.actions import first_keys

        keys = first_keys()
        return self.tr(
            "No notes yet.\n\n"
            "The highlights and notes of every document you read are gathered here. In a document, "
            "select a passage and press {highlight} to highlight it or {note} to write a note; "
            "it is listed here, and a row opens its document at the passage."
        ).format(highlight=keys["highlight"], note=keys["note"])

    def reload(self) -> None:
        self.notes = notebook.gather(self.catalogue, self.folder)
        chosen = self.document.currentData()
        self.document.blockSignals(True)
        self.document.clear()
        self.document.addItem(self.tr("Every document"), None)
        for path, title in dict.fromkeys((n.path, n.title) for n in self.notes):
            self.document.addItem(title, path)
        self.document.setCurrentIndex(max(0, self.document.findData(chosen)))
        self.document.blockSignals(False)
        self.apply_filter()

    def current_filter(self) -> notebook.NoteFilter:
        path, colour, tag = self.document.currentData(), self.colour.currentData(), self.tag_choice.currentData()
        since = self.since.date()
        tagged = None if tag is None else {i for i, tags in self.catalogue.tags().items() if tag in tags}
        return notebook.NoteFilter(
            identities=tagged,
            paths=None if path is None else {path},
            colours=None if colour is None else {colour},
            since="" if since == EARLIEST else since.toString("yyyy-MM-dd"),
            until=self.until.date().toString("yyyy-MM-dd"),
            text=self.text.text(),
        )

    def apply_filter(self) -> None:
        self.shown = notebook.select(self.notes, self.current_filter())
        self.list.setModel(notebook_model(self.shown, self.list, self.colour_names))
        self.list.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.list.setColumnWidth(0, 200)
        self.list.setColumnWidth(1, 360)
        self.list.setColumnWidth(2, 260)
        # in place of an empty list: how notes get here, or that the filters hide every note
        self.hint.setText(self.first_steps() if not self.notes else self.nothing_shown())
        self.hint.setVisible(not self.shown)
        self.list.setVisible(bool(self.shown))

    def nothing_shown(self) -> str:
        return plural(
            len(self.notes),
            self.tr(
                "No note matches these filters.\n\n"
                "There is 1 note in all: choose Every document, Every colour or an earlier date, "
                "or clear the text, to see it again."
            ),
            self.tr(
                "No note matches these filters.\n\n"
                "There are {count} notes in all: choose Every document, Every colour or an earlier date, "
                "or clear the text, to see them again."
            ),
        ).format(count=len(self.notes))

    def selected(self) -> list[notebook.Note]:
        rows = sorted({i.row() for i in self.list.selectionModel().selectedRows()}) if self.list.model() else []
        return [self.shown[r] for r in rows] or list(self.shown)

    def _open(self, index) -> None:
        path, span = index.data(PathRole), index.data(RangeRole)
        if path and span:
            self.open_at(path, *span)

    def export(self) -> None:
        if not self.shown:  # as a document's Export Annotations: said, and no empty file asked for
            QMessageBox.information(
                self, self.tr("Export Notes"), self.tr("No notes are shown, so there is nothing to export.")
            )
            return
        filters = {
            "md": "Markdown (*.md)",
            "csv": "CSV (*.csv)",
            "json": "JSON (*.json)",
            "docx": self.tr("Word document (*.docx)"),
        }
        with roomy(self):
            target, chosen = QFileDialog.getSaveFileName(
                self, self.tr("Export Notes"), str(Path.home() / f"{self.file_stem()}.md"), ";;".join(filters.values())
            )
        if not target:
            return
        format = next((k for k, v in filters.items() if v == chosen), Path(target).suffix.lstrip(".") or "md")
        self.export_to(Path(target), format)

    def file_stem(self) -> str:
        """The name an export proposes: its documents' titles with " notes", as a document's
        export is named (reader.gui.exchange), the words in the titles' script."""
        titles = list(dict.fromkeys(n.title for n in self.selected() if n.title))
        if not titles:
            return export_stem(self.tr("notes"), "")
        several = "、" if has_han(titles[0]) else ", "
        title = several.join(titles[:MOST_TITLES]) + ("…" if len(titles) > MOST_TITLES else "")
        return export_stem(self.tr("{title} notes"), title)

    def export_to(self, target: Path, format: str) -> bool:
        """Write the notes; a folder that cannot be written is said, and nothing is lost (the
        write is atomic: an old file there stays whole)."""
        notes = self.selected()
        # the Markdown's heading and colours in the interface's words, as the Word file's (they
        # were English in a 繁體中文 window: # Notebook, yellow)
        names = NotebookLabels(
            title=self.tr("Notebook"), no_colour=self.colour_names[notebook.NO_COLOUR], colours=labels()
        )
        data = (
            render_docx(notes, names, self.word_style()) if format == "docx" else notebook.render(notes, format, names)
        )
        try:
            atomic_write(target, data, shared=True)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Export failed"), escaped(f"{target}\n\n{exc.strerror or exc}"))
            return False
        # said, as a document's export says it: the window showed nothing once the file was written
        said = plural(len(notes), self.tr("Exported 1 note to {path}"), self.tr("Exported {n} notes to {path}"))
        self.exported.emit(said.format(n=len(notes), path=target))
        return True
