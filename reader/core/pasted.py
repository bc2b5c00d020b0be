"""Paste as document: the clipboard's HTML or text becomes a file in the data folder, which
then opens like any other document (its annotations stored by its path, as for any file).

HTML is kept as HTML, so the headings, tables and line breaks of what was copied survive; the
page is marked as Reader's own (reader.core.formats.html.PASTED_GENERATOR), so all of it is read
as the article, never cut down by the article extractor: the reader chose every word of it.
Plain text is written as UTF-8 text. Files are named by the time and the text's first words,
`pasted/2024-05-01-143015-关于印发….html`, and written atomically."""

from __future__ import annotations

import html as html_escape
import re
from datetime import datetime
from pathlib import Path

from reader.core.atomic import atomic_write
from reader.core.document import MAX_BYTES, normalise_newlines

PASTED_FOLDER = "pasted"
_NAME_CHARS = 24
"""How many characters of the first line name the file."""
_UNSAFE = re.compile(r'[\x00-\x1f\x7f/\\:*?"<>|]+')
_CF_HTML_HEADER = re.compile(r"^Version:\d[^<]*", re.DOTALL)  # Windows' clipboard HTML header
_SOURCE_URL = re.compile(r"^SourceURL:(\S+)", re.MULTILINE)


class PasteError(ValueError):
    """The clipboard holds nothing Reader can open; `code`, like DocumentError's: empty (no
    text), binary (a NUL character: not text), too_large (over the 64 MB a document may be),
    undecodable (characters UTF-8 cannot write: lone surrogates). Nothing is written then."""

    def __init__(self, reason: str, code: str = "empty") -> None:
        super().__init__(reason)
        self.code = code


def check_pasted(content: str) -> None:
    """Raise PasteError when what was pasted could not open as a document once written (it is
    then never written: the reader is told why, and the clipboard still holds it)."""
    if "\x00" in content:
        raise PasteError("the clipboard holds binary data (a NUL character), not text", "binary")
    try:
        size = len(content.encode("utf-8"))
    except UnicodeEncodeError:
        raise PasteError("the clipboard's text holds characters that cannot be saved", "undecodable") from None
    if size > MAX_BYTES:
        raise PasteError(
            f"the clipboard holds {size / 2**20:.0f} MB of text; a document may be up to {MAX_BYTES // 2**20} MB",
            "too_large",
        )


def pasted_folder(data_dir: Path) -> Path:
    return Path(data_dir) / PASTED_FOLDER


def _file_name(first_line: str, when: datetime, suffix: str, folder: Path) -> Path:
    words = _UNSAFE.sub(" ", first_line).strip(" .")[:_NAME_CHARS].strip() or "pasted"
    stem = f"{when:%Y-%m-%d-%H%M%S}-{words}"
    path = folder / f"{stem}{suffix}"
    n = 2
    while path.exists():  # two pastes within a second
        path = folder / f"{stem}-{n}{suffix}"
        n += 1
    return path


def _html_document(fragment: str, title: str, source: str) -> str:
    from reader.core.formats.html import PASTED_GENERATOR

    body = re.sub(r"(?is)^.*?<body[^>]*>|</body>.*$", "", fragment)  # a whole page: its body
    link = f'<link rel="canonical" href="{html_escape.escape(source)}">\n' if source else ""
    return (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8">\n'
        f'<meta name="generator" content="{PASTED_GENERATOR}">\n'
        f"<title>{html_escape.escape(title)}</title>\n{link}</head><body>\n{body}\n</body></html>\n"
    )


def _html_text(document: str) -> str:
    """The reading text Reader will make of a pasted page ('' when it holds none)."""
    from reader.core.formats import FormatError
    from reader.core.formats.html import parse

    try:
        return parse(document).text
    except FormatError:
        return ""


def paste_document(
    data_dir: Path, html: str | None = None, text: str | None = None, when: datetime | None = None
) -> Path:
    """Write the clipboard's content (HTML preferred, else plain text) as a document in the
    data folder's pasted/ and return its path. Raises PasteError when neither holds text or
    the text could not open (check_pasted), OSError when the folder cannot be written."""
    when = when or datetime.now()
    folder = pasted_folder(data_dir)
    text = normalise_newlines(text or "").strip("\ufeff")
    html_problem = None
    if html and html.strip():
        source = _SOURCE_URL.search(html[:2048])
        fragment = _CF_HTML_HEADER.sub("", html, count=1)
        plain_first = next((line.strip() for line in text.split("\n") if line.strip()), "")
        document = _html_document(fragment, plain_first[:80], source.group(1) if source else "")
        try:
            check_pasted(document)
            reading = _html_text(document)
        except PasteError as exc:  # the plain text may still open
            html_problem, reading = exc, ""
        if reading.strip():
            first = next(line for line in reading.split("\n") if line.strip())
            path = _file_name(first, when, ".html", folder)
            atomic_write(path, document)
            return path
    if not text.strip():
        raise html_problem or PasteError("the clipboard holds no text to read")
    check_pasted(text)
    first = next(line for line in text.split("\n") if line.strip())
    path = _file_name(first, when, ".txt", folder)
    atomic_write(path, text if text.endswith("\n") else text + "\n")
    return path
