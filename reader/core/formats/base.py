"""What a format module hands the rest of Reader: the reading text and what the file said
about its structure (no Qt here), and the one way every format builds that text."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from reader.core.char_classes import WIDE, char_class
from reader.core.formats.errors import FormatError  # noqa: F401 - the format modules take it from here
from reader.core.formats.limits import check_chars
from reader.core.patterns import compiled


@dataclass(frozen=True)
class HeadingHint:
    """A heading the file itself marks (Markdown `#`, HTML h1–h6, a Word Heading style, an
    EPUB table-of-contents entry): the heading line's range in the reading text and its level
    (1 is the highest)."""

    start: int
    end: int
    level: int
    supplement: bool = False
    """The outline's grammar reads the document itself and this mark only adds to it: a
    heading the grammar misses is added at the rank the grammar gives the mark's level
    (structural_headings)."""


@dataclass(frozen=True)
class Extracted:
    text: str
    """The reading text, newlines normalised to \\n."""
    format: str = "text"
    """text, markdown, html, docx, pdf, epub."""
    headings: tuple[HeadingHint, ...] = ()
    """Headings the file marks, in document order; empty when the file says nothing (plain
    text), in which case the outline finds headings by itself."""
    title: str = ""
    author: str = ""
    date: str = ""
    source: str = ""
    """Where the document came from (a web page's URL), when the file says."""
    pages: tuple[int, ...] = ()
    """Offsets where each page starts (PDF), for page numbers in the view: page n (1-based)
    starts at pages[n - 1]; an offset belongs to the last page starting at or before it."""
    meta: dict[str, str] = field(default_factory=dict)


# East Asian wide characters (ideographs, kana, hangul, full-width forms and CJK punctuation):
# a line break between two of them joins without a space, as Chinese is written without spaces.
# Tested by its ranges, one character at a time: no pattern to compile
is_wide = char_class(WIDE)


def joiner(before: str, after: str) -> str:
    """What stands between two pieces of one paragraph that the file set on two lines:
    nothing beside Chinese, a space between Latin words (a hyphen at a line's end is kept)."""
    if not before or not after:
        return ""
    if is_wide(before[-1]) or is_wide(after[0]) or before[-1] in " -\u00ad":
        return ""
    return " "


_SPACES = r"[ \t\r\n\f\v\u00a0\u2000-\u200a\u202f\u205f]+"  # compiled when first used


def collapse_spaces(text: str) -> str:
    """Whitespace as a browser lays it out: a run becomes one space, except that a line break
    between Chinese characters vanishes (CSS Text 3's segment-break rule), so text a page's
    source wraps mid-sentence reads as one sentence. Full-width spaces (U+3000) are text."""

    def one(match: re.Match) -> str:
        start, end = match.span()
        run = match.group()
        if "\n" in run or "\r" in run:
            before = text[start - 1] if start else ""
            after = text[end] if end < len(text) else ""
            if is_wide(before) and is_wide(after):
                return ""
        return " "

    return compiled(_SPACES).sub(one, text)


class TextBuilder:
    """Blocks (paragraphs, headings, table rows) into one reading text: blocks are separated
    by a blank line, as in the plain-text documents Reader reads; heading, page and title
    positions are offsets into exactly the text built."""

    def __init__(self) -> None:
        self._check_chars = check_chars
        self._parts: list[str] = []
        self._pos = 0
        self.headings: list[HeadingHint] = []
        self.pages: list[int] = []
        self._pending_pages = 0

    @property
    def empty(self) -> bool:
        return not self._parts

    @property
    def next_start(self) -> int:
        """Where the next block will start."""
        return self._pos + 2 if self._parts else 0

    def block(self, text: str, level: int | None = None) -> int | None:
        """Add a block; returns its start offset, or None for a block with no text. Inner
        lines are kept (a line break inside a paragraph); edges are trimmed."""
        text = "\n".join(line.strip(" \t\u3000\u00a0") for line in text.split("\n"))
        text = re.sub(r"\n{2,}", "\n", text).strip("\n")
        if not text.strip():
            return None
        if self._parts:
            self._parts.append("\n\n")
            self._pos += 2
        start = self._pos
        self.pages.extend([start] * self._pending_pages)  # an empty page starts where the next text does
        self._pending_pages = 0
        if level is not None:
            first_line = text.split("\n", 1)[0]
            self.headings.append(HeadingHint(start, start + len(first_line), level))
        self._parts.append(text)
        self._pos += len(text)
        self._check_chars(self._pos)  # a compressed file stops here, not gigabytes later
        return start

    def new_page(self) -> None:
        """The next block starts a page (a PDF page break)."""
        self._pending_pages += 1

    def text(self) -> str:
        return "".join(self._parts) + "\n" if self._parts else ""

    def extracted(self, format: str, **fields) -> Extracted:
        text = self.text()
        pages = [*self.pages, *[len(text)] * self._pending_pages]  # blank pages at the end
        return Extracted(
            text, format=format, headings=structural_headings(self.headings, text), pages=tuple(pages), **fields
        )


def structural_headings(headings: list[HeadingHint], text: str | None = None) -> tuple[HeadingHint, ...]:
    """The headings worth handing the outline: given, they are the outline's headings and its
    own grammar (编 > 章 > 节, 一、（一）) only adds articles under them, so they are handed on
    only where they tell more than that grammar would.

    - A file that marks only one heading (a web page's h1, a Word file's Title) says nothing
      about its sections: the grammar reads the first line as the title, as for plain text.
    - Where the grammar, reading the text alone (`text` given), finds by its numbering nearly
      every heading the file marks, at least as many, and nests them as the file does, the marks would hide the levels the
      file does not mark (an EPUB of a law whose table of contents lists only its 编, not its
      章 and 节): the grammar's outline is kept, and the few marked headings it misses (a law's
      附件二 after its last article) are handed on as its supplement, with the marks it finds
      (which tell the rank of each level). A marked line longer than a label or holding a full
      stop is a paragraph the author styled, not a heading: it adds nothing.
    - A file that marks its headings marks every one that has no number: a short line the
      grammar would take for one without a number of its own (某市统计局 under a Word file's
      title, 集解 under an EPUB's chapter, a web page's code line `$ rustc main.rs`) is one the
      file says is not: then the file's headings are kept. A marked heading the grammar reads
      only so (参数 under an h2) is no heading its numbering found."""
    if len(headings) < 2:
        return ()
    if text is not None:
        from reader.core.outline import build_outline, heading_rule, is_contents_line  # it imports this module

        # the title (depth 0) stands above any level: only headings' and articles' depths nest;
        # a marked line the grammar reads as a breadcrumb (a site's name as a chapter's h1) is
        # accounted for
        marked = {h.start for h in headings}
        found = {
            n.start: (None if n.kind in ("title", "breadcrumb") else n.depth)
            for n in build_outline(text, inside=False).root.walk(False)
            if n.kind in ("title", "breadcrumb", "heading", "article")
        }

        def unnumbered(start: int) -> bool:  # a short standalone line, which no numbering reads
            end = _line_end(text, start)
            return heading_rule(text, start, end) is None and not is_contents_line(text[start:end])

        if any(depth is not None and start not in marked and unnumbered(start) for start, depth in found.items()):
            return tuple(headings)
        # a marked heading the grammar takes only as a short standalone line (参数, 语句和表达式)
        # is one it guessed, not one its numbering reads: it says nothing of the file's levels
        guessed = {h.start for h in headings if found.get(h.start) is not None and unnumbered(h.start)}
        missed = [h for h in headings if h.start not in found or h.start in guessed]
        if len(missed) <= len(headings) // 10 and len(found) >= len(headings) and _same_nesting(headings, found):
            from reader.core.outline import is_paragraph_line

            wrong = {h.start for h in missed if is_paragraph_line(text[h.start : h.end])}
            if missed and len(wrong) == len(missed):
                return ()
            # every mark found: handed on all the same, as what the file marks (a chapter's
            # heading on the first line is no title where the file names another)
            return tuple(replace(h, supplement=True) for h in headings if h.start not in wrong)
    return tuple(headings)


def _line_end(text: str, start: int) -> int:
    end = text.find("\n", start)
    return len(text) if end < 0 else end


def _same_nesting(headings: list[HeadingHint], depths: dict[int, int | None]) -> bool:
    """The grammar nests the headings it shares with the file as the file does: each marked
    level has one depth, deeper levels deeper (an h3 under an h2 is not read as its sibling)."""
    by_level: dict[int, set[int]] = {}
    for h in headings:
        if depths.get(h.start) is not None:
            by_level.setdefault(h.level, set()).add(depths[h.start])
    if any(len(d) > 1 for d in by_level.values()):
        return False
    ordered = [next(iter(by_level[level])) for level in sorted(by_level)]
    # the file's outermost marks are its outermost parts: a grammar that sets headings above
    # them (a contents page's lines before the first 卷, read as the parts 卷一 falls under)
    # nests the book otherwise
    outermost = min(ordered, default=0)
    if any(d is not None and d < outermost for d in depths.values()):
        return False
    return all(a < b for a, b in zip(ordered, ordered[1:]))
