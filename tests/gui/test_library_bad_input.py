"""The Library's add flows with bad input (issue 29: every bad input gets a clear message and
loses nothing): files that cannot be read, a file that vanishes between the folder being
listed and its turn to be indexed, a damaged catalogue. Driven through the Library window,
with the indexing in the worker as in use."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from reader.core.library import jobs
from reader.core.library.adding import add_file
from reader.core.library.catalogue import Catalogue, database_file, members_file, read_members
from reader.core.session import Session
from reader.gui.library_view import library_of
from tests.gui.conftest import WORKER_WAIT_MS

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def _noted(path: Path, data_dir: Path, note: str) -> None:
    session = Session.open(path, data_dir)
    start = session.text.index("法")
    session.apply(None, session.new_annotation(start, start + 2, note=note))
    session.save()


def _rows(library) -> dict[str, tuple[str, str]]:
    """file name → (title as shown, notes as shown)."""
    model = library.model
    return {
        Path(row.entry.path).name: (model.index(r, 0).data(), model.index(r, 4).data())
        for r, row in enumerate(model.rows)
    }


def _add(library, qtbot, paths: list[str]) -> list:
    done = []
    library.indexer.finished.connect(done.append)
    library.add(paths)
    qtbot.waitUntil(lambda: bool(done), timeout=WORKER_WAIT_MS)
    qtbot.waitUntil(lambda: "in the library" in library.status.text(), timeout=WORKER_WAIT_MS)
    return done[0]


def test_files_that_cannot_be_read_or_vanish_are_named_and_nothing_is_lost(window, qtbot, tmp_path, monkeypatch):
    data_dir = Path(window.data_dir)
    folder = tmp_path / "docs"
    folder.mkdir()
    good = folder / "a-good.md"
    shutil.copy(CORPUS / "compare" / "law-company-2023.md", good)
    noted = folder / "b-noted.md"  # in the library with a note; changed, then gone before its turn
    shutil.copy(CORPUS / "compare" / "law-company-2018.md", noted)
    add_file(Catalogue(data_dir), data_dir, noted)
    _noted(noted, data_dir, "kept")
    with noted.open("a", encoding="utf-8") as handle:
        handle.write("\n附则补充。\n")
    (folder / "c-broken.pdf").write_bytes(b"%PDF-1.4 not really a PDF")
    os.mkfifo(folder / "d-pipe.txt")  # would block a reader that opened it
    listed = jobs.files_to_add

    def listed_then_vanished(paths):  # the folder is listed, then the file goes
        files = listed(paths)
        if str(folder) in paths:  # not the window's own document, catalogued whenever it is painted
            noted.unlink()
        return files

    monkeypatch.setattr(jobs, "files_to_add", listed_then_vanished)
    library = library_of(window)
    library.show()
    qtbot.waitExposed(library)
    results = {Path(r.path).name: r for r in _add(library, qtbot, [str(folder)])}

    assert results["a-good.md"].status == "added"
    assert {results[n].status for n in ("b-noted.md", "c-broken.pdf", "d-pipe.txt")} == {"failed"}
    said = library.status.text()
    assert "3 could not be read" in said
    assert "b-noted.md: No such file or directory" in said
    assert "c-broken.pdf" in said and "d-pipe.txt" in said and "not a regular file" in said
    rows = _rows(library)
    assert rows["a-good.md"][0] and "(file missing)" not in rows["a-good.md"][0]
    assert rows["b-noted.md"][0].endswith("(file missing)") and rows["b-noted.md"][1] == "1"  # kept, with its note
    assert "c-broken.pdf" not in rows and "d-pipe.txt" not in rows
    assert "1 file missing (its notes kept)" in said
    members = {Path(m.path).name for m in read_members(members_file(data_dir))}
    assert {"a-good.md", "b-noted.md"} <= members


def test_a_damaged_catalogue_is_said_set_aside_and_built_again_with_every_note(make_window, data_dir, tmp_path, qtbot):
    folder = tmp_path / "docs"
    folder.mkdir()
    paths = []
    for name in ("law-company-2018.md", "law-company-2023.md", "law-legislation-2015.md"):
        shutil.copy(CORPUS / "compare" / name, folder / name)
        paths.append(folder / name)
    catalogue = Catalogue(data_dir)
    for path in paths:
        add_file(catalogue, data_dir, path)
    _noted(paths[0], data_dir, "kept through the damage")
    _noted(paths[2], data_dir, "its file deleted since")
    paths[2].unlink()
    catalogue.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    catalogue.close()
    database = database_file(data_dir)
    database.write_bytes(b"\x00" * 100 + database.read_bytes()[100:])  # its header gone

    window = make_window()  # the notice (the two laws are alike enough to offer notes: a dialog)
    library = library_of(window)
    library.show()
    qtbot.waitExposed(library)
    assert "damaged" in library.status.text() and "set aside" in library.status.text()
    qtbot.waitUntil(lambda: "in the library" in library.status.text(), timeout=WORKER_WAIT_MS)
    rows = _rows(library)
    assert rows["law-company-2018.md"][1] == "1" and "law-company-2023.md" in rows
    assert rows["law-legislation-2015.md"][0].endswith("(file missing)") and rows["law-legislation-2015.md"][1] == "1"
    assert list(database.parent.glob("catalogue.damaged-*.sqlite"))  # kept aside, not deleted


def test_another_computers_library_list_left_by_a_sync_tool_is_merged_and_said(make_window, data_dir, tmp_path, qtbot):
    """The other computer tagged a law while apart; Syncthing left its members.json as a
    conflict copy. The Library never read it: the tag was missing here, nothing was said."""
    from dataclasses import replace

    from reader.core.library.catalogue import write_members

    folder = tmp_path / "docs"
    folder.mkdir()
    shutil.copy(CORPUS / "compare" / "law-company-2018.md", folder / "law.md")
    catalogue = Catalogue(data_dir)
    add_file(catalogue, data_dir, folder / "law.md")
    theirs = [replace(m, tags=("那台电脑的标签",)) for m in catalogue.members()]
    catalogue.close()
    copy = members_file(data_dir).with_name("members.sync-conflict-20261205-123456-ABCDEFG.json")
    write_members(copy, theirs)
    window = make_window()
    library = library_of(window)
    library.show()
    qtbot.waitExposed(library)
    said = library.status.text()
    assert copy.name in said and "merged" in said, said
    assert not copy.exists()
    assert [m.tags for m in read_members(members_file(data_dir))] == [("那台电脑的标签",)]
    qtbot.waitUntil(lambda: library.catalogue.all_tags() == ["那台电脑的标签"], timeout=WORKER_WAIT_MS)
