"""What the Library view lists, one row per catalogued document: its catalogue entry, its
status (notes, reading progress), its tags and whether its file is there. Read in one go off
the window's thread (in the worker, reader.core.library.jobs.library_rows): for a few hundred
documents it takes tens of milliseconds of Python (the entries, a file or two per document),
which a thread of the window's process would take from the window's own turns."""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from pathlib import Path

from reader.core.library.catalogue import Catalogue, Entry
from reader.core.library.folding import fold
from reader.core.library.status import Status, status_of


@dataclass(frozen=True)
class Row:
    entry: Entry
    status: Status
    tags: tuple[str, ...] = ()
    missing: bool = False
    """Its file was gone when the row was read (looked at once here, not on every paint)."""
    folded: str = ""
    """Its title and path folded (reader.core.library.folding), what the view's filter matches:
    folded here, where folding's tables are loaded already (making them takes 50 ms)."""


@dataclass(frozen=True)
class Rows:
    rows: list[Row]
    all_tags: list[str]


def read_rows(catalogue: Catalogue, annotations_folder: Path) -> Rows:
    """Every document's row, in the catalogue's order, and every tag given. The entries go
    without their fingerprints (what recognises a moved file, not shown): less to hand over."""
    tags = catalogue.tags()
    rows = [
        Row(replace(e, fingerprint=()), status_of(e, annotations_folder), tags.get(e.identity, ()),
            not os.path.exists(e.path), fold(f"{e.title} {e.path}"))
        for e in catalogue.entries()
    ]  # fmt: skip
    return Rows(rows, catalogue.all_tags())
