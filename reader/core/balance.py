"""Balanced lines for a centred title: where a title that wraps should break.

A title wrapped greedily leaves a short last line (二十 / 大精神的通知) or one character alone,
and breaks wherever a Chinese line may break: inside a word (認真學習宣｜傳貫徹). A balanced
title has lines of about one length, each ending at a word's end (jieba's words, known to the
reading), none of one character. The page gets there by narrowing the title's block to the
width whose ordinary greedy wrap gives those lines: this module finds that width, from the
characters' advances, the places a line may break and the places a word ends.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_WIDE = re.compile("[\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60]")
_NO_START = set("。，、；：？！」』）》〉】〕…—・,.;:?!)]}%")  # never starts a line (UAX #14 CL, NS, EX)
_NO_END = set("「『（《〈【〔([{")  # never ends one (OP)


def line_breaks(text: str) -> list[bool]:
    """breakable[i]: whether a line may start at text[i] (as Qt's line breaker allows, UAX #14
    in short): next to a Chinese character, after a space, never before closing punctuation
    nor after opening punctuation."""
    out = [False] * (len(text) + 1)
    for i in range(1, len(text)):
        before, after = text[i - 1], text[i]
        if after in _NO_START or before in _NO_END:
            continue
        out[i] = bool(_WIDE.match(before) or _WIDE.match(after)) or before.isspace()
    return out


def wrap(advances: Sequence[float], breakable: Sequence[bool], width: float) -> list[int]:
    """Where a greedy wrap at `width` starts each line after the first (as Qt's layout does:
    as many characters as fit, back to the last place a line may break)."""
    starts: list[int] = []
    start, n = 0, len(advances)
    while start < n:
        x, end = 0.0, start
        while end < n and x + advances[end] <= width:
            x += advances[end]
            end += 1
        if end >= n:
            break
        cut = next((b for b in range(end, start, -1) if breakable[b]), end if end > start else start + 1)
        starts.append(cut)
        start = cut
    return starts


def balanced_width(
    advances: Sequence[float], breakable: Sequence[bool], word_ends: set[int], width: float, slack: float = 1.0
) -> float | None:
    """The narrowest width (at most `width`) at which a greedy wrap of the title breaks only at
    word ends and leaves no line of one character, in as few lines as `width` allows (or one
    more); None when the title fits on one line or no such width exists.

    advances: each character's width; breakable: line_breaks of the text; word_ends: offsets
    (in the title) where a word ends; slack: added to every candidate, as the page adds it
    against rounding (the wrap is checked with it)."""
    total = sum(advances)
    n = len(advances)
    if total + slack <= width or n < 2:
        return None
    fewest = len(wrap(advances, breakable, width)) + 1
    edges = sorted({0, n, *(e for e in word_ends if 0 < e < n and breakable[e])})
    prefix = [0.0]
    for a in advances:
        prefix.append(prefix[-1] + a)
    candidates = sorted({prefix[b] - prefix[a] for i, a in enumerate(edges) for b in edges[i + 1 :]})
    for lines in (fewest, fewest + 1):
        for candidate in candidates:
            w = candidate + slack
            if candidate < total / lines - 1e-6 or w > width:
                continue
            starts = wrap(advances, breakable, w)
            if len(starts) + 1 != lines or any(s not in word_ends for s in starts):
                continue
            bounds = [0, *starts, n]
            if all(b - a >= 2 for a, b in zip(bounds, bounds[1:])):
                return w
    return None
