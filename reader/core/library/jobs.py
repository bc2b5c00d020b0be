"""The library's work as jobs for the worker process (reader.gui.background): each takes and
returns plain values, so it pickles, and opens the catalogue once per process."""

from __future__ import annotations

import os
from pathlib import Path

from reader.core.library.adding import Added, add_files, library_files
from reader.core.library.catalogue import Catalogue
from reader.core.library.reading_pool import reading_pool, release

BATCH = 16
"""Files per job the window sends: each job is one transaction (big files: a pool of processes)."""
PROCESSES = min(2, os.cpu_count() or 1)
"""Processes that read and fold files while the worker writes the index (a batch of files)."""
POOLED_BYTES = 4_000_000
"""A batch this large is read in PROCESSES processes (kept between batches: reading_pool)."""

_open: dict[str, Catalogue] = {}


def _catalogue(data_dir: str) -> Catalogue:
    catalogue = _open.get(data_dir)
    if catalogue is None:
        catalogue = _open[data_dir] = Catalogue(Path(data_dir))
    return catalogue


def files_to_add(paths: list[str]) -> list[str]:
    """The files under the paths given (folders walked), for the window to queue in batches."""
    return [str(p) for p in library_files(paths)]


def add_batch(data_dir: str, paths: list[str], following: list[str] = ()) -> list[Added]:
    """Index a batch of files: one job per batch, so the window shows progress and stays free,
    and the batch is one transaction with its files read in PROCESSES processes, which begin
    on the `following` files (the next batch's) while this one is written."""
    size = sum(os.path.getsize(p) for p in paths if os.path.isfile(p))
    # one file and none to follow (a book the window opened) is read by one process whatever
    # happens: the pool's two would only cost their start and memory, and multiprocessing's
    # resource tracker, kept for IDLE seconds (a 5 M-character book: 12 + 58-83 MB; issue 32)
    if size < POOLED_BYTES or PROCESSES < 2 or len(paths) + len(following) < 2:
        return list(add_files(_catalogue(data_dir), Path(data_dir), paths))
    try:
        return list(add_files(_catalogue(data_dir), Path(data_dir), paths, reading_pool(PROCESSES), following))
    finally:
        release()


def document_key_terms(data_dir: str, path: str, limit: int = 30) -> list:
    """A library document's key terms against the rest of the library (keyness.key_terms):
    the document read and the library's counts looked up in the worker, not the window."""
    from reader.core.document import load_document
    from reader.core.library.concordance import Searcher
    from reader.core.library.keyness import key_terms

    catalogue = _catalogue(data_dir)
    document = load_document(path)
    in_library = catalogue.entry_at(str(document.path)) is not None
    return key_terms(Searcher(catalogue), document.text, limit, in_library=in_library)


def library_rows(data_dir: str):
    """The Library view's rows (reader.core.library.rows), read here rather than in the window."""
    from reader.core.library.rows import read_rows
    from reader.core.session import annotations_folder

    return read_rows(_catalogue(data_dir), annotations_folder(Path(data_dir)))


def follow_members(data_dir: str) -> bool:
    """Catalogue.follow_members in the worker: parsing members.json of a thousand documents takes
    60-170 ms, which a thread of the window's process would take from the window."""
    return _catalogue(data_dir).follow_members()


def take_in_members(data_dir: str) -> tuple[bool, list[str]]:
    """members.json changed elsewhere while the Library window is open: its sync copies merged
    (Catalogue.fold_members), the database made to follow it; (whether the rows changed, what
    the merge found, to be said)."""
    catalogue = _catalogue(data_dir)
    catalogue.fold_members()
    return catalogue.follow_members(), catalogue.members_news()


def to_rebuild(data_dir: str) -> tuple[list[str], list[Added]]:
    """adding.to_rebuild in the worker: the files to index again, and the gone ones catalogued."""
    from reader.core.library.adding import to_rebuild as found

    present, gone = found(_catalogue(data_dir), Path(data_dir))
    return [str(p) for p in present], gone
