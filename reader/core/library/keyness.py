"""A document's key terms against the library: the strings of characters it uses distinctly
more than the rest of the library does, scored by log-likelihood (G², Dunning 1993; Rayson and
Garside 2000), with multi-character terms (中国式现代化, 新质生产力) found as the longest runs
that recur in the document, not cut by a general dictionary. Counts of the rest of the library
come from its search index (reader.core.library.concordance), in Simplified, so both scripts
count alike.

Candidates are the runs of two to MAX_LENGTH Chinese characters that occur at least
MIN_COUNT times in the document, do not start or end on a function character (的, 了, 和 …),
and are free on both sides: the characters next to a run vary (their branching entropy is at
least MIN_ENTROPY bits; the start or end of a stretch of Chinese counts as a new neighbour each
time). 社会主 is always followed by 义 and 代化 always preceded by 现, so neither is a term;
社会主义 and 现代化 are."""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

from reader.core.char_classes import HAN
from reader.core.library.concordance import Searcher
from reader.core.library.folding import fold
from reader.core.patterns import compiled

MAX_LENGTH = 8
MIN_COUNT = 3
MIN_ENTROPY = 1.0
CANDIDATES = 300
"""Candidates scored against the library (the most frequent first): longer queries read chunks."""
_EDGES = frozenset("的了和与及或是在为把被对从向于以而也都就又并且之其这那个些我你他她它们着过地得所")
_HAN_RUN = f"[{HAN}]+"  # compiled on first use


@dataclass(frozen=True)
class KeyTerm:
    term: str
    count: int
    """Occurrences in the document."""
    rest: int
    """Occurrences in the rest of the library."""
    g2: float
    log_ratio: float
    """log2 of the relative frequency here over the rest (+1 added to the rest's count)."""


def g2(a: int, b: int, size: int, rest_size: int) -> float:
    """Log-likelihood of a term seen a times in `size` characters and b times in `rest_size`."""
    total = size + rest_size
    expected_a = size * (a + b) / total
    expected_b = rest_size * (a + b) / total
    score = a * math.log(a / expected_a) if a else 0.0
    score += b * math.log(b / expected_b) if b else 0.0
    return 2 * score


def _entropy(neighbours: Counter[str], count: int) -> float:
    """Branching entropy (bits) of a run's neighbours on one side; each of the
    count - sum(neighbours) edges is a neighbour of its own."""
    edges = count - sum(neighbours.values())
    bits = -sum(c / count * math.log2(c / count) for c in neighbours.values())
    return bits + (edges / count * math.log2(count) if edges > 0 else 0.0)


def candidates(folded: str) -> Counter[str]:
    """Recurring runs of Chinese characters free on both sides (see the module's comment)."""
    counts: Counter[str] = Counter()
    for run in compiled(_HAN_RUN).findall(folded):
        for n in range(2, MAX_LENGTH + 2):  # one longer: the neighbours of the longest
            for i in range(len(run) - n + 1):
                counts[run[i : i + n]] += 1
    kept = {
        t: c
        for t, c in counts.items()
        if c >= MIN_COUNT and len(t) <= MAX_LENGTH and t[0] not in _EDGES and t[-1] not in _EDGES
    }
    left: dict[str, Counter[str]] = {t: Counter() for t in kept}
    right: dict[str, Counter[str]] = {t: Counter() for t in kept}
    for longer, c in counts.items():
        if len(longer) > 2:
            if longer[1:] in left:
                left[longer[1:]][longer[0]] += c
            if longer[:-1] in right:
                right[longer[:-1]][longer[-1]] += c
    return Counter(
        {t: c for t, c in kept.items() if _entropy(left[t], c) >= MIN_ENTROPY and _entropy(right[t], c) >= MIN_ENTROPY}
    )


def key_terms(searcher: Searcher, text: str, limit: int = 30, in_library: bool = True) -> list[KeyTerm]:
    """The terms of `text` most distinct from the rest of the library, best first. `in_library`:
    the text is one of the library's documents, so its own occurrences are taken off the
    library's counts."""
    folded = fold(text)
    size = len(folded)
    library_size = sum(e.chars for e in searcher.entries)
    rest_size = max(1, library_size - size if in_library else library_size)
    found = candidates(folded).most_common(CANDIDATES)
    terms = []
    for term, count in found:
        total = searcher.total(term)
        rest = max(0, total - count) if in_library else total
        if count / size <= rest / rest_size:
            continue  # used no more here than elsewhere: not key
        score = g2(count, rest, size, rest_size)
        ratio = math.log2((count / size) / ((rest + 1) / rest_size))
        terms.append(KeyTerm(term, count, rest, score, ratio))
    terms.sort(key=lambda k: (-k.g2, k.term))
    return _without_parts(terms)[:limit]


def _without_parts(terms: list[KeyTerm]) -> list[KeyTerm]:
    """A term inside a better-placed one is dropped when nearly all its uses are that one's."""
    kept: list[KeyTerm] = []
    for term in terms:
        if any(term.term in k.term and k.count >= 0.8 * term.count for k in kept):
            continue
        kept.append(term)
    return kept
