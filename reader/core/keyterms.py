"""Key terms: jieba's TF-IDF over the Simplified view (its dictionary and IDF table are
Simplified), every occurrence mapped back to original offsets. The text is cut as word
boundaries cut it, so a word the reader marked as one (reader.core.user_words) is one term.

The IDF table is read straight from jieba's idf.txt, keeping only the words a document has:
jieba.analyse itself imports its part-of-speech models and holds the whole table, 135 MB for
figures this reads in a fraction of that. The weights are jieba's (TFIDF.extract_tags)."""

from __future__ import annotations

import heapq
from array import array
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from reader.core.job_threads import give_way
from reader.core.outline import Outline, navigation_stops
from reader.core.resources import package_folder
from reader.core.scripts import Script, ScriptViews, View
from reader.core.words import word_ends

STOP_WORDS = frozenset(
    "the of is and to in that we for an are by be as on with can if from which you it this then at have all not "
    "one has or".split()
)
"""jieba.analyse's KeywordExtractor.STOP_WORDS, which TF-IDF leaves out (a test keeps them equal)."""

Range = tuple[int, int]


@dataclass(frozen=True)
class KeyTerm:
    term: str  # as jieba found it, in Simplified
    weight: float
    spans: Sequence[int]
    """Original (start, end) offsets of every occurrence, flat: a book's top terms occur tens of
    thousands of times, and pairing them all as the terms arrive stalled the window (27 ms). An
    array('i') slice when unpacked (PackedTerms): 4 bytes an offset where a tuple's int is 36
    (2.6 MB of the window's 红楼梦 in tuples)."""

    @cached_property
    def occurrences(self) -> tuple[tuple[int, int], ...]:
        pairs = iter(self.spans)
        return tuple(zip(pairs, pairs))

    @property
    def count(self) -> int:
        return len(self.spans) // 2

    def shown(self, view: View) -> str:
        """The term as the reader sees it in a view (習近平 in 繁體, 习近平 in 简体)."""
        return view.slice(self.spans[0], self.spans[1]) if self.spans else self.term


# -- jieba's IDF table, read for the words of one document ----------------------------------
def idf_path() -> Path:
    """jieba's idf.txt, found without importing jieba.analyse."""
    return package_folder("jieba") / "analyse" / "idf.txt"


def _idf_parts() -> Iterator[list[str]]:
    """idf.txt's words and values, alternating, IDF_BLOCK characters of lines at a time (each
    line is "word value", as jieba's IDFLoader splits it): splitting a block at once is three
    times faster than line by line, and a block is all that is held."""
    tail = ""
    with open(idf_path(), encoding="utf-8") as handle:
        while block := handle.read(IDF_BLOCK):
            block = tail + block
            end = block.rfind("\n") + 1
            tail = block[end:]
            yield block[:end].split()
    yield tail.split()


IDF_BLOCK = 1 << 18
"""A block's words and values are a string each: a block of a million characters split into
240,000 of them, 18 MB, the key terms' peak (issue 32)."""
_median: float | None = None


def median_idf() -> float:
    """jieba's median_idf: the middle of the sorted values (its table has no word twice), kept
    for the process's later calls."""
    return _median if _median is not None else idf_table(())[1]


def idf_of(words: Iterable[str]) -> dict[str, float]:
    """The IDF of those of the words jieba's table has (a later line wins, as in jieba)."""
    return idf_table(words)[0]


def idf_table(words: Iterable[str]) -> tuple[dict[str, float], float]:
    """idf_of(words) and median_idf() from one reading of the table (the median is kept for the
    process's later calls): a fresh worker read its 270,000 lines twice for a book's terms."""
    global _median
    wanted = set(words)
    idf: dict[str, float] = {}
    values: Counter = Counter()  # each value as written, and how often: 3,300 of them
    for parts in _idf_parts():
        pairs = iter(parts)
        idf.update((word, float(value)) for word, value in zip(pairs, pairs) if word in wanted)
        if _median is None:
            values.update(parts[1::2])
    if _median is None:
        _median = _middle(values)
    return idf, _median


def _middle(values: Counter) -> float:
    """sorted(the values, each as often as counted)[n // 2], without a list of the 270,000 floats
    (8 MB while sorting them)."""
    counts: Counter = Counter()
    for value, n in values.items():
        counts[float(value)] += n
    middle = sum(counts.values()) // 2
    for value in sorted(counts):
        middle -= counts[value]
        if middle < 0:
            return value
    raise ValueError("jieba's IDF table is empty")


# -- counting --------------------------------------------------------------------------------
def _weights(counts: Counter, idf: Mapping[str, float], median: float, top: int) -> list[tuple[str, float]]:
    """jieba's TF-IDF, on counts made once for the whole text instead of once per section."""
    total = sum(counts.values())
    if not total:
        return []
    weight = idf.get
    # sorted by (-weight, word)[:top], without sorting a section's every word for its three,
    # and compared as tuples (no Python key function called for each word); negating a float
    # is exact, so the weights come back as they were
    ranked = heapq.nsmallest(top, [(-(n * weight(w, median) / total), w) for w, n in counts.items()])
    return [(w, -negative) for negative, w in ranked]


COUNTED_AT_ONCE = 32_768
"""Words _counts looks at between two chances to make way (give_way): 红楼梦's 597,000 words
were one stretch of 0.16 s of Python with no pause point; 20-27 ms at most now."""


def _counts(text: str, ends: Sequence[int], bounds: list[Range]) -> tuple[Counter, Iterator[Counter]]:
    """Word counts of the whole text and, one at a time, of each (start, end) range of the
    Simplified view, from its word ends, keeping the words jieba's TF-IDF keeps. A word counts
    for the last range starting at or before it, when it starts inside that range (ranges in
    document order). Counted by Counter over slices of one list of the kept words (C loops): a
    Python loop over a book's 600,000 words took most of the key terms' time. Each word is one
    string however often it occurs, and a range's counts are made as they are asked for: a
    string for every occurrence and every range's counts at once took 32 MB for 红楼梦 (issue 32)."""
    kept, kept_starts = [], array("i")
    one: dict[str, str] = {}  # each word's one string
    start = 0
    for at in range(0, len(ends), COUNTED_AT_ONCE):
        give_way()  # to a job the reader waits for, in the worker
        for end in ends[at : at + COUNTED_AT_ONCE]:
            if end - start >= 2:  # one character never counts: most words are not even sliced
                word = text[start:end]
                if len(word.strip()) >= 2 and word.lower() not in STOP_WORDS:
                    kept.append(one.setdefault(word, word))
                    kept_starts.append(start)
            start = end
    del one
    return Counter(kept), _range_counts(kept, kept_starts, bounds)


def _range_counts(kept: list[str], kept_starts: array, bounds: list[Range]) -> Iterator[Counter]:
    for i, (first, last) in enumerate(bounds):
        if i + 1 < len(bounds):
            last = min(last, bounds[i + 1][0])  # from there on, the next range's words
        lo = bisect_left(kept_starts, first)
        hi = max(lo, bisect_left(kept_starts, last))
        yield Counter(kept[lo:hi])


def _occurrences(simplified: View, term: str, start: int = 0, end: int | None = None) -> list[int]:
    """Every occurrence of a term in [start, end) of the view, as flat original (start, end) pairs."""
    end = len(simplified.text) if end is None else end
    text, out, n = simplified.text, [], len(term)
    place = simplified.range_to_original if simplified.segments else lambda s, e: (s, e)  # the original
    i = text.find(term, start, end)
    while i >= 0:
        out += place(i, i + n)
        i = text.find(term, i + n, end)  # non-overlapping, as re.finditer finds them
    return out


# -- the result, compact ---------------------------------------------------------------------
@dataclass(frozen=True)
class PackedTerms:
    """A document's terms and each section's, in a few arrays: what the worker process sends
    back and the disk cache keeps. Pickling eight thousand KeyTerm objects with sixty thousand
    tuples would cost the window tens of milliseconds to take in; these arrays cost nothing,
    and a section's terms are made only when its tooltip asks for them."""

    names: str  # every term, joined by NUL
    weights: array  # 'd', one per term
    occurrence_index: array  # 'i', term i's pairs are occurrences[2*index[i]:2*index[i+1]]
    occurrences: array  # 'i', flat original (start, end) pairs
    document_count: int  # the first terms are the document's
    section_ranges: array  # 'i', flat (start, end) of each section, original offsets
    section_index: array  # 'i', section j's terms are document_count + [index[j], index[j+1])

    def _term(self, names: list[str], i: int) -> KeyTerm:
        a, b = self.occurrence_index[i], self.occurrence_index[i + 1]
        return KeyTerm(names[i], self.weights[i], self.occurrences[2 * a : 2 * b])

    def document(self) -> list[KeyTerm]:
        names = self.names.split("\0") if self.names else []
        return [self._term(names, i) for i in range(self.document_count)]

    def sections(self) -> SectionTerms:
        return SectionTerms(self)

    @classmethod
    def build(cls, document: list[tuple[str, float, list[int]]], sections: list[tuple[Range, list]]) -> PackedTerms:
        names, weights, index, occurrences = [], array("d"), array("i", [0]), array("i")
        section_ranges, section_index = array("i"), array("i", [0])
        for term, weight, flat in document:
            names.append(term)
            weights.append(weight)
            occurrences.extend(flat)
            index.append(len(occurrences) // 2)
        for (start, end), terms in sections:
            section_ranges.extend((start, end))
            for term, weight, flat in terms:
                names.append(term)
                weights.append(weight)
                occurrences.extend(flat)
                index.append(len(occurrences) // 2)
            section_index.append(len(names) - len(document))
        return cls("\0".join(names), weights, index, occurrences, len(document), section_ranges, section_index)


@dataclass(eq=False)
class SectionTerms(Mapping):
    """(start, end) of a section → its top terms, made from the packed arrays when asked for."""

    packed: PackedTerms
    _rows: dict[Range, int] | None = field(default=None, repr=False)
    _names: list[str] | None = field(default=None, repr=False)
    _made: dict[Range, list[KeyTerm]] = field(default_factory=dict, repr=False)

    def _index(self) -> dict[Range, int]:
        if self._rows is None:
            r = self.packed.section_ranges
            self._rows = {(r[2 * j], r[2 * j + 1]): j for j in range(len(r) // 2)}
        return self._rows

    def __getitem__(self, key: Range) -> list[KeyTerm]:
        made = self._made.get(key)
        if made is None:
            j = self._index()[key]  # KeyError for a range that is no section
            if self._names is None:
                self._names = self.packed.names.split("\0")
            p = self.packed
            first = p.document_count
            made = [
                self.packed._term(self._names, first + i) for i in range(p.section_index[j], p.section_index[j + 1])
            ]
            self._made[key] = made
        return made

    def __iter__(self) -> Iterator[Range]:
        return iter(self._index())

    def __len__(self) -> int:
        return len(self.packed.section_ranges) // 2


# -- the analysis ------------------------------------------------------------------------------
def section_ranges(outline: Outline | None) -> list[Range]:
    """The sections that get terms of their own: every navigation stop but the header."""
    if outline is None:
        return []
    return [(n.start, n.end) for n in navigation_stops(outline) if n.kind != "header"]


def analyse_packed(
    simplified: View,
    ranges: list[Range],
    top: int = 30,
    per_section: int = 3,
    user_words: Iterable[str] = (),
    ends: Sequence[int] | None = None,
) -> PackedTerms:
    """The document's top terms and each range's (original offsets) from one pass over the words.
    `ends` are the view's word ends as word_ends cuts them with these user words, when known
    already (the worker keeps them from the word boundaries): jieba then does not cut again."""
    text = simplified.text
    if ends is None:
        ends = word_ends(text, frozenset(user_words))
    bounds = [simplified.range_to_view(s, e) for s, e in ranges]
    whole, per_range = _counts(text, ends, bounds)
    idf, median = idf_table(whole)
    document = [(t, w, _occurrences(simplified, t)) for t, w in _weights(whole, idf, median, top)]
    sections = []
    for rng, (s, e), counts in zip(ranges, bounds, per_range):
        give_way()  # to a job the reader waits for, in the worker
        terms = [(t, w, _occurrences(simplified, t, s, e)) for t, w in _weights(counts, idf, median, per_section)]
        sections.append((rng, terms))
    return PackedTerms.build(document, sections)


def analyse(
    views: ScriptViews,
    outline: Outline | None,
    top: int = 30,
    per_section: int = 3,
    user_words: Iterable[str] = (),
) -> tuple[list[KeyTerm], Mapping[Range, list[KeyTerm]]]:
    """The document's top terms and, given an outline, each section's: one tokenizer pass, with
    the reader's own words (Simplified) each counted as one term."""
    packed = analyse_packed(views.get(Script.SIMPLIFIED), section_ranges(outline), top, per_section, user_words)
    return packed.document(), packed.sections()


def key_terms(views: ScriptViews, top: int = 30, user_words: Iterable[str] = ()) -> list[KeyTerm]:
    """The document's top terms, heaviest first, each with every place it occurs."""
    return analyse(views, None, top, user_words=user_words)[0]


def section_terms(
    views: ScriptViews, outline: Outline, per_section: int = 3, user_words: Iterable[str] = ()
) -> Mapping[Range, list[KeyTerm]]:
    """For every section the tree steps through: its own top terms, keyed by (start, end)."""
    return analyse(views, outline, 0, per_section, user_words)[1]
