"""Whether a character is in a class given as a regular expression's class text ("一-鿿々"),
tested without compiling a pattern.

Python's re builds a class over the ideographs' ranges code point by code point, in Python:
one such class costs 15-28 M instructions (2-3 ms) to compile, and the notice's launch compiled
eight of them before its text painted (issue 32). A class tested one character at a time
needs no pattern: its ranges, bisected."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable

# characters that take no room: zero-width space, non-joiner, joiner, word joiner, BOM. A web
# page's copy sets a lone zero-width space between paragraphs (公司法 2023 has 42 such lines):
# such a line is blank, for the outline, the page and the comparison alike
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"


def char_class(spec: str) -> Callable[[str], bool]:
    """A test of one character (a string of length 0 or 1; "" is in no class) for the class
    `spec` spells as a regular expression would between its brackets: characters and ranges
    a-b, no escapes, no negation."""
    ranges: list[tuple[int, int]] = []
    i = 0
    while i < len(spec):
        if i + 2 < len(spec) and spec[i + 1] == "-":
            ranges.append((ord(spec[i]), ord(spec[i + 2])))
            i += 3
        else:
            ranges.append((ord(spec[i]), ord(spec[i])))
            i += 1
    starts: list[int] = []
    ends: list[int] = []
    for lo, hi in sorted(ranges):  # merged where they touch or overlap: one bisection answers
        if ends and lo <= ends[-1] + 1:
            ends[-1] = max(ends[-1], hi)
        else:
            starts.append(lo)
            ends.append(hi)

    def test(ch: str) -> bool:
        if not ch:
            return False
        code = ord(ch)
        k = bisect_right(starts, code) - 1
        return k >= 0 and code <= ends[k]

    return test
