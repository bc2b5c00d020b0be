"""Where each syllable over a line of text goes (View ▸ Pinyin): pure geometry, no Qt.

A syllable is usually wider than its character (zhuàng over 壮 is some 1.5 times the character
at half the text's size), so centring each over its character runs neighbours together, and
narrowing each to its character's width (the way before) squeezed them into one run with a
pixel between ("zhèngpíngděng"). What a printed reader with pinyin does, and what CSS ruby
does, is let a wide annotation take the room its neighbours leave: "de" over 的 leaves most of
its character free for "zhōng" beside it. So the syllables of a line are placed as close to
their characters' centres as they can be (least squares) with at least a gap between
neighbours — a wider one between words than inside a word, so a word's syllables read as one
group, as Hanyu Pinyin writes words — and inside the page's edges. Only a syllable that would
then sit off its own character is condensed (drawn narrower), and only as far as needed, never
below MIN_SCALE unless the line's syllables could not fit between the page's edges at all.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QRectF

MIN_SCALE = 0.72
"""The narrowest a syllable is condensed to (of its natural width), a condensed face's width:
below it the letters run into each other at the syllables' size."""


@dataclass(frozen=True)
class Slot:
    centre: float
    """Its character's centre."""
    half: float
    """Half its character's width (the syllable's centre is kept within it where it can be)."""
    width: float
    """The syllable's natural width."""
    gap: float
    """The least room between it and the syllable before it (unused for the first)."""


@dataclass(frozen=True)
class Placed:
    left: float
    scale: float
    """The syllable's width over its natural width (1: not condensed)."""
    width: float
    """As drawn: width × scale."""

    @property
    def right(self) -> float:
        return self.left + self.width


@dataclass(frozen=True)
class Placement:
    """A syllable placed over its character on the page (reader.gui.pinyin_layer.placements)."""

    pos: int
    """The character's original offset."""
    syllable: str
    char: QRectF
    """The character's own box on the line, in viewport pixels."""
    left: float
    """Where its syllable is drawn from, in viewport pixels."""
    scale: float
    """How much its syllable is condensed (1: its own width)."""


def arrange(slots: list[Slot], left: float, right: float) -> list[Placed]:
    """Each syllable's place and scale over one line, in order: never overlapping, every two
    neighbours at least their gap apart, all within [left, right], each as near its character's
    centre as the others let it be."""
    n = len(slots)
    if not n:
        return []
    scales = [1.0] * n
    for _ in range(8):  # each round condenses the syllables still off their characters
        centres = _pack(slots, scales, left, right)
        off = [i for i in range(n) if abs(centres[i] - slots[i].centre) > slots[i].half]
        if not off:
            break
        changed = False
        for i in _clusters_of(off, slots, scales, centres):
            s = slots[i]
            fits = max(MIN_SCALE, (2 * s.half - s.gap) / s.width) if s.width > 0 else 1.0
            if scales[i] > fits:
                scales[i] = max(fits, scales[i] - 0.1)
                changed = True
        if not changed:
            break
    centres = _pack(slots, scales, left, right)
    widths = [s.width * k for s, k in zip(slots, scales)]
    total = sum(widths) + sum(s.gap for s in slots[1:])
    if total > right - left and sum(widths) > 0:  # cannot fit even condensed: condensed further, all alike
        room = max(0.0, right - left - sum(s.gap for s in slots[1:]))
        factor = room / sum(widths)
        scales = [k * factor for k in scales]
        centres = _pack(slots, scales, left, right)
    return [Placed(c - s.width * k / 2, k, s.width * k) for s, k, c in zip(slots, scales, centres)]


def _clusters_of(off: list[int], slots: list[Slot], scales: list[float], centres: list[float]) -> list[int]:
    """The syllables packed against one another (at their least gap) with any syllable in
    `off`: the run that pushed it off its character, whose wide members are condensed."""
    n = len(slots)
    touching = [False] * n  # touching[i]: i is packed against i - 1
    for i in range(1, n):
        room = centres[i] - centres[i - 1] - (slots[i].width * scales[i] + slots[i - 1].width * scales[i - 1]) / 2
        touching[i] = room <= slots[i].gap + 0.01
    members: set[int] = set()
    for i in off:
        a = i
        while a > 0 and touching[a]:
            a -= 1
        b = i
        while b + 1 < n and touching[b + 1]:
            b += 1
        members.update(range(a, b + 1))
    return sorted(members)


def _pack(slots: list[Slot], scales: list[float], left: float, right: float) -> list[float]:
    """The syllables' centres nearest (least squares) their characters' centres with each
    neighbour at least its gap away, within [left, right]: isotonic regression (pool adjacent
    violators) of the centres less the room each needs after the first; bounds are clipped."""
    n = len(slots)
    widths = [s.width * k for s, k in zip(slots, scales)]
    need = [0.0] * n  # the least distance from the first syllable's centre to each one's
    for i in range(1, n):
        need[i] = need[i - 1] + (widths[i - 1] + widths[i]) / 2 + slots[i].gap
    targets = [s.centre - d for s, d in zip(slots, need)]
    # pool adjacent violators: blocks of (sum, count), each block's value its mean
    sums: list[float] = []
    counts: list[int] = []
    for t in targets:
        sums.append(t)
        counts.append(1)
        while len(sums) > 1 and sums[-2] / counts[-2] > sums[-1] / counts[-1]:
            s, c = sums.pop(), counts.pop()
            sums[-1] += s
            counts[-1] += c
    low = left + widths[0] / 2
    high = right - widths[-1] / 2 - need[-1]
    values: list[float] = []
    for s, c in zip(sums, counts):
        value = s / c
        if high >= low:
            value = min(max(value, low), high)
        else:  # wider than the room: from the left edge (the caller condenses)
            value = low
        values.extend([value] * c)
    return [v + d for v, d in zip(values, need)]
