"""Highlight colours as painted on the page."""

from __future__ import annotations

from PySide6.QtGui import QColor

HIGHLIGHT = {
    "yellow": "#ffe066",
    "green": "#8fe388",
    "blue": "#8cc8ff",
    "pink": "#ff9fc4",
    "purple": "#c7a6ff",
}
UNDERLINE_FALLBACK = "#d9480f"  # an underline with no colour of its own


def highlight_colour(name: str | None, alpha: int = 140) -> QColor:
    colour = QColor(HIGHLIGHT.get(name or "", UNDERLINE_FALLBACK))
    colour.setAlpha(alpha)
    return colour
