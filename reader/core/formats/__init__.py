"""File formats → reading text plus structure hints.

Each format is one module here with a `read(path: Path, data: bytes) -> Extracted` function,
registered by file suffix in `READERS`. Modules are imported only when a file of theirs opens,
so start-up never pays for a parser it does not use. The reading text is what every other part
of Reader works on (outline, scripts, words, find, annotations, exports): its offsets are the
only coordinates, so a format module returns text whose newlines are already normalised ("\\n")
and hints whose ranges index that exact text. Plain text (any suffix not listed) is decoded by
`reader.core.document`.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path

from reader.core.formats.base import Extracted, FormatError, HeadingHint

__all__ = ["READERS", "Extracted", "FormatError", "HeadingHint", "reader_for"]

READERS: dict[str, str] = {
    # suffix (lower case, with the dot) → module under reader.core.formats
    ".md": "markdown",
    ".markdown": "markdown",
}


def reader_for(path: Path) -> Callable[[Path, bytes], Extracted] | None:
    """The `read` function of the format a file's suffix names, or None for plain text."""
    module = READERS.get(Path(path).suffix.lower())
    if module is None:
        return None
    return importlib.import_module(f"reader.core.formats.{module}").read
