"""Where a book's window of shown blocks goes (page_window): the arithmetic of its bounds, over
block numbers and Qt positions only, so it is tested without a page.

A window is a run of blocks [first, last]. It is put around a place a quarter before it, grown
at the edge the page nears, trimmed at its far edge past a limit, and kept before the last
block not folded away (that block holds the part of the book below the window: page_margins)."""

from __future__ import annotations

from typing import Protocol


class Blocks(Protocol):
    """A document's blocks as numbers and Qt positions."""

    @property
    def chars(self) -> int: ...  # Qt's characterCount(): one past the last position

    def number_at(self, qt: int) -> int: ...  # the block holding Qt position qt

    def start(self, number: int) -> int: ...  # its first position

    def end(self, number: int) -> int: ...  # one past its last (its paragraph separator)


def below_holder(count: int, folded: set[int]) -> int:
    """The block that holds the part below the window: the last of `count` not folded away."""
    number = count - 1
    while number > 0 and number in folded:
        number -= 1
    return number


def span_around(blocks: Blocks, qt: int, span: int, holder: int) -> tuple[int, int]:
    """The window of about `span` characters around Qt position qt, a quarter of them before
    it; a place past the holder (all after it folded away) is taken as the holder's end (a
    window of folded blocks shows an empty page)."""
    qt = min(qt, blocks.end(holder) - 1)
    first = blocks.number_at(max(0, qt - span // 4))
    last = blocks.number_at(min(blocks.chars - 1, qt + span * 3 // 4))
    return first, last


def extended_up(blocks: Blocks, first: int, last: int, extend: int, limit: int) -> tuple[int, int]:
    """The window grown by `extend` characters above it, its far end trimmed past `limit`."""
    new_first = blocks.number_at(max(0, blocks.start(first) - extend))
    return new_first, trimmed_last(blocks, new_first, last, limit)


def extended_down(blocks: Blocks, first: int, last: int, extend: int, limit: int) -> tuple[int, int]:
    """The window grown by `extend` characters below it, its far start trimmed past `limit`."""
    new_last = blocks.number_at(min(blocks.chars - 1, blocks.end(last) + extend))
    return trimmed_first(blocks, first, new_last, limit), new_last


def trimmed_last(blocks: Blocks, first: int, last: int, limit: int) -> int:
    """Past `limit` characters, the window's far end cut down to three quarters of it (a trim
    costs a pass of Qt's layout: not one at every extension)."""
    start = blocks.start(first)
    if blocks.end(last) - start <= limit:
        return last
    return max(first, blocks.number_at(start + limit * 3 // 4))


def trimmed_first(blocks: Blocks, first: int, last: int, limit: int) -> int:
    """trimmed_last's mirror: the window's start cut past `limit` characters."""
    end = blocks.end(last)
    if end - blocks.start(first) <= limit:
        return first
    return min(last, blocks.number_at(max(0, end - limit * 3 // 4)))


def estimated_position(
    blocks: Blocks, y: float, window: tuple[float, float], last: int, ratio: float, margin: float
) -> int:
    """The Qt position the estimate (`ratio` pixels a character) puts at height y of a part
    held at its estimated height: above the window (whose top and bottom on the page are
    `window`) counted from the document's top margin, below it from the window's last block."""
    top, bottom = window
    chars = (y - margin) / ratio if y < top else blocks.end(last) + (y - bottom) / ratio
    return max(0, min(blocks.chars - 1, int(chars)))
