"""Go ▸ Go To… (Ctrl+G): a one-line dialog that takes an article, a chapter, an item, a page
or a percentage (reader.core.goto reads it) and takes the Reading there. A target that names
nothing says why in the dialog, which stays open with what was typed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from reader.core.goto import Place, parse_target, resolve
from reader.core.plural import plural


def place_for(reading, typed: str) -> Place | str:
    """Where `typed` is in the reading's document, or the message saying why it is nowhere."""
    target = parse_target(typed)
    if target is None:
        return QCoreApplication.translate(
            "GoToDialog",
            "“{typed}” is not a place to go to. Type an article (第1165条), a chapter (第八十回, 80), "
            "an item (（三）), a page of a PDF (p. 12, 第12页) or a percentage (50%).",
        ).format(typed=typed.strip())
    pages = reading.session.document.pages
    if target.kind == "page" and not pages:
        return QCoreApplication.translate(
            "GoToDialog", "This document has no pages (only a PDF has): try a percentage, such as 50%."
        )
    place = resolve(target, reading.session.outline, reading.view.caret_original(), pages)
    if place is not None:
        return place
    if target.kind == "page":
        return plural(
            len(pages),
            QCoreApplication.translate("GoToDialog", "This document has 1 page."),
            QCoreApplication.translate("GoToDialog", "This document has {count} pages."),
        ).format(count=len(pages))
    return QCoreApplication.translate("GoToDialog", "No heading numbered “{typed}” in this document.").format(
        typed=typed.strip()
    )


class GoToDialog(QDialog):
    def __init__(self, reading, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reading = reading
        self.place: Place | None = None
        self.setWindowTitle(self.tr("Go To"))
        self.setObjectName("goToDialog")
        layout = QVBoxLayout(self)
        prompt = QLabel(self.tr("Article, chapter, item, page or percentage:"), self)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("goToEdit")
        self.edit.setPlaceholderText("第1165条 · 第八十回 · 80 · （三） · p. 12 · 50%")
        self.edit.setAccessibleName(self.tr("Where to go"))
        prompt.setBuddy(self.edit)
        self.message = QLabel(self)
        self.message.setObjectName("goToMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # it quotes what the reader typed
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: palette(link);")
        self.message.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Go"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        for widget in (prompt, self.edit, self.message, buttons):
            layout.addWidget(widget)
        self.edit.textChanged.connect(self.message.hide)
        self.setMinimumWidth(420)

    def accept(self) -> None:
        found = place_for(self.reading, self.edit.text())
        if isinstance(found, str):
            self.message.setText(found)
            self.message.show()
            self.adjustSize()  # the wrapped message's lines: a layout grows by width, not by them
            self.edit.selectAll()
            self.edit.setFocus()
            return
        self.place = found
        super().accept()


def go_to(reading) -> None:
    """Ask where to go, and go: a heading to the upper part of the page, marked briefly (as
    the section tree does), a page or a share of the text with the caret at its place."""
    dialog = GoToDialog(reading, reading.dialog_parent())
    if dialog.exec() and dialog.place is not None:
        place = dialog.place
        if place.end > place.start:
            reading.go_to_section(place)
        else:
            reading.jump(place.start, place.start)
        reading.focus()
