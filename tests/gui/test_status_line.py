"""The status bar while a book converts to another script in the worker: its page is a
preview meanwhile, and the bar says the job is under way until the worker's view is shown,
whatever messages (a menu's status tips) come and go."""

import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from reader.core.scripts import Script
from reader.gui.background import WORKER
from tests.core.test_worker_process import _started
from tests.gui.conftest import WORKER_WAIT_MS

MENGZI = Path(__file__).parents[1] / "corpus" / "mengzi-gutenberg-big5.txt"  # a book: converted in the worker
CIVIL_CODE = Path(__file__).parents[1] / "corpus" / "law-civil-code.txt"  # Simplified, a book too
CTRL, ALT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier


@pytest.fixture(autouse=True)
def _worker_welcome_again():
    yield
    WORKER.reopen()


def shown_in_status_bar(window) -> list[str]:
    """What a reader sees in the status bar: its message, or else its labels on screen."""
    bar = window.statusBar()
    labels = [label.text() for label in bar.findChildren(QLabel) if label.isVisibleTo(window) and label.text()]
    return [bar.currentMessage(), *labels]


def converting(window) -> bool:
    return any("Converting the document" in text for text in shown_in_status_bar(window))


def test_a_conversion_under_way_is_still_shown_after_a_menu_was_opened(make_window, qtbot):
    window = make_window(MENGZI)
    running = WORKER.submit(time.sleep, 2.0)  # the worker busy: the switch waits for it
    assert _started(running)
    qtbot.keyClick(window.view, Qt.Key.Key_2, CTRL)  # View ▸ Simplified (简体)
    assert window.current.pending_script is Script.SIMPLIFIED
    assert converting(window)
    qtbot.keyClick(window, Qt.Key.Key_V, ALT)  # the View menu, by its mnemonic
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    menu = QApplication.activePopupWidget()
    qtbot.keyClick(menu, Qt.Key.Key_Down)  # an action hovered: its status tip shown
    qtbot.keyClick(menu, Qt.Key.Key_Down)
    assert menu.activeAction() is not None
    qtbot.keyClick(menu, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
    assert window.current.pending_script is Script.SIMPLIFIED  # still converting
    assert converting(window), shown_in_status_bar(window)
    qtbot.waitUntil(lambda: window.current.pending_script is None, timeout=WORKER_WAIT_MS)
    assert not converting(window)  # the view is the worker's: done
    assert window.script is Script.SIMPLIFIED


def test_a_failed_conversion_is_no_longer_shown_as_under_way(make_window, qtbot, monkeypatch):
    from reader.core import analysis

    window = make_window(CIVIL_CODE)
    messages = []
    window.statusBar().messageChanged.connect(messages.append)

    def refuse(*_args):
        raise OSError("disk full")

    monkeypatch.setattr(analysis, "make_view", refuse)  # the job the switch asks (in this process: forked later)
    WORKER.shutdown()  # the window converts by itself, in a thread: the refusal reaches it
    qtbot.keyClick(window.view, Qt.Key.Key_3, CTRL)  # View ▸ Traditional (繁體)
    assert converting(window)
    qtbot.waitUntil(lambda: window.current.pending_script is None, timeout=WORKER_WAIT_MS)
    assert not converting(window)
    assert any("Could not convert" in m for m in messages), messages
