"""Word boundaries from jieba, in original offsets.

jieba's dictionary is Simplified, so the Simplified view is segmented and its boundaries are
mapped back: on the Traditional original jieba would cut 習近平 into 習 + 近平.
"""

from __future__ import annotations

import logging
import threading
from bisect import bisect_left, bisect_right
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
    return tokenizer


def tokenizer():
    with _lock:
        return _tokenizer()


class WordBoundaries:
    """Sorted word boundaries (original offsets) of one document."""

    def __init__(self, boundaries: list[int], length: int) -> None:
        self.boundaries = boundaries
        self.length = length

    @classmethod
    def from_view(cls, simplified: View) -> WordBoundaries:
        cut = tokenizer().cut
        text = simplified.text
        ends: list[int] = []
        pos = 0
        for word in cut(text, HMM=True):
            pos += len(word)
            ends.append(pos)
        if simplified.is_identity:
            boundaries = [0, *ends]
        else:
            boundaries = sorted({0, *(simplified.to_original(p) for p in ends)})
        return cls(boundaries, simplified.to_original(len(text)))

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
