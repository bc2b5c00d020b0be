"""jieba's cut of a long text on two cores: the text is split at line ends, a helper process
cuts one part while this process cuts the other.

jieba cuts each run of Chinese, letters and digits on its own (its re_han blocks) and never
joins across a line break, so the parts' words, put end to end, are exactly the whole text's
(a test compares them on a novel and a law). The helper is spawned for the one cut and ends
with it: it loads its own dictionary (~0.5 s, while this process cuts), and holding it between
books would keep 60-100 MB for nothing (reader.core.analysis releases the worker's own after
a second idle for the same reason)."""

from __future__ import annotations

import multiprocessing
import os
from array import array
from concurrent.futures import ProcessPoolExecutor

from reader.core.words import jieba_ends

MIN_CHARS = 200_000
"""Below this the helper's start (an interpreter and a dictionary, ~0.6 s) costs more than half
the cut saves: a 200,000-character text cuts in about 1.3 s on one core."""


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
    ends = jieba_ends(text)
    if offset:
        for i in range(len(ends)):
            ends[i] += offset
    return ends


def jieba_ends_parallel(text: str, share: float = 0.5) -> array:
    """jieba_ends(text), the part after split_point cut by a helper process when the text is
    long and there is a second core; `share` is the part this process cuts."""
    cut = split_point(text, share) if len(text) >= MIN_CHARS and cores() >= 2 else 0
    if not 0 < cut < len(text):
        return jieba_ends(text)
    context = multiprocessing.get_context("spawn")  # the worker's own start method: no fork of a thread
    with ProcessPoolExecutor(max_workers=1, mp_context=context) as helper:
        second = helper.submit(_ends_from, text[cut:], cut)
        ends = jieba_ends(text[:cut])
        ends.extend(second.result())
    return ends
