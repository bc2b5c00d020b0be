"""Highlight colours as painted on the page, with a light-page and a dark-page value each."""

from __future__ import annotations

from PySide6.QtGui import QColor

HIGHLIGHT = {
    "yellow": "#ffe066",
    "green": "#8fe388",
    "blue": "#8cc8ff",
    "pink": "#ff9fc4",
    "purple": "#c7a6ff",
}
# on a dark page, deep tones under light text: the pale ones would glare and wash the text out
HIGHLIGHT_DARK = {
    "yellow": "#8a6d00",
    "green": "#2f7a35",
    "blue": "#1f5f9e",
    "pink": "#9a3466",
    "purple": "#5f3fa0",
}
UNDERLINE_FALLBACK = "#d9480f"  # an underline with no colour of its own


def highlight_colour(name: str | None, alpha: int = 140, dark: bool = False) -> QColor:
    table = HIGHLIGHT_DARK if dark else HIGHLIGHT
    colour = QColor(table.get(name or "", UNDERLINE_FALLBACK))
    colour.setAlpha(alpha)
    return colour
