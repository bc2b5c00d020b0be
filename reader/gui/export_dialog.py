"""File ▸ Export Annotations: format (PDF included), the Word hand-out's style, script, scope,
colours, whether the whole text comes along, and the file, named after the document's title;
the last choices are remembered (reader.gui.settings_export)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from reader.core.annotations.styles import HIGHLIGHT_STYLES
from reader.core.export import NO_COLOUR, WHOLE_TEXT_FORMATS
from reader.core.scripts import Script
from reader.gui.export_choice import ExportChoice
from reader.gui.file_dialogs import roomy
from reader.gui.palette import label, swatch_icon
from reader.gui.settings import Settings
from reader.gui.settings_export import export_choice, store_export_choice

EXTENSIONS = {"md": ".md", "csv": ".csv", "html": ".html", "json": ".json", "docx": ".docx", "pdf": ".pdf"}
ALL_COLOURS = (*(style.name for style in HIGHLIGHT_STYLES), NO_COLOUR)


@dataclass(frozen=True)
class ExportRequest:
    format: str
    script: Script
    scope: str
    path: Path
    colours: frozenset[str] | None = None
    """Names from the style table and NO_COLOUR; None: every annotation, whatever its colour."""
    whole_text: bool = False
    style: str = "study"
    """A Word hand-out's look: a name from core/export/handout_styles.py."""
    summary: bool = False
    """A 学习笔记: the Word hand-out opens with a table of highlights per section and colour."""


class ExportDialog(QDialog):
    def __init__(self, settings: Settings, default_stem: str, script: Script, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export Annotations"))
        self.settings = settings
        form = QFormLayout(self)
        self.format = QComboBox(self, objectName="exportFormat")
        for key, text in (
            ("md", self.tr("Markdown")),
            ("csv", self.tr("CSV (spreadsheet)")),
            ("html", self.tr("HTML page")),
            ("json", self.tr("JSON (W3C Web Annotation)")),
            ("docx", self.tr("Word document")),
            ("pdf", self.tr("PDF (the whole document, as printed)")),
        ):
            self.format.addItem(text, key)
        self.style = QComboBox(self, objectName="exportStyle")
        for key, text in (  # the rows of core/export/handout_styles.py
            ("study", self.tr("Study notes (宋体, 黑体 headings)")),
            ("gongwen", self.tr("Official document (GB/T 9704: 仿宋, 小标宋 title)")),
        ):
            self.style.addItem(text, key)
        self.script = QComboBox(self, objectName="exportScript")
        for value, text in (
            (Script.ORIGINAL, self.tr("Original")),
            (Script.SIMPLIFIED, "简体"),
            (Script.TRADITIONAL, "繁體"),
        ):
            self.script.addItem(text, value.value)
        self.scope = QComboBox(self, objectName="exportScope")
        for key, text in (
            ("all", self.tr("All annotations")),
            ("section", self.tr("Current section")),
            ("noted", self.tr("Only those with notes")),
        ):
            self.scope.addItem(text, key)
        # one box per row of the style table, and one for the comments without a colour
        colours = self.colours_row = QWidget(self, objectName="exportColours")
        colours_layout = QHBoxLayout(colours)
        colours_layout.setContentsMargins(0, 0, 0, 0)
        self.colours: dict[str, QCheckBox] = {}
        for style in HIGHLIGHT_STYLES:
            box = QCheckBox(label(style), colours, objectName=f"exportColour_{style.name}")
            box.setIcon(swatch_icon(style.name))
            self.colours[style.name] = box
        self.colours[NO_COLOUR] = QCheckBox(self.tr("No colour"), colours, objectName=f"exportColour_{NO_COLOUR}")
        for box in self.colours.values():
            colours_layout.addWidget(box)
            box.toggled.connect(self._update_save)
        colours_layout.addStretch(1)
        self.whole_text = QCheckBox(self.tr("Include the &whole text"), self, objectName="exportWholeText")
        self.whole_text.setToolTip(
            self.tr(
                "The document's text with the highlights on it, not only the quotes; "
                "in a Word document the notes become numbered footnotes."
            )
        )
        self.summary = QCheckBox(self.tr("Begin with a su&mmary table"), self, objectName="exportSummary")
        self.summary.setToolTip(self.tr("How many highlights of each colour each section holds, before the quotes."))
        row = QWidget(self)
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        self.path = QLineEdit(row, objectName="exportPath")
        browse = QPushButton(self.tr("&Browse…"), row)
        browse.clicked.connect(self._browse)
        row_layout.addWidget(self.path)
        row_layout.addWidget(browse)
        form.addRow(self.tr("&Format:"), self.format)
        form.addRow(self.tr("S&tyle:"), self.style)
        form.addRow(self.tr("&Script:"), self.script)
        form.addRow(self.tr("S&cope:"), self.scope)
        form.addRow(self.tr("Co&lours:"), colours)
        form.addRow("", self.whole_text)
        form.addRow("", self.summary)
        form.addRow(self.tr("F&ile:"), row)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        last = export_choice(settings)
        self._select(self.format, last.format)
        self._select(self.style, last.style)
        self._select(self.script, last.script or script.value)  # "": the script on screen
        self._select(self.scope, last.scope)
        for name, box in self.colours.items():
            box.setChecked(last.colours is None or name in last.colours)
        self.whole_text.setChecked(last.whole_text)
        self.summary.setChecked(last.summary)
        folder = Path(last.folder)
        self.path.setText(str(folder / (default_stem + EXTENSIONS[self.format.currentData()])))
        self.format.currentIndexChanged.connect(self._format_changed)
        self.whole_text.toggled.connect(lambda: self._format_changed(rename=False))
        self.path.textChanged.connect(self._update_save)
        self._format_changed(rename=False)
        self.resize(560, self.sizeHint().height())

    @staticmethod
    def _select(combo: QComboBox, value) -> None:
        index = combo.findData(value)
        if index >= 0:
            combo.setCurrentIndex(index)

    def _format_changed(self, _index: int = 0, rename: bool = True) -> None:
        fmt = self.format.currentData()
        # only a page and a Word document can carry the text; the box keeps its tick for them
        self.whole_text.setEnabled(fmt in WHOLE_TEXT_FORMATS)
        self.style.setEnabled(fmt in ("docx", "pdf"))  # the PDF takes the same look
        self.summary.setEnabled(fmt == "docx" and not self.whole_text.isChecked())
        # a PDF is the whole document with every highlight, as File ▸ Print gives it
        self.scope.setEnabled(fmt != "pdf")
        self.colours_row.setEnabled(fmt != "pdf")
        if rename:
            path = Path(self.path.text())
            self.path.setText(str(path.with_suffix(EXTENSIONS[fmt])))
        self._update_save()

    def _update_save(self) -> None:
        some = any(box.isChecked() for box in self.colours.values()) or self.format.currentData() == "pdf"
        ready = bool(self.path.text().strip()) and some
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(ready)

    def _browse(self) -> None:
        with roomy(self):
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Export Annotations"), self.path.text())
        if chosen:
            self.path.setText(chosen)

    def _accept(self) -> None:
        if not self.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled():
            return  # Return in the file field with no file or no colour chosen
        chosen = tuple(n for n, box in self.colours.items() if box.isChecked())
        store_export_choice(
            self.settings,
            ExportChoice(
                format=self.format.currentData(),
                script=self.script.currentData(),
                scope=self.scope.currentData(),
                colours=None if len(chosen) == len(ALL_COLOURS) else chosen,
                whole_text=self.whole_text.isChecked(),
                folder=str(Path(self.path.text()).parent),
                style=self.style.currentData(),
                summary=self.summary.isChecked(),
            ),
        )
        self.accept()

    def choice(self) -> ExportRequest:
        chosen = frozenset(name for name, box in self.colours.items() if box.isChecked())
        fmt = self.format.currentData()
        return ExportRequest(
            format=fmt,
            script=Script(self.script.currentData()),
            scope=self.scope.currentData(),
            path=Path(self.path.text()),
            colours=None if chosen == frozenset(ALL_COLOURS) else chosen,
            whole_text=self.whole_text.isChecked() and fmt in WHOLE_TEXT_FORMATS,
            style=self.style.currentData(),
            summary=self.summary.isChecked() and fmt == "docx" and not self.whole_text.isChecked(),
        )
