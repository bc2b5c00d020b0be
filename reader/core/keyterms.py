"""Key terms: jieba's TF-IDF over the Simplified view (its dictionary and IDF table are
Simplified), every occurrence mapped back to original offsets."""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from functools import lru_cache

from reader.core.outline import Outline, navigation_stops
from reader.core.scripts import Script, ScriptViews, View
from reader.core.words import tokenizer

_lock = threading.Lock()


@lru_cache(maxsize=1)
def _tfidf():
    from jieba.analyse import TFIDF  # loads jieba's IDF table: off the GUI thread only

    extractor = TFIDF()
    extractor.tokenizer = tokenizer()  # the one already initialised for word boundaries
    return extractor


def extract(text: str, top: int) -> list[tuple[str, float]]:
    with _lock:
        extractor = _tfidf()
    return extractor.extract_tags(text, topK=top, withWeight=True)


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
    return tuple(
        simplified.range_to_original(m.start(), m.end())
        for m in re.finditer(re.escape(term), simplified.text[:end])
        if m.start() >= start
    )


def key_terms(views: ScriptViews, top: int = 30) -> list[KeyTerm]:
    """The document's top terms, heaviest first, each with every place it occurs."""
    simplified = views.get(Script.SIMPLIFIED)
    return [KeyTerm(term, weight, _occurrences(simplified, term)) for term, weight in extract(simplified.text, top)]


def section_terms(views: ScriptViews, outline: Outline, per_section: int = 3) -> dict[tuple[int, int], list[KeyTerm]]:
    """For every section the tree steps through: its own top terms, keyed by (start, end)."""
    simplified = views.get(Script.SIMPLIFIED)
    out = {}
    for node in navigation_stops(outline):
        if node.kind == "header":
            continue
        s, e = simplified.range_to_view(node.start, node.end)
        terms = extract(simplified.text[s:e], per_section)
        out[(node.start, node.end)] = [KeyTerm(t, w, _occurrences(simplified, t, s, e)) for t, w in terms]
    return out
