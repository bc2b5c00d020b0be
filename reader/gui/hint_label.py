"""The hint an empty list shows in its place (the annotation panel's, the notebook's): how
its rows come to be, in the placeholder's colour."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractItemView, QFrame, QLabel, QWidget

QWIDGETSIZE_MAX = (1 << 24) - 1


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


def look_empty(view: QAbstractItemView, empty: bool, strip: int, frame: QFrame.Shape, hint: str) -> None:
    """An empty list beside its hint: kept (F6 still reaches its panel, a screen reader hears the
    hint) as a strip `strip` px high, drawn as the panel's ground, not an empty white box that
    reads as a field to type in; with rows, as tall as the panel lets it be, in its frame."""
    view.setMaximumHeight(strip if empty else QWIDGETSIZE_MAX)
    view.setFrameShape(QFrame.Shape.NoFrame if empty else frame)
    view.viewport().setBackgroundRole(QPalette.ColorRole.Window if empty else QPalette.ColorRole.Base)
    view.setAccessibleDescription(hint if empty else "")


def own_viewport(view: QAbstractItemView) -> None:
    """The view's viewport made here, set up as Qt sets up its own (a Base background, filled),
    so that PySide knows its type when look_empty colours it: a viewport Qt made is a plain
    QWidget PySide has never seen, and wrapping it the first time made PySide try every
    QWidget subclass for a more derived type (their classes and enums made before the
    notice's text painted: QMessageBox, QWizard, QCalendarWidget…)."""
    viewport = QWidget()
    viewport.setBackgroundRole(QPalette.ColorRole.Base)
    viewport.setAutoFillBackground(True)
    view.setViewport(viewport)
