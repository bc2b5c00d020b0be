"""The Library menu (issue 29): Show Library, Add Files/Folder, Watch Folder… and Stop Watching,
driven by clicks in the menu bar. Stopping a watch removes the folder from the watched list
and from the file-system watcher; its documents, their catalogue entries and notes stay."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMenu

from reader.core.library.catalogue import Catalogue
from reader.core.library.watching import watched_folders
from reader.core.session import Session
from reader.gui.folder_watch import folder_watch_of
from tests.gui.conftest import WORKER_WAIT_MS

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def _click_menu_bar(window, qtbot, name: str) -> QMenu:
    bar = window.menuBar()
    menu = window.findChild(QMenu, name)
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(menu.menuAction()).center())
    qtbot.waitUntil(menu.isVisible)
    return menu


def _click_item(qtbot, menu: QMenu, text: str) -> None:
    action = next(a for a in menu.actions() if a.text().replace("&", "") == text)
    QTest.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())


def _texts(menu: QMenu) -> list[str]:
    return [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]


def test_the_library_menu_holds_the_library_commands_and_file_no_longer_does(window, qtbot):
    library = _click_menu_bar(window, qtbot, "menu_library")
    assert _texts(library) == [
        "Show Library",
        "Add Files to Library…",
        "Add Folder to Library…",
        "Watch Folder…",
        "Stop Watching",
    ]
    library.close()
    file_menu = window.findChild(QMenu, "menu_file")
    assert not [t for t in _texts(file_menu) if "Library" in t]
    _click_menu_bar(window, qtbot, "menu_library")
    _click_item(qtbot, library, "Show Library")
    qtbot.waitUntil(lambda: getattr(window, "library_window", None) is not None and window.library_window.isVisible())


def test_watch_then_stop_watching_from_the_menu_keeps_the_documents_and_notes(
    window, qtbot, tmp_path, data_dir, monkeypatch
):
    folder = tmp_path / "watched"
    folder.mkdir()
    shutil.copy(CORPUS / "compare" / "law-company-2023.md", folder / "company.md")
    other = tmp_path / "other"
    other.mkdir()
    monkeypatch.setattr("reader.gui.library_view.QFileDialog.getExistingDirectory", lambda *args, **kwargs: str(folder))
    library = _click_menu_bar(window, qtbot, "menu_library")
    _click_item(qtbot, library, "Watch Folder…")
    catalogue = Catalogue(data_dir)
    qtbot.waitUntil(lambda: any(e.path.endswith("company.md") for e in catalogue.entries()), timeout=WORKER_WAIT_MS)
    watch = folder_watch_of(window)
    qtbot.waitUntil(lambda: str(folder.resolve()) in watch.watcher.directories(), timeout=10000)
    session = Session.open(folder / "company.md", data_dir)
    start = session.text.index("公司")
    session.apply(None, session.new_annotation(start, start + 2, note="kept after the watch stops"))
    session.save()
    watch.watch(str(other))  # a second folder, which stays watched

    library = _click_menu_bar(window, qtbot, "menu_library")
    _click_item(qtbot, library, "Stop Watching")
    stop = window.findChild(QMenu, "menu_stop_watching")
    qtbot.waitUntil(stop.isVisible)
    assert _texts(stop) == [str(folder.resolve()), str(other.resolve())]
    _click_item(qtbot, stop, str(folder.resolve()))

    assert watched_folders(data_dir) == [str(other.resolve())]
    qtbot.waitUntil(lambda: str(folder.resolve()) not in watch.watcher.directories(), timeout=10000)
    assert str(other.resolve()) in watch.watcher.directories()
    assert "Stopped watching" in window.statusBar().currentMessage()
    assert any(e.path.endswith("company.md") and not e.missing for e in catalogue.entries())
    assert [a.note for a in Session.open(folder / "company.md", data_dir).annotations] == ["kept after the watch stops"]
    with qtbot.waitSignal(window.library_window.rows_shown, timeout=WORKER_WAIT_MS):
        window.library_window.refresh()
    titles = [window.library_window.proxy.index(r, 0).data() for r in range(window.library_window.proxy.rowCount())]
    assert len(titles) == 2 and not any("(file missing)" in t for t in titles)


def test_stop_watching_says_so_when_no_folder_is_watched(window, qtbot):
    library = _click_menu_bar(window, qtbot, "menu_library")
    _click_item(qtbot, library, "Stop Watching")
    stop = window.findChild(QMenu, "menu_stop_watching")
    qtbot.waitUntil(stop.isVisible)
    assert _texts(stop) == ["(no folder watched)"]
    assert not stop.actions()[0].isEnabled()
