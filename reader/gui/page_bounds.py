"""Where a book's window of shown blocks goes (page_window): the arithmetic of its bounds, over
block numbers and Qt positions only, so it is tested without a page.

A window is a run of blocks [first, last]. It is put around a place a quarter before it, grown
at the edge the page nears, trimmed at its far edge past a limit, and kept before the last
block not folded away (that block holds the part of the book below the window: page_margins).

Folded blocks (a comparison folds what both versions share) have no height on the page: the
window's characters, its growth and the heights estimated are counted in the text not folded
away (`Folded`), so a window is never wholly inside a long fold, an empty page."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Protocol


class Blocks(Protocol):
    """A document's blocks as numbers and Qt positions."""

    @property
    def chars(self) -> int: ...  # Qt's characterCount(): one past the last position

    def number_at(self, qt: int) -> int: ...  # the block holding Qt position qt

    def start(self, number: int) -> int: ...  # its first position

    def end(self, number: int) -> int: ...  # one past its last (its paragraph separator)


@dataclass(frozen=True)
class Folded:
    """The Qt position ranges [start, end) of the blocks folded away, in order, apart."""

    spans: tuple[tuple[int, int], ...] = ()
    _before: tuple[int, ...] = field(init=False, repr=False)  # folded characters before each span

    def __post_init__(self) -> None:
        before, total = [], 0
        for start, end in self.spans:
            before.append(total)
            total += end - start
        object.__setattr__(self, "_before", tuple(before))

    def shown(self, qt: int) -> int:
        """Characters not folded away before Qt position qt."""
        i = bisect_right(self.spans, (qt, float("inf"))) - 1  # the last span starting at or before qt
        if i < 0:
            return qt
        start, end = self.spans[i]
        return qt - self._before[i] - (min(qt, end) - start)

    def holding(self, qt: int) -> tuple[int, int] | None:
        """The folded range holding Qt position qt, if any."""
        i = bisect_right(self.spans, (qt, float("inf"))) - 1
        return self.spans[i] if i >= 0 and qt < self.spans[i][1] else None

    def position(self, shown: int) -> int:
        """The Qt position with `shown` characters not folded away before it (past a fold there)."""
        qt = shown
        for (start, end), before in zip(self.spans, self._before):
            if start - before > shown:
                break
            qt = shown + before + (end - start)
        return qt


NOTHING_FOLDED = Folded()


def below_holder(count: int, folded: set[int]) -> int:
    """The block that holds the part below the window: the last of `count` not folded away."""
    number = count - 1
    while number > 0 and number in folded:
        number -= 1
    return number


def span_around(blocks: Blocks, qt: int, span: int, holder: int, folded: Folded = NOTHING_FOLDED) -> tuple[int, int]:
    """The window of about `span` characters not folded away around Qt position qt, a quarter
    of them before it; a place past the holder (all after it folded away) is taken as the
    holder's end (a window of folded blocks shows an empty page)."""
    at = folded.shown(min(qt, blocks.end(holder) - 1))
    first = blocks.number_at(min(blocks.chars - 1, folded.position(max(0, at - span // 4))))
    last = blocks.number_at(min(blocks.chars - 1, folded.position(at + span * 3 // 4)))
    return first, max(first, last)


def extended_up(
    blocks: Blocks, first: int, last: int, extend: int, limit: int, folded: Folded = NOTHING_FOLDED
) -> tuple[int, int]:
    """The window grown by `extend` characters not folded away above it, its far end trimmed
    past `limit` of them."""
    new_first = blocks.number_at(folded.position(max(0, folded.shown(blocks.start(first)) - extend)))
    return new_first, trimmed_last(blocks, new_first, last, limit, folded)


def extended_down(
    blocks: Blocks, first: int, last: int, extend: int, limit: int, folded: Folded = NOTHING_FOLDED
) -> tuple[int, int]:
    """The window grown by `extend` characters not folded away below it, its far start trimmed
    past `limit` of them."""
    new_last = blocks.number_at(min(blocks.chars - 1, folded.position(folded.shown(blocks.end(last)) + extend)))
    return trimmed_first(blocks, first, new_last, limit, folded), new_last


def trimmed_last(blocks: Blocks, first: int, last: int, limit: int, folded: Folded = NOTHING_FOLDED) -> int:
    """Past `limit` characters not folded away, the window's far end cut down to three quarters
    of it (a trim costs a pass of Qt's layout: not one at every extension)."""
    start = folded.shown(blocks.start(first))
    if folded.shown(blocks.end(last)) - start <= limit:
        return last
    return max(first, blocks.number_at(folded.position(start + limit * 3 // 4)))


def trimmed_first(blocks: Blocks, first: int, last: int, limit: int, folded: Folded = NOTHING_FOLDED) -> int:
    """trimmed_last's mirror: the window's start cut past `limit` characters."""
    end = folded.shown(blocks.end(last))
    if end - folded.shown(blocks.start(first)) <= limit:
        return first
    return min(last, blocks.number_at(folded.position(max(0, end - limit * 3 // 4))))


def estimated_position(
    blocks: Blocks,
    y: float,
    window: tuple[float, float],
    last: int,
    ratio: float,
    margin: float,
    folded: Folded = NOTHING_FOLDED,
) -> int:
    """The Qt position the estimate (`ratio` pixels a character not folded away) puts at height
    y of a part held at its estimated height: above the window (whose top and bottom on the
    page are `window`) counted from the document's top margin, below it from the window's last
    block."""
    top, bottom = window
    shown = (y - margin) / ratio if y < top else folded.shown(blocks.end(last)) + (y - bottom) / ratio
    return max(0, min(blocks.chars - 1, folded.position(max(0, int(shown)))))
