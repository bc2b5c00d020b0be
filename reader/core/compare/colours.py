"""How a comparison's changes look, one set for the screen and every export (HTML, Markdown, the
Word table): the colours of a diff as readers know them, green what came in, red what went,
amber what was reworded, blue what moved, violet a number that changed; what went is struck
through; punctuation only gets a dotted line."""

from __future__ import annotations

from reader.core.compare.model import ChangeKind

CHANGE_COLOURS = {
    ChangeKind.ADDED: "#b7ebb0",
    ChangeKind.REMOVED: "#ffc9c9",
    ChangeKind.REWORDED: "#ffe08a",
    ChangeKind.MOVED: "#c6e2ff",
    ChangeKind.RENUMBERED: "#e5dbff",
}
CHANGE_INK = "#1a1a1a"
"""The text on a change's colour, in a dark theme too (its pale text would not read on them)."""
PUNCTUATION_LINE = "#868e96"
STRUCK = frozenset({ChangeKind.REMOVED})


def change_css(kind: ChangeKind) -> str:
    """The change's look as an inline CSS style (an HTML or Markdown export's marks)."""
    if kind is ChangeKind.PUNCTUATION:
        return f"text-decoration: underline dotted {PUNCTUATION_LINE}"
    line = "line-through" if kind in STRUCK else "none"  # <del> and <ins> strike and underline otherwise
    return f"background: {CHANGE_COLOURS[kind]}; color: {CHANGE_INK}; text-decoration: {line}"
