"""Keys typed ahead at launch: Ctrl+End (or PageDown…) pressed while the window says "Opening…"
and has no page yet takes effect once the first page is there (old: lost on the empty window,
the book opened at its start)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from reader.app import open_at_launch, open_settings
from reader.gui.main_window import MainWindow
from tests.gui.conftest import WORKER_WAIT_MS

BOOK = Path(__file__).resolve().parents[1] / "corpus" / "hongloumeng.txt"
CTRL, NONE = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.NoModifier


def _launching(qtbot, data_dir, path: Path) -> MainWindow:
    """A window as reader.app.run makes it, its file asked for and still opening."""
    settings = open_settings(data_dir)
    window = MainWindow(settings, data_dir, panels_later=True)
    qtbot.addWidget(window)
    window.launching = True
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    open_at_launch(window, settings, [str(path)], None)
    assert window.current is None and window.statusBar().currentMessage() == "Opening…"
    return window


def _press(window, key, modifiers=NONE) -> None:
    """Through the window, as the keyboard's keys come (to whatever has focus)."""
    QTest.keyClick(window.windowHandle(), key, modifiers)


def _settled(qtbot, window) -> None:
    qtbot.waitUntil(lambda: window.view is not None, timeout=WORKER_WAIT_MS)
    qtbot.waitUntil(lambda: not window.view._slicer.active and not window.view.pages.swapping, timeout=WORKER_WAIT_MS)
    qtbot.wait(300)


def test_ctrl_end_pressed_while_a_book_opens_at_launch_opens_it_at_its_end(qtbot, data_dir):
    window = _launching(qtbot, data_dir, BOOK)
    _press(window, Qt.Key.Key_End, CTRL)
    qtbot.waitUntil(lambda: window.current is not None, timeout=WORKER_WAIT_MS)
    view = window.view
    length = len(window.session.text)
    qtbot.waitUntil(lambda: view.caret_original() == length, timeout=WORKER_WAIT_MS)
    _settled(qtbot, window)
    assert view.caret_original() == length
    assert view.visible_range()[1] == length  # the book's last lines on screen
    assert window.status_line.position.text().startswith(f"Character {length:,} of {length:,}")


@pytest.mark.parametrize("presses", [1, 3])
def test_page_downs_typed_ahead_move_the_first_page_as_many_pages(qtbot, data_dir, tmp_path, presses):
    book = tmp_path / "book.txt"
    book.write_text(BOOK.read_text(encoding="utf-8")[:120_000], encoding="utf-8")
    window = _launching(qtbot, data_dir, book)
    for _ in range(presses):
        _press(window, Qt.Key.Key_PageDown)
    _settled(qtbot, window)
    view = window.view
    top, bottom = view.visible_range()
    page = bottom - top
    assert top > 0, "the keys were lost"
    # each PageDown a page on (the first one from the book's start)
    assert (presses - 1) * page * 0.6 <= top <= (presses + 1) * page, (presses, top, page)
    _press(window, Qt.Key.Key_Home, CTRL)  # and a key typed once the page is there still goes to it
    qtbot.waitUntil(lambda: view.caret_original() == 0)
