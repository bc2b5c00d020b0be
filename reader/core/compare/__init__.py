"""Compare two versions of a text, section by section and word by word (no Qt).

A is the older version, B the newer. Every range is in original offsets of its own document
(the only coordinates of Reader); the comparison itself runs on the Simplified views with
width, quotes and numbering folded (reader.core.compare.normalize), so a Traditional and a
Simplified edition of one text compare as the same, ，against , is no change, and 第十条
becoming 第十一条 is a renumbering, not a rewording.

The modules, one job each:

- ``model``: the records handed out (Change, ChangeKind, Span, SectionPair, PairStatus,
  SectionRef).
- ``normalize``: comparison keys (script, width, quotes, numbering folded) and likeness.
- ``sides``: a document cut into sections (each heading's or article's own text) and
  paragraphs, with their keys; words cut on demand.
- ``align``: sequence alignment of sections and of paragraphs (difflib anchors, pairing by
  likeness in the gaps, moves).
- ``sections``: which section is which (in order, moves, rare words, place; kept under
  their parents' counterparts).
- ``worddiff``: the word diff of two paragraphs (difflib over jieba's words).
- ``statements``: clauses stating a figure, paired by their words with the figure blanked
  (a statement that went into another sentence or section).
- ``steps``: a section pair's plan, the steps to word-diff (changed, added, removed, moved).
- ``plan``: the alignment: section pairs, each pair's steps, which sentence is which.
- ``moves``: sentences and statements that moved between section pairs.
- ``step_changes``: the changes a step (or a moved or renumbered section) stands for.
- ``places``: where an offset of one version stands in the other, and its section pair.
- ``comparison``: the `Comparison`, the plan made at once, each pair's changes when asked
  for and kept; what the window and the exports ask of it.
- ``terms``: new, dropped and more or less frequent words and phrases of 1–6 words.
- ``paint``: what the exports share (a side's paragraphs cut into marked stretches).
- ``markdown``, ``html``, ``json_data``: the exports; ``render`` picks one by name.

Use from a window (in a worker thread, never on the GUI thread)::

    from reader.core.compare import Source, compare, marks, term_changes

    cmp = compare(Source.of_session(old), Source.of_session(new))
    # the first result, no jieba needed: post cmp.pairs to the window. Each SectionPair has
    # its status (same, changed, moved, added, removed), its SectionRef in A and in B (label,
    # path, number, range) and a_range / b_range (an empty range where a side has none):
    # enough to shade the sections in both pages, fold the unchanged ones (status SAME) and
    # fill the section list, renumbered ones marked (pair.renumbered).
    post(cmp.changes_in("b", first_visible, last_visible))    # word diffs of the screen first
    for index, changes in cmp.iter_pairs(order=pairs_on_screen):
        post(index, changes)        # then every pair, a few milliseconds each
    terms = term_changes(cmp)       # cuts both documents whole: last

and on the GUI thread, with what was posted: `marks(changes, "a")` / `marks(changes, "b")` are
the stretches to colour (kind, range, index of the change); each Change has its kind, its Span
(range and text) in A and in B and its section in each; `cmp.counterpart("a", offset)` is where
an offset of A stands in B (jump both sides, scroll together); `cmp.pair_at("b", offset)` the
pair there; `cmp.section_counts()` the count per section (once all pairs are made).
`cmp.a` / `cmp.b` are the two prepared documents (`sides.Side`: text, outline, Simplified view,
sections, paragraphs).

Measured (benchmarks/compare_speed.py, this machine): `compare` takes 20–70 ms for the laws of
tests/corpus/compare (31,000 and 59,000 characters together) when handed the sessions' views,
100–170 ms when it converts them itself; the first screen's word diffs 3–5 ms; all word diffs
20–70 ms more. jieba's own first load, about 0.5 s, is apart: an open session has loaded it.

From a command line (``reader compare A B --format md|html|json -o FILE``)::

    a, b = (Source.of_document(load_document(path)) for path in (path_a, path_b))
    text = render(compare(a, b), fmt)     # fmt in FORMATS; a str to write (UTF-8)

``compare(text_a, text_b)`` takes plain strings too (outline built from the text alone).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from reader.core.compare.model import (
    CHANGE_KINDS,
    Change,
    ChangeKind,
    Mark,
    PairStatus,
    SectionPair,
    SectionRef,
    Span,
    marks,
)

if TYPE_CHECKING:
    from reader.core.compare.comparison import Comparison, compare
    from reader.core.compare.sides import Source
    from reader.core.compare.terms import TermTable

_LAZY = {"Comparison": "comparison", "compare": "comparison"}
_LAZY["Source"] = "sides"


def __getattr__(name: str):
    # the comparison and its aligner load when first used: the Changes panel's model needs
    # only the records (model), and importing the rest cost every launch 12 ms
    if name in _LAZY:
        return getattr(importlib.import_module(f"reader.core.compare.{_LAZY[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "CHANGE_KINDS",
    "Change",
    "ChangeKind",
    "Comparison",
    "FORMATS",
    "Mark",
    "PairStatus",
    "SectionPair",
    "SectionRef",
    "Source",
    "Span",
    "compare",
    "marks",
    "render",
    "term_changes",
]

FORMATS = ("md", "html", "json", "docx")


def term_changes(comparison: Comparison, **options) -> TermTable:
    """New, dropped and more or less frequent terms (reader.core.compare.terms.term_changes)."""
    from reader.core.compare.terms import term_changes as make

    return make(comparison, **options)


def render(
    comparison: Comparison,
    fmt: str,
    terms: TermTable | None = None,
    titles: tuple[str, str] | None = None,
    labels: dict[str, str] | None = None,
) -> str | bytes:
    """The comparison as a document: "md" (Markdown), "html" (one self-contained page) or
    "json" (every change with its kind and its range and text in each document). `terms`:
    a term_changes() result, made here when not given; `titles`: the documents' names;
    `labels`: the export's own words in the reader's language (reader.core.compare.paint.LABELS
    names them; English where not given). "docx" is the 新旧对照表 (reader.core.compare.table),
    bytes to write."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}: one of {', '.join(FORMATS)}")
    if terms is None:
        terms = term_changes(comparison)
    if fmt == "md":
        from reader.core.compare.markdown import render as make
    elif fmt == "html":
        from reader.core.compare.html import render as make
    elif fmt == "docx":
        from reader.core.compare.table import render as make
    else:
        from reader.core.compare.json_data import render as make
    return make(comparison, terms, titles, labels)
