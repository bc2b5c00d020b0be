"""One identity per document (reader.core.identity): the annotation store, the reading progress,
the per-document settings and the library's catalogue all key on it; an old data folder takes
it on with nothing lost, and a document that moves and changes keeps it (issue 29)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from reader.core.identity import identity_of, is_identity, new_identity, progress_file, store_file
from reader.core.library.adding import MOVED, add_file, rebuild
from reader.core.library.catalogue import Catalogue, members_file
from reader.core.library.status import status_of
from reader.core.progress import save_progress
from reader.core.session import Session, annotations_folder
from tests.conftest import report_file


def _read_first_section(session: Session) -> tuple[int, int]:
    section = session.progress.sections[0]
    session.progress.read.add(section)
    save_progress(session.store.path, session.progress)
    return section


def test_the_records_of_a_document_are_spelled_from_its_identity(tmp_path):
    identity = new_identity(tmp_path / "政府工作报告 2024.txt", "abc")
    assert is_identity(identity) and not is_identity(identity + ".corrupt-20240101-000000")
    assert identity_of(store_file(tmp_path, identity)) == identity
    assert identity_of(progress_file(tmp_path, identity)) == identity
    assert new_identity(None, "abc") != new_identity(None, "abd")  # a pasted text: its hash


def test_an_old_data_folder_opens_with_its_notes_and_progress(tmp_path, data_dir):
    # the layout before one identity: members.json knew documents by a uuid of the catalogue's
    # own, the database was of schema 1; the store and progress were named by the file's path
    path = report_file(tmp_path / "docs")
    session = Session.open(path, data_dir)
    start = session.text.index("中国式现代化")
    session.apply(None, session.new_annotation(start, start + 6, note="kept"))
    session.save()
    section = _read_first_section(session)
    store_name = session.store.path.name
    members = members_file(data_dir)
    members.parent.mkdir(parents=True)
    record = {"identity": "0f" * 16, "path": str(path.resolve()), "added": "2026-01-01T00:00:00+00:00"}
    record |= {"content_hash": session.document.content_hash, "fingerprint": []}
    members.write_text(json.dumps({"version": 1, "documents": [record]}), encoding="utf-8")
    old = sqlite3.connect(members.parent / "catalogue.sqlite")
    old.execute("CREATE TABLE documents(id INTEGER PRIMARY KEY, identity TEXT, path TEXT)")
    old.execute("PRAGMA user_version=1")
    old.commit()
    old.close()

    catalogue = Catalogue(data_dir)
    assert catalogue.report.rebuilt  # the old database is derived data: built again
    assert [m.identity for m in catalogue.members()] == [identity_of(Path(store_name))]
    list(rebuild(catalogue, data_dir))
    [entry] = catalogue.entries()
    assert entry.identity == identity_of(Path(store_name)) and entry.added == "2026-01-01T00:00:00+00:00"
    status = status_of(entry, annotations_folder(data_dir))
    assert status.notes == 1 and status.read > 0
    again = Session.open(path, data_dir)
    assert again.store.identity == entry.identity
    assert [a.note for a in again.annotations] == ["kept"] and again.progress.read == {section}


def test_a_moved_and_edited_document_without_notes_keeps_its_identity_and_progress(tmp_path, data_dir):
    old = report_file(tmp_path / "a")
    catalogue = Catalogue(data_dir)
    first = add_file(catalogue, data_dir, old)
    session = Session.open(old, data_dir)
    assert session.store.identity == first.identity and not session.store.path.exists()
    section = _read_first_section(session)
    new = tmp_path / "b" / "renamed.txt"
    new.parent.mkdir()
    new.write_text(old.read_text(encoding="utf-8").replace("过去五年", "过去五个年头", 1), encoding="utf-8")
    old.unlink()
    # opened before the library saw it move: recognised among the members by its fingerprint
    moved = Session.open(new, data_dir)
    assert moved.store.identity == first.identity and moved.progress.read == {section}
    result = add_file(catalogue, data_dir, new)
    assert result.status == MOVED and result.identity == first.identity
    [entry] = catalogue.entries()
    assert entry.path == str(new.resolve()) and status_of(entry, annotations_folder(data_dir)).read > 0


def _noted(path: Path, data_dir: Path, note: str) -> Session:
    session = Session.open(path, data_dir)
    start = session.text.index("中国式现代化")
    session.apply(None, session.new_annotation(start, start + 6, note=note))
    session.save()
    return session


def _original_and_copy_in_the_library(tmp_path: Path, data_dir: Path):
    """A report with a note, and a copy of it at another path, both added to the library."""
    first = report_file(tmp_path / "a")
    _noted(first, data_dir, "on the first")
    catalogue = Catalogue(data_dir)
    one = add_file(catalogue, data_dir, first)
    copy = report_file(tmp_path / "b")
    two = add_file(catalogue, data_dir, copy)
    return first, copy, catalogue, one, two


def test_a_copy_of_a_catalogued_document_is_a_document_of_its_own(tmp_path, data_dir):
    # the same text at another path while the first file is still there: its own entry in the
    # library, and opened it shows its own (no) notes, filed under the identity the library lists
    first, copy, catalogue, one, two = _original_and_copy_in_the_library(tmp_path, data_dir)
    assert one.identity != two.identity
    assert sorted(e.path for e in catalogue.entries()) == sorted([str(first.resolve()), str(copy.resolve())])
    assert len(catalogue.members()) == 2
    opened = Session.open(copy, data_dir)
    assert opened.store.identity == two.identity and list(opened.annotations) == []
    assert [a.note for a in Session.open(first, data_dir).annotations] == ["on the first"]
    _noted(copy, data_dir, "on the copy")  # each keeps its own from then on
    assert [a.note for a in Session.open(first, data_dir).annotations] == ["on the first"]
    assert [a.note for a in Session.open(copy, data_dir).annotations] == ["on the copy"]


def test_a_copy_opened_before_the_library_sees_it_is_its_own_document_too(tmp_path, data_dir):
    first = report_file(tmp_path / "a")
    _noted(first, data_dir, "on the first")
    add_file(Catalogue(data_dir), data_dir, first)
    copy = report_file(tmp_path / "b")
    opened = Session.open(copy, data_dir)
    assert list(opened.annotations) == []
    two = add_file(Catalogue(data_dir), data_dir, copy)
    assert two.identity == opened.store.identity


@pytest.mark.parametrize("edited", [False, True], ids=["moved", "moved-and-edited"])
def test_a_moved_document_keeps_its_identity_and_notes(tmp_path, data_dir, edited):
    # another path, the first file gone (the same text, or an edited one): the same document
    old = report_file(tmp_path / "a")
    _noted(old, data_dir, "kept")
    catalogue = Catalogue(data_dir)
    first = add_file(catalogue, data_dir, old)
    new = tmp_path / "b" / "renamed.txt"
    new.parent.mkdir()
    text = old.read_text(encoding="utf-8")
    new.write_text(text.replace("过去五年", "过去五个年头", 1) if edited else text, encoding="utf-8")
    old.unlink()
    moved = Session.open(new, data_dir)
    assert moved.store.identity == first.identity and [a.note for a in moved.annotations] == ["kept"]
    result = add_file(catalogue, data_dir, new)
    assert result.status == MOVED and result.identity == first.identity
    [entry] = catalogue.entries()
    assert entry.path == str(new.resolve())


def test_two_copies_in_an_old_members_list_stay_two_documents(tmp_path, data_dir):
    first, copy = report_file(tmp_path / "a"), report_file(tmp_path / "b")
    session = Session.open(first, data_dir)
    start = session.text.index("中国式现代化")
    session.apply(None, session.new_annotation(start, start + 6, note="on the first"))
    session.save()
    digest = session.document.content_hash
    records = [
        {"identity": uid, "path": str(p.resolve()), "added": "", "content_hash": digest, "fingerprint": []}
        for uid, p in (("1" * 32, first), ("2" * 32, copy))
    ]
    members = members_file(data_dir)
    members.parent.mkdir(parents=True)
    members.write_text(json.dumps({"version": 1, "documents": records}), encoding="utf-8")
    migrated = Catalogue(data_dir).members()
    assert [m.path for m in migrated] == [str(first.resolve()), str(copy.resolve())]
    assert migrated[0].identity == session.store.identity != migrated[1].identity


def test_a_copy_without_notes_does_not_take_its_originals_notes_when_the_original_goes(tmp_path, data_dir):
    # a copy is a document of its own: when its original is deleted later, the copy (listed in
    # the library under its own identity, no notes of its own) keeps being itself; the
    # original's notes are offered to it, as to an exact copy, never taken unasked
    first, copy, catalogue, one, two = _original_and_copy_in_the_library(tmp_path, data_dir)
    assert list(Session.open(copy, data_dir).annotations) == []
    first.unlink()
    opened = Session.open(copy, data_dir)
    assert opened.store.identity == two.identity and list(opened.annotations) == []
    assert [c.path.stem for c in opened.store.candidates] == [one.identity]  # offered
    assert add_file(catalogue, data_dir, copy).identity == two.identity
    [kept] = [e for e in catalogue.entries() if e.identity == one.identity]
    assert status_of(kept, annotations_folder(data_dir)).notes == 1  # the original's, kept


def test_a_copy_read_before_without_the_library_stays_itself_when_the_original_goes(tmp_path, data_dir):
    # no catalogue: what tells the copy from its original moved is its own reading progress
    first = report_file(tmp_path / "a")
    _noted(first, data_dir, "on the first")
    copy = report_file(tmp_path / "b")
    read = Session.open(copy, data_dir)
    _read_first_section(read)
    first.unlink()
    opened = Session.open(copy, data_dir)
    assert opened.store.identity == read.store.identity and list(opened.annotations) == []
    assert opened.progress.read


def test_a_document_moved_before_it_was_catalogued_still_takes_its_notes(tmp_path, data_dir):
    # the same text at a new path never met before, the old file gone: the document moved
    old = report_file(tmp_path / "a")
    _noted(old, data_dir, "kept")
    new = report_file(tmp_path / "b")
    old.unlink()
    assert [a.note for a in Session.open(new, data_dir).annotations] == ["kept"]


_OPEN_WHERE_NO_LIBRARY = """
import sys
from pathlib import Path
from reader.core.document import load_document
from reader.core.session import Session
Session(load_document(Path(sys.argv[1])), Path(sys.argv[2]))
print("sqlite3" in sys.modules, "reader.core.library.catalogue" in sys.modules)
"""


def test_a_document_opened_where_there_is_no_library_yet_imports_no_catalogue(tmp_path):
    """Who a document is in the library is asked only when there is a library: in a data
    folder without one, neither the catalogue nor sqlite3 is imported (at launch they came
    before the text's first paint)."""
    import subprocess
    import sys

    from reader.core.resources import notice_path

    out = subprocess.run(
        [sys.executable, "-c", _OPEN_WHERE_NO_LIBRARY, str(notice_path()), str(tmp_path / "data")],
        capture_output=True,
        text=True,
        cwd=Path(__file__).parents[2],
        timeout=120,
    )
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.split() == ["False", "False"]
