"""Whether a character is in a class given as a regular expression's class text ("一-鿿々"),
tested without compiling a pattern.

Python's re builds a class over the ideographs' ranges code point by code point, in Python:
one such class costs 15-28 M instructions (1.5-3 ms) to compile, and the notice's launch compiled
eight of them before its text painted (issue 32). A class tested one character at a time
needs no pattern: its ranges, bisected."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable

# Han ideographs, the one spelling of "a Chinese character" for every pattern and test: CJK
# Unified Ideographs Extension A (U+3400-U+4DBF), the unified ideographs (U+4E00-U+9FFF), the
# compatibility ideographs (U+F900-U+FAFF; twelve are unified ones, 﨎 﨏 﨑 …) and the
# Supplementary and Tertiary Ideographic Planes whole (U+20000-U+3FFFD: Extensions B to H and the
# compatibility supplement U+2F800-U+2FA1F; the planes hold nothing else, so ideographs a later
# Unicode adds there are in too). Those planes are real text: the rare characters of the classics
# and dictionaries (𪚥, 𰻝 biáng), of names, and of Hong Kong's and Taiwan's writing (𠝹, 𨋢 the
# lift). Classes ending at U+9FFF took them for something other than Chinese: a title did not
# break beside them, a label or a wire's lead stopped at them, a spaced text kept its spaces
# beside them, Markdown set a space after one ending a line. Each is one character to Python,
# two UTF-16 units to Qt (reader.core.textpos). In a pattern: f"[{HAN}]". Python 3.11's re
# compiles such a class in ~1.5 ms, the supplementary planes or not (it fills a map of the BMP's
# 65,536 code points a range member at a time): compile it where first used
# (reader.core.patterns.compiled), or test one character with is_han, which compiles nothing.
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003fffd"

# East Asian Wide and Fullwidth (UAX #11), in ranges: Hangul Jamo, the CJK radicals, symbols and
# punctuation, kana, Bopomofo, the ideographs, Yi, Hangul syllables, the vertical and small forms,
# the full-width forms
WIDE = f"\u1100-\u115f\u2e80-\u303e\u3041-\u33ff{HAN}\ua000-\ua4cf\uac00-\ud7a3\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6"

# where Qt's line breaker may break beside a character (UAX #14's ideographic class, in short):
# the CJK radicals, symbols and punctuation, kana, the ideographs, the vertical and small forms,
# the full-width forms
BREAKS_BESIDE = f"\u2e80-\u303e\u3041-\u33ff{HAN}\ufe30-\ufe4f\uff00-\uff60"

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


is_han = char_class(HAN)
"""Whether one character is a Han ideograph."""

breaks_beside = char_class(BREAKS_BESIDE)
"""Whether Qt's line breaker may break beside one character (balance, line_units)."""


def has_han(text: str) -> bool:
    """Whether text holds a Han ideograph anywhere: a pattern's search, compiled at the first
    call. Pinyin asks it of every character of a book's words: looked up through
    reader.core.patterns.compiled each time, a call cost a quarter more."""
    global _han_search
    if _han_search is None:
        _han_search = re.compile(f"[{HAN}]").search
    return _han_search(text) is not None


_han_search: Callable[[str], re.Match[str] | None] | None = None
