"""Word boundaries from jieba, in original offsets.

jieba's dictionary is Simplified, so the Simplified view is segmented and its boundaries are
mapped back: on the Traditional original jieba would cut 習近平 into 習 + 近平.

The reader's own words (reader.core.user_words) are applied after jieba's cut, to this one
call: every occurrence of one in the Simplified view becomes a single word. The shared tokenizer
is never changed, so one document's or one test's words never leak into another's.
"""

from __future__ import annotations

import gc
import logging
import threading
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from functools import lru_cache

from reader.core.resources import resource_path
from reader.core.scripts import View

_lock = threading.Lock()


@lru_cache(maxsize=1)
def _tokenizer():
    import jieba  # about 0.5 s to initialise: only ever called off the GUI thread

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    # established terms of official texts that jieba's dictionary splits (中国/特色/社会主义,
    # 新/时代): resources/userdict.txt, one "word frequency tag" per line
    tokenizer.load_userdict(str(resource_path("userdict.txt")))
    # importing jieba runs pkg_resources, whose parser leaves exceptions in reference cycles
    # with their tracebacks' frames; those hold every frame that led to the import, this one
    # among them, with its locals: the dictionary outlived release_tokenizer until a full pass
    # of the collector, which a worker doing few allocations seldom runs (it kept 99 MB where
    # 40 MB were its own). One pass now leaves nothing of it but this running frame.
    gc.collect()
    return tokenizer


def tokenizer():
    with _lock:
        return _tokenizer()


@lru_cache(maxsize=1)
def _cut_table():
    from reader.core import cut_table

    return cut_table.load(_tokenizer)


def cut_table():
    """jieba's dictionary as the cut reads it (reader.core.cut_table): read from its own file,
    without loading jieba's Tokenizer."""
    with _lock:
        return _cut_table()


def cut_ready() -> None:
    """The table and jieba's own modules the cut uses (its patterns, its HMM: 0.1 s to import,
    which reading the table no longer does), loaded ahead of the cut or of a fork for it, so
    that the forked helper has them too."""
    cut_table()
    import jieba.finalseg  # noqa: F401


def release_tokenizer() -> None:
    """Drop jieba's dictionary (60 MB of the worker's memory); the next cut loads it again from
    its file (0.2-0.3 s, in the worker: reader.core.cut_table)."""
    with _lock:
        _tokenizer.cache_clear()
        _cut_table.cache_clear()


def tokenizer_loaded() -> bool:
    return _tokenizer.cache_info().currsize > 0 or _cut_table.cache_info().currsize > 0


def user_word_spans(text: str, user_words: Iterable[str]) -> list[tuple[int, int]]:
    """Where the reader's words occur in a text, as (start, end): left to right, the longest
    where several start at one place, never overlapping. A word inside a longer one (黛玉 in
    林黛玉) is whole anyway; of two that cross (ab, bc in abc) the one starting first wins."""
    found: list[tuple[int, int]] = []
    for word in set(user_words):
        if len(word) < 2:  # one character is one word already
            continue
        i = text.find(word)
        while i >= 0:
            found.append((i, i + len(word)))
            i = text.find(word, i + 1)
    found.sort(key=lambda span: (span[0], -span[1]))
    spans: list[tuple[int, int]] = []
    reached = 0
    for start, end in found:
        if start >= reached:
            spans.append((start, end))
            reached = end
    return spans


def _merge(ends: Sequence[int], spans: list[tuple[int, int]]) -> array:
    """Word ends with each span made one word: its edges added, every end strictly inside dropped."""
    kept = array("i")
    i = 0
    for pos in sorted({*ends, *(p for span in spans for p in span)} - {0}):
        while i < len(spans) and spans[i][1] <= pos:
            i += 1
        if i < len(spans) and spans[i][0] < pos:  # inside spans[i] (pos < its end, by the loop)
            continue
        kept.append(pos)
    return kept


def word_ends(text: str, user_words: Iterable[str] = (), both_cores: bool = False) -> array:
    """The end of every word of a Simplified text, in order (the last is len(text)): jieba's
    cut, with every occurrence of a user word one word. An array of ints: a book has 600,000
    words, which as a list of Python ints would take 21 MB instead of 2.4. both_cores: a long
    text is cut by this process and a helper (reader.core.parallel_cut), to the same words."""
    if both_cores:
        from reader.core.parallel_cut import jieba_ends_parallel

        ends = jieba_ends_parallel(text)
    else:
        ends = jieba_ends(text)
    spans = user_word_spans(text, user_words)
    return _merge(ends, spans) if spans else ends


def jieba_ends(text: str, offset: int = 0) -> array:
    """The end of every word of jieba's own cut of a Simplified text (no user words), plus
    offset: Tokenizer.cut's words, cut as reader.core.jieba_cut cuts them, in half the time."""
    from reader.core.jieba_cut import cut_ends

    return cut_ends(text, cut_table(), offset)


def word_spans(text: str, user_words: Iterable[str] = ()) -> list[tuple[int, int]]:
    """The words of a Simplified text as (start, end), as word_ends cuts them."""
    ends = word_ends(text, user_words)
    return list(zip([0, *ends], ends))


class WordBoundaries:
    """Sorted word boundaries (original offsets) of one document, kept as an array of ints:
    compact in memory and pickled as one block of bytes (the worker process sends them)."""

    def __init__(self, boundaries: Sequence[int], length: int, user_words: frozenset[str] = frozenset()) -> None:
        self.boundaries = boundaries if isinstance(boundaries, array) else array("i", boundaries)
        self.length = length
        self.user_words = user_words
        """The reader's words these were cut with: boundaries are stale once the store's differ."""

    @classmethod
    def from_view(cls, simplified: View, user_words: Iterable[str] = ()) -> WordBoundaries:
        """Segment the Simplified view; no boundary falls inside an occurrence of a user word."""
        user_words = frozenset(user_words)
        return cls.from_ends(simplified, word_ends(simplified.text, user_words), user_words)

    @classmethod
    def from_ends(cls, simplified: View, ends: Sequence[int], user_words: frozenset[str]) -> WordBoundaries:
        """From the word ends of the Simplified view (as word_ends cuts them), mapped to the original."""
        if not simplified.segments:  # the view keeps every length: its offsets are original offsets
            boundaries = array("i", [0])
            boundaries.extend(ends)
        else:
            boundaries = array("i", sorted({0, *(simplified.to_original(p) for p in ends)}))
        return cls(boundaries, simplified.to_original(len(simplified.text)), user_words)

    def next(self, pos: int) -> int:
        i = bisect_right(self.boundaries, pos)
        return self.boundaries[i] if i < len(self.boundaries) else self.length

    def previous(self, pos: int) -> int:
        i = bisect_left(self.boundaries, pos) - 1
        return self.boundaries[i] if i >= 0 else 0

    def word_at(self, pos: int) -> tuple[int, int]:
        """The word containing pos (the word starting at pos when pos is a boundary)."""
        i = bisect_right(self.boundaries, pos) - 1
        start = self.boundaries[i] if i >= 0 else 0
        end = self.boundaries[i + 1] if i + 1 < len(self.boundaries) else self.length
        return start, end

    def words(self, text: str) -> list[str]:
        edges = [*self.boundaries, self.length]
        return [text[a:b] for a, b in zip(edges, edges[1:]) if b > a]
