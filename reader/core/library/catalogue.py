"""The catalogue: one SQLite database (stdlib sqlite3, WAL) in the data folder holding every
document of the library under one identity, with its search index.

What the reader chose to put in the library is also kept in a small JSON list (members.json,
written atomically on every change): the database is derived from that list, from the
annotation stores and from the files, so a deleted or damaged database is set aside and built
again with nothing lost (`Catalogue.open` reports it; `reader.core.library.adding.rebuild`
re-indexes)."""

from __future__ import annotations

import contextlib
import json
import os
import re
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

from reader.core.atomic import atomic_write, file_lock, file_signature
from reader.core.data_folder import make_inside, open_folder
from reader.core.identity import is_identity, recognise
from reader.core.library.place import FOLDER, database_file, members_file

SCHEMA_VERSION = 2
"""2: documents are known by their identity (reader.core.identity), no longer by a uuid of
the catalogue's own: a database of version 1 is removed and built again."""
MEMBERS_VERSION = 2
_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS documents(
    id INTEGER PRIMARY KEY,
    identity TEXT UNIQUE NOT NULL,
    path TEXT UNIQUE NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    format TEXT NOT NULL DEFAULT 'text',
    date TEXT,
    file_date TEXT NOT NULL DEFAULT '',
    chars INTEGER NOT NULL DEFAULT 0,
    bytes INTEGER NOT NULL DEFAULT 0,
    mtime REAL NOT NULL DEFAULT 0,
    content_hash TEXT NOT NULL DEFAULT '',
    source_hash TEXT NOT NULL DEFAULT '',
    fingerprint TEXT NOT NULL DEFAULT '[]',
    store TEXT NOT NULL DEFAULT '',
    added TEXT NOT NULL DEFAULT '',
    first_chunk INTEGER NOT NULL DEFAULT 0,
    last_chunk INTEGER NOT NULL DEFAULT -1
);
CREATE TABLE IF NOT EXISTS sections(doc INTEGER NOT NULL, start INTEGER, end INTEGER, label TEXT);
CREATE INDEX IF NOT EXISTS sections_doc ON sections(doc, start);
CREATE TABLE IF NOT EXISTS chunks(id INTEGER PRIMARY KEY, doc INTEGER NOT NULL, start INTEGER, text BLOB);
CREATE INDEX IF NOT EXISTS chunks_doc ON chunks(doc, start);
CREATE TABLE IF NOT EXISTS tags(identity TEXT NOT NULL, tag TEXT NOT NULL, PRIMARY KEY(identity, tag));
CREATE VIRTUAL TABLE IF NOT EXISTS pieces USING fts5(t, content='', columnsize=0, tokenize='ascii');
CREATE VIRTUAL TABLE IF NOT EXISTS pieces_vocab USING fts5vocab(pieces, row);
"""
PENDING = 16 * 1024 * 1024
"""Bytes of new index terms FTS5 gathers in memory before it writes a segment (its own default
is 1 MB): with a transaction per batch of documents, 16 MB makes fewer, larger segments and
indexing three times faster (measured on 6 M characters: 8.5 s → 2.9 s), for 16 MB of memory
in the process that indexes."""


class Outdated(sqlite3.DatabaseError):
    """A database an older Reader wrote, in a layout this one does not read."""


class CatalogueError(Exception):
    """The library's folder cannot be used; the message names it and the reason."""


@dataclass(frozen=True)
class Member:
    """A document the reader put in the library, as members.json keeps it."""

    identity: str
    path: str
    added: str
    content_hash: str = ""
    fingerprint: tuple[int, ...] = ()
    tags: tuple[str, ...] = ()
    """The reader's tags (collections) for it: kept here, so a rebuilt catalogue keeps them."""
    changed: float = 0.0
    """When it was last put in the list (added, or its file or text changed; 0: not known, a
    list written before these times were kept). Times are for merging two computers' lists
    (reader.core.library.members_sync)."""
    tag_times: tuple[tuple[str, float], ...] = ()
    """When each of its tags was given (a tag not here: not known)."""
    untagged: tuple[tuple[str, float], ...] = ()
    """Tags taken off it, with when."""


@dataclass(frozen=True)
class Entry:
    """A catalogued document: what the documents table holds of it besides its text, as
    reader.core.library.index writes it and the Library view and `reader library list` show it."""

    identity: str
    path: str
    title: str
    format: str
    date: str | None
    """The date the document gives itself (YYYY-MM-DD), or None."""
    file_date: str
    chars: int
    bytes: int
    mtime: float
    content_hash: str
    source_hash: str
    fingerprint: tuple[int, ...]
    store: str
    added: str
    id: int = 0
    """Its row in the database (0 until written)."""
    indexed: bool = True
    """False: catalogued without its text (its file has gone)."""

    @property
    def shown_date(self) -> str:
        """The document's own date, else its file's: what documents are ordered by."""
        return self.date or self.file_date

    @property
    def missing(self) -> bool:
        return not Path(self.path).exists()


@dataclass
class OpenReport:
    rebuilt: bool = False
    """The database was missing or damaged and was made afresh: its documents need indexing
    (until Catalogue.rebuilt() says they were, whichever process opened it then)."""
    set_aside: Path | None = None
    set_aside_name: str = ""
    """The damaged database's name as kept aside ('' when it was missing), by whichever process."""
    messages: list[str] = field(default_factory=list)


def clean_tag(text: object) -> str:
    """A tag as kept: one line, outer and repeated spaces gone ('' for none)."""
    return " ".join(str(text).split())[:100] if isinstance(text, str) else ""


_VERSION = re.compile(rb'^\{"version":\s*(\d+)')


def members_version(path: Path) -> int:
    """The version a members.json was written in, from its head (MEMBERS_VERSION when there is
    none or it cannot be read: nothing to migrate), not parsing a thousand members' records."""
    try:
        with open(path, "rb") as handle:
            found = _VERSION.match(handle.read(64))
    except OSError:
        return MEMBERS_VERSION
    return int(found.group(1)) if found else MEMBERS_VERSION


def recognised_identity(
    data_dir: Path,
    path: Path | str | None,
    content_hash: str,
    prints: Callable[[], list[int]],
    sizes_allow: Callable[[list[list[int]], float], list[bool]] | None = None,
) -> str | None:
    """The identity of the catalogued document a document without a store of its own is: the
    one at its path, else one whose file has gone with the same or a similar enough text
    (reader.core.identity.recognise). Read from the database (read-only: a look-up by path,
    the fingerprints of the gone only), so opening a document in a library of thousands costs
    milliseconds; None when there is no catalogue. sizes_allow: see reader.core.identity.recognise."""
    db_path = database_file(data_dir)
    if not db_path.exists():
        return None
    try:
        db = sqlite3.connect(f"{db_path.as_uri()}?mode=ro", uri=True, timeout=1)
        try:
            here = db.execute("SELECT identity FROM documents WHERE path = ?", (str(path),)).fetchone()
            rows = (
                [] if here else db.execute("SELECT identity, path, content_hash, fingerprint FROM documents").fetchall()
            )
        finally:
            db.close()
    except sqlite3.Error:
        return None
    if here:
        return here[0]
    gone = [
        Member(identity, where, "", digest, tuple(json.loads(printed)))
        for identity, where, digest, printed in rows
        if not os.path.exists(where)
    ]
    found = recognise(
        gone, path, content_hash, prints, exists=lambda _: False, sizes_allow=sizes_allow
    )  # gone: checked
    return found.identity if found is not None else None


def identity_at(data_dir: Path, path: Path | str | None) -> str | None:
    """The identity of the catalogued document at this path (read-only; None when there is
    none, or no catalogue)."""
    db_path = database_file(data_dir)
    if path is None or not db_path.exists():
        return None
    try:
        db = sqlite3.connect(f"{db_path.as_uri()}?mode=ro", uri=True, timeout=1)
        try:
            here = db.execute("SELECT identity FROM documents WHERE path = ?", (str(path),)).fetchone()
        finally:
            db.close()
    except sqlite3.Error:
        return None
    return here[0] if here else None


def read_members(path: Path) -> list[Member]:
    """The members a members.json lists ([] when it cannot be read; a bad record is skipped)."""
    return read_list(path)[0]


def _times(raw: object) -> tuple[tuple[str, float], ...]:
    """A record's {tag: seconds} as kept (a value that is not a time: left out, not known)."""
    from reader.core.removals import seconds

    if not isinstance(raw, dict):
        return ()
    return tuple((tag, seconds(at)) for tag, at in raw.items() if clean_tag(tag) == tag and tag and seconds(at))


def read_list(path: Path) -> tuple[list[Member], dict[str, float]]:
    """The members a members.json lists and the members removed from it (identity → when),
    ([], {}) when it cannot be read; a bad record is skipped."""
    from reader.core.removals import seconds

    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return [], {}
    if not isinstance(data, dict):
        return [], {}
    found = []
    for item in data.get("documents", []):
        try:
            tags = tuple(t for t in map(clean_tag, item.get("tags", [])) if t)
            found.append(
                Member(
                    str(item["identity"]),
                    str(item["path"]),
                    str(item.get("added", "")),
                    str(item.get("content_hash", "")),
                    tuple(int(h) for h in item.get("fingerprint", [])),
                    tags,
                    seconds(item.get("changed")),
                    tuple((t, at) for t, at in _times(item.get("tag_times")) if t in tags),
                    tuple((t, at) for t, at in _times(item.get("untagged")) if t not in tags),
                )
            )
        except (AttributeError, KeyError, TypeError, ValueError):
            continue
    removed = data.get("removed", {})
    removed = {str(k): seconds(v) for k, v in removed.items() if seconds(v)} if isinstance(removed, dict) else {}
    listed = {m.identity for m in found}  # a member listed is in the list, whatever else the file says
    return found, {identity: at for identity, at in removed.items() if identity not in listed}


def write_members(path: Path, members: list[Member], removed: dict[str, float] | None = None) -> None:
    records = [
        {
            "identity": m.identity,
            "path": m.path,
            "added": m.added,
            "content_hash": m.content_hash,
            "fingerprint": list(m.fingerprint),
            **({"tags": list(m.tags)} if m.tags else {}),
            **({"changed": round(m.changed, 3)} if m.changed else {}),
            **({"tag_times": {t: round(at, 3) for t, at in m.tag_times}} if m.tag_times else {}),
            **({"untagged": {t: round(at, 3) for t, at in m.untagged}} if m.untagged else {}),
        }
        for m in members
    ]
    data = {"version": MEMBERS_VERSION, "documents": records}
    if removed:  # old Readers read the documents and leave this be (and write it no more)
        data["removed"] = {identity: round(at, 3) for identity, at in sorted(removed.items())}
    atomic_write(path, json.dumps(data, ensure_ascii=False, separators=(",", ":")))


class Catalogue:
    def __init__(self, data_dir: Path) -> None:
        self.folder = Path(data_dir) / FOLDER
        self.db_path = database_file(data_dir)
        self.members_path = members_file(data_dir)
        self.report = OpenReport()
        self._members: tuple[tuple[int, int, int], tuple[list[Member], dict[str, float]]] | None = None
        try:
            make_inside(self.folder)  # never a data folder moved away while Reader runs
            open_folder(Path(data_dir))  # the worker's record of it (the window has its own)
        except OSError as exc:
            raise CatalogueError(f"{self.folder}: {exc.strerror or exc}") from None
        if members_version(self.members_path) < MEMBERS_VERSION:
            migrate_members(Path(data_dir), self.members_path)
        self.db = self._connect()
        with contextlib.suppress(OSError):  # unwritable: the list stays as it is, read as it can be
            self.fold_members()

    # -- opening, and building again ------------------------------------------------------

    def _connect(self) -> sqlite3.Connection:
        existed = self.db_path.exists()
        try:
            db = self._open_checked()
        except Outdated:  # derived data only (members.json and the stores hold the rest)
            for suffix in ("", "-wal", "-shm"):
                with contextlib.suppress(FileNotFoundError):
                    os.remove(self.db_path.with_name(self.db_path.name + suffix))
            db = self._open_checked()
            existed = False
        except sqlite3.DatabaseError as exc:
            self.report.set_aside = self._set_aside()
            self.report.messages.append(f"{self.db_path.name}: {exc}; built again")
            db = self._open_checked()
            existed = False
        if not existed and self.members():
            aside = self.report.set_aside.name if self.report.set_aside else ""
            with db:  # kept until built again: the process that found it may not be the one that builds
                db.execute("INSERT OR REPLACE INTO meta(key, value) VALUES('rebuild', ?)", (aside,))
        pending = db.execute("SELECT value FROM meta WHERE key = 'rebuild'").fetchone()
        if pending is not None:
            self.report.rebuilt = True
            self.report.set_aside_name = pending[0]
        return db

    def rebuilt(self) -> None:
        """The documents have been indexed again after the database was made afresh."""
        with self.db:
            self.db.execute("DELETE FROM meta WHERE key = 'rebuild'")

    def _open_checked(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.db_path, timeout=30, check_same_thread=False)
        try:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise sqlite3.DatabaseError(f"written by a newer Reader (schema {version})")
            if 0 < version < SCHEMA_VERSION:
                raise Outdated(version)
            db.executescript(_SCHEMA)
            db.execute("INSERT INTO pieces(pieces, rank) VALUES('hashsize', ?)", (PENDING,))
            db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
            db.commit()
        except sqlite3.DatabaseError:
            db.close()
            raise
        return db

    def _set_aside(self) -> Path:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        backup = self.db_path.with_name(f"catalogue.damaged-{stamp}.sqlite")
        os.replace(self.db_path, backup)
        for suffix in ("-wal", "-shm"):
            extra = self.db_path.with_name(self.db_path.name + suffix)
            if extra.exists():
                os.replace(extra, backup.with_name(backup.name + suffix))
        return backup

    def close(self) -> None:
        self.db.close()

    # -- members: the reader's own list -----------------------------------------------------

    def members(self) -> list[Member]:
        """members.json as it is on disk (read again only when another process changed it)."""
        return list(self._read_members()[0])

    def _read_members(self) -> tuple[list[Member], dict[str, float]]:
        """members.json's members and removals, as read last unless another process changed it."""
        signature = file_signature(self.members_path)
        if signature is None:
            return [], {}
        if self._members is not None and self._members[0] == signature:
            return self._members[1]
        found = read_list(self.members_path)
        self._members = (signature, found)
        return found

    @contextmanager
    def _changing_members(self) -> Iterator[list[Member]]:
        """members.json read, changed by the caller in place and written back, under a lock:
        the worker adding files and the window setting tags never lose each other's change.
        A sync tool's copies of it are merged in and removed once written; a damaged one is
        kept aside, never written over; the change's times and removals are stamped for the
        next merge (reader.core.library.members_sync)."""
        from reader.core.library.members_sync import fold, stamped
        from reader.core.removals import prune

        with file_lock(self.members_path.with_suffix(".lock")):
            members, removed = self._read_members()
            members, removed, news = fold(self.members_path, (list(members), dict(removed)), read_list)
            before = list(members)
            yield members
            members[:], removed = stamped(before, members, removed)
            write_members(self.members_path, members, prune(removed))
            for copy in news.merged:
                with contextlib.suppress(OSError):
                    copy.unlink()
        if news:
            self._keep_news(news.lines())

    def _keep_news(self, lines: list[str]) -> None:
        """What the merge found, kept in the database until the Library window says it
        (the worker, which writes members.json most, has no window)."""
        # inside a caller's transaction (a batch being added) it is committed with it
        with contextlib.nullcontext() if self.db.in_transaction else self.db:
            row = self.db.execute("SELECT value FROM meta WHERE key = 'members_news'").fetchone()
            kept = [*json.loads(row[0]), *lines] if row else lines
            self.db.execute("INSERT OR REPLACE INTO meta(key, value) VALUES('members_news', ?)", (json.dumps(kept),))

    def members_news(self) -> list[str]:
        """What merging members.json's sync copies or keeping a damaged one aside found since
        last asked (then forgotten)."""
        with self.db:
            row = self.db.execute("SELECT value FROM meta WHERE key = 'members_news'").fetchone()
            self.db.execute("DELETE FROM meta WHERE key = 'members_news'")
        return json.loads(row[0]) if row else []

    def fold_members(self) -> None:
        """Merge a sync tool's copies of members.json, or keep a damaged one aside, now (at
        open: the library then lists what the other computer added)."""
        from reader.core.annotations.sync_copies import copies_of
        from reader.core.library.members_sync import problem

        if copies_of(self.members_path) or problem(self.members_path):
            with self._changing_members():
                pass

    def remember(self, *members: Member) -> None:
        """Add or update members (by identity) in members.json: written once for them all (a
        file per member made adding a thousand documents write a gigabyte of JSON). A member
        keeps the tags it had."""
        identities = {m.identity for m in members}
        paths = {m.path for m in members}
        with self._changing_members() as current:
            tags = {m.identity: m.tags for m in current}
            kept = [m for m in current if m.identity not in identities and m.path not in paths]
            current[:] = [*kept, *(replace(m, tags=m.tags or tags.get(m.identity, ())) for m in members)]

    def forget(self, identity: str) -> None:
        with self._changing_members() as current:
            current[:] = [m for m in current if m.identity != identity]
        self.remove_index(identity)
        with self.db:
            self.keep_tags(identity, ())

    # -- tags -------------------------------------------------------------------------------

    # members.json holds them (what a rebuild keeps); the database a copy, which the window
    # reads: parsing members.json of a thousand documents takes 60-170 ms

    def tags(self) -> dict[str, tuple[str, ...]]:
        """identity → its tags, for every document that has any."""
        found: dict[str, tuple[str, ...]] = {}
        for identity, tag in self.db.execute("SELECT identity, tag FROM tags ORDER BY rowid"):
            found[identity] = (*found.get(identity, ()), tag)
        return found

    def all_tags(self) -> list[str]:
        return [row[0] for row in self.db.execute("SELECT DISTINCT tag FROM tags ORDER BY tag")]

    def keep_tags(self, identity: str, tags: Iterable[str]) -> None:
        """The database's copy of a document's tags (in the caller's transaction)."""
        self.db.execute("DELETE FROM tags WHERE identity = ?", (identity,))
        self.db.executemany("INSERT OR IGNORE INTO tags(identity, tag) VALUES(?, ?)", [(identity, t) for t in tags])

    def follow_members(self) -> bool:
        """The database made to follow members.json changed elsewhere (a sync tool brought
        another computer's list, an older database): its copy of the tags, and the documents
        removed from the list taken out of the index. Whether anything changed."""
        members, removed = self._read_members()
        listed = {m.identity for m in members}
        gone = [identity for identity in removed if identity not in listed and self.entry(identity) is not None]
        for identity in gone:
            self.remove_index(identity)
        wanted = {m.identity: m.tags for m in members if m.tags}
        if wanted == self.tags():
            return bool(gone)
        with self.db:
            self.db.execute("DELETE FROM tags")
            for identity, tags in wanted.items():
                self.keep_tags(identity, tags)
        return True

    def tag(self, identities: Iterable[str], add: Iterable[str] = (), remove: Iterable[str] = ()) -> int:
        """Give documents tags and take others away (several documents at once); how many
        documents changed. A tag is cleaned of outer and repeated spaces; an empty one is none."""
        chosen = set(identities)
        adding = [t for t in map(clean_tag, add) if t]
        removing = {t for t in map(clean_tag, remove) if t}
        changed = 0
        with self._changing_members() as current:
            for i, m in enumerate(current):
                if m.identity not in chosen:
                    continue
                tags = tuple(dict.fromkeys(t for t in (*m.tags, *adding) if t not in removing))
                if tags != m.tags:
                    current[i] = replace(m, tags=tags)
                    changed += 1
            now = {m.identity: m.tags for m in current if m.identity in chosen}
        # after the lock on members.json is let go: the worker writing a batch holds the
        # database, and takes that lock before it commits
        with self.db:
            for identity, tags in now.items():
                self.keep_tags(identity, tags)
        return changed

    # -- documents ---------------------------------------------------------------------------

    _COLUMNS = (
        "SELECT identity, path, title, format, date, file_date, chars, bytes, mtime, content_hash,"
        " source_hash, fingerprint, store, added, id, last_chunk >= first_chunk FROM documents"
    )

    @staticmethod
    def _entry(row) -> Entry:
        return Entry(*row[:11], tuple(json.loads(row[11])), *row[12:15], bool(row[15]))

    def entries(self) -> list[Entry]:
        """Every catalogued document, ordered by date (its own, else its file's), then path."""
        rows = self.db.execute(f"{self._COLUMNS} ORDER BY COALESCE(date, file_date), path").fetchall()
        return [self._entry(row) for row in rows]

    def entry(self, identity: str) -> Entry | None:
        row = self.db.execute(f"{self._COLUMNS} WHERE identity = ?", (identity,)).fetchone()
        return self._entry(row) if row else None

    def entry_at(self, path: str) -> Entry | None:
        row = self.db.execute(f"{self._COLUMNS} WHERE path = ?", (path,)).fetchone()
        return self._entry(row) if row else None

    def remove_index(self, identity: str) -> None:
        """Take a document's rows out of the catalogue and its index (one transaction)."""
        from reader.core.library.index import delete_document

        with self.db:
            delete_document(self.db, identity)


def migrate_members(data_dir: Path, path: Path) -> None:
    """members.json of version 1 knew documents by a uuid of the catalogue's own: each member
    takes the identity its annotation store is filed under (found by its path, else its text),
    so its notes, progress and settings are its own (written back once, atomically)."""
    from reader.core.annotations.store import AnnotationStore
    from reader.core.identity import new_identity
    from reader.core.library.members_sync import problem
    from reader.core.session import annotations_folder

    if problem(path):  # damaged: kept aside as the catalogue opens, never rewritten from nothing
        return
    folder = annotations_folder(data_dir)
    moved: dict[str, Member] = {}
    for m in read_members(path):
        if not is_identity(m.identity):
            identity = AnnotationStore(folder, Path(m.path), m.content_hash).identity
            if identity in moved:  # a copy of another member's text, whose store that one has
                identity = new_identity(Path(m.path), m.content_hash)
            m = replace(m, identity=identity)
        moved[m.identity] = m
    write_members(path, list(moved.values()))
