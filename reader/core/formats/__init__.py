"""File formats → reading text plus structure hints.

Each format is one module here with a `read(path: Path, data: bytes) -> Extracted` function,
registered by file suffix in `READERS`. Modules are imported only when a file of theirs opens,
so start-up never pays for a parser it does not use. The reading text is what every other part
of Reader works on (outline, scripts, words, find, annotations, exports): its offsets are the
only coordinates, so a format module returns text whose newlines are already normalised ("\\n")
and hints whose ranges index that exact text. Plain text (any suffix not listed) is decoded by
`reader.core.document`.

`FORMATS` says, for the window's Open dialog, drag-and-drop and the desktop file, which
suffixes and MIME types Reader opens.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from reader.core.formats.errors import FormatError

if TYPE_CHECKING:
    from reader.core.formats.base import Extracted, HeadingHint

__all__ = [
    "FORMATS",
    "MIME_TYPES",
    "READERS",
    "SUFFIXES",
    "Extracted",
    "FormatError",
    "FormatInfo",
    "HeadingHint",
    "format_of",
    "open_dialog_filters",
    "reader_for",
]


class FormatInfo(
    NamedTuple
):  # a NamedTuple, not a frozen dataclass: made at launch, 2-3 M instructions fewer (issue 32)
    """A format Reader opens: its name, its Open dialog filter and how a file is known as it."""

    name: str
    """text, markdown, html, docx, pdf, epub: what Document.format and the store record."""
    label: str
    """What an Open dialog's filter calls it (English; the window translates it)."""
    suffixes: tuple[str, ...]
    mime_types: tuple[str, ...]
    module: str | None
    """The module under reader.core.formats that reads it; None: decoded as plain text."""


FORMATS: tuple[FormatInfo, ...] = (
    FormatInfo("text", "Text files", (".txt", ".text"), ("text/plain",), None),
    FormatInfo("markdown", "Markdown", (".md", ".markdown"), ("text/markdown", "text/x-markdown"), "markdown"),
    FormatInfo("html", "Web pages", (".html", ".htm", ".xhtml"), ("text/html", "application/xhtml+xml"), "html"),
    FormatInfo(
        "docx",
        "Word documents",
        (".docx",),
        ("application/vnd.openxmlformats-officedocument.wordprocessingml.document",),
        "docx",
    ),
    FormatInfo("pdf", "PDF documents", (".pdf",), ("application/pdf",), "pdf"),
    FormatInfo("epub", "EPUB books", (".epub",), ("application/epub+zip",), "epub"),
)

READERS: dict[str, str] = {
    # suffix (lower case, with the dot) → module under reader.core.formats
    suffix: info.module
    for info in FORMATS
    if info.module is not None
    for suffix in info.suffixes
}
SUFFIXES: tuple[str, ...] = tuple(s for info in FORMATS for s in info.suffixes)
"""Every suffix Reader opens as a known format (any other file is tried as plain text)."""
MIME_TYPES: tuple[str, ...] = tuple(m for info in FORMATS for m in info.mime_types)
"""The MIME types of those formats, for the desktop file's MimeType= line."""


def __getattr__(name: str):
    """Extracted and HeadingHint, from reader.core.formats.base when first asked for: a plain
    text (the notice at launch) is read without them."""
    if name in ("Extracted", "HeadingHint"):
        from reader.core.formats import base

        return getattr(base, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def format_of(path: Path | str | None) -> str:
    """The format name a file's suffix names: text for any suffix not listed."""
    suffix = Path(path).suffix.lower() if path else ""
    return next((info.name for info in FORMATS if suffix in info.suffixes), "text")


def open_dialog_filters() -> list[tuple[str, tuple[str, ...]]]:
    """(label, glob patterns) for an Open dialog: all documents first, then each format."""
    every = tuple(f"*{s}" for s in SUFFIXES)
    return [("All documents", every), *[(i.label, tuple(f"*{s}" for s in i.suffixes)) for i in FORMATS]]


def reader_for(path: Path) -> Callable[[Path, bytes], Extracted] | None:
    """The `read` function of the format a file's suffix names, or None for plain text."""
    module = READERS.get(Path(path).suffix.lower())
    if module is None:
        return None
    return importlib.import_module(f"reader.core.formats.{module}").read
