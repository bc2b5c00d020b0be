"""Qt cursor positions (UTF-16 units in a script view) ↔ original offsets (code points).

The only place the widgets translate coordinates: everything stored or compared is an
original offset. The page's text is the view's with a character of its own after some of its
characters, which this counts as Qt does: in a centred line of running text after each place
a line may break (line_units.slots), a joiner inside its runs (line_units.glued: a dateline's
date kept on one line) and inside its words once those are known (title_balance), a LOOSE
elsewhere; everywhere but in a balanced title, a joiner between a number and its unit
(line_units.number_ties). A centred line's spacing no-break spaces are shown as spaces
(line_units.spaced, one for one). `shown` puts both in."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from reader.core.line_units import JOINER, LOOSE, glued, number_ties, slots, spaced
from reader.core.scripts import View
from reader.core.textpos import Utf16Map

GLUED_KINDS = ("dateline", "breadcrumb")
"""The centred lines of running text whose runs a line keeps whole (title_balance)."""
BALANCED_KINDS = ("title", "subtitle")
"""The titles whose lines are balanced between their words (title_balance): no joiners."""


def _glued(view: View, blocks: Sequence[tuple[int, int, str]]) -> tuple[list[int], set[int], list[int]]:
    """The view offsets of the characters a page-only character follows (line_units.slots, and
    a number's before its unit: number_ties), of those it is a joiner after (line_units.glued,
    number_ties), and of the no-break spaces shown as spaces (line_units.spaced), in the centred
    lines of running text (numbers everywhere but in a balanced title)."""
    joined: set[int] = set()
    tied: set[int] = set()
    spaces: list[int] = []
    titles: list[tuple[int, int]] = []
    for start, end, kind in blocks:
        if kind in GLUED_KINDS:
            a, b = view.range_to_view(start, end)
            text = view.text[a:b]
            runs = glued(text)
            joined.update(a + i for i in slots(text, runs))
            tied.update(a + i for i in runs)
            spaces.extend(a + i for i in spaced(text))
        elif kind in BALANCED_KINDS:
            titles.append(view.range_to_view(start, end))
    numbers = [p for p in number_ties(view.text) if not any(a <= p < b for a, b in titles)]
    joined.update(numbers)
    tied.update(numbers)
    return sorted(joined), tied, sorted(spaces)


class QtPositions:
    def __init__(self, view: View, blocks: Sequence[tuple[int, int, str]] = ()) -> None:
        self.view = view
        self.joined, self.tied, self.spaces = _glued(view, blocks)
        """joined: the view offsets a page-only character follows; tied: those it is a JOINER
        after (a LOOSE after the others): the page's text holds the same (title_balance)."""
        self._utf16 = Utf16Map(view.text, self.joined)

    def shown(self, text: str, start: int = 0) -> str:
        """text (the view's from view offset `start` as the page shows it: display_text, of the
        same length) with the page-only characters in and a dateline's spacing no-break spaces
        as spaces."""
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
            parts.append(JOINER if p in self.tied else LOOSE)
            at = p - start + 1
        parts.append(text[at:])
        return "".join(parts)

    def tie(self, qt_pos: int, joined: bool) -> None:
        """The page-only character after the character at qt_pos is now a JOINER (joined) or a
        LOOSE: said here, so that the page's text made again (a preview) holds the same."""
        view_pos = self._utf16.to_code_point(qt_pos)
        if joined:
            self.tied.add(view_pos)
        else:
            self.tied.discard(view_pos)

    def to_qt(self, pos: int, end: bool = False) -> int:
        return self._utf16.to_utf16(self.view.to_view(pos, end))

    def to_original(self, qt_pos: int, end: bool = False) -> int:
        return self.view.to_original(self._utf16.to_code_point(qt_pos), end)

    def range_to_qt(self, start: int, end: int) -> tuple[int, int]:
        return self.to_qt(start), self.to_qt(end, end=True)

    def range_to_original(self, start: int, end: int) -> tuple[int, int]:
        return self.to_original(start), self.to_original(end, end=True)
