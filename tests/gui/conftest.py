import time
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtWidgets import QApplication

from reader.app import open_settings
from reader.core.resources import notice_path
from reader.core.scripts import Script
from reader.gui.main_window import MainWindow
from tests.conftest import ANSWERING


@pytest.fixture
def make_window(qtbot, data_dir):
    def make(path=None):
        window = MainWindow(open_settings(data_dir), data_dir)
        qtbot.addWidget(window)
        assert window.open_path(path or notice_path())
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)  # window shortcuts only reach the active window
        window.view.setFocus()
        return window

    return make


@pytest.fixture
def window(make_window):
    return make_window()


@pytest.fixture
def no_jieba_in_the_window(monkeypatch):
    """The window takes word edges from the worker: jieba is never asked in this process."""
    import reader.core.words as words_module

    def refuse():
        raise AssertionError("jieba was asked in the window process")

    monkeypatch.setattr(words_module, "segmenter", refuse)


CONDITION_WAIT_MS = 30_000
"""How long a test waits for a condition of the window's own: a layout in turns, a timer's
shot, a saved file, the tree told. pytest-qt's default of 5 s (and waits of 2-5 s) ran out at
load 10-16 on CI's two cores. A wait that ends as soon as the condition holds costs nothing
more when it comes at once. It is waitUntil's default here, and its least (patient_waits)."""


@pytest.fixture(autouse=True)
def patient_waits(monkeypatch):
    """waitUntil waits CONDITION_WAIT_MS at least, not pytest-qt's 5 s nor a shorter timeout of
    its own: waits of 10 and 20 s written for conditions that come in a second ran out on a
    loaded machine (the comparison's changes listed, at load 15 beside two busy loops)."""
    from pytestqt.qtbot import QtBot

    wait_until = QtBot.waitUntil

    def patient(self, callback, *, timeout: int = CONDITION_WAIT_MS) -> None:
        return wait_until(self, callback, timeout=max(timeout, CONDITION_WAIT_MS))

    monkeypatch.setattr(QtBot, "waitUntil", patient)


WORKER_WAIT_MS = 120_000
"""How long a test waits for a result of the analysis worker. The worker runs niced (10), so on
a busy machine (CI's two cores, other jobs) it gets a small share of a core: the notice's words,
a second of work when idle, took over 20 s beside four busy loops. A wait that ends as soon as
the result is there costs nothing when it comes at once; only a result that never comes makes
the test wait this long, and fail."""


@pytest.fixture
def words(window, qtbot):
    """Wait for jieba's word boundaries (cut in the worker)."""
    window.current.start_words()
    qtbot.waitUntil(lambda: window.view.words is not None, timeout=WORKER_WAIT_MS)
    return window.view.words


def wide_with_words(make_window, qtbot, path):
    """A window on path, 1900 px wide, once jieba's words have reached its page."""
    window = make_window(path)
    window.current.start_words()
    qtbot.waitUntil(lambda: window.view.words is not None, timeout=WORKER_WAIT_MS)
    window.resize(1900, 800)
    return window


class DialogAnswer:
    def __init__(self) -> None:
        self.answered = False
        self.cancelled = False


_pending: list[DialogAnswer] = []


@pytest.fixture(autouse=True)
def _no_answer_outlives_its_test():
    yield
    for answer in _pending:
        answer.cancelled = True
    _pending.clear()


def answer_dialog(qtbot, callback, wait_ms: int = 5000) -> DialogAnswer:
    """Run callback(dialog) on the next modal dialog, from the event loop that dialog starts.
    Gives up after wait_ms, so a dialog that never opened cannot leak into the next test;
    the returned object tells whether it was answered."""
    from PySide6.QtCore import QTimer

    answer = DialogAnswer()
    _pending.append(answer)
    polls = [wait_ms // 20]

    def poll():
        if answer.cancelled:
            return
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            polls[0] -= 1
            if polls[0] > 0:
                QTimer.singleShot(20, poll)
            return
        dialog.setProperty(ANSWERING, True)  # however long the answer takes (tests/conftest.py)
        dialog.activateWindow()  # keys go to the active window, as on a desktop
        for _ in range(50):  # a second at most: the offscreen platform does not always activate it
            if dialog.isActiveWindow():
                break
            qtbot.wait(20)
        try:
            callback(dialog)
            answer.answered = True
        except BaseException:
            dialog.reject()  # never leave a modal dialog waiting: the test fails instead of hanging
            raise

    QTimer.singleShot(0, poll)
    return answer


@pytest.fixture(autouse=True)
def _no_button_held_into_the_next_test():
    """A mouse button a test left held is released after it. QTest.mouseDClick leaves the button
    held for Qt (QGuiApplication.mouseButtons), so the next test's pointer moves were drags: the
    page never showed the hand over a fold's marker (test_folds' hover test after its
    double-click test, as a reversed run orders them)."""
    yield
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QWidget

    held = QGuiApplication.mouseButtons()
    if held == Qt.MouseButton.NoButton:
        return
    scratch = QWidget()  # the windows the press went to are closed by now
    for button in (Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton, Qt.MouseButton.MiddleButton):
        if held & button:
            QTest.mouseRelease(scratch, button)
    scratch.deleteLater()


def point_to(widget, point) -> None:
    """The mouse moved onto `point` of `widget`: the widget gets the move event. QTest.mouseMove
    moves the pointer with QCursor.setPos, which sends nothing when the pointer is there already
    (Qt skips a position that does not change), as it is when an earlier test left it at the
    same spot of a window placed where this one is: the page was never told, and the pointer
    stayed the text beam over a fold's marker (under load, where the page's layout put the
    marker where the test before had pointed). So the pointer leaves the spot first."""
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QCursor
    from PySide6.QtTest import QTest

    if QCursor.pos() == widget.mapToGlobal(point):
        QTest.mouseMove(widget, point + QPoint(0, 1))
    QTest.mouseMove(widget, point)


def type_text(widget, text: str) -> None:
    """Type as a Chinese input method does: the composed text arrives as one commit
    (QTest's key clicks only know Latin keys)."""
    from PySide6.QtGui import QInputMethodEvent

    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


COMPARED = Path(__file__).parent.parent / "corpus" / "compare"
COMPARED_OLD, COMPARED_NEW = COMPARED / "law-legislation-2015.md", COMPARED / "law-legislation-2023.md"


@pytest.fixture
def comparing(make_window, qtbot, monkeypatch):
    """Two versions of a law compared in a window (Compare ▸ With…), its changes listed and coloured."""

    def not_here(*args, **kwargs):
        raise AssertionError("compared in the window's process")

    # the comparison runs in the worker process: were it run here (a thread of the window),
    # every Python call of the window would wait for the interpreter lock meanwhile
    monkeypatch.setattr("reader.core.compare.comparison.compare", not_here)
    monkeypatch.setattr("reader.core.compare.compare", not_here, raising=False)
    window = make_window(COMPARED_OLD)
    monkeypatch.setattr("reader.gui.compare_launch.choose_documents", lambda *args: [str(COMPARED_NEW)])
    window.actions["compare_with"].trigger()
    qtbot.waitUntil(lambda: window.compare_dock.model.rowCount() > 0, timeout=WORKER_WAIT_MS)
    # the pages are coloured in turns of their own after the changes are listed
    qtbot.waitUntil(lambda: all(r.view.layers.shown.get("changes") for r in window.comparing.readings()))
    return window


@pytest.fixture
def book_window(make_window, qtbot, tmp_path, monkeypatch):
    """A 90,000-character book, taken for a long one, with its Traditional view converted
    already: each switch is the page swap alone (test_script_swap, test_script_pages)."""
    from tests.gui.test_analysis_background import _long_book

    monkeypatch.setattr("reader.gui.script_swap.SWAP_MIN_CHARS", 50_000)
    monkeypatch.setattr("reader.gui.layout_slicer.SLICED_CHARS", 50_000)
    window = make_window(_long_book(tmp_path, 420))
    window.current.set_script(Script.TRADITIONAL)
    qtbot.waitUntil(lambda: window.script is Script.TRADITIONAL, timeout=WORKER_WAIT_MS)
    window.current.set_script(Script.ORIGINAL)
    qtbot.waitUntil(lambda: not window.view.pages.swapping, timeout=WORKER_WAIT_MS)
    return window


@pytest.fixture(autouse=True)
def _no_window_work_outlives_its_test():
    """What a test's windows left to the process's own queues is not the next test's: the
    housekeeping queue's waiting tasks are dropped and a running one waited for, the glyph
    warmer's waiting draws done, the worker's jobs not taken up yet cancelled, the collector's
    passes still to come after its tabs' closes dropped, the closed windows deleted (their
    timers with them). A task an earlier test's window asked for ran in the next one, under its
    monkeypatches (CI recorded the Simplified seed's s2tw in a test of the notice's warm-up; a
    closed tab's pass counted in tests/gui/test_closed_tab.py after test_workspace.py), and a
    test's jobs waited behind dozens of earlier ones. What a test
    checks of the product is not touched: this runs after its windows have closed."""
    yield
    from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop

    from reader.gui import background, closed_tab, glyph_warm, housekeeping

    queue = housekeeping._housekeeping
    if queue is not None and shiboken6.isValid(queue):
        queue._tasks.clear()
        queue._timer.stop()
        deadline = time.monotonic() + CONDITION_WAIT_MS / 1000
        while queue._busy and time.monotonic() < deadline:  # its result is taken in on this thread
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            time.sleep(0.002)
        # as in a new process: nothing handed over before the next window's page has painted
        queue._open = False
        queue._holds.clear()
        queue._quiet_until = 0.0
        queue._waiting_since = None
    warmer = glyph_warm._warmer
    if warmer is not None:
        warmer._handed.clear()  # for widgets of this test's windows, read at their paint
        warmer._when_warm.clear()
        while warmer._waiting:
            warmer._draw(*warmer._waiting.pop(0))  # marked drawn already: drawn now, not in the next test
        warmer._timer.stop()
    # the worker's jobs not taken up yet: the next test's waited behind them (34 of them after
    # tests/gui/test_first_switch.py's windows, whose tabs are never closed, only the windows)
    process = background.WORKER._process
    if process is not None:
        for _rank, _order, job in list(process._waiting):
            if job is not None:
                job[0].cancel()
    closed_tab.forget_waiting()  # the collector's passes after its closes, and the books they wait for
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
