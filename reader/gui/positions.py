"""Qt cursor positions (UTF-16 units in a script view) ↔ original offsets (code points).

The only place the widgets translate coordinates: everything stored or compared is an
original offset. The page's text is the view's with a joiner after some characters of its
centred lines' runs (line_units.glued: a dateline's date kept on one line), which this
counts as Qt does, and their spacing no-break spaces as spaces (line_units.spaced, one for
one): `shown` puts both in."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from reader.core.line_units import JOINER, glued, spaced
from reader.core.scripts import View
from reader.core.textpos import Utf16Map

GLUED_KINDS = ("dateline", "breadcrumb")
"""The centred lines of running text whose runs a line keeps whole (title_balance)."""


def _glued(view: View, blocks: Sequence[tuple[int, int, str]]) -> tuple[list[int], list[int]]:
    """The view offsets of the characters a joiner follows, and of the no-break spaces shown
    as spaces (line_units.spaced), in the centred lines of running text."""
    joined: list[int] = []
    spaces: list[int] = []
    for start, end, kind in blocks:
        if kind in GLUED_KINDS:
            a, b = view.range_to_view(start, end)
            joined.extend(a + i for i in glued(view.text[a:b]))
            spaces.extend(a + i for i in spaced(view.text[a:b]))
    return sorted(joined), sorted(spaces)


class QtPositions:
    def __init__(self, view: View, blocks: Sequence[tuple[int, int, str]] = ()) -> None:
        self.view = view
        self.joined, self.spaces = _glued(view, blocks)
        self._utf16 = Utf16Map(view.text, self.joined)

    def shown(self, text: str, start: int = 0) -> str:
        """text (the view's from view offset `start` as the page shows it: display_text, of the
        same length) with the joiners in and a dateline's spacing no-break spaces as spaces."""
        first, last = bisect_left(self.spaces, start), bisect_left(self.spaces, start + len(text))
        if first != last:
            chars = list(text)
            for p in self.spaces[first:last]:
                chars[p - start] = " "
            text = "".join(chars)
        first, last = bisect_left(self.joined, start), bisect_left(self.joined, start + len(text))
        if first == last:
            return text
        parts, at = [], 0
        for p in self.joined[first:last]:
            parts.append(text[at : p - start + 1])
            at = p - start + 1
        parts.append(text[at:])
        return JOINER.join(parts)

    def to_qt(self, pos: int, end: bool = False) -> int:
        return self._utf16.to_utf16(self.view.to_view(pos, end))

    def to_original(self, qt_pos: int, end: bool = False) -> int:
        return self.view.to_original(self._utf16.to_code_point(qt_pos), end)

    def range_to_qt(self, start: int, end: int) -> tuple[int, int]:
        return self.to_qt(start), self.to_qt(end, end=True)

    def range_to_original(self, start: int, end: int) -> tuple[int, int]:
        return self.to_original(start), self.to_original(end, end=True)
