"""A comparison as JSON for tools: every section pair and every change with its kind and its
range and text in each document (original offsets, code points), and the term table.

Schema 1::

    {"format": "reader-comparison", "schema": 1,
     "a": {"title", "length", "sha256"}, "b": {…},
     "counts": {"added": n, …},                       # changes by kind
     "sections": [{"index", "status", "similarity", "renumbered", "a_range": [s, e], "b_range",
                   "a": {"kind", "label", "path", "number", "start", "end"} | null, "b": …,
                   "counts": {kind: n}}],
     "changes": [{"index", "kind", "pair", "a": {"start", "end", "text"}, "b": {…},
                  "section_a": {"label", "path"} | null, "section_b": …}],
     "terms": {"new" | "dropped" | "changed": [{"term", "words", "kind", "count_a", "count_b",
               "score", "occurrences_a": [[s, e]], "occurrences_b"}]}}

An empty range (start == end) is the point in that document where the other's text stands.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter

from reader.core.compare.comparison import Comparison
from reader.core.compare.figures import figure_changes
from reader.core.compare.model import Change, SectionRef
from reader.core.compare.paint import titles_of
from reader.core.compare.terms import TermChange, TermTable

SCHEMA = 1


def _ref(ref: SectionRef | None, full: bool = False) -> dict | None:
    if ref is None:
        return None
    out: dict = {"label": ref.label, "path": list(ref.path)}
    if full:
        out.update(kind=ref.kind, number=ref.number, start=ref.start, end=ref.end)
    return out


def _change(n: int, change: Change) -> dict:
    return {
        "index": n,
        "kind": change.kind.value,
        "pair": change.pair,
        "a": {"start": change.a.start, "end": change.a.end, "text": change.a.text},
        "b": {"start": change.b.start, "end": change.b.end, "text": change.b.text},
        "section_a": _ref(change.section_a),
        "section_b": _ref(change.section_b),
    }


def _term(term: TermChange) -> dict:
    return {
        "term": term.term,
        "words": term.words,
        "kind": term.kind,
        "count_a": term.count_a,
        "count_b": term.count_b,
        "score": term.score,
        "occurrences_a": [list(o) for o in term.occurrences_a],
        "occurrences_b": [list(o) for o in term.occurrences_b],
    }


def _document(title: str, text: str) -> dict:
    return {"title": title, "length": len(text), "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest()}


def data(comparison: Comparison, terms: TermTable | None, titles: tuple[str, str] | None = None) -> dict:
    """The comparison as plain data (what render writes)."""
    title_a, title_b = titles_of(comparison, titles)
    changes = comparison.changes()
    index = {id(c): n for n, c in enumerate(changes)}
    per_pair: dict[int, Counter] = {}
    for change in changes:
        per_pair.setdefault(change.pair, Counter())[change.kind.value] += 1
    sections = [
        {
            "index": p.index,
            "status": p.status.value,
            "similarity": p.similarity,
            "renumbered": p.renumbered,
            "a_range": list(p.a_range),
            "b_range": list(p.b_range),
            "a": _ref(p.a, full=True),
            "b": _ref(p.b, full=True),
            "counts": dict(sorted(per_pair.get(p.index, Counter()).items())),
        }
        for p in comparison.pairs
    ]
    out = {
        "format": "reader-comparison",
        "schema": SCHEMA,
        "a": _document(title_a, comparison.a.text),
        "b": _document(title_b, comparison.b.text),
        "counts": dict(sorted(Counter(c.kind.value for c in changes).items())),
        "sections": sections,
        "changes": [_change(n, c) for n, c in enumerate(changes)],
        "figures": [
            {"subject": f.subject, "a": f.old, "b": f.new, "change": index[id(f.change)]}
            for f in figure_changes(changes, comparison.b.text)
        ],
    }
    if terms is not None:
        out["terms"] = {
            "new": [_term(t) for t in terms.new],
            "dropped": [_term(t) for t in terms.dropped],
            "changed": [_term(t) for t in terms.changed],
        }
    return out


def render(comparison: Comparison, terms: TermTable | None, titles: tuple[str, str] | None = None, labels=None) -> str:
    return json.dumps(data(comparison, terms, titles), ensure_ascii=False, indent=1) + "\n"
