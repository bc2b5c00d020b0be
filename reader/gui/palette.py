"""Highlight colours as painted on the page, made from the one table of highlight styles
(core/annotations/styles.py), with the names and command texts in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor, QIcon, QPixmap

from reader.core.annotations.styles import HIGHLIGHT_STYLES, UNDERLINE_FALLBACK, HighlightStyle, style_named

HIGHLIGHT = {style.name: style.light for style in HIGHLIGHT_STYLES}
HIGHLIGHT_DARK = {style.name: style.dark for style in HIGHLIGHT_STYLES}

LABEL_CONTEXT = "HighlightStyle"
COMMAND_CONTEXT = "Actions"  # the context of the action table, whose texts these are

# lupdate reads only literal strings, so the table's English texts are spelled once more here
# for it to collect; tests/core/export/test_docx.py::test_the_style_table_is_marked_for_translation
# fails when a row of the table has no marker here.
MARKED = (
    QT_TRANSLATE_NOOP("HighlightStyle", "yellow"),
    QT_TRANSLATE_NOOP("HighlightStyle", "green"),
    QT_TRANSLATE_NOOP("HighlightStyle", "blue"),
    QT_TRANSLATE_NOOP("HighlightStyle", "pink"),
    QT_TRANSLATE_NOOP("HighlightStyle", "purple"),
    QT_TRANSLATE_NOOP("Actions", "Highlight &Yellow"),
    QT_TRANSLATE_NOOP("Actions", "Highlight &Green"),
    QT_TRANSLATE_NOOP("Actions", "Highlight &Blue"),
    QT_TRANSLATE_NOOP("Actions", "Highlight &Pink"),
    QT_TRANSLATE_NOOP("Actions", "Highlight Purpl&e"),
)


def highlight_colour(name: str | None, alpha: int = 140, dark: bool = False) -> QColor:
    """The screen colour of a highlight (light or dark page); an annotation without a colour
    gets the underline fallback."""
    style = style_named(name)
    colour = QColor((style.dark if dark else style.light) if style else UNDERLINE_FALLBACK)
    colour.setAlpha(alpha)
    return colour


def label(style: HighlightStyle) -> str:
    """The colour's name in the interface language."""
    return QCoreApplication.translate(LABEL_CONTEXT, style.label)


def labels() -> dict[str, str]:
    """Stored name → translated name, for every colour, in the table's order."""
    return {style.name: label(style) for style in HIGHLIGHT_STYLES}


def command_text(style: HighlightStyle) -> str:
    """The menu text of a colour's command in the interface language."""
    return QCoreApplication.translate(COMMAND_CONTEXT, style.command)


def swatch_icon(name: str | None, size: int = 16) -> QIcon:
    """A square of the colour, for menus and lists."""
    pixmap = QPixmap(size, size)
    pixmap.fill(highlight_colour(name, 255))
    return QIcon(pixmap)


def swatch_tooltip(name: str, keys: str) -> str:
    """A colour swatch's tooltip: the colour's name and the key that highlights in it."""
    style = style_named(name)
    colour = label(style) if style else name
    if not keys:
        return QCoreApplication.translate("Actions", "Highlight in {colour}").format(colour=colour)
    return QCoreApplication.translate("Actions", "Highlight in {colour} (key {keys})").format(colour=colour, keys=keys)
