"""PDF with a text layer: the text in reading order, lines joined into paragraphs, running
headers and footers left out, and where each page starts.

pypdfium2 binds PDFium, Chrome's PDF engine: it reads damaged and odd PDFs as a browser does,
and its wheels carry the library (no system package). Its text page gives each page's text in
content order with the line breaks PDFium finds, and a box for every character; only the first
and last character of each line are measured, which keeps a 300-page book well under a second
(benchmarks/open_formats.py).

A line break is a paragraph's end when the line stops short of the text's right edge, when the
next line starts indented (Chinese paragraphs begin with two spaces), or when a gap wider than
the usual line spacing follows; otherwise the lines are joined, without a space between Chinese
characters and with one between Latin words (reader.core.formats.base.joiner), across a page
break too. A line in the top or bottom margin is a running header or footer when its text, digits
aside, comes back on at least a third of the pages (at least 3), or when it is only a page number
(3, - 3 -, 第3页, 3/71): those are left out of the reading text.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from statistics import median

from reader.core.formats.base import Extracted, FormatError, joiner, structural_headings
from reader.core.formats.limits import check_chars, check_entries

_MARGIN = 0.1
"""Header and footer lines sit within this share of the page height from its top or bottom."""
_PAGE_NUMBER = re.compile(
    r"^[\s\-—–－·•]*(?:第\s*)?[\dⅠ-ⅫivxlcIVXLC]+(?:\s*页)?(?:\s*[/／]\s*(?:共\s*)?\d+\s*页?)?[\s\-—–－·•]*$"
    r"|^\s*(?:page|p\.)\s*\d+(?:\s*(?:of|/)\s*\d+)?\s*$",
    re.IGNORECASE,
)
_DIGITS = re.compile(r"\d+")
_INDENTS = (" ", "\u3000", "\t")
_TOC_ENTRY = re.compile(r"(?:\.{4,}|…{2,}|·{4,}|-{4,})\s*\d+\s*$")
_REPEAT_MIN = 8
"""A line this long repeated across a page break is one line drawn twice, not two."""
_CONTENTS_SHARE = 0.6
"""A page with this share of its lines table-of-contents entries is a table of contents."""
_SENTENCE_ENDS = tuple("。！？；：…”’」』）.!?;:")
_ACTS = ("通过", "修正", "修訂", "修订", "公布", "施行", "批准")
"""What a law's history line ends with, without a full stop (…的决定》修正)."""


@dataclass
class _Line:
    text: str
    left: float
    right: float
    top: float
    bottom: float
    page: int

    @property
    def height(self) -> float:
        return max(1.0, self.top - self.bottom)


def _open(data: bytes):
    import pypdfium2 as pdfium  # imported only when a PDF opens

    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        message = str(exc)
        if "password" in message.lower():
            raise FormatError(
                "the PDF is encrypted with a password; Reader cannot open protected PDFs (save an unprotected copy first)",
                "encrypted",
            ) from None
        raise FormatError(f"the PDF is damaged and cannot be read ({message})", "damaged") from None


def _radicals() -> dict[int, str]:
    """Kangxi and supplement radicals → the ideographs they stand for. CJK fonts (Noto CJK)
    draw both with one glyph, and PDF writers that build ToUnicode maps by the lowest code
    point (Qt's, before Reader's own fix) put ⼤ in the text layer for every 大; in running
    text a radical is that mistake, never meant (reader.core.export.pdf_text fixes the maps of
    the PDFs Reader writes with the same table)."""
    from reader.core.export.pdf_text import equivalent_ideograph

    table = {}
    for code in range(0x2E80, 0x2FE0):
        ideograph = equivalent_ideograph(chr(code))
        if ideograph and ideograph != chr(code):
            table[code] = ideograph
    return table


_RADICAL_TABLE: dict[int, str] | None = None


def _page_lines(page, index: int) -> list[_Line]:
    """The page's text lines with where they stand: PDFium's own line breaks, measured by
    their first and last characters."""
    global _RADICAL_TABLE
    if _RADICAL_TABLE is None:
        _RADICAL_TABLE = _radicals()
    textpage = page.get_textpage()
    try:
        text = textpage.get_text_range()
        lines: list[_Line] = []
        pos = 0
        for raw in re.split(r"\r\n|\r|\n", text):
            length = len(raw)
            stripped = raw.strip()
            if stripped:
                first = pos + (len(raw) - len(raw.lstrip()))
                last = pos + len(raw.rstrip()) - 1
                # loose boxes span the font's ascent and descent: a tight box of 一 is a line
                left, bottom, _, top = textpage.get_charbox(first, loose=True)
                _, _, right, _ = textpage.get_charbox(last, loose=True)
                indent = raw[: len(raw) - len(raw.lstrip())]
                lines.append(_Line((indent + stripped).translate(_RADICAL_TABLE), left, right, top, bottom, index))
            pos += length + (2 if text[pos + length : pos + length + 2] == "\r\n" else 1)
        return lines
    finally:
        textpage.close()


def _furniture(pages: list[list[_Line]], heights: list[float]) -> set[int]:
    """ids of the lines that are running headers, footers and page numbers."""
    in_margin: list[tuple[_Line, str]] = []
    for lines, height in zip(pages, heights):
        for line in lines:
            if line.bottom >= height * (1 - _MARGIN) or line.top <= height * _MARGIN:
                in_margin.append((line, _DIGITS.sub("#", line.text.strip())))
    pages_of: dict[str, set[int]] = defaultdict(set)
    for line, key in in_margin:
        pages_of[key].add(line.page)
    repeated = max(3, len(pages) // 3)
    return {id(line) for line, key in in_margin if _PAGE_NUMBER.match(line.text) or len(pages_of[key]) >= repeated}


_OWN_EDGES = 8
"""A page with this many lines has margins of its own; a shorter one takes the document's."""


def _edges(lines: list[_Line]) -> tuple[float, float]:
    """The text column's left edge and right edge (most lines reach it: a line that stops
    short of it ends a paragraph)."""
    if not lines:
        return 0.0, 0.0
    rights = sorted(line.right for line in lines)
    return min(line.left for line in lines), rights[int(0.9 * (len(rights) - 1))]


def _pitch(pages: list[list[_Line]]) -> float:
    """The usual gap between two lines of a paragraph (most breaks are inside paragraphs)."""
    gaps = [a.bottom - b.top for lines in pages for a, b in zip(lines, lines[1:]) if a.bottom > b.top]
    return median(gaps) if gaps else 0.0


# how an article, chapter or numbered part opens (第三条, 第 1 條, 第二章, 一、), or a table of
# contents (目录 alone on its line, under a law's history): a line that does so after a sentence
# ended starts a paragraph, though nothing else on the page parts it
_OPENS_PART = re.compile(
    r"^(?:第[ \u3000]?[一二三四五六七八九十百千零〇\d]+(?:-\d+)?[ \u3000]?[编編章节節条條]|[一二三四五六七八九十]+、"
    r"|目[ \u3000]*[录錄次][ \u3000]*$)"
)


_PAIRS = {"》": "《", "」": "「", "』": "『", "”": "“", "）": "（", ")": "(", "〉": "〈"}


def _closes_unopened(text: str) -> bool:
    """Whether a line closes a quotation or title it never opened, before its first
    sentence ends (（三）》规定的…): the rest of a line above, as no paragraph starts so."""
    open_count = {opening: 0 for opening in _PAIRS.values()}
    for char in text:
        if char in open_count:
            open_count[char] += 1
        elif char in _PAIRS:
            if open_count[_PAIRS[char]] == 0:
                return char != "）" and char != ")"  # a list's 1) opens a line
            open_count[_PAIRS[char]] -= 1
        elif char in "。！？":
            return False
    return False


def _joins(line: _Line, following: _Line, right_edge: float, left_edge: float, pitch: float) -> bool:
    """The break after `line` only wraps a paragraph that `following` continues."""
    char = line.height  # a CJK character is about as wide as it is tall
    if _TOC_ENTRY.search(line.text):
        return False  # 第一节 ……… 4: a table-of-contents line stands alone
    if max(line.height, following.height) > 1.5 * min(line.height, following.height):
        return False  # a paragraph is set in one size: a 22 pt title does not run into 10 pt text
    if _closes_unopened(following.text) and not line.text.rstrip().endswith(_SENTENCE_ENDS):
        return True  # （三）》规定…: a line that closes a quotation goes on from the line above
    if right_edge - line.right > 2.5 * char:
        return False  # stopped short: the paragraph ended (or a group it may not break moved on)
    if following.text.startswith(_INDENTS) or following.left - left_edge > 1.5 * following.height:
        return False  # the next line is indented: a new paragraph
    if line.text.rstrip().endswith(_SENTENCE_ENDS + _ACTS) and _OPENS_PART.match(following.text.lstrip()):
        return False  # a sentence or a law's history ended and the next line opens an article or part
    if following.page == line.page:
        return line.bottom - following.top <= 1.2 * pitch  # a wider gap parts paragraphs
    # across a page break nothing measures the gap: a line that reached the edge mid-sentence
    # goes on over the page; one that ended a sentence there is taken to end its paragraph
    return not line.text.rstrip().endswith(_SENTENCE_ENDS)


_ABOVE_TITLE = 2  # small lines a title page may set above its title


def _set_large(pages: list[list[_Line]]) -> str:
    """The lines near the top of the first page set in type much larger than the body's (a
    title set in 22 pt over 10.5 pt text, wrapped or not, perhaps under a small running head),
    joined; empty when none are."""
    lines = next((lines for lines in pages if lines), [])
    if len(lines) < 3:
        return ""
    body = median(line.height for line in lines)
    # a running head or a classification (…（公开）) in small type may stand above the title
    start = next((i for i, line in enumerate(lines[: _ABOVE_TITLE + 1]) if line.height >= 1.4 * body), 0)
    large = []
    for line in lines[start:]:
        # a title's lines are set in one size: a heading under it in another is not the title's
        if line.height < 1.4 * body or large and abs(line.height - lines[start].height) > 0.1 * lines[start].height:
            break
        large.append(line.text.strip())
    return "".join(large) if 0 < len(large) <= 3 else ""


def _is_contents_page(lines: list[_Line]) -> bool:
    entries = sum(1 for line in lines if _TOC_ENTRY.search(line.text))
    return entries >= 3 and entries >= _CONTENTS_SHARE * len(lines)


def _metadata_date(value: str) -> str:
    match = re.match(r"D:(\d{4})(\d{2})?(\d{2})?", value or "")
    if not match:
        return ""
    return "-".join(part for part in match.groups() if part)


def read(path: Path, data: bytes) -> Extracted:
    pdf = _open(data)
    try:
        pages: list[list[_Line]] = []
        heights: list[float] = []
        check_entries(len(pdf), "pages")
        chars = 0
        for index in range(len(pdf)):
            page = pdf[index]
            try:
                heights.append(page.get_size()[1])
                pages.append(_page_lines(page, index))
                chars += sum(len(line.text) for line in pages[-1])
                check_chars(chars)  # content streams inflate: stop at the text limit, not after
            finally:
                page.close()
        info = pdf.get_metadata_dict()
    finally:
        pdf.close()
    if not any(pages):
        raise FormatError(
            "the PDF has no text layer: its pages are pictures (a scan); Reader needs a PDF with text, "
            "such as one made by OCR (ocrmypdf, or a scanner's searchable-PDF setting)",
            "no_text",
        )
    furniture = _furniture(pages, heights)
    body = [[line for line in lines if id(line) not in furniture] for lines in pages]
    # a table of contents points at the PDF's page numbers, which the reading text does not
    # have; the section tree takes its place, as headers' and footers' page numbers go, so it
    # is left out with them: a page most of whose lines are entries (第一节 ……… 4) whole, and a
    # stray entry elsewhere
    body = [[] if _is_contents_page(lines) else lines for lines in body]
    # a line drawn at the foot of one page and again, clipped, at the head of the next (Qt's
    # PDF writer does so) is read once
    last = None
    for lines in body:
        if lines and last is not None and lines[0].text == last.text and len(last.text) >= _REPEAT_MIN:
            del lines[0]
        if lines:
            last = lines[-1]
    every = [line for lines in body for line in lines]
    edges = {None: _edges(every)}
    for index, lines in enumerate(body):  # odd and even pages of a book have their own margins
        edges[index] = _edges(lines) if len(lines) >= _OWN_EDGES else edges[None]
    pitches = {None: _pitch(body)}
    for index, lines in enumerate(body):  # a title page is often set with wider spacing
        pitches[index] = _pitch([lines]) if len(lines) >= _OWN_EDGES else pitches[None]
    paragraphs: list[list[_Line]] = []
    previous: _Line | None = None
    for index, lines in enumerate(body):
        left_edge, right_edge = edges[index]
        pitch = pitches[index]
        for line in lines:
            if previous is not None and _joins(previous, line, right_edge, left_edge, pitch):
                paragraphs[-1].append(line)
            else:
                paragraphs.append([line])
            previous = line
    paragraphs = [p for p in paragraphs if not _TOC_ENTRY.search(" ".join(line.text for line in p))]
    parts: list[str] = []
    page_offsets: dict[int, int] = {}
    pos = 0
    for paragraph in paragraphs:
        if parts:
            parts.append("\n\n")
            pos += 2
        before = ""
        for line in paragraph:
            piece = line.text.strip(" \t\u3000")
            if before:
                glue = joiner(before, piece)
                parts.append(glue)
                pos += len(glue)
            page_offsets.setdefault(line.page, pos)
            parts.append(piece)
            pos += len(piece)
            before = piece
    page_starts = [0] * len(pages)
    following = pos
    for index in range(len(pages) - 1, -1, -1):  # a page without text starts where the next text does
        following = page_offsets.get(index, following)
        page_starts[index] = following
    text = "".join(parts) + "\n"
    title = (info.get("Title") or "").strip()
    title = re.sub(r"^Microsoft Word - |\.(docx?|wps|pdf)$", "", title).strip()
    author = (info.get("Author") or "").strip()
    # a PDF's Title and Author are often a file name or a computer's user name: kept only
    # where the text itself says them (a long title wraps: its lines' breaks do not count)
    squeezed = re.sub(r"\s+", "", text)
    if not (title and re.sub(r"\s+", "", title) in squeezed):
        title = _set_large(body)
    return Extracted(
        text,
        format="pdf",
        headings=structural_headings([]),
        title=title,
        author=author if author and author in text else "",
        date=_metadata_date(info.get("CreationDate", "")),
        pages=tuple(page_starts),
        meta={"page_count": str(len(pages))},
    )
