"""Adding documents to the library: files, folders (recursively, every format Reader opens),
each read, dated, given its identity and indexed. A file that moved, or moved and changed,
keeps the identity (and the notes) it had: found by its text's hash, else by its similarity
fingerprint, among catalogued documents whose file has gone."""

from __future__ import annotations

import os
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Executor, Future
from contextlib import nullcontext
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from reader.core import recently_read
from reader.core.annotations.model import now_iso
from reader.core.annotations.store import AnnotationStore
from reader.core.annotations.store_info import read_info, store_files
from reader.core.document import DocumentError, load_document
from reader.core.fingerprint import fingerprint
from reader.core.formats import SUFFIXES
from reader.core.identity import recognise, store_file
from reader.core.library.catalogue import Catalogue, Entry, Member
from reader.core.library.dating import document_date
from reader.core.library.index import (
    IndexData,
    Removal,
    Staged,
    Streamed,
    bulk,
    drop_staged,
    index_data,
    sections_of,
    stage,
    stage_removal,
    write_document,
)
from reader.core.library.stopwatch import Stopwatch
from reader.core.outline import document_outline

ADDED, UPDATED, UNCHANGED, MOVED, FAILED = "added", "updated", "unchanged", "moved", "failed"


@dataclass(frozen=True)
class Added:
    path: Path
    status: str
    """added, updated (its file changed), unchanged, moved (found under its identity), failed."""
    message: str = ""
    identity: str = ""
    cpu: tuple[tuple[str, float], ...] = ()
    """CPU seconds of each phase of its indexing, each in the process that ran it (read,
    outline, … in a reading process; identity, write in the writer): benchmarks/library.py."""


def annotations_folder(data_dir: Path) -> Path:
    from reader.core.session import annotations_folder as folder

    return folder(data_dir)


def library_files(paths: Iterable[Path | str]) -> Iterator[Path]:
    """The files to add: each file given, and in each folder given every file (recursively,
    hidden ones skipped) of a format Reader opens, in name order."""
    for given in paths:
        path = Path(given).expanduser()
        if not path.is_dir():
            yield path
            continue
        for root, dirs, files in os.walk(path):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                if not name.startswith(".") and Path(name).suffix.lower() in SUFFIXES:
                    yield Path(root) / name


def _file_date(mtime: float) -> str:
    return datetime.fromtimestamp(mtime).strftime("%Y-%m-%d")


def _identity_for(
    catalogue: Catalogue, path: str, content_hash: str, prints: list[int], gone: list[Member]
) -> tuple[str | None, bool]:
    """(identity, moved): the catalogued document at this path; else the member this file is
    (reader.core.identity.recognise): at this path, or one whose file has gone (`gone`, which
    loses the one it gives) with the same or a similar enough text. (None, False) for a
    document the library has not met: its annotation store names it."""
    entry = catalogue.entry_at(path)
    if entry is not None:
        return entry.identity, False
    here = [m for m in catalogue.members() if m.path == path]
    found = recognise([*here, *gone], path, content_hash, lambda: prints, exists=lambda _: False)  # gone: checked
    if found is None:
        return None, False
    if found in gone:
        gone.remove(found)
    return found.identity, found.path != path


@dataclass(frozen=True)
class Prepared:
    """A file read and made ready for the catalogue without it (plain values: made in a pool's
    process). Its entry's identity, store and added are the writer's to give."""

    path: Path
    entry: Entry
    text: str
    sections: list[tuple[int, int, str]]
    data: IndexData | Streamed
    cpu: tuple[tuple[str, float], ...] = ()
    """CPU seconds of each phase of preparing it (Added.cpu; a Streamed file's folding, pieces and
    compressing are added by its writing, which does them)."""


def prepare(path: Path | str, streamed: bool = False) -> Prepared | Added:
    """Read, outline, date, fingerprint and fold one file; an Added (failed) if it cannot be read.
    A file this process has just read and prepared (a book the window opened: recently_read) is
    not read again. `streamed`: folded and cut into pieces as it is written (index.Streamed: in
    the writer's own process), not all at once here (in a pool's process, for the writer)."""
    path = Path(path)
    watch = Stopwatch()
    try:
        st = path.stat()
        read = recently_read.take(path)
        document = read.document if read else load_document(path)
    except OSError as exc:
        return Added(path, FAILED, f"{path}: {exc.strerror or exc}")
    except DocumentError as exc:
        return Added(path, FAILED, str(exc))
    watch.lap("read")
    # headings and articles are what it keeps (of the outline a prepare made too: the same)
    outline = read.outline if read else document_outline(document, inside=False)
    title = outline.title() or document.info.title or path.stem
    sections = sections_of(outline)
    watch.lap("outline")
    date = document_date(document.text, document.info.date)
    watch.lap("date")
    prints = read.fingerprint if read else tuple(fingerprint(document.text))
    watch.lap("fingerprint")
    data = Streamed.of(document.text) if streamed else index_data(document.text, watch)
    entry = Entry(
        identity="",
        path=str(document.path),
        title=" ".join(title.split())[:200],
        format=document.format,
        date=date,
        file_date=_file_date(st.st_mtime),
        chars=len(document.text),
        bytes=st.st_size,
        mtime=st.st_mtime,
        content_hash=document.content_hash,
        source_hash=document.source_hash,
        fingerprint=prints,
        store="",
        added="",
    )
    return Prepared(path, entry, document.text, sections, data, tuple(watch.laps))


def unchanged(catalogue: Catalogue, path: Path) -> Added | None:
    """The file as it was when indexed (same size and time): nothing to do."""
    try:
        st = path.stat()
    except OSError:
        return None
    known = catalogue.entry_at(str(path.resolve()))
    if known is not None and known.indexed and known.bytes == st.st_size and known.mtime == st.st_mtime:
        return Added(path, UNCHANGED, identity=known.identity)
    return None


@dataclass(frozen=True)
class _Staged:
    """A prepared file given its identity and store, its chunks made ready outside the
    transaction (index.stage): what the batch's transaction writes."""

    path: Path
    entry: Entry
    data: IndexData | Staged
    removal: Removal | None
    sections: list[tuple[int, int, str]]
    tags: tuple[str, ...]
    status: str
    cpu: tuple[tuple[str, float], ...]


def _stage(catalogue: Catalogue, data_dir: Path, prepared: Prepared, gone: list[Member]) -> _Staged:
    """Give a prepared file its identity and annotation store, and make its rows ready, holding
    no lock of the catalogue's: the background job makes way meanwhile (index's docstring)."""
    e = prepared.entry
    watch = Stopwatch()
    known = catalogue.entry_at(e.path)
    identity, moved = _identity_for(catalogue, e.path, e.content_hash, list(e.fingerprint), gone)
    store = AnnotationStore(
        annotations_folder(data_dir),
        Path(e.path),
        e.content_hash,
        e.title,
        prepared.text,
        format=e.format,
        source_hash=e.source_hash,
        fingerprint=list(e.fingerprint),
        identity=identity,
    )
    identity = store.identity  # a copy of a catalogued document has its own (reader.core.identity.may_be)
    member = next((m for m in catalogue.members() if m.identity == identity), None)
    added = member.added if member and member.added else now_iso()
    watch.lap("identity")
    removal = stage_removal(catalogue.db, identity)
    data = stage(catalogue.db, prepared.data) if isinstance(prepared.data, Streamed) else prepared.data
    watch.lap("write")
    laps = tuple(watch.laps)  # identity, write (so far: the rest when written)
    if isinstance(prepared.data, Streamed):  # folded, cut into pieces and compressed while staged
        spent = prepared.data.spent
        identity_lap, (_, writing) = laps
        laps = (*spent.items(), identity_lap, ("write", writing - sum(spent.values())))
    return _Staged(
        prepared.path,
        replace(e, identity=identity, store=store_file(Path(), identity).name, added=added),
        data,
        removal,
        prepared.sections,
        member.tags if member else (),
        MOVED if moved else UPDATED if known is not None else ADDED,
        prepared.cpu + laps,
    )


def _write(catalogue: Catalogue, staged: _Staged) -> tuple[Added, Member]:
    """Write a staged file (caller's transaction): no pause here, the lock is held."""
    start = time.thread_time()
    e = staged.entry
    write_document(catalogue.db, e, staged.data, staged.sections, staged.removal)
    catalogue.keep_tags(e.identity, staged.tags)  # a rebuilt database's copy
    *rest, (phase, seconds) = staged.cpu
    cpu = (*rest, (phase, seconds + time.thread_time() - start))
    return Added(staged.path, staged.status, identity=e.identity, cpu=cpu), Member(
        e.identity, e.path, e.added, e.content_hash, e.fingerprint
    )


AHEAD = 4
"""Files being prepared in the pool beyond the one the writer waits for."""
_read_ahead: dict[Path, Future] = {}
"""Files of the next batch the pool began preparing while this one was written (the next
batch takes them over, so the readers never wait for the writer's commit, nor it for them)."""


def _prepared(paths: list[Path], pool: Executor | None, following: list[Path] = ()) -> Iterator[Prepared | Added]:
    """prepare() of each path, in order: in the pool's processes when there is one (a few
    files ahead at most, so memory stays that of a few documents); when the paths are done,
    the first of `following` are left being prepared for the next call."""
    early = {path: _read_ahead.pop(path) for path in paths if path in _read_ahead}
    for future in _read_ahead.values():  # the batch asked for was not the one expected
        future.cancel()
    _read_ahead.clear()
    if pool is None:
        yield from (
            early[p].result() if p in early and not early[p].cancelled() else prepare(p, streamed=True) for p in paths
        )
        return
    ahead = deque()
    waiting = iter([*paths, *following])

    def submit() -> None:
        path = next(waiting, None)
        if path is not None:
            known = early.get(path)
            ahead.append((path, known if known is not None and not known.cancelled() else pool.submit(prepare, path)))

    for _ in range(AHEAD + 1):
        submit()
    try:
        for _ in paths:
            path, future = ahead.popleft()
            submit()
            try:
                yield future.result()
            except Exception as exc:  # a reader that failed otherwise than DocumentError, a lost process
                yield Added(path, FAILED, f"{path}: {type(exc).__name__}: {exc}")
        _read_ahead.update(ahead)
        ahead.clear()
    finally:
        for _, future in ahead:
            future.cancel()


BATCH_CHARS = 10_000_000
"""Characters written per transaction when adding many files (members.json once per batch)."""


def add_files(
    catalogue: Catalogue,
    data_dir: Path,
    paths: Iterable[Path | str],
    pool: Executor | None = None,
    following: Iterable[Path | str] = (),
) -> Iterator[Added]:
    """Add files (an Added for each, as each batch is written): those unchanged since indexed
    are skipped; the others are prepared (in the pool's processes, if given) and written a
    batch per transaction. `following`: the files a next call will add, which the pool begins
    preparing meanwhile. Never raises for a file that cannot be read."""
    todo = []
    for path in map(Path, paths):
        same = unchanged(catalogue, path)
        if same is not None:
            yield same
        else:
            todo.append(path)
    if not todo:
        return
    db = catalogue.db
    gone: list[Member] | None = None
    batch: list[Added | _Staged] = []  # in the order the files came
    chars = 0

    def written() -> list[Added]:
        """The batch's staged files written in one transaction (no pause in it: index's docstring)."""
        try:
            made = {id(one): _write(catalogue, one) for one in batch if isinstance(one, _Staged)}
            if made:
                catalogue.remember(*(member for _, member in made.values()))  # the source of truth first
            db.commit()
        except BaseException:
            db.rollback()
            raise
        done = [made[id(one)][0] if isinstance(one, _Staged) else one for one in batch]
        batch.clear()
        return done

    try:
        with bulk(db) if len(todo) > 1 else nullcontext():
            for item in _prepared(todo, pool, [Path(p) for p in following]):
                if isinstance(item, Added):
                    batch.append(item)
                    continue
                if gone is None:
                    gone = [m for m in catalogue.members() if not Path(m.path).exists()]
                batch.append(_stage(catalogue, data_dir, item, gone))
                chars += item.entry.chars
                del item  # its text: what is staged is enough
                if chars >= BATCH_CHARS:
                    yield from written()
                    chars = 0
            finished = written()
    except BaseException:
        drop_staged(db)
        raise
    yield from finished


def add_file(catalogue: Catalogue, data_dir: Path, path: Path | str) -> Added:
    """Read, date and index one file; never raises for a file that cannot be read."""
    return next(add_files(catalogue, data_dir, [path]))


def known_paths(catalogue: Catalogue, data_dir: Path) -> list[Path]:
    """Every document the library holds by right: the members, and each document an
    annotation store names whose file is still there (every document opened and annotated)."""
    paths = [Path(m.path) for m in catalogue.members()]
    for store in store_files(annotations_folder(data_dir)):
        info = read_info(store)
        if info is not None and info.document_path and not info.document_missing:
            paths.append(Path(info.document_path))
    return list(dict.fromkeys(paths))


def rebuild(catalogue: Catalogue, data_dir: Path, pool: Executor | None = None) -> Iterator[Added]:
    """Index again everything the library holds by right (after the database was lost):
    one result per document, as each batch is done, so a caller can show progress."""
    present, gone = to_rebuild(catalogue, data_dir)
    yield from gone
    yield from add_files(catalogue, data_dir, present, pool)
    catalogue.rebuilt()


def to_rebuild(catalogue: Catalogue, data_dir: Path) -> tuple[list[Path], list[Added]]:
    """What a lost catalogue needs: the documents it holds by right whose files are there (to
    index), and those whose files have gone, catalogued again at once under their identity,
    unindexed, so they are listed (shown missing) with their notes."""
    paths = known_paths(catalogue, data_dir)
    return [p for p in paths if p.exists()], [_catalogue_missing(catalogue, p) for p in paths if not p.exists()]


def _catalogue_missing(catalogue: Catalogue, path: Path) -> Added:
    """A member whose file has gone: kept in the catalogue (unindexed) under its identity."""
    member = next((m for m in catalogue.members() if m.path == str(path)), None)
    if member is None:
        return Added(path, FAILED, f"{path}: file not found")
    entry = Entry(
        member.identity,
        member.path,
        path.stem,
        "text",
        None,
        "",
        0,
        0,
        0.0,
        member.content_hash,
        "",
        member.fingerprint,
        "",
        member.added,
    )
    with catalogue.db:
        write_document(catalogue.db, entry, None)
        catalogue.keep_tags(member.identity, member.tags)
    return Added(path, FAILED, f"{path}: file not found", member.identity)
