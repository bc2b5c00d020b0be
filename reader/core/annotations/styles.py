"""The highlight colours, declared once: what each is called in a file, how it looks on a light
page, on a dark page and on paper, and what the reader calls it.

Everything that shows a colour is made from this table: the on-screen palette
(gui/palette.py), the colour commands (their text and order, so key 1 is the first row), the
HTML, Markdown and Word exports, the PDF and the labels the export dialog offers. Adding a row
adds a colour everywhere; `name` is what annotation files store, so a row is never renamed.
No Qt here: colours are "#rrggbb" strings, and `label` and `command` are English source texts
the interface translates (gui/palette.py marks them for lupdate)."""

from __future__ import annotations

from typing import NamedTuple


class HighlightStyle(
    NamedTuple
):  # a NamedTuple, not a frozen dataclass: made at launch, 2-3 M instructions fewer (issue 32)
    """One highlight colour: its stored name, its shades and what the reader calls it."""

    name: str
    """Stored in annotation files and exchanged in exports: never renamed."""
    light: str
    """On a light page, painted under the text (the screen mixes it with the page)."""
    dark: str
    """On a dark page: a deep tone under light text (the pale ones would glare and wash the
    text out). Deep enough to read as a line on white paper too, so an underline in print is
    drawn in it."""
    printed: str
    """Under black text on paper (PDF, HTML, Word): pale, so the text stays easy to read and a
    page full of highlights does not soak the paper in toner."""
    label: str
    """The colour's name for the reader (English; translated in context "HighlightStyle")."""
    command: str
    """The menu text of its colour command (English, with its mnemonic; context "Actions")."""


HIGHLIGHT_STYLES: tuple[HighlightStyle, ...] = (
    HighlightStyle("yellow", "#ffe066", "#8a6d00", "#fff3a3", "yellow", "Highlight &Yellow"),
    HighlightStyle("green", "#8fe388", "#2f7a35", "#c8f0c0", "green", "Highlight &Green"),
    HighlightStyle("blue", "#8cc8ff", "#1f5f9e", "#c6e2ff", "blue", "Highlight &Blue"),
    HighlightStyle("pink", "#ff9fc4", "#9a3466", "#ffd0e0", "pink", "Highlight &Pink"),
    HighlightStyle("purple", "#c7a6ff", "#5f3fa0", "#e2d4ff", "purple", "Highlight Purpl&e"),
)

UNDERLINE_FALLBACK = "#d9480f"
"""The line of an annotation without a colour of its own (a comment, an underline): a burnt
orange that shows on light and dark pages and on paper alike."""

_BY_NAME = {style.name: style for style in HIGHLIGHT_STYLES}


def style_named(name: str | None) -> HighlightStyle | None:
    """The row for a stored colour name; None for no colour (or a name no row has)."""
    return _BY_NAME.get(name or "")


def colour_names() -> tuple[str, ...]:
    """The stored names in the table's order (the order of the colour commands)."""
    return tuple(style.name for style in HIGHLIGHT_STYLES)


def printed_colour(name: str | None) -> str | None:
    """The paper colour under a highlight, or None when the annotation has no colour."""
    style = style_named(name)
    return style.printed if style else None


def line_colour(name: str | None) -> str:
    """The colour of an underline on paper: the colour's deep tone, else the fallback."""
    style = style_named(name)
    return style.dark if style else UNDERLINE_FALLBACK
