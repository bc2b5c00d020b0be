"""What a format module hands the rest of Reader: the reading text and what the file said
about its structure (no Qt here)."""

from __future__ import annotations

from dataclasses import dataclass, field


class FormatError(ValueError):
    """A file of a known format that cannot be read; `code` lets a window say why in the
    reader's language (damaged, encrypted, no_text, no_article, unsupported, other)."""

    def __init__(self, reason: str, code: str = "other") -> None:
        super().__init__(reason)
        self.code = code


@dataclass(frozen=True)
class HeadingHint:
    """A heading the file itself marks (Markdown `#`, HTML h1–h6, a Word Heading style, an
    EPUB table-of-contents entry): the heading line's range in the reading text and its level
    (1 is the highest)."""

    start: int
    end: int
    level: int


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
    """Offsets where each page starts (PDF), for page numbers in the view."""
    meta: dict[str, str] = field(default_factory=dict)
