"""A watched folder in the window (issue 29): its files added in the worker at once, a file
copied in later (into a new subfolder too) and a file changed are added when the file-system
watcher sees them, a file removed is shown missing with its notes kept, and a file added while
Reader was closed is found at the next launch."""

from __future__ import annotations

import shutil
from pathlib import Path

from reader.core.library.catalogue import Catalogue
from reader.core.session import Session
from reader.gui.folder_watch import folder_watch_of
from reader.gui.library_view import library_of
from tests.gui.conftest import WORKER_WAIT_MS

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def _paths(catalogue: Catalogue) -> dict[str, int]:
    return {Path(e.path).name: e.chars for e in catalogue.entries()}


def test_a_watched_folder_keeps_the_library_up_to_date(make_window, qtbot, tmp_path, data_dir, monkeypatch):
    monkeypatch.setattr("reader.gui.folder_watch.SETTLE_MS", 100)
    folder = tmp_path / "watched"
    folder.mkdir()
    shutil.copy(CORPUS / "compare" / "law-company-2023.md", folder / "company.md")
    window = make_window()
    catalogue = Catalogue(data_dir)
    library = library_of(window)
    library.show()
    qtbot.waitExposed(library)
    library.watch_folder(str(folder))
    qtbot.waitUntil(lambda: "company.md" in _paths(catalogue), timeout=WORKER_WAIT_MS)
    qtbot.waitUntil(lambda: str(folder.resolve()) in library.folder_watch.watcher.directories(), timeout=10000)

    (folder / "more").mkdir()  # a new subfolder, and a file in it
    shutil.copy(CORPUS / "formats" / "npc-decision-special-bonds-2007.html", folder / "more" / "decision.html")
    qtbot.waitUntil(lambda: "decision.html" in _paths(catalogue), timeout=WORKER_WAIT_MS)

    company = folder / "company.md"
    before = _paths(catalogue)["company.md"]
    company.write_text(company.read_text(encoding="utf-8") + "\n第二百六十七条　新增。\n", encoding="utf-8")
    qtbot.waitUntil(lambda: _paths(catalogue)["company.md"] > before, timeout=WORKER_WAIT_MS)
    qtbot.waitUntil(lambda: library.table.model().rowCount() == 3, timeout=10000)  # the notice too

    session = Session.open(folder / "more" / "decision.html", data_dir)
    start = session.text.index("国务院")
    session.apply(None, session.new_annotation(start, start + 3, note="kept"))
    session.save()
    (folder / "more" / "decision.html").unlink()
    qtbot.waitUntil(lambda: "notes kept" in library.status.text(), timeout=WORKER_WAIT_MS)
    titles = [library.table.model().index(r, 0).data() for r in range(library.table.model().rowCount())]
    assert sum("(file missing)" in t for t in titles) == 1
    assert "decision.html" in _paths(catalogue)  # the entry stays
    library.notebook.reload()
    assert [n.note for n in library.notebook.shown] == ["kept"]


def test_files_added_while_reader_was_closed_are_found_at_launch(make_window, qtbot, tmp_path, data_dir, monkeypatch):
    from reader.core.library.watching import watch

    monkeypatch.setattr("reader.gui.main_window.WATCH_AFTER_MS", 0)
    folder = tmp_path / "watched"
    (folder / "laws").mkdir(parents=True)
    shutil.copy(CORPUS / "compare" / "law-company-2018.md", folder / "laws" / "company.md")
    watch(data_dir, folder)  # watched in an earlier session
    window = make_window()
    window.watch_folders_soon()  # as reader.app does once the launch's text has painted
    catalogue = Catalogue(data_dir)
    qtbot.waitUntil(lambda: "company.md" in _paths(catalogue), timeout=WORKER_WAIT_MS)
    assert not hasattr(window, "library_window")  # added without the Library window
    assert str((folder / "laws").resolve()) in folder_watch_of(window).watcher.directories()
