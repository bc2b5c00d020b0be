"""Word boundaries from jieba (its dictionary and HMM, compiled: jieba-rs through rjieba), in
original offsets.

jieba's dictionary is Simplified, so the Simplified view is segmented and its boundaries are
mapped back: on the Traditional original jieba would cut 習近平 into 習 + 近平.

The reader's own words (reader.core.user_words) are applied after jieba's cut, to this one
call: every occurrence of one in the Simplified view becomes a single word. The shared segmenter
is never changed, so one document's or one test's words never leak into another's.
"""

from __future__ import annotations

import sys
import threading
from array import array
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from functools import lru_cache
from itertools import accumulate

from reader.core.job_threads import give_way
from reader.core.patterns import compiled
from reader.core.resources import resource_path
from reader.core.scripts import View
from reader.core.word_gaps import GapBoundaries

_lock = threading.Lock()
PIECE_CHARS = 100_000
"""The cut takes a text in pieces of about this many characters, each ending at a line end:
jieba-rs hands back a piece's words as Python strings, held only until their lengths are
counted (a 5 M-character book's 3.6 million words would take 300 MB at once), and the
interpreter is held for each piece's strings, not a book's (10 ms, not a second)."""
NOT_JIEBAS_HAN = "[\u3400-\u4dbf\u9fd6-\u9fff\uf900-\ufaff\U00020000-\U0003ffff\ud800-\udfff]"  # compiled on first use
"""Characters jieba-rs reads as Chinese and jieba does not (jieba's re_han_default stops at
U+9FD5: the rare characters of the extensions and compatibility blocks), and lone surrogates,
which no Rust string holds. jieba leaves each of them a word alone; jieba-rs's HMM would join
them (㐀㐁). Each is given to jieba-rs as U+FFFD, which both leave alone: the length, and so
every offset, is kept."""


@lru_cache(maxsize=1)
def _segmenter():
    # jieba-rs: jieba's dictionary and HMM, compiled. Its package makes its one segmenter as it
    # is imported (0.1-0.3 s, 26 MB), and a Jieba() of our own would load the dictionary a
    # second time: its module-level functions, which use that one, are what is called.
    import rjieba

    # established terms of official texts that jieba's dictionary splits (中国/特色/社会主义,
    # 新/时代): resources/userdict.txt, one "word frequency tag" per line, as jieba reads it
    for line in resource_path("userdict.txt").read_text(encoding="utf-8").splitlines():
        word, *rest = line.split() or [""]
        if word:
            freq = int(rest[0]) if rest and rest[0].isdigit() else None
            rjieba.add_word(word, freq, rest[-1] if len(rest) == 2 else None)
    return rjieba


def segmenter():
    """jieba's cut, compiled (rjieba, jieba-rs's bindings), with Reader's own dictionary words."""
    with _lock:
        return _segmenter()


def cut_ready() -> None:
    """Load the segmenter ahead of the cut, or of a fork for it, so that the helper has it."""
    segmenter()


def release_tokenizer() -> None:
    """Drop the segmenter's dictionary (26 MB of the worker's memory); the next cut loads it
    again (0.1-0.3 s, in the worker). It belongs to rjieba's package module, which is let go
    of: imported again, it makes a new one."""
    with _lock:
        if _segmenter.cache_info().currsize:
            _segmenter.cache_clear()
            sys.modules.pop("rjieba", None)


def tokenizer_loaded() -> bool:
    return _segmenter.cache_info().currsize > 0


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
    return with_user_words(text, ends, user_words)


def with_user_words(text: str, ends: array, user_words: Iterable[str]) -> array:
    """jieba's word ends of a text with every occurrence of a user word made one word (the
    same array when none occurs)."""
    spans = user_word_spans(text, user_words)
    return _merge(ends, spans) if spans else ends


def jieba_ends(text: str, offset: int = 0) -> array:
    """The end of every word of jieba's cut of a Simplified text (no user words), plus offset,
    as jieba-rs cuts it: jieba's own words (its dictionary, its HMM) but for two kinds of
    difference, found on the corpus and random text (tests/core/test_words_jieba.py): a stretch
    of letters, digits and + # & . _ % - kept whole (x-y, 3.14A1, where jieba splits at the
    sign or the letter), and 5 word ends of 909,818 on 23 corpus texts cut the other way where two
    routes tie or its HMM decides a stretch (饮牛|饮 / 饮|牛饮, 常|在 / 常在)."""
    if compiled(NOT_JIEBAS_HAN).search(text):
        text = compiled(NOT_JIEBAS_HAN).sub("\ufffd", text)
    cut = segmenter().cut
    ends = array("i")
    pos, start = offset, 0
    while start < len(text):
        # jieba cuts each run between spaces and line ends on its own: the pieces' words,
        # put end to end, are the whole text's
        end = text.find("\n", start + PIECE_CHARS) + 1 or len(text)
        give_way()  # to a job the reader waits for, in the worker (a piece: ~25 ms)
        lengths = accumulate(map(len, cut(text[start:end], True)), initial=pos)
        next(lengths)  # pos itself
        ends.extend(lengths)
        pos = ends[-1]
        start = end
    return ends


def word_spans(text: str, user_words: Iterable[str] = ()) -> list[tuple[int, int]]:
    """The words of a Simplified text as (start, end), as word_ends cuts them."""
    ends = word_ends(text, user_words)
    return list(zip([0, *ends], ends))


class WordBoundaries:
    """Sorted word boundaries (original offsets) of one document, kept as an array of ints:
    compact in memory and pickled as one block of bytes (the worker process sends them); in the
    window, once read, as the gaps between them (reader.core.word_gaps)."""

    def __init__(self, boundaries: Sequence[int], length: int, user_words: frozenset[str] = frozenset()) -> None:
        self.boundaries = boundaries if isinstance(boundaries, (array, GapBoundaries)) else array("i", boundaries)
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

    def _right(self, pos: int) -> int:
        bounds = self.boundaries  # GapBoundaries bisects itself, quicker than bisect over it
        return bounds.bisect_right(pos) if isinstance(bounds, GapBoundaries) else bisect_right(bounds, pos)

    def next(self, pos: int) -> int:
        i = self._right(pos)
        return self.boundaries[i] if i < len(self.boundaries) else self.length

    def previous(self, pos: int) -> int:
        i = self._right(pos - 1) - 1  # bisect_left: boundaries are whole numbers
        return self.boundaries[i] if i >= 0 else 0

    def word_at(self, pos: int) -> tuple[int, int]:
        """The word containing pos (the word starting at pos when pos is a boundary)."""
        i = self._right(pos) - 1
        start = self.boundaries[i] if i >= 0 else 0
        end = self.boundaries[i + 1] if i + 1 < len(self.boundaries) else self.length
        return start, end

    def words(self, text: str) -> list[str]:
        edges = [*self.boundaries, self.length]
        return [text[a:b] for a, b in zip(edges, edges[1:]) if b > a]
