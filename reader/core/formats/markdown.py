"""Markdown (.md): the reading text without markup, and the headings the file marks.

markdown-it-py is a CommonMark parser with block source maps; the reading text is built from
its token stream (text, code, line breaks), so `#`, `**`, `![]()`, `<!-- -->` and `>` never
reach the page, and heading ranges index the built text exactly. Blocks are separated by a
blank line, as in the plain-text documents Reader reads; a soft line break inside a paragraph
joins Chinese lines without a space (Chinese has no spaces between words) and keeps a space
between Latin words.
"""

from __future__ import annotations

from pathlib import Path

from markdown_it import MarkdownIt

from reader.core.char_classes import is_han
from reader.core.document import decode_bytes, normalise_newlines
from reader.core.formats.base import Extracted, FormatError, HeadingHint

_PARSER = MarkdownIt("commonmark").enable("table")


def _is_cjk(ch: str) -> bool:
    return "\u2e80" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef" or is_han(ch)


def _inline_text(token) -> str:
    parts: list[str] = []
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type == "softbreak":
            before = parts[-1][-1:] if parts and parts[-1] else ""
            parts.append("" if _is_cjk(before) else " ")
        elif child.type == "hardbreak":
            parts.append("\n")
        # images, html_inline and link markers carry no reading text
    return "".join(parts)


def parse(source: str) -> Extracted:
    """Reading text and heading hints of a Markdown source."""
    source = normalise_newlines(source)
    blocks: list[tuple[str, int | None]] = []  # (text, heading level or None)
    tokens = _PARSER.parse(source)
    heading_level: int | None = None
    row: list[str] | None = None
    for token in tokens:
        if token.type == "heading_open":
            heading_level = int(token.tag[1])
        elif token.type == "heading_close":
            heading_level = None
        elif token.type == "tr_open":
            row = []
        elif token.type == "tr_close" and row is not None:
            blocks.append(("\t".join(row), None))
            row = None
        elif token.type == "inline":
            text = _inline_text(token).strip()
            if row is not None:
                row.append(text)
            elif text:
                blocks.append((text, heading_level))
        elif token.type in ("fence", "code_block") and token.content.strip():
            blocks.append((token.content.rstrip("\n"), None))
    text_parts: list[str] = []
    headings: list[HeadingHint] = []
    pos = 0
    for text, level in blocks:
        if text_parts:
            text_parts.append("\n\n")
            pos += 2
        if level is not None:
            headings.append(HeadingHint(pos, pos + len(text), level))
        text_parts.append(text)
        pos += len(text)
    reading = "".join(text_parts) + "\n"
    title = next((reading[h.start : h.end] for h in headings if h.level == 1), "")
    return Extracted(reading, format="markdown", headings=tuple(headings), title=title)


def read(path: Path, data: bytes) -> Extracted:
    try:
        source, _ = decode_bytes(data)
    except ValueError as exc:
        raise FormatError(f"the Markdown file's text cannot be decoded ({exc})", "undecodable") from None
    return parse(source.lstrip("\ufeff"))
