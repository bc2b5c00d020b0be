"""A whole view's conversion on two cores: the text is split at a line end, a forked helper
(reader.core.forked) converts the second part while this process converts the first, and the
two views are joined, the second's offsets moved on.

A conversion goes piece by piece between separators (a line end is one), and its corrections
and rules look within a line, so the parts converted apart join to the whole text's view (a
test compares them on novels, laws, a report and a classic, both ways)."""

from __future__ import annotations

from array import array
from bisect import bisect_right
from collections.abc import Sequence

from reader.core import forked, script_rules
from reader.core.analysis_codec import PackedView
from reader.core.heap import give_back_memory
from reader.core.parallel_cut import split_point
from reader.core.scripts import Script, View, convert_with_map
from reader.core.view_segments import Segment
from reader.core.words import release_tokenizer

MIN_CHARS = 100_000
"""Below this one process converts the whole: 100,000 characters convert in about 0.15 s."""


def _packed(
    text: str, config: str, script: Script, mode: script_rules.Mode, cut: Sequence[int] | None, shift: int
) -> PackedView:
    """The helper's part: the word ends it is given are the whole text's, moved back by shift
    here (an array of ints, compact: a book's million ends as a list took 65 MB)."""
    if cut is not None:
        cut = array("i", cut)
        for k in range(len(cut)):
            cut[k] -= shift
    return PackedView.of(convert_with_map(text, config, script, mode=mode, cut=cut))


def convert_on_two_cores(
    text: str, config: str, script: Script, mode: script_rules.Mode, cut: Sequence[int] | None = None
) -> View:
    """convert_with_map(text, config, script, mode=mode, cut=cut), the second half converted by
    a forked helper when forking is allowed and the text is long."""
    at = split_point(text) if forked.allowed() and len(text) >= MIN_CHARS else 0
    if not 0 < at < len(text):
        return convert_with_map(text, config, script, mode=mode, cut=cut)
    first_cut = second_cut = None
    if cut is not None:
        i = bisect_right(cut, at)
        first_cut, second_cut = cut[:i], cut[i:]
    if cut is not None or not config.startswith("s2"):
        # the helper is a copy of this process: jieba's dictionary (36 MB), which a conversion
        # with its cut at hand never reads, would count twice in the tree's memory (issue 32)
        release_tokenizer()
        give_back_memory()
    second = forked.Helper(_packed, text[at:], config, script, mode, second_cut, at)
    first = convert_with_map(text[:at], config, script, mode=mode, cut=first_cut)
    rest = second.result().view()
    v = len(first.text)
    moved = [Segment(s.o_start + at, s.o_end + at, s.v_start + v, s.v_end + v) for s in rest.segments]
    return View(script, config, first.text + rest.text, [*first.segments, *moved])
