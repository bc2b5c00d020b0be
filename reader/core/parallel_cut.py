"""jieba's cut of a long text on two cores: the text is split at a line end, a forked helper
cuts one part while this process cuts the other.

jieba cuts each run of Chinese, letters and digits on its own (its re_han blocks) and never
joins across a line break, so the parts' words, put end to end, are exactly the whole text's
(a test compares them on a novel and a law).

Only in the analysis worker, where the helper is forked (reader.core.forked) once the
segmenter is loaded: it shares its pages and starts in milliseconds. Elsewhere (a job run in
a thread of the window's process, when there is no worker) forking a process with Qt's
threads in it is not safe, and a spawned helper (an interpreter and a dictionary, ~0.6 s)
costs more than the compiled cut of a 5 M-character book saves: the text is cut here."""

from __future__ import annotations

import os
from array import array

from reader.core import forked
from reader.core.words import cut_ready, jieba_ends

MIN_CHARS_FORKED = 1_500_000
"""Below this a forked helper is not worth its start and the pickled ends it sends back: the
compiled cut takes 0.2-0.3 s for 红楼梦's 855,000 characters, and a fork on a busy machine
saved nothing measurable there."""


def cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def split_point(text: str, share: float = 0.5) -> int:
    """Where to split: just after the line end nearest to `share` of the text (0 when there is
    no line end, which leaves the whole text to one cut)."""
    middle = int(len(text) * share)
    after, before = text.find("\n", middle), text.rfind("\n", 0, middle)
    candidates = [i + 1 for i in (after, before) if i >= 0]
    if not candidates:
        return 0
    return min(candidates, key=lambda i: abs(i - middle))


def _ends_from(text: str, offset: int) -> array:
    return jieba_ends(text, offset)


def jieba_ends_parallel(text: str, share: float = 0.5) -> array:
    """jieba_ends(text), the part after split_point cut by a forked helper when the text is
    long, there is a second core and this process may fork; `share` is the part this process cuts."""
    cut = split_point(text, share) if forked.allowed() and len(text) >= MIN_CHARS_FORKED and cores() >= 2 else 0
    if not 0 < cut < len(text):
        return jieba_ends(text)
    return _forked(text, cut)


def _forked(text: str, cut: int) -> array:
    """The cut with a forked helper for text[cut:] (this process cuts it too if the helper fails)."""
    cut_ready()  # loaded before the fork, so the helper has it
    second = forked.Helper(_ends_from, text[cut:], cut)
    ends = jieba_ends(text[:cut])
    ends.extend(second.result())
    return ends
