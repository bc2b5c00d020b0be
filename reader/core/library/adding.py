"""Adding documents to the library: files, folders (recursively, every format Reader opens),
each read, dated, given its identity and indexed. A file that moved, or moved and changed,
keeps the identity (and the notes) it had: found by its text's hash, else by its similarity
fingerprint, among catalogued documents whose file has gone."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from reader.core.annotations.model import now_iso
from reader.core.annotations.store import AUTO_ATTACH, AnnotationStore, read_info, store_files
from reader.core.document import DocumentError, load_document
from reader.core.fingerprint import fingerprint, similarity
from reader.core.formats import SUFFIXES
from reader.core.library.catalogue import Catalogue, Member
from reader.core.library.dating import document_date
from reader.core.library.index import Row, sections_of, write_document
from reader.core.outline import document_outline

ADDED, UPDATED, UNCHANGED, MOVED, FAILED = "added", "updated", "unchanged", "moved", "failed"


@dataclass(frozen=True)
class Added:
    path: Path
    status: str
    """added, updated (its file changed), unchanged, moved (found under its identity), failed."""
    message: str = ""
    identity: str = ""


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


def _identity_for(catalogue: Catalogue, path: str, content_hash: str, prints: list[int]) -> tuple[str, bool]:
    """(identity, moved): the catalogued document at this path; else one whose file has gone
    with the same text, else with a text similar enough that its notes attach unasked."""
    entry = catalogue.entry_at(path)
    if entry is not None:
        return entry.identity, False
    members = catalogue.members()
    member = next((m for m in members if m.path == path), None)
    if member is not None:
        return member.identity, False
    gone = [m for m in members if not Path(m.path).exists()]
    for m in gone:
        if m.content_hash == content_hash:
            return m.identity, True
    scored = [(similarity(prints, list(m.fingerprint)), m) for m in gone if m.fingerprint]
    best = max(scored, key=lambda s: s[0], default=(0.0, None))
    if best[1] is not None and best[0] >= AUTO_ATTACH:
        return best[1].identity, True
    return catalogue.new_identity(), False


def add_file(catalogue: Catalogue, data_dir: Path, path: Path | str) -> Added:
    """Read, date and index one file; never raises for a file that cannot be read."""
    path = Path(path)
    try:
        st = path.stat()
    except OSError as exc:
        return Added(path, FAILED, f"{path}: {exc.strerror or exc}")
    known = catalogue.entry_at(str(path.resolve()))
    if known is not None and known.indexed and known.bytes == st.st_size and _same_mtime(catalogue, known.id, st):
        return Added(path, UNCHANGED, identity=known.identity)
    try:
        document = load_document(path)
    except DocumentError as exc:
        return Added(path, FAILED, str(exc))
    where = str(document.path)
    prints = fingerprint(document.text)
    identity, moved = _identity_for(catalogue, where, document.content_hash, prints)
    outline = document_outline(document)
    title = outline.title() or document.info.title or path.stem
    store = AnnotationStore(
        annotations_folder(data_dir),
        document.path,
        document.content_hash,
        title,
        document.text,
        format=document.format,
        source_hash=document.source_hash,
        fingerprint=prints,
    )
    member = next((m for m in catalogue.members() if m.identity == identity), None)
    added = member.added if member and member.added else now_iso()
    row = Row(
        identity=identity,
        path=where,
        title=" ".join(title.split())[:200],
        format=document.format,
        date=document_date(document.text, document.info.date),
        file_date=_file_date(st.st_mtime),
        chars=len(document.text),
        bytes=st.st_size,
        mtime=st.st_mtime,
        content_hash=document.content_hash,
        source_hash=document.source_hash,
        fingerprint=tuple(prints),
        store=store.path.name,
        added=added,
    )
    catalogue.remember(Member(identity, where, added, document.content_hash, tuple(prints)))
    write_document(catalogue.db, row, document.text, sections_of(outline))
    status = MOVED if moved else UPDATED if known is not None else ADDED
    return Added(path, status, identity=identity)


def _same_mtime(catalogue: Catalogue, doc: int, st: os.stat_result) -> bool:
    found = catalogue.db.execute("SELECT mtime FROM documents WHERE id = ?", (doc,)).fetchone()
    return found is not None and found[0] == st.st_mtime


def known_paths(catalogue: Catalogue, data_dir: Path) -> list[Path]:
    """Every document the library holds by right: the members, and each document an
    annotation store names whose file is still there (every document opened and annotated)."""
    paths = [Path(m.path) for m in catalogue.members()]
    for store in store_files(annotations_folder(data_dir)):
        info = read_info(store)
        if info is not None and info.document_path and not info.document_missing:
            paths.append(Path(info.document_path))
    return list(dict.fromkeys(paths))


def rebuild(catalogue: Catalogue, data_dir: Path) -> Iterator[Added]:
    """Index again everything the library holds by right (after the database was lost):
    one result per document, as each is done, so a caller can show progress."""
    for path in known_paths(catalogue, data_dir):
        if path.exists():
            yield add_file(catalogue, data_dir, path)
        else:
            yield _catalogue_missing(catalogue, path)


def _catalogue_missing(catalogue: Catalogue, path: Path) -> Added:
    """A member whose file has gone: kept in the catalogue (unindexed) under its identity."""
    member = next((m for m in catalogue.members() if m.path == str(path)), None)
    if member is None:
        return Added(path, FAILED, f"{path}: file not found")
    row = Row(
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
    write_document(catalogue.db, row, None)
    return Added(path, FAILED, f"{path}: file not found", member.identity)
