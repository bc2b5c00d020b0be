"""Documents this process read lately, for a second job on the same file: the worker prepares a
long book the window opens (reader.core.analysis.prepare_path: read, outline, fingerprint), and
the window then has the library catalogue it (reader.core.library.adding.prepare), which read,
outlined and fingerprinted it all again (1.6 s of CPU for a 5 M-character book; issue 32).

A document is handed out only while its file's bytes are still those it was read from (their
SHA-256, Document.source_hash; tens of milliseconds for a book): a file changed, even back and
forth in the same second at the same size, is read again, never answered from memory."""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported by reader.core.analysis, which the window imports at launch
    from reader.core.document import Document
    from reader.core.outline import Outline

KEEP = 2
"""Documents kept at most (as many as reader.core.analysis keeps the outlines of)."""


@dataclass(frozen=True)
class Read:
    """A document read from its file, with what preparing it made."""

    document: Document
    outline: Outline
    """Its outline (build_outline with the file's headings and title: the headings, articles
    and title the library's index keeps are those of document_outline(inside=False))."""
    fingerprint: tuple[int, ...]


_lock = threading.Lock()
_recent: OrderedDict[Path, Read] = OrderedDict()


def remember(document: Document, outline: Outline, fingerprint) -> None:
    """Keep a document read from a file (by its resolved path) until taken or forgotten."""
    if document.path is None or not document.source_hash:
        return
    with _lock:
        _recent[document.path] = Read(document, outline, tuple(fingerprint))
        _recent.move_to_end(document.path)
        while len(_recent) > KEEP:
            _recent.popitem(last=False)


def take(path: Path | str) -> Read | None:
    """The document read from this file, if its bytes are still the ones read (it is let go
    either way: the job that takes it is the last that needs it)."""
    try:
        path = Path(path).resolve()
    except OSError:
        return None
    with _lock:
        read = _recent.pop(path, None)
    if read is None:
        return None
    try:
        with open(path, "rb") as file:
            digest = hashlib.file_digest(file, "sha256").hexdigest()
    except OSError:
        return None
    return read if digest == read.document.source_hash else None


def forget() -> None:
    with _lock:
        _recent.clear()
