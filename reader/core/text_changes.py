"""A text kept as the characters where it differs from another of the same length: the page's
display text (wrapped lines joined, punctuation made full-width: every length kept) beside the
view it is made from, which is kept anyway. 红楼梦's differs from its view in 671 characters:
kept whole it was a second copy of the book (1.6 MB a script, issue 32)."""

from __future__ import annotations

from array import array
from dataclasses import dataclass

_PIECES = 16  # a differing stretch is looked into this many pieces at a time
_SCAN = 64  # stretches this short are compared character by character


@dataclass(frozen=True)
class Changes:
    """The characters `chars` at the positions `at` (ascending) of a text of `length`."""

    length: int
    at: array
    chars: str

    def applied(self, text: str) -> str:
        """text (of self.length) with the changes made: the slices between them joined."""
        if len(text) != self.length:
            raise ValueError(f"changes to a text of {self.length} characters, given {len(text)}")
        parts, start = [], 0
        for pos, char in zip(self.at, self.chars):
            parts += (text[start:pos], char)
            start = pos + 1
        parts.append(text[start:])
        return "".join(parts)


def changes(old: str, new: str, most: float = 0.1) -> Changes | None:
    """Where new differs from old, character by character: None when their lengths differ or
    more than `most` of the characters do (then the whole text is the smaller)."""
    if len(old) != len(new):
        return None
    at, chars = array("i"), []
    stack = [(0, len(old))]
    while stack:  # stretches that differ, looked into piece by piece; equal ones compared in C
        start, end = stack.pop()
        if old[start:end] == new[start:end]:
            continue
        if end - start <= _SCAN:
            for pos in range(start, end):
                if old[pos] != new[pos]:
                    at.append(pos)
                    chars.append(new[pos])
            if len(at) > most * len(old):
                return None
            continue
        step = -(-(end - start) // _PIECES)
        stack.extend((a, min(a + step, end)) for a in reversed(range(start, end, step)))
    return Changes(len(old), at, "".join(chars))
