"""Find a query typed in either script, case-insensitively for Latin text; hits in original offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.core.scripts import TO_SIMPLIFIED, Script, ScriptViews, View, convert

FOLD_PIECE = 65_536
"""A book is folded this many characters at a time: str.lower() of 红楼梦 in one call held the
interpreter 5 ms (the 5 M book's 30), the window's thread waiting while a thread indexed it."""


def fold(text: str) -> str:
    if len(text) > FOLD_PIECE:
        return "".join(_fold(text[i : i + FOLD_PIECE]) for i in range(0, len(text), FOLD_PIECE))
    return _fold(text)


def _fold(text: str) -> str:
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    # a few characters lower-case to two (İ): keep one-to-one positions
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)


def search_key(text: str) -> str:
    """Text as every comparison sees it: Simplified, lower case, so either script matches."""
    return fold(convert(text, TO_SIMPLIFIED))


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
        self._shown_folded: dict[int, str] = {}

    def normalise_query(self, query: str) -> str:
        """The query folded as this document's Simplified view is written: its context rules
        and mode too (書不著 stays 书不著 in a classical text, as on the page)."""
        config = self._views.plan.simplified or TO_SIMPLIFIED
        return fold(convert(query, config, self._views.mode))

    def find(self, query: str, limit: int | None = None, shown: View | None = None) -> list[Hit]:
        """Hits in original offsets: the query folded to Simplified, matched in the Simplified
        view, and — so that find never misses what is on screen — the query as typed, matched
        in the Simplified view and in the view being shown (著力 in the Taiwan view of a
        Simplified 着力)."""
        if not query:
            return []
        found: set[Hit] = set()
        for view, folded, needle in self._targets(query, shown):
            for m in re.finditer(re.escape(needle), folded):
                found.add(Hit(*view.range_to_original(m.start(), m.end())))
        hits = sorted(found, key=lambda h: (h.start, h.end))
        return hits[:limit] if limit is not None else hits

    def _targets(self, query: str, shown: View | None):
        key, typed = self.normalise_query(query), fold(query)
        yield self._simplified, self._folded, key
        if typed != key:
            # tw2s also rewrites characters that are already Simplified (这么 → 这幺, 显著 → 显着):
            # a Simplified query must still find the Simplified text it was copied from
            yield self._simplified, self._folded, typed
        if shown is not None and shown is not self._simplified:
            folded = self._shown_folded.get(id(shown))
            if folded is None:
                folded = self._shown_folded[id(shown)] = fold(shown.text)
            yield shown, folded, fold(query)
