"""Key terms: jieba's TF-IDF over the Simplified view (its dictionary and IDF table are
Simplified), every occurrence mapped back to original offsets. The text is cut as word
boundaries cut it, so a word the reader marked as one (reader.core.user_words) is one term."""

from __future__ import annotations

import re
import threading
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from reader.core.outline import Outline, navigation_stops
from reader.core.scripts import Script, ScriptViews, View
from reader.core.words import tokenizer, word_spans

_lock = threading.Lock()


@lru_cache(maxsize=1)
def _tfidf():
    from jieba.analyse import TFIDF  # loads jieba's IDF table: off the GUI thread only

    extractor = TFIDF()
    extractor.tokenizer = tokenizer()  # the one already initialised for word boundaries
    return extractor


@dataclass(frozen=True)
class KeyTerm:
    term: str  # as jieba found it, in Simplified
    weight: float
    occurrences: tuple[tuple[int, int], ...]  # original offsets

    @property
    def count(self) -> int:
        return len(self.occurrences)

    def shown(self, view: View) -> str:
        """The term as the reader sees it in a view (習近平 in 繁體, 习近平 in 简体)."""
        return view.slice(*self.occurrences[0]) if self.occurrences else self.term


def _occurrences(simplified: View, term: str, start: int = 0, end: int | None = None) -> tuple[tuple[int, int], ...]:
    end = len(simplified.text) if end is None else end
    pattern = re.compile(re.escape(term))
    return tuple(
        simplified.range_to_original(m.start(), m.end()) for m in pattern.finditer(simplified.text, start, end)
    )


def _weights(counts: Counter, extractor, top: int) -> list[tuple[str, float]]:
    """jieba's TF-IDF, on counts made once for the whole text instead of once per section."""
    total = sum(counts.values())
    if not total:
        return []
    idf, median = extractor.idf_freq, extractor.median_idf
    weights = {w: n * idf.get(w, median) / total for w, n in counts.items()}
    return sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))[:top]


def _counts(
    simplified: View, bounds: list[tuple[int, int]], user_words: Iterable[str] = ()
) -> tuple[Counter, list[Counter]]:
    """Word counts of the whole text and of each (start, end) range of the Simplified view, from
    one pass of the tokenizer, keeping the words jieba's TF-IDF keeps."""
    with _lock:
        extractor = _tfidf()
    stop = extractor.stop_words
    starts = [b[0] for b in bounds]
    whole: Counter = Counter()
    per_range = [Counter() for _ in bounds]
    text = simplified.text
    for start, end in word_spans(text, user_words):
        word = text[start:end]
        if len(word.strip()) < 2 or word.lower() in stop:
            continue
        whole[word] += 1
        i = bisect_right(starts, start) - 1
        if i >= 0 and start < bounds[i][1]:
            per_range[i][word] += 1
    return whole, per_range


def key_terms(views: ScriptViews, top: int = 30, user_words: Iterable[str] = ()) -> list[KeyTerm]:
    """The document's top terms, heaviest first, each with every place it occurs."""
    return analyse(views, None, top, user_words=user_words)[0]


def section_terms(
    views: ScriptViews, outline: Outline, per_section: int = 3, user_words: Iterable[str] = ()
) -> dict[tuple[int, int], list[KeyTerm]]:
    """For every section the tree steps through: its own top terms, keyed by (start, end)."""
    return analyse(views, outline, 0, per_section, user_words)[1]


def analyse(
    views: ScriptViews,
    outline: Outline | None,
    top: int = 30,
    per_section: int = 3,
    user_words: Iterable[str] = (),
) -> tuple[list[KeyTerm], dict[tuple[int, int], list[KeyTerm]]]:
    """The document's top terms and, given an outline, each section's: one tokenizer pass, with
    the reader's own words (Simplified) each counted as one term."""
    simplified = views.get(Script.SIMPLIFIED)
    with _lock:
        extractor = _tfidf()
    nodes = [n for n in navigation_stops(outline) if n.kind != "header"] if outline else []
    bounds = [simplified.range_to_view(n.start, n.end) for n in nodes]
    whole, per_range = _counts(simplified, bounds, user_words)
    document = [KeyTerm(t, w, _occurrences(simplified, t)) for t, w in _weights(whole, extractor, top)]
    sections = {}
    for node, (s, e), counts in zip(nodes, bounds, per_range):
        sections[(node.start, node.end)] = [
            KeyTerm(t, w, _occurrences(simplified, t, s, e)) for t, w in _weights(counts, extractor, per_section)
        ]
    return document, sections
