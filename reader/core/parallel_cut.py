"""jieba's cut of a long text on two cores: the text is split at a line end, a helper process
cuts one part while this process cuts the other.

jieba cuts each run of Chinese, letters and digits on its own (its re_han blocks) and never
joins across a line break, so the parts' words, put end to end, are exactly the whole text's
(a test compares them on a novel and a law).

In the analysis worker the helper is forked (reader.core.forked) once the dictionary is
loaded: it shares the dictionary's pages and starts in milliseconds. Elsewhere (a job run in a
thread of the window's process, when there is no worker) forking a process with Qt's threads
in it is not safe: the helper is spawned for the one cut, loading its own dictionary (~0.5 s,
while this process cuts), for long texts only."""

from __future__ import annotations

import multiprocessing
import os
from array import array
from concurrent.futures import ProcessPoolExecutor

from reader.core import forked
from reader.core.words import cut_ready, jieba_ends

MIN_CHARS = 200_000
"""Below this a spawned helper's start (an interpreter and a dictionary, ~0.6 s) costs more
than half the cut saves."""
MIN_CHARS_FORKED = 40_000
"""Below this a forked helper is not worth its start (a few milliseconds, and the pages of the
dictionary it touches, copied): 40,000 characters cut in about 0.1 s."""


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
    """jieba_ends(text), the part after split_point cut by a helper process when the text is
    long and there is a second core; `share` is the part this process cuts."""
    least = MIN_CHARS_FORKED if forked.allowed() else MIN_CHARS
    cut = split_point(text, share) if len(text) >= least and cores() >= 2 else 0
    if not 0 < cut < len(text):
        return jieba_ends(text)
    if forked.allowed():
        return _forked(text, cut)
    context = multiprocessing.get_context("spawn")  # the worker's own start method: no fork of a thread
    with ProcessPoolExecutor(max_workers=1, mp_context=context) as helper:
        second = helper.submit(_ends_from, text[cut:], cut)
        ends = jieba_ends(text[:cut])
        ends.extend(second.result())
    return ends


def _forked(text: str, cut: int) -> array:
    """The cut with a forked helper for text[cut:] (this process cuts it too if the helper fails)."""
    cut_ready()  # loaded before the fork, so the helper has it
    second = forked.Helper(_ends_from, text[cut:], cut)
    ends = jieba_ends(text[:cut])
    ends.extend(second.result())
    return ends
