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

Between two versions nearly every paragraph is the same, and a paragraph's words are a function
of its text and its word boundaries: a paragraph both have adds the same to both counts. So only
A is counted whole; B's counts are A's, less what A's own paragraphs hold, plus what B's own
hold (`_shared` pairs the paragraphs both have), and the runs whose counts differ are looked for
in the paragraphs of one version only.
"""

from __future__ import annotations

import math
import re
from array import array
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict, deque
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import compress, count, repeat
from operator import ne, not_, sub

from reader.core.compare.comparison import Comparison
from reader.core.compare.normalize import fold, is_punctuation
from reader.core.compare.sides import _UNITS, Block, Side, _is_number, merge_figures
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


def _words_of(side: Side, start: int, end: int) -> list[tuple[int, int, str]]:
    """The words of [start, end) as the word diff cuts them (Side.tokens: figures whole), as
    (start, end, key). From the analysis's word boundaries straight, when the Simplified view
    keeps the original's offsets (a book's million words: no Token made for each)."""
    words, view = side.source.words, side.view
    if words is None or words.length != len(side.text) or view.segments:
        return [(t.start, t.end, t.key) for t in merge_figures(side._cut(start, end))]
    bounds = words.boundaries
    edges = [start, *bounds[bisect_right(bounds, start) : bisect_left(bounds, end)], end]
    text = view.text
    out = [(s, e, key) for s, e in zip(edges, edges[1:]) if (key := fold(text[s:e]).strip())]
    if not any(map(_number, [key for _, _, key in out])):
        return out
    merged: list[tuple[int, int, str]] = []  # as sides.merge_figures joins them
    for word in out:
        if merged and merged[-1][1] == word[0] and _number(merged[-1][2]) and _joins(word[2]):
            s, _, key = merged[-1]
            merged[-1] = (s, word[1], key + word[2])
        else:
            merged.append(word)
    return merged


class _Keys(dict):
    """A word as written in the view → its key (`fold`, stripped): a book's million words are
    a few tens of thousands of distinct strings, each folded once, so the keys of a whole
    side come from C (map over slices) with the same `fold` as every other word key."""

    def __missing__(self, word: str) -> str:
        key = fold(word).strip()
        self[word] = key
        return key


def _side_words(side: Side, known: _Keys, blocks: list[Block]) -> tuple[list[str | None], list[int], list[int]] | None:
    """The words of these blocks of a side at once, as `_words_of` gives them block by block,
    with a None key (and an empty range at the block's end) before the first block and after
    each: (keys, starts, ends). None where `_words_of` cannot use the word boundaries straight.
    `known`: words already keyed (the other version's), filled here.
    The per-word work runs in C (map, compress); only figures are joined in Python."""
    words, view = side.source.words, side.view
    if words is None or words.length != len(side.text) or view.segments:
        return None
    bounds = words.boundaries
    starts, ends, breaks = [0], [0], [0]
    for block in blocks:
        if block.end > block.body:
            edges = [block.body, *bounds[bisect_right(bounds, block.body) : bisect_left(bounds, block.end)], block.end]
            starts += edges[:-1]
            ends += edges[1:]
        breaks.append(len(starts))
        starts.append(block.end), ends.append(block.end)
    text = view.text
    keys: list[str | None] = list(map(known.__getitem__, map(text.__getitem__, map(slice, starts, ends))))
    for at in breaks:
        keys[at] = None
    kept = list(map(ne, keys, repeat("")))  # blanks and line breaks are no words
    keys, starts, ends = (list(compress(column, kept)) for column in (keys, starts, ends))
    numbers = {key for key in set(keys) if key is not None and _number(key)}
    if numbers:
        _merge_figures(keys, starts, ends, numbers)
    return keys, starts, ends


def _merge_figures(keys: list[str | None], starts: list[int], ends: list[int], numbers: set[str]) -> None:
    """Join each figure into one word in place, as sides.merge_figures joins tokens: a word
    right after a number (and touching it) joins it when it is a number or a unit."""
    gone: list[int] = []
    last = len(keys) - 1
    end_of_chain = -1
    for at in compress(count(), map(numbers.__contains__, keys)):
        if at <= end_of_chain:  # already joined into the figure before
            continue
        key, j = keys[at], at
        while j < last and ends[j] == starts[j + 1] and (word := keys[j + 1]) is not None:
            if not (_number(key) and _joins(word)):
                break
            key += word
            j += 1
        if j > at:
            keys[at], ends[at] = key, ends[j]
            gone += range(at + 1, j + 1)
        end_of_chain = j
    if gone:
        kept = [True] * len(keys)
        for at in gone:
            kept[at] = False
        keys[:], starts[:], ends[:] = (list(compress(column, kept)) for column in (keys, starts, ends))


_number = lru_cache(maxsize=65536)(_is_number)


@lru_cache(maxsize=65536)
def _joins(key: str) -> bool:
    return _is_number(key) or bool(key and _UNITS.match(key))


class _Ids(dict):
    """Word key → id, numbered as met; punctuation is 0 (a run ends there)."""

    def __missing__(self, key: str | None) -> int:
        if key is None:  # between two paragraphs: not kept, so no word's number shifts
            return 0
        value = 0 if _is_mark(key) else len(self) + 1
        self[key] = value
        return value


class _Words:
    """One document's words as one sequence of ids (0 between runs: at punctuation and between
    paragraphs), with each word's original range. Counting a term is then a look at the places
    of its rarest word, not a table of every phrase of the book: that table took 14 s and 1 GB
    for 红楼梦."""

    def __init__(self, side: Side, vocabulary: _Ids, known: _Keys, blocks: list[Block]) -> None:
        words = _side_words(side, known, blocks)
        if words is None:  # the view's offsets differ, or no analysis: block by block
            keys: list[str | None] = [None]
            starts, ends = [0], [0]
            for block in blocks:
                # cut here, not kept: the word diffs keep their sentences' words, a book's
                # whole paragraphs would be a second copy
                cut = _words_of(side, block.body, block.end)
                keys += [key for _, _, key in cut]
                starts += [s for s, _, _ in cut]
                ends += [e for _, e, _ in cut]
                keys.append(None), starts.append(block.end), ends.append(block.end)
        else:
            keys, starts, ends = words
        self.ids = array("i", map(vocabulary.__getitem__, keys))
        self.starts = array("i", starts)
        self.ends = array("i", ends)
        self.size = len(self.ids) - self.ids.count(0)
        self.places: dict[int, list[int]] = {}

    def locate(self, wanted: set[int]) -> None:
        """Find where each of these words stands (for `where`), in one pass."""
        places = self.places
        ids = self.ids
        for at in compress(count(), map(wanted.__contains__, ids)):  # the test in C
            places.setdefault(ids[at], []).append(at)

    def runs(self) -> Counter:
        """Each run of words (between two 0s) with how often it occurs, a run as the bytes of
        its ids (a tenth of a tuple's memory)."""
        ids = self.ids
        zeros = list(compress(count(), map(not_, ids)))
        return Counter(ids[p + 1 : q].tobytes() for p, q in zip(zeros, zeros[1:]) if q > p + 1)

    def ranges(self, at: list[int], n: int) -> list[tuple[int, int]]:
        """The original ranges of the phrases of n words starting at these places."""
        return [(self.starts[k], self.ends[k + n - 1]) for k in at]

    def where(self, gram: tuple[int, ...], rarest: int) -> list[int]:
        """Where each occurrence of a phrase of ids starts, found from the places of its word
        at `rarest`."""
        ids, n = self.ids, len(gram)
        out = []
        for at in self.places.get(gram[rarest], ()):
            first = at - rarest
            if first > 0 and tuple(ids[first : first + n]) == gram:
                out.append(first)
        return out


def _block_keys(side: Side) -> list[tuple]:
    """What each block's words are made from: its original and Simplified text after its
    number, its word boundaries there (relative to its start) and how it is cut. Two blocks of
    equal keys have the same words (`_Words`: one block's words never depend on another's)."""
    words, view, text = side.source.words, side.view, side.text
    bounded = words is not None and words.length == len(text)
    how = (bool(view.segments), bounded, frozenset() if bounded else side.source.user_words)
    bounds = words.boundaries if bounded else array("i")
    out = []
    for block in side.blocks:
        b, e = block.body, block.end
        inside = bounds[bisect_right(bounds, b) : bisect_left(bounds, e)]
        out.append((text[b:e], view.slice(b, e), array("i", map(sub, inside, repeat(b))).tobytes(), how))
    return out


def _shared(a: Side, b: Side) -> dict[int, int]:
    """A's blocks whose words B has in a block of its own too (a paragraph left as it was),
    each paired with one such block of B (in order, when several are alike): block → block."""
    waiting: dict[tuple, deque[int]] = defaultdict(deque)
    for j, key in enumerate(_block_keys(b)):
        waiting[key].append(j)
    pairs = {}
    for i, key in enumerate(_block_keys(a)):
        if queue := waiting.get(key):
            pairs[i] = queue.popleft()
    return pairs


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
    a, b = comparison.a, comparison.b
    vocabulary = _Ids()
    known = _Keys()  # the words both versions have are keyed once
    shared = _shared(a, b)
    paired = set(shared.values())
    # A whole; and the blocks each version has alone, whose words are all B's counts need
    words_a = _Words(a, vocabulary, known, a.blocks)
    own_a = _Words(a, vocabulary, known, [block for i, block in enumerate(a.blocks) if i not in shared])
    own_b = _Words(b, vocabulary, known, [block for j, block in enumerate(b.blocks) if j not in paired])
    na, nb = words_a.size, words_a.size - own_a.size + own_b.size
    key_of = {word: key for key, word in vocabulary.items() if word}
    # only a phrase in a run of words one document has more often than the other can differ in
    # count (the runs both have equally often add the same to both counts): those are counted,
    # and the blocks both have hold the same runs
    runs_a, runs_b = own_a.runs(), own_b.runs()
    differing = [tuple(array("i", run)) for run in {*runs_a, *runs_b} if runs_a.get(run, 0) != runs_b.get(run, 0)]
    del runs_a, runs_b
    candidates: dict[Gram, tuple[int, ...]] = {}
    for run in differing:
        for n in range(1, max_words + 1):
            for i in range(len(run) - n + 1):
                ids = run[i : i + n]
                if ids not in candidates:
                    gram = tuple(key_of[w] for w in ids)
                    if _admissible(gram):
                        candidates[ids] = gram
    wanted = {word for ids in candidates for word in ids}
    for words in (words_a, own_a, own_b):
        words.locate(wanted)
    places = words_a.places
    found_at: dict[Gram, tuple[list[int], list[int], list[int]]] = {}
    for ids, gram in candidates.items():
        rarest = min(range(len(ids)), key=lambda k: len(places.get(ids[k], ())))
        found_at[gram] = tuple(words.where(ids, rarest) for words in (words_a, own_a, own_b))
    counted = {
        gram: (len(whole), len(whole) - len(only_a) + len(only_b)) for gram, (whole, only_a, only_b) in found_at.items()
    }
    starts_a = [block.body for block in a.blocks]

    def in_b(gram: Gram) -> list[tuple[int, int]]:
        """Where B has the phrase as a run of words: in its own blocks, and where A has it in a
        block both have (moved to the place of B's)."""
        whole, _, only_b = found_at[gram]
        out = own_b.ranges(only_b, len(gram))
        for s, e in words_a.ranges(whole, len(gram)):
            i = bisect_right(starts_a, s) - 1
            if (j := shared.get(i)) is not None:
                shift = b.blocks[j].body - a.blocks[i].body
                out.append((s + shift, e + shift))
        return sorted(out)

    def counts(gram: Gram) -> tuple[int, int]:
        return counted.get(gram, (0, 0))

    # a phrase whose longer extension (one word more, admissible) has the same counts in both
    # only ever occurs inside it: the extension stands for it
    admissible = set(counted)
    covered: set[Gram] = set()
    for gram in admissible:
        if len(gram) < 2:
            continue
        here = counts(gram)
        for part in (gram[:-1], gram[1:]):
            if part in counted and counted[part] == here:
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
    where: dict[Gram, tuple[list[tuple[int, int]], list[tuple[int, int]]]] = {}
    for gram in pooled:
        text = "".join(gram)
        where[gram] = (
            _find(a, text) or words_a.ranges(found_at[gram][0], len(gram)),
            _find(b, text) or in_b(gram),
        )
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
