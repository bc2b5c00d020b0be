"""Find in every view and variant finds every occurrence it shows (issue 14).

For words sampled from the shown view of each corpus document, SearchIndex.find returns every
place the shown text has the query, in original offsets, and nothing that is not the query in
the shown view or, in Simplified, the query's Simplified form."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from reader.core.document import load_document
from reader.core.resources import notice_path
from reader.core.scripts import TRADITIONAL_VARIANTS, Script, ScriptViews, View
from reader.core.search import SearchIndex, fold, search_key
from reader.core.words import WordBoundaries

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
DOCUMENTS = [
    "report-20th-congress-2022-gb18030.txt",
    "law-civil-code.txt",
    "law-constitution.md",
    "hongloumeng.txt",
    "mengzi-gutenberg-big5.txt",
    "notice",
]
NOVEL_SLICE = 120_000
"""The first chapters of the 855k-character novel: every variant of the whole book would take
most of a minute, and a slice has the same vocabulary problems (著/着, 裏/里, 乾/干)."""
SAMPLES = 200
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")


def _text(name: str) -> str:
    path = notice_path() if name == "notice" else CORPUS / name
    text = load_document(path).text
    return text[:NOVEL_SLICE] if name == "hongloumeng.txt" else text


def _views(text: str) -> list[tuple[str, ScriptViews, Script]]:
    """(label, views, script) for 原文, 简体 and 繁體 in every variant the document can show."""
    base = ScriptViews(text)
    out = [("original", base, Script.ORIGINAL), ("simplified", base, Script.SIMPLIFIED)]
    if base.plan.traditional is None:  # a Traditional original is its own 繁體, in every variant
        return [*out, ("traditional", base, Script.TRADITIONAL)]
    for variant in TRADITIONAL_VARIANTS:
        views = ScriptViews(text, base.original_script, variant)
        out.append((f"traditional-{variant}", views, Script.TRADITIONAL))
    return out


def _samples(shown: View, simplified: View, words: WordBoundaries, seed: str) -> list[str]:
    """Words of the shown view (jieba's, on the Simplified view), random 1–4 character stretches
    of the shown text, and stretches whose Simplified form is not what the Simplified view has
    there (著 shown over 着, 記憶體 over 内存): those a query folded to Simplified misses. Each has
    a CJK character, so it is a query someone types."""
    rng = random.Random(seed)
    edges = [*words.boundaries, words.length]
    spans = [(a, b) for a, b in zip(edges, edges[1:]) if b > a]
    found: dict[str, None] = {}  # ordered, no repeats

    def take(piece: str) -> bool:
        if _CJK.search(piece) and "\n" not in piece and piece not in found:
            found[piece] = None
            return True
        return False

    for _ in range(SAMPLES * 5):
        if len(found) >= SAMPLES * 2 // 5:
            break
        take(shown.slice(*rng.choice(spans)))
    text = shown.text
    pieces = [
        (start, text[start : start + rng.randint(1, 4)]) for start in rng.choices(range(len(text)), k=SAMPLES * 20)
    ]
    for _start, piece in pieces:
        if len(found) >= SAMPLES * 4 // 5:
            break
        take(piece)
    hard = 0
    for start, piece in pieces:
        if len(found) >= SAMPLES or hard >= SAMPLES // 5:
            break
        there = simplified.slice(*shown.range_to_original(start, start + len(piece)))
        if search_key(piece) != fold(there) and take(piece):
            hard += 1
    return list(found)


def _shown_occurrences(shown: View, query: str) -> set[tuple[int, int]]:
    """Where the shown text has the query (left to right, as find steps through them)."""
    return {shown.range_to_original(m.start(), m.end()) for m in re.finditer(re.escape(query), shown.text)}


def _is_the_query(query: str, hit: tuple[int, int], shown: View, simplified: View) -> bool:
    """A hit shows the query, or says it in Simplified. Where a phrase changed length in
    conversion (内存 → 記憶體) a hit inside it covers the whole phrase, so it contains the query."""
    on_screen, in_simplified = fold(shown.slice(*hit)), search_key(simplified.slice(*hit))
    if on_screen == fold(query) or in_simplified == search_key(query):
        return True
    return (fold(query) in on_screen or search_key(query) in in_simplified) and len(on_screen) <= len(query) + 4


@pytest.fixture(scope="module")
def documents() -> dict[str, str]:
    return {name: _text(name) for name in DOCUMENTS}


@pytest.mark.parametrize("name", DOCUMENTS)
def test_find_returns_every_occurrence_the_view_shows(documents, name):
    text = documents[name]
    words = None
    failures: list[str] = []
    for label, views, script in _views(text):
        simplified = views.get(Script.SIMPLIFIED)
        if words is None:
            words = WordBoundaries.from_view(simplified)
        shown = views.get(script)
        index = SearchIndex(views)
        for query in _samples(shown, simplified, words, f"{name}/{label}"):
            hits = {(h.start, h.end) for h in index.find(query, shown=shown)}
            missed = _shown_occurrences(shown, query) - hits
            if missed:
                failures.append(f"{label}: {query!r} misses {len(missed)} shown, e.g. {sorted(missed)[0]}")
            wrong = [h for h in hits if not _is_the_query(query, h, shown, simplified)]
            if wrong:
                h = min(wrong)
                failures.append(f"{label}: {query!r} also finds {shown.slice(*h)!r} at {h}")
    assert not failures, f"{len(failures)} failures:\n" + "\n".join(failures[:20])
