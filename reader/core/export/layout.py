"""The whole document as the page shows it, for print and for the exports that carry the text:
paragraphs in one script, each cut into spans where a highlight begins or ends, with the
notes numbered where their passage ends.

One owner for the PDF (gui/printing.py), the Word document and the HTML page, so a heading, a
hard-wrapped paragraph or a highlight over two paragraphs comes out the same in each."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from reader.core import typeset
from reader.core.annotations.model import Annotation
from reader.core.punctuation import clean_punctuation
from reader.core.wrapping import join_lines

HEADING_KINDS = ("title", "heading", "subheading")
"""Lines set as headings; the other typeset kinds (breadcrumb, subtitle, author, dateline,
credit) are set apart by their alignment only."""


@dataclass(frozen=True)
class Span:
    """A stretch of a paragraph with one set of annotations over it."""

    text: str
    covering: tuple[Annotation, ...] = ()
    """The annotations over this stretch, innermost (shortest) first: it is painted in the
    first one's colour, as on screen."""
    bold: bool = False
    """Part of a run-in heading ("（一）构建…体制。" at the start of a paragraph)."""
    notes: tuple[int, ...] = ()
    """Numbers of the notes whose passage ends with this stretch: their markers follow it."""

    @property
    def annotation(self) -> Annotation | None:
        return self.covering[0] if self.covering else None


@dataclass(frozen=True)
class Paragraph:
    kind: str
    """"paragraph", or the typeset kind of a whole line: title, heading, subheading,
    breadcrumb, subtitle, author, dateline, credit."""
    start: int  # in the original text
    end: int
    spans: tuple[Span, ...]
    notes: tuple[tuple[int, Annotation], ...] = ()
    """The notes whose markers stand in this paragraph, numbered, to print after it."""

    @property
    def text(self) -> str:
        return "".join(span.text for span in self.spans)


@dataclass
class _Draft:
    kind: str
    start: int
    end: int
    spans: list[Span] = field(default_factory=list)


def printed_texts(spans: tuple[Span, ...], clean: bool = True) -> list[str]:
    """The spans' text as the page shows it, with full-width punctuation (`clean`): cleaned
    as one paragraph (a comma's neighbours may lie in the next span), then cut where the spans
    are (the cleaning changes no length)."""
    texts = [span.text for span in spans]
    if not clean:
        return texts
    text = clean_punctuation("".join(texts))
    out, at = [], 0
    for piece in texts:
        out.append(text[at : at + len(piece)])
        at += len(piece)
    return out


def starts_indented(spans: tuple[Span, ...]) -> bool:
    """Whether the text brings its own indent (　　), which a first-line indent would double."""
    text = spans[0].text if spans else ""
    return text[:1] in (" ", "\t", "\u3000")


def paragraph_ranges(text: str, joins: Iterable[int]) -> Iterator[tuple[int, int]]:
    """(start, end) of each paragraph that is not blank: a line, or the lines a hard-wrapped
    text's soft breaks join."""
    soft = set(joins)
    start = pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        if end not in soft:
            if text[start:end].strip():
                yield start, end
            start = end + 1
        pos = end + 1


def _line_kinds(blocks: list[typeset.Block]):
    """kind(start, end) of a whole line: the typeset block holding it, else paragraph (a
    run-in heading leaves its line a paragraph)."""
    whole = [b for b in blocks if b.kind not in typeset.INLINE_KINDS]
    starts = [b.start for b in whole]

    def kind(start: int, end: int) -> str:
        i = bisect_right(starts, start) - 1
        if i >= 0 and whole[i].start <= start and end <= whole[i].end:
            return whole[i].kind
        return "paragraph"

    return kind


def paragraphs(
    session, script, annotations: Iterable[Annotation], within: tuple[int, int] | None = None
) -> list[Paragraph]:
    """The document (or the paragraphs that meet `within`, an original range) in `script`,
    with `annotations` marked on it. Annotations that are orphaned or empty are left out: they
    have no place in the text."""
    view = session.view(script)
    text = session.text
    blocks = typeset.blocks(session.outline)
    kinds = _line_kinds(blocks)
    runins = sorted((b.start, b.end) for b in blocks if b.kind == "runin")
    placed = sorted((a for a in annotations if not a.orphaned and a.start < a.end), key=lambda a: a.sort_key)
    starts = [a.start for a in placed]
    # each annotation in view offsets, once: a passage over two paragraphs is cut at the same places in both
    in_view = [(a, *view.range_to_view(a.start, a.end)) for a in placed]
    drafts: list[_Draft] = []
    first = 0  # annotations before it ended before the paragraph (they are in order of start)
    for start, end in paragraph_ranges(text, typeset.line_joins(text, blocks)):
        if within is not None and (end <= within[0] or start >= within[1]):
            continue
        vs, ve = view.range_to_view(start, end)
        shown = join_lines(view.text[vs:ve])
        while first < len(placed) and placed[first].end <= start:
            first += 1
        reaching = in_view[first : bisect_left(starts, end)]  # begin before the paragraph ends
        over = [(a, max(s, vs), min(e, ve)) for a, s, e in reaching if a.end > start]
        over = [(a, s, e) for a, s, e in over if s < e]
        cuts = {vs, ve}
        for _, s, e in over:
            cuts.update((s, e))
        bold_ranges = []
        for r_start, r_end in runins[bisect_left(runins, (start,)) : bisect_left(runins, (end,))]:
            b_s, b_e = view.range_to_view(r_start, min(r_end, end))
            bold_ranges.append((b_s, b_e))
            cuts.update((b_s, b_e))
        edges = sorted(c for c in cuts if vs <= c <= ve)
        draft = _Draft(kinds(start, end), start, end)
        for x, y in zip(edges, edges[1:]):
            if x >= y:
                continue
            covering = [a for a, s, e in over if s <= x and y <= e]
            covering.sort(key=lambda a: (a.end - a.start, -a.start))
            bold = any(b_s <= x and y <= b_e for b_s, b_e in bold_ranges)
            draft.spans.append(Span(shown[x - vs : y - vs], tuple(covering), bold))
        drafts.append(draft)
    return _number_notes(drafts)


def _number_notes(drafts: list[_Draft]) -> list[Paragraph]:
    """Each note's marker goes after the last stretch its passage covers, numbered in reading
    order; the note is printed after that paragraph."""
    last: dict[str, tuple[int, int, Annotation]] = {}
    for p, draft in enumerate(drafts):
        for s, span in enumerate(draft.spans):
            for a in span.covering:
                if a.note.strip():
                    last[a.id] = (p, s, a)
    ending: dict[tuple[int, int], list[Annotation]] = {}
    for p, s, a in last.values():
        ending.setdefault((p, s), []).append(a)
    out = []
    number = 0
    for p, draft in enumerate(drafts):
        spans = []
        notes = []
        for s, span in enumerate(draft.spans):
            numbers = []
            for a in sorted(ending.get((p, s), ()), key=lambda a: a.sort_key):
                number += 1
                numbers.append(number)
                notes.append((number, a))
            spans.append(Span(span.text, span.covering, span.bold, tuple(numbers)) if numbers else span)
        out.append(Paragraph(draft.kind, draft.start, draft.end, tuple(spans), tuple(notes)))
    return out
