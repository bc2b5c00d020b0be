"""New and dropped terms: words and phrases of up to six words that one version has and the
other has not, or that it uses much more or less often (新提法 and what gave way to them).

Both documents are cut into words as the word diff cuts them (jieba on the Simplified view,
keys folded; a heading's number left out), and every run of words between two punctuation
marks gives its n-grams of 1 to `max_words` words. A term must look like one: a single word of
two characters at least and not one of jieba's TF-IDF stop words (reader.core.keyterms), a
phrase neither starting nor ending with a particle or preposition (的, 和, 在 …), and no
figure in it (第十条, 三十日, 2023年: numbers are not vocabulary, and renumbering would flood the
list).

Ranking is Dunning's log-likelihood (G²) of the two counts against the two documents' sizes in
words, the usual keyness measure of corpus linguistics: it weighs a count of 3 against 0 in
documents of unequal length without the zero blowing up a ratio. A phrase that only ever occurs
inside one longer listed phrase, with the same counts in both, is left out in its favour
(立法规划 inside 编制立法规划 only): the longer one says more.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from reader.core.compare.comparison import Comparison
from reader.core.compare.normalize import is_punctuation
from reader.core.compare.sides import Side, Token
from reader.core.keyterms import STOP_WORDS

EDGE_WORDS = frozenset(
    (
        # particles, conjunctions, prepositions, localisers of one character
        "的 地 得 了 着 过 和 与 及 或 并 而 且 在 于 对 向 从 把 被 将 为 以 由 是 等 之 其 也 都 就 所 "
        "上 下 中 内 外 前 后 时 间 "
        # counters after a number, which is left out (第一项规定 → 项规定)
        "个 项 款 条 次 名 种 位 "
        # and of two: prepositions, conjunctions, modal verbs, pronouns
        "根据 关于 按照 依照 依据 对于 通过 以及 或者 并且 而且 但是 如果 因此 应当 可以 需要 必须 能够 "
        "进行 有关 其他 其中 之一 之间 以上 以下 以内 之内 之后 以后 以前 之前 方面 这些 那些 我们 他们"
    ).split()
)
"""Words a phrase does not start or end with: 宪法和法律委员会, not 宪法和法律委员会根据. Generic
Chinese function words (in Simplified, as compared), not the vocabulary of one document."""
_FIGURE = re.compile(r"第?[0-9０-９〇零一二三四五六七八九十百千万亿两.．%％]+[条款项章节编年月日号个次]?")
SIGNIFICANT = 3.84
"""G² above which a change of count is listed (p < 0.05 for one degree of freedom)."""

Gram = tuple[str, ...]


@dataclass(frozen=True)
class TermChange:
    term: str
    """The term as compared: Simplified, its words joined."""
    words: int
    kind: str
    """new (only in B), dropped (only in A), more or fewer (in B than in A, per word of text)."""
    count_a: int
    count_b: int
    score: float
    """Log-likelihood G²: the higher, the surer the difference."""
    occurrences_a: tuple[tuple[int, int], ...]
    """Original (start, end) of every occurrence in A."""
    occurrences_b: tuple[tuple[int, int], ...]

    def shown(self, text: str, side: str = "b") -> str:
        """The term as one document writes it (its first occurrence there), else as compared."""
        occurrences = self.occurrences_b if side == "b" else self.occurrences_a
        if not occurrences:
            return self.term
        start, end = occurrences[0]
        return text[start:end]


@dataclass(frozen=True)
class TermTable:
    new: list[TermChange] = field(default_factory=list)
    dropped: list[TermChange] = field(default_factory=list)
    changed: list[TermChange] = field(default_factory=list)
    """Both have it, B more or fewer times (kind "more" or "fewer")."""
    words_a: int = 0
    words_b: int = 0

    def all(self) -> list[TermChange]:
        return [*self.new, *self.dropped, *self.changed]


def _runs(side: Side) -> list[list[Token]]:
    """Runs of words between punctuation marks, paragraph by paragraph."""
    runs: list[list[Token]] = []
    for block in side.blocks:
        run: list[Token] = []
        for token in side.tokens(block):
            if _is_mark(token.key):
                if run:
                    runs.append(run)
                run = []
            else:
                run.append(token)
        if run:
            runs.append(run)
    return runs


def _count(runs: list[list[Token]], max_words: int) -> tuple[Counter, int]:
    counts: Counter = Counter()
    words = 0
    for run in runs:
        keys = [t.key for t in run]
        words += len(keys)
        for n in range(1, max_words + 1):
            counts.update(tuple(keys[i : i + n]) for i in range(len(keys) - n + 1))
    return counts, words


@lru_cache(maxsize=65536)
def _is_mark(word: str) -> bool:
    return is_punctuation(word)


@lru_cache(maxsize=65536)
def _is_figure(word: str) -> bool:
    return bool(_FIGURE.fullmatch(word))


def _admissible(gram: Gram) -> bool:
    if any(_is_figure(word) for word in gram):
        return False
    if len(gram) == 1:
        word = gram[0]
        return len(word) >= 2 and word.lower() not in STOP_WORDS and word not in EDGE_WORDS
    return gram[0] not in EDGE_WORDS and gram[-1] not in EDGE_WORDS


def _g2(ca: int, cb: int, na: int, nb: int) -> float:
    total = ca + cb
    if not total or not na or not nb:
        return 0.0
    ea = na * total / (na + nb)
    eb = nb * total / (na + nb)
    score = 0.0
    if ca:
        score += ca * math.log(ca / ea)
    if cb:
        score += cb * math.log(cb / eb)
    return 2 * score


def _occurrences(runs: list[list[Token]], wanted: set[Gram], max_words: int) -> dict[Gram, list[tuple[int, int]]]:
    found: dict[Gram, list[tuple[int, int]]] = {g: [] for g in wanted}
    for run in runs:
        keys = [t.key for t in run]
        for n in range(1, max_words + 1):
            for i in range(len(keys) - n + 1):
                gram = tuple(keys[i : i + n])
                if gram in found:
                    found[gram].append((run[i].start, run[i + n - 1].end))
    return found


_POOL = 4
"""Candidates weighed again by search: this many times the number listed, of each kind."""


def _best(group: list[tuple[float, Gram]], n: int) -> list[tuple[float, Gram]]:
    return sorted(group, key=lambda t: (-t[0], -len(t[1]), t[1]))[:n]


def _find(side: Side, text: str) -> list[tuple[int, int]]:
    """Every occurrence of a term in a document's Simplified view (non-overlapping, as find
    and reader.core.keyterms count), as original ranges."""
    view = side.view
    out = []
    i = view.text.find(text)
    while i >= 0:
        out.append(view.range_to_original(i, i + len(text)))
        i = view.text.find(text, i + len(text))
    return out


def _distinct(group: list[tuple[float, Gram]], top: int) -> list[tuple[float, Gram]]:
    """The `top` best-ranked, skipping a term that holds a better one or lies inside one
    (宪法和法律委员会 listed, not also 全国人民代表大会宪法和法律委员会): one line per idea."""
    out: list[tuple[float, Gram]] = []
    texts: list[str] = []
    for score, gram in _best(group, len(group)):
        text = "".join(gram)
        if any(text in other or other in text for other in texts):
            continue
        out.append((score, gram))
        texts.append(text)
        if len(out) == top:
            break
    return out


def term_changes(comparison: Comparison, top: int = 30, max_words: int = 6, min_count: int = 2) -> TermTable:
    """The `top` new, dropped and changed terms of B against A, ranked by G². A new or dropped
    term must occur `min_count` times in its document (a phrase met once is every new sentence)."""
    runs_a, runs_b = _runs(comparison.a), _runs(comparison.b)
    counts_a, na = _count(runs_a, max_words)
    counts_b, nb = _count(runs_b, max_words)

    def counts(gram: Gram) -> tuple[int, int]:
        return counts_a.get(gram, 0), counts_b.get(gram, 0)

    # a phrase whose longer extension (one word more, admissible) has the same counts in both
    # only ever occurs inside it: the extension stands for it
    grams = {*counts_a, *counts_b}
    admissible = {gram for gram in grams if _admissible(gram)}
    covered: set[Gram] = set()
    for gram in admissible:
        if len(gram) < 2:
            continue
        here = counts(gram)
        for part in (gram[:-1], gram[1:]):
            if counts(part) == here:
                covered.add(part)

    def grouped(found: dict[Gram, tuple[int, int]]) -> dict[str, list[tuple[float, Gram]]]:
        """New (only in B), dropped (only in A) and changed terms by their counts, with G²."""
        groups: dict[str, list[tuple[float, Gram]]] = {"new": [], "dropped": [], "changed": []}
        for gram, (ca, cb) in found.items():
            score = _g2(ca, cb, na, nb)
            if ca == 0 and cb >= min_count:
                groups["new"].append((score, gram))
            elif cb == 0 and ca >= min_count:
                groups["dropped"].append((score, gram))
            elif ca and cb and score >= SIGNIFICANT:
                groups["changed"].append((score, gram))
        return groups

    pools = grouped({gram: counts(gram) for gram in admissible - covered})
    # the counts that rank, and the occurrences listed, are those a search of the text finds,
    # as find and key terms find them: jieba cuts 股东大会决议 as 股东|大会决议, where no word
    # sequence holds 股东大会, yet the reader sees it there
    pooled = {gram for group in pools.values() for _, gram in _best(group, _POOL * top)}
    fallback_a = _occurrences(runs_a, pooled, max_words)
    fallback_b = _occurrences(runs_b, pooled, max_words)
    where: dict[Gram, tuple[list[tuple[int, int]], list[tuple[int, int]]]] = {}
    for gram in pooled:
        text = "".join(gram)
        where[gram] = (_find(comparison.a, text) or fallback_a[gram], _find(comparison.b, text) or fallback_b[gram])
    groups = grouped({gram: (len(found_a), len(found_b)) for gram, (found_a, found_b) in where.items()})

    def made(score: float, gram: Gram, kind: str | None = None) -> TermChange:
        found_a, found_b = where[gram]
        ca, cb = len(found_a), len(found_b)
        if kind is None:
            kind = "more" if cb / nb > ca / na else "fewer"
        return TermChange("".join(gram), len(gram), kind, ca, cb, round(score, 3), tuple(found_a), tuple(found_b))

    return TermTable(
        [made(s, g, "new") for s, g in _distinct(groups["new"], top)],
        [made(s, g, "dropped") for s, g in _distinct(groups["dropped"], top)],
        [made(s, g) for s, g in _distinct(groups["changed"], top)],
        na,
        nb,
    )
