"""File ▸ Export Annotations: format, script, scope and file; the last choices are remembered."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
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

from reader.core.scripts import Script

EXTENSIONS = {"md": ".md", "csv": ".csv", "html": ".html", "json": ".json"}


class ExportDialog(QDialog):
    def __init__(self, settings, default_stem: str, script: Script, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export Annotations"))
        self.settings = settings
        form = QFormLayout(self)
        self.format = QComboBox(self, objectName="exportFormat")
        for key, label in (
            ("md", self.tr("Markdown")),
            ("csv", self.tr("CSV (spreadsheet)")),
            ("html", self.tr("HTML page")),
            ("json", self.tr("JSON (W3C Web Annotation)")),
        ):
            self.format.addItem(label, key)
        self.script = QComboBox(self, objectName="exportScript")
        for value, label in (
            (Script.ORIGINAL, self.tr("Original")),
            (Script.SIMPLIFIED, "简体"),
            (Script.TRADITIONAL, "繁體"),
        ):
            self.script.addItem(label, value.value)
        self.scope = QComboBox(self, objectName="exportScope")
        for key, label in (
            ("all", self.tr("All annotations")),
            ("section", self.tr("Current section")),
            ("noted", self.tr("Only those with notes")),
        ):
            self.scope.addItem(label, key)
        row = QWidget(self)
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        self.path = QLineEdit(row, objectName="exportPath")
        browse = QPushButton(self.tr("&Browse…"), row)
        browse.clicked.connect(self._browse)
        row_layout.addWidget(self.path)
        row_layout.addWidget(browse)
        form.addRow(self.tr("&Format:"), self.format)
        form.addRow(self.tr("&Script:"), self.script)
        form.addRow(self.tr("S&cope:"), self.scope)
        form.addRow(self.tr("F&ile:"), row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self._select(self.format, settings.value("export/format", "md"))
        self._select(self.script, settings.value("export/script", script.value))
        self._select(self.scope, settings.value("export/scope", "all"))
        folder = Path(settings.value("export/folder", str(Path.home())))
        self.path.setText(str(folder / (default_stem + EXTENSIONS[self.format.currentData()])))
        self.format.currentIndexChanged.connect(self._format_changed)
        self.resize(520, self.sizeHint().height())

    @staticmethod
    def _select(combo: QComboBox, value) -> None:
        index = combo.findData(value)
        if index >= 0:
            combo.setCurrentIndex(index)

    def _format_changed(self) -> None:
        path = Path(self.path.text())
        self.path.setText(str(path.with_suffix(EXTENSIONS[self.format.currentData()])))

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Export Annotations"), self.path.text())
        if chosen:
            self.path.setText(chosen)

    def _accept(self) -> None:
        if not self.path.text().strip():
            return
        self.settings.setValue("export/format", self.format.currentData())
        self.settings.setValue("export/script", self.script.currentData())
        self.settings.setValue("export/scope", self.scope.currentData())
        self.settings.setValue("export/folder", str(Path(self.path.text()).parent))
        self.accept()

    def choice(self) -> tuple[str, Script, str, Path]:
        return (
            self.format.currentData(),
            Script(self.script.currentData()),
            self.scope.currentData(),
            Path(self.path.text()),
        )
