"""The hint an empty list shows in its place (the annotation panel's, the notebook's): how
its rows come to be, in the placeholder's colour."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QWidget


def hint_label(text: str, parent: QWidget, name: str) -> QLabel:
    """A wrapped plain-text label (never rich text: it names keys, which could read as tags)."""
    label = QLabel(text, parent)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    label.setContentsMargins(6, 6, 6, 6)
    return label
