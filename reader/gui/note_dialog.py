"""A small editor for one note: Ctrl+Enter saves, Esc cancels."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout

from reader.models.plain_text import plain_label


class NoteDialog(QDialog):
    def __init__(self, quote: str, note: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("noteDialog")
        self.setWindowTitle(self.tr("Note"))
        layout = QVBoxLayout(self)
        shown = quote if len(quote) <= 120 else quote[:120] + "…"
        passage = plain_label(QLabel(f"「{shown}」", self))  # the document's text: never markup
        passage.setWordWrap(True)
        label = QLabel(self.tr("&Note (Ctrl+Enter saves, Esc cancels):"), self)
        self.edit = QPlainTextEdit(note, self)
        self.edit.setObjectName("noteEdit")
        self.edit.setAccessibleName(self.tr("Note text"))
        self.edit.setTabChangesFocus(True)
        label.setBuddy(self.edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        for w in (passage, label, self.edit, buttons):
            layout.addWidget(w)
        self.edit.installEventFilter(self)
        self.resize(460, 280)
        self.edit.setFocus()
        self.edit.moveCursor(self.edit.textCursor().MoveOperation.End)

    def eventFilter(self, obj, event) -> bool:
        # Ctrl+Enter inside the editor saves (a plain Enter is a new line)
        if obj is self.edit and event.type() == event.Type.KeyPress:
            if (
                event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier
            ):
                self.accept()
                return True
        return super().eventFilter(obj, event)

    @property
    def note(self) -> str:
        return self.edit.toPlainText()
