"""Find a query typed in either script, case-insensitively for Latin text; hits in original offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.core.scripts import Script, ScriptViews, convert


def fold(text: str) -> str:
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    # a few characters lower-case to two (İ): keep one-to-one positions
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)


def search_key(text: str) -> str:
    """Text as every comparison sees it: Simplified, lower case, so either script matches."""
    return fold(convert(text, "t2s"))


@dataclass(frozen=True)
class Hit:
    start: int
    end: int


class SearchIndex:
    """The document folded to one script and case, built once, searched per query."""

    def __init__(self, views: ScriptViews) -> None:
        self._views = views
        self._simplified = views.get(Script.SIMPLIFIED)
        self._folded = fold(self._simplified.text)

    def normalise_query(self, query: str) -> str:
        return search_key(query)

    def find(self, query: str, limit: int | None = None) -> list[Hit]:
        if not query:
            return []
        needle = self.normalise_query(query)
        view = self._simplified
        hits = []
        for m in re.finditer(re.escape(needle), self._folded):
            start, end = view.range_to_original(m.start(), m.end())
            hits.append(Hit(start, end))
            if limit is not None and len(hits) >= limit:
                break
        return hits
