"""A visible, dismissable message above the text (a missing font, a damaged file, a failed save)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget


class MessageBar(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        self.label = QLabel(self)
        self.label.setObjectName("messageText")
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # file names, settings values: never markup
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QToolButton(self, text="✕", toolTip=self.tr("Dismiss"))
        close.clicked.connect(self.hide)
        layout.addWidget(self.label, 1)
        layout.addWidget(close)
        self.setAutoFillBackground(True)
        self.hide()

    def show_message(self, text: str, error: bool = False) -> None:
        pal = self.palette()
        pal.setColor(self.backgroundRole(), QColor("#f8d7da" if error else "#fff3cd"))
        pal.setColor(self.foregroundRole(), QColor("#58151c" if error else "#664d03"))
        self.setPalette(pal)
        self.label.setPalette(pal)
        current = self.label.text()
        self.label.setText(text if not self.isVisible() or not current or text in current else current + "\n" + text)
        self.show()
