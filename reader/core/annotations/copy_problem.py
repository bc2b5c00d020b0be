"""Why a sync tool's copy of a store could not be merged, in words for the reader: the copy is
kept as it is, and the reason says whether it is damaged or only from a newer Reader."""

from __future__ import annotations

from pathlib import Path


def copy_problem(path: Path) -> str:
    """The reason a copy cannot be merged ("newer" for a newer Reader's store; "" when it can
    be read after all: it changed since)."""
    from reader.core.annotations.records import SCHEMA_VERSION, StoreFormatError, parse_store

    try:
        raw = Path(path).read_text(encoding="utf-8")
    except UnicodeDecodeError:
        return "not UTF-8 text"
    except OSError as exc:
        return exc.strerror or str(exc)
    if not raw.strip():
        return "the file is empty"
    try:
        version, _, _ = parse_store(raw)
    except StoreFormatError as exc:
        return str(exc)
    return "newer" if version > SCHEMA_VERSION else ""
