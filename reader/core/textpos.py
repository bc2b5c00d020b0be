"""Code points (Python) ↔ UTF-16 units (Qt). The one place the two counts meet.

A character may take two units for Qt: one outside the BMP (a surrogate pair), or one the page
shows followed by a character of its own (line_units.PAGE_ONLY: a joiner): counted alike, as
one character of the text that is two positions for Qt."""

from __future__ import annotations

import re
import sys
from bisect import bisect_left, bisect_right
from collections.abc import Sequence

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class Utf16Map:
    def __init__(self, text: str, joined: Sequence[int] = ()) -> None:
        """joined: the offsets (sorted) of characters the page shows with a character of its own
        after them (line_units.PAGE_ONLY)."""
        # positions of characters outside the BMP, each two UTF-16 units long (a regex scans in
        # C, 6 ms on 红楼梦: a turn of a script switch). CPython keeps a text without them in at
        # most two bytes a character (PEP 393), so one stored in less than four has none
        bmp_only = sys.getsizeof(text) < 4 * len(text)
        self._astral = [] if bmp_only else [m.start() for m in _ASTRAL.finditer(text)]
        if joined:
            self._astral = sorted({*self._astral, *joined})
        self._astral_u16 = [p + k for k, p in enumerate(self._astral)]

    @property
    def identity(self) -> bool:
        return not self._astral

    def to_utf16(self, pos: int) -> int:
        return pos + bisect_left(self._astral, pos) if self._astral else pos

    def to_code_point(self, pos: int) -> int:
        """A position inside a surrogate pair falls back to the character's start."""
        if not self._astral:
            return pos
        whole = bisect_right(self._astral_u16, pos - 2)  # pairs that end at or before pos
        if whole < len(self._astral_u16) and self._astral_u16[whole] + 1 == pos:
            return self._astral[whole]
        return pos - whole
