"""The Preferences dialog: reading comfort (reader.gui.reading_prefs) set in one place."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFontComboBox,
    QFormLayout,
    QSpinBox,
)

from reader.gui.reading_prefs import RANGES, ReadingPrefs, body_font


class PreferencesDialog(QDialog):
    """Every change applies at once (prefsChanged) and is kept; Close only closes."""

    prefsChanged = Signal(object)

    def __init__(self, prefs: ReadingPrefs, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.prefs = prefs
        form = QFormLayout(self)
        self.theme = QComboBox(self, objectName="prefTheme")
        for key, label in (
            ("system", self.tr("Follow the system")),
            ("light", self.tr("Light")),
            ("sepia", self.tr("Sepia")),
            ("dark", self.tr("Dark")),
        ):
            self.theme.addItem(label, key)
        self.font = QFontComboBox(self, objectName="prefFont")
        self.font.setWritingSystem(QFontDatabase.WritingSystem.SimplifiedChinese)
        self.size = QDoubleSpinBox(
            self,
            objectName="prefSize",
            minimum=RANGES["font_size"][0],
            maximum=RANGES["font_size"][1],
            singleStep=1,
            suffix=" pt",
        )
        self.line_height = QSpinBox(
            self,
            objectName="prefLineHeight",
            minimum=RANGES["line_height"][0],
            maximum=RANGES["line_height"][1],
            singleStep=5,
            suffix=" %",
        )
        self.spacing = QDoubleSpinBox(
            self,
            objectName="prefParagraphSpacing",
            minimum=RANGES["paragraph_spacing"][0],
            maximum=RANGES["paragraph_spacing"][1],
            singleStep=0.1,
            decimals=1,
        )
        self.indent = QCheckBox(self.tr("Indent the first line by two characters"), self, objectName="prefIndent")
        self.width = QSpinBox(
            self,
            objectName="prefMaxWidth",
            minimum=RANGES["max_width"][0],
            maximum=RANGES["max_width"][1],
            singleStep=2,
        )
        self.width.setSpecialValueText(self.tr("No limit"))
        self.punctuation = QCheckBox(
            self.tr("Show full-width punctuation beside Chinese (display only)"), self, objectName="prefPunctuation"
        )
        form.addRow(self.tr("&Theme:"), self.theme)
        form.addRow(self.tr("&Font:"), self.font)
        form.addRow(self.tr("&Size:"), self.size)
        form.addRow(self.tr("&Line spacing:"), self.line_height)
        form.addRow(self.tr("&Paragraph spacing (lines):"), self.spacing)
        form.addRow("", self.indent)
        form.addRow(self.tr("Line &width (characters):"), self.width)
        form.addRow("", self.punctuation)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Close | QDialogButtonBox.StandardButton.RestoreDefaults, self
        )
        buttons.rejected.connect(self.reject)
        restore = buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        restore.clicked.connect(lambda: self.show_prefs(ReadingPrefs()))
        # Enter closes (every change is applied already): the first button in the focus chain
        # became the default, and Enter in a field put every preference back to its default
        restore.setAutoDefault(False)
        buttons.button(QDialogButtonBox.StandardButton.Close).setDefault(True)
        form.addRow(buttons)
        self.show_prefs(prefs)
        for signal in (
            self.theme.currentIndexChanged,
            self.font.currentFontChanged,
            self.size.valueChanged,
            self.line_height.valueChanged,
            self.spacing.valueChanged,
            self.indent.toggled,
            self.width.valueChanged,
            self.punctuation.toggled,
        ):
            signal.connect(self._changed)

    def show_prefs(self, prefs: ReadingPrefs) -> None:
        self._showing = True
        self.theme.setCurrentIndex(max(0, self.theme.findData(prefs.theme)))
        self.font.setCurrentFont(body_font(prefs))
        self.size.setValue(prefs.font_size)
        self.line_height.setValue(prefs.line_height)
        self.spacing.setValue(prefs.paragraph_spacing)
        self.indent.setChecked(prefs.indent)
        self.width.setValue(prefs.max_width)
        self.punctuation.setChecked(prefs.clean_punctuation)
        self._showing = False
        self._changed()

    def _changed(self, *_args) -> None:
        if getattr(self, "_showing", False):
            return
        prefs = ReadingPrefs(
            theme=self.theme.currentData(),
            font_family=self.font.currentFont().family(),
            font_size=self.size.value(),
            line_height=self.line_height.value(),
            paragraph_spacing=round(self.spacing.value(), 1),
            indent=self.indent.isChecked(),
            max_width=self.width.value(),
            clean_punctuation=self.punctuation.isChecked(),
        )
        if prefs != self.prefs:
            self.prefs = prefs
            self.prefsChanged.emit(prefs)
