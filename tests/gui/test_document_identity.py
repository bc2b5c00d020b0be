"""A document's own settings (where the caret was, the script) key on its identity
(reader.core.identity), as its notes and progress do: they follow it when it moves and
changes, and those an older Reader kept under its new path are taken over (issue 29)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from reader.app import open_settings
from reader.core.document import load_document
from reader.core.identity import new_identity
from reader.core.library.adding import add_file
from reader.core.library.catalogue import Catalogue
from reader.core.session import Session
from tests.conftest import report_file
from tests.gui.conftest import WORKER_WAIT_MS


def _move_and_edit(old: Path, new: Path) -> None:
    new.parent.mkdir(parents=True, exist_ok=True)
    new.write_text(old.read_text(encoding="utf-8").replace("过去五年", "过去五个年头", 1), encoding="utf-8")
    old.unlink()


def test_a_moved_and_edited_document_opens_where_it_was_left(make_window, qtbot, tmp_path, data_dir):
    old = report_file(tmp_path / "a")
    add_file(Catalogue(data_dir), data_dir, old)  # in the library, without a note
    window = make_window(old)
    for _ in range(40):
        qtbot.keyClick(window.view, Qt.Key.Key_PageDown)
    left = window.view.caret_original()
    assert left > 1000
    window.close()  # the window remembers where each document was left
    _move_and_edit(old, tmp_path / "b" / "renamed.txt")
    again = make_window(tmp_path / "b" / "renamed.txt")
    assert again.view.caret_original() == left


def test_settings_an_older_reader_kept_under_a_moved_documents_new_path_are_taken_over(make_window, tmp_path, data_dir):
    old = report_file(tmp_path / "a")
    session = Session.open(old, data_dir)
    start = session.text.index("中国式现代化")
    session.apply(None, session.new_annotation(start, start + 6, note="a note"))
    session.save()
    new = tmp_path / "b" / "moved.txt"
    new.parent.mkdir()
    old.rename(new)  # its store is found by its text, under the identity it had
    settings = open_settings(data_dir)
    by_path = new_identity(load_document(new).path, session.document.content_hash)
    settings.set_document_position(by_path, 5000)  # as the settings knew it before
    settings.sync()
    window = make_window(new)
    assert window.current.key == session.store.identity != by_path
    assert window.view.caret_original() == 5000
    assert window.settings.document_position(session.store.identity) == 5000
    assert window.settings.document_position(by_path) == 0  # moved, not copied


def test_a_data_folder_in_the_old_layout_opens_with_its_notes_progress_and_settings(
    make_window, qtbot, tmp_path, data_dir
):
    import json
    import sqlite3

    from reader.core.library.catalogue import members_file
    from reader.core.progress import save_progress
    from reader.gui.library_view import library_of

    path = report_file(tmp_path / "docs")
    session = Session.open(path, data_dir)
    start = session.text.index("中国式现代化")
    session.apply(None, session.new_annotation(start, start + 6, note="kept"))
    session.save()
    session.progress.read.add(session.progress.sections[0])
    save_progress(session.store.path, session.progress)
    key = new_identity(session.document.path, session.document.content_hash)  # the settings' old key
    settings = open_settings(data_dir)
    settings.set_document_position(key, 3000)
    settings.sync()
    members = members_file(data_dir)
    members.parent.mkdir(parents=True)
    record = {"identity": "ab" * 16, "path": str(path.resolve()), "added": "2026-01-01T00:00:00+00:00"}
    members.write_text(json.dumps({"version": 1, "documents": [record]}), encoding="utf-8")
    old = sqlite3.connect(members.parent / "catalogue.sqlite")
    old.execute("PRAGMA user_version=1")
    old.commit()
    old.close()

    window = make_window(path)
    assert window.view.caret_original() == 3000
    assert [a.note for a in window.current.session.annotations] == ["kept"]
    library = library_of(window)

    def listed():
        library.refresh()
        return [r for r in library.model.rows if r.entry.path == str(path.resolve())]

    qtbot.waitUntil(lambda: bool(listed()), timeout=WORKER_WAIT_MS)
    [row] = listed()
    assert row.entry.identity == window.current.key
    assert row.status.notes == 1 and row.status.read > 0 and row.entry.added == "2026-01-01T00:00:00+00:00"
