"""File formats → reading text plus structure hints.

Each format is one module with a `read(path: Path, data: bytes) -> Extracted` function and is
registered in `FORMATS` by file suffix. The reading text is what every other part of Reader
works on (outline, scripts, words, find, annotations, exports): its offsets are the only
coordinates, so a format module must return text whose newlines are already normalised ("\\n")
and hints whose ranges index that exact text.
"""

from __future__ import annotations

from reader.core.formats.base import Extracted, FormatError, HeadingHint

__all__ = ["Extracted", "FormatError", "HeadingHint"]
