"""The window's own background work runs in one thread, one task at a time, once a page has been
painted and while the window is idle (issue 32: a thread each, at once, stalled 红楼梦's open)."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from reader.gui.housekeeping import IDLE_MS, Housekeeping
from tests.gui.conftest import CONDITION_WAIT_MS


def _task(log: list, name: str, seconds: float = 0.02):
    def work() -> str:
        log.append(("start", name, threading.current_thread().name, time.perf_counter()))
        time.sleep(seconds)
        log.append(("end", name, threading.current_thread().name, time.perf_counter()))
        return name

    return work


def test_tasks_run_one_at_a_time_in_order_in_one_thread(qtbot):
    queue = Housekeeping()
    queue.open()
    log: list = []
    done: list[tuple[str, str]] = []
    for name in "abcd":
        queue.run(_task(log, name), lambda made: done.append((made, threading.current_thread().name)))
    qtbot.waitUntil(lambda: len(done) == 4, timeout=CONDITION_WAIT_MS)
    assert done == [(name, threading.main_thread().name) for name in "abcd"]  # taken in on the window's
    assert [(kind, name) for kind, name, _, _ in log] == [(k, n) for n in "abcd" for k in ("start", "end")]
    assert {thread for _, _, thread, _ in log} == {"reader-housekeeping"}
    assert not queue.busy


def test_nothing_runs_before_a_page_is_painted(qtbot):
    queue = Housekeeping()
    log: list = []
    queue.run(_task(log, "a"), lambda _made: None)
    qtbot.wait(IDLE_MS * 5)
    assert log == [] and queue.busy
    queue.open()
    qtbot.waitUntil(lambda: len(log) == 2, timeout=CONDITION_WAIT_MS)


def test_a_task_waits_while_the_window_is_busy(qtbot):
    from PySide6.QtCore import QTimer

    queue = Housekeeping()
    queue.open()
    log: list = []
    busy_until: list[float] = []

    def busy() -> None:  # a long turn of the window's (a page typeset, say) just after the task is asked
        time.sleep(0.3)
        busy_until.append(time.perf_counter())

    QTimer.singleShot(IDLE_MS // 2, busy)
    queue.run(_task(log, "a"), lambda _made: None)
    qtbot.waitUntil(lambda: len(log) == 2, timeout=CONDITION_WAIT_MS)
    # the turn that came late was the window's: the task was not handed over at its end
    assert log[0][3] >= busy_until[0] + IDLE_MS / 1000 * 0.9


def test_a_failed_task_is_told_and_the_next_runs(qtbot):
    queue = Housekeeping()
    queue.open()
    failed: list[BaseException] = []
    done: list[str] = []

    def broken() -> None:
        raise ValueError("no")

    queue.run(broken, lambda _made: pytest.fail("done after a failure"), failed.append)
    queue.run(lambda: "next", done.append)
    qtbot.waitUntil(lambda: done == ["next"], timeout=CONDITION_WAIT_MS)
    assert [str(e) for e in failed] == ["no"]


def test_a_books_window_side_work_runs_serially_in_the_housekeeping_thread_after_its_page_paints(
    make_window, qtbot, tmp_path, monkeypatch
):
    # opening 红楼梦, its boundaries' gaps, the previews' converters (one a script) and the page texts'
    # changes each ran in a thread of its own, beside one another and the window's first turns
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    from reader.core import scripts, text_changes, word_gaps
    from reader.gui.document_view import DocumentView
    from tests.gui.conftest import WORKER_WAIT_MS

    ran: list[tuple[str, str, float, float]] = []

    def timed(name: str, fn):
        def run(*args, **kwargs):
            start = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                ran.append((name, threading.current_thread().name, start, time.perf_counter()))

        return run

    monkeypatch.setattr(word_gaps, "compact_boundaries", timed("gaps", word_gaps.compact_boundaries))
    monkeypatch.setattr(scripts, "warm", timed("warm", scripts.warm))
    monkeypatch.setattr(text_changes, "changes", timed("changes", text_changes.changes))
    painted: list[float] = []

    class FirstPaint(QObject):
        def eventFilter(self, obj, event) -> bool:
            if event.type() == QEvent.Type.Paint and isinstance(obj.parent(), DocumentView) and not painted:
                painted.append(time.perf_counter())
            return False

    watcher = FirstPaint()
    QApplication.instance().installEventFilter(watcher)
    book = tmp_path / "book.txt"
    book.write_text(
        (Path(__file__).parent.parent / "corpus" / "hongloumeng.txt").read_text(encoding="utf-8")[:60_000],
        encoding="utf-8",
    )
    try:
        make_window(book)
        qtbot.waitUntil(lambda: {"gaps", "warm"} <= {name for name, *_ in ran}, timeout=WORKER_WAIT_MS)
        qtbot.wait(1000)  # and what comes after
    finally:
        QApplication.instance().removeEventFilter(watcher)
    assert {thread for _, thread, _, _ in ran} == {"reader-housekeeping"}
    spans = sorted((start, end) for _, _, start, end in ran)
    assert all(end <= next_start for (_, end), (next_start, _) in zip(spans, spans[1:]))  # one at a time
    assert painted and spans[0][0] > painted[0]


def test_a_task_runs_after_a_while_even_when_the_window_is_never_idle(qtbot, monkeypatch):
    # on a machine so loaded that every timer comes late, a task waiting for an idle turn
    # would never run
    from reader.gui import housekeeping

    monkeypatch.setattr(housekeeping, "LATE_MS", -IDLE_MS)  # every turn comes late
    monkeypatch.setattr(housekeeping, "MOST_WAIT_MS", 500)
    queue = Housekeeping()
    queue.open()
    log: list = []
    start = time.perf_counter()
    queue.run(_task(log, "a", 0.0), lambda _made: None)
    qtbot.waitUntil(lambda: len(log) == 2, timeout=CONDITION_WAIT_MS)
    assert log[0][3] - start >= 0.5


def _started_after(qtbot, queue, act) -> float:
    """Seconds from act() to the start of a task queued just after it (the window idle)."""
    log: list = []
    qtbot.wait(IDLE_MS * 3)  # nothing else in the queue's way
    acted = time.perf_counter()
    act()
    queue.run(_task(log, "a", 0.0), lambda _made: None)
    qtbot.waitUntil(lambda: len(log) == 2)
    return log[0][3] - acted


def _soonest_start(qtbot, queue, act, tries: int = 3) -> float:
    """_started_after's least of a few tries: how soon a task can start after act(). One try
    on a loaded machine may be late by a turn the test process waited for a core (CI's two
    cores at load 10-16); a hold makes every try late."""
    return min(_started_after(qtbot, queue, act) for _ in range(tries))


def _queue_and_page(qtbot):
    """The window's own queue, open, and a page shown that tells it of the reader's keys and clicks."""
    from reader.gui.document_view import DocumentView
    from reader.gui.housekeeping import housekeeping

    queue = housekeeping()
    queue.open()
    view = DocumentView()
    qtbot.addWidget(view)
    view.setPlainText("潇湘馆\n" * 2000)
    view.resize(400, 300)
    view.show()
    qtbot.waitExposed(view)
    return queue, view


@pytest.fixture
def never_late(monkeypatch):
    """No timer of the queue's counts as late: what a test checks is the reader's holds, not
    whether the machine was loaded when the idle timer fired."""
    from reader.gui import housekeeping

    monkeypatch.setattr(housekeeping, "LATE_MS", 60_000)


def test_no_task_is_handed_over_just_after_the_reader_presses_a_key_or_clicks(qtbot, never_late):
    # a task handed over beside the turns that answer the reader (the page moved, a hit found)
    # made each of their calls into Python wait for the interpreter, and for a core
    from PySide6.QtCore import Qt

    from reader.gui.housekeeping import HOLD_MS

    queue, view = _queue_and_page(qtbot)  # the window's own queue: the page tells it
    assert _soonest_start(qtbot, queue, lambda: None) < HOLD_MS / 1000 / 2  # idle: at once
    assert _started_after(qtbot, queue, lambda: qtbot.keyClick(view, Qt.Key.Key_PageDown)) >= HOLD_MS / 1000
    assert _started_after(qtbot, queue, lambda: qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton)) >= (
        HOLD_MS / 1000
    )


def test_a_task_running_when_the_reader_presses_a_key_makes_way_at_its_next_step(qtbot):
    # a task already handed over (the previews' converters loading: 0.15-0.5 s of Python) went
    # on beside the turns that answer the key, each of their calls into Python waiting for the
    # interpreter: it waits at its next step until HOLD_MS after the key
    from PySide6.QtCore import Qt

    from reader.core.job_threads import give_way
    from reader.gui.housekeeping import HOLD_MS

    queue, view = _queue_and_page(qtbot)
    qtbot.wait(HOLD_MS + IDLE_MS * 3)  # nothing else in the queue's way, no key held
    steps: list[float] = []

    def work() -> None:
        for _ in range(100):
            give_way()
            steps.append(time.perf_counter())
            time.sleep(0.005)

    done: list = []
    queue.run(work, done.append)
    qtbot.waitUntil(lambda: len(steps) >= 3, timeout=CONDITION_WAIT_MS)
    pressed = time.perf_counter()
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    qtbot.waitUntil(lambda: bool(done), timeout=CONDITION_WAIT_MS)
    during = [t for t in steps if pressed < t < pressed + HOLD_MS / 1000 * 0.9]
    assert len(during) <= 1  # the step under way when the key came, at most
    assert len(steps) == 100  # then on to its end


def test_a_running_task_makes_way_at_its_next_step_while_the_window_works(qtbot):
    # a task handed over in an idle moment went on beside the window's own turns that came next
    # (opening 红楼梦: its page typeset in slices, its words taken in, the previews' OpenCC
    # tables building meanwhile in the housekeeping thread, 343 ms of its CPU): each of the
    # window's calls into Python waited for the interpreter. Now it waits while the window works.
    from PySide6.QtCore import QTimer

    from reader.core.job_threads import give_way

    queue = Housekeeping()
    queue.open()
    qtbot.wait(IDLE_MS * 3)
    steps: list[float] = []

    def work() -> None:
        for _ in range(150):
            give_way()
            steps.append(time.perf_counter())
            time.sleep(0.002)

    busy: list[float] = []

    def window_works() -> None:  # a turn of 300 ms of the window's own work (Python, in slices of C)
        start = time.perf_counter()
        while time.perf_counter() - start < 0.3:
            sum(range(2000))
        busy[:] = [start, time.perf_counter()]

    done: list = []
    queue.run(work, done.append)
    qtbot.waitUntil(lambda: len(steps) >= 3, timeout=CONDITION_WAIT_MS)
    QTimer.singleShot(0, window_works)
    qtbot.waitUntil(lambda: bool(busy), timeout=CONDITION_WAIT_MS)
    qtbot.waitUntil(lambda: bool(done), timeout=CONDITION_WAIT_MS)
    start, end = busy
    during = [t for t in steps if start + 0.02 < t < end]
    assert len(during) <= 1  # the step under way when the window's work began, at most
    assert len(steps) == 150  # then on to its end


def test_no_task_is_handed_over_while_what_the_reader_asked_for_is_on_its_way(qtbot):
    queue = Housekeeping()
    queue.open()
    log: list = []
    waiting = [True]
    queue.hold_while(lambda: waiting[0])
    queue.run(_task(log, "a", 0.0), lambda _made: None)
    qtbot.wait(IDLE_MS * 8)
    assert log == []
    waiting[0] = False
    qtbot.waitUntil(lambda: len(log) == 2, timeout=5000)


def test_a_task_held_off_runs_after_a_while_all_the_same(qtbot, monkeypatch):
    # a reader who never stops (a key held down): the housekeeping is put off, not starved
    from reader.gui import housekeeping

    monkeypatch.setattr(housekeeping, "MOST_WAIT_MS", 500)
    queue = Housekeeping()
    queue.open()
    queue.hold_while(lambda: True)
    log: list = []
    start = time.perf_counter()
    queue.run(_task(log, "a", 0.0), lambda _made: None)
    qtbot.waitUntil(lambda: len(log) == 2, timeout=5000)
    assert log[0][3] - start >= 0.5


def test_a_hold_that_never_ends_or_fails_holds_no_later_task(qtbot, monkeypatch, never_late):
    # a switch that never completes (its window deleted mid-way), or a hold asking of a deleted
    # window (RuntimeError): the queue stopped, and kept every task (and its tab) after it
    from reader.gui import housekeeping

    monkeypatch.setattr(housekeeping, "MOST_WAIT_MS", 500)
    queue = Housekeeping()
    queue.open()

    def deleted() -> bool:
        raise RuntimeError("Internal C++ object (DocumentView) already deleted.")

    assert _soonest_start(qtbot, queue, lambda: queue.hold_while(deleted)) < 0.25
    assert (
        _started_after(qtbot, queue, lambda: queue.hold_while(lambda: True)) >= 0.5
    )  # as long as a task waits at most
    assert _soonest_start(qtbot, queue, lambda: None) < 0.25  # then no longer


def test_a_books_switch_and_find_hold_the_housekeeping_until_the_page_shows_them(
    make_window, qtbot, monkeypatch, never_late
):
    # the switch's conversion in the worker, its swap, a find's thread: a task handed over
    # meanwhile ran beside the turns that bring them to the page
    from PySide6.QtCore import Qt

    from reader.core.scripts import Script
    from reader.gui import housekeeping as housekeeping_module
    from reader.gui.housekeeping import housekeeping
    from tests.gui.conftest import WORKER_WAIT_MS

    # a hold lasts MOST_WAIT_MS at most: on a loaded machine the switch or the find may take
    # longer, and the task then rightly runs before them; here a hold lasts as long as they do
    monkeypatch.setattr(housekeeping_module, "MOST_WAIT_MS", WORKER_WAIT_MS)

    civil_code = Path(__file__).parents[1] / "corpus" / "law-civil-code.txt"  # Simplified: 繁體 made in the worker
    window = make_window(civil_code)
    queue = housekeeping()
    qtbot.waitUntil(lambda: window.session.words is not None and not queue.busy, timeout=WORKER_WAIT_MS)
    reading = window.current
    pages = window.view.pages
    log: list = []

    def switching() -> bool:  # plain attributes: read in the housekeeping thread too
        return reading.pending_script is not None or pages.swapping

    # whether the switch was still on its way is read as the task starts (a poll of the
    # window's, after it, could come later than the task's start on a loaded machine)
    started_while_switching: list[bool] = []
    task_a = _task(log, "a", 0.0)
    qtbot.keyClick(window.view, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert switching()
    queue.run(lambda: (started_while_switching.append(switching()), task_a())[1], lambda _made: None)
    qtbot.waitUntil(lambda: len(log) == 2, timeout=WORKER_WAIT_MS)
    assert started_while_switching == [False]
    qtbot.waitUntil(lambda: window.script is Script.TRADITIONAL)

    found: list[float] = []
    real_show_found = reading.finder._show_found
    monkeypatch.setattr(
        reading.finder, "_show_found", lambda *a, **k: (found.append(time.perf_counter()), real_show_found(*a, **k))
    )
    qtbot.wait(IDLE_MS * 3)
    reading.finder.open("民法")
    queue.run(_task(log, "b", 0.0), lambda _made: None)
    qtbot.waitUntil(lambda: len(log) == 4, timeout=WORKER_WAIT_MS)
    assert found and log[2][3] >= found[0]


def test_a_dropped_owners_waiting_tasks_never_run_and_the_others_do(qtbot):
    queue = Housekeeping()
    log: list = []
    closed, kept = object(), object()
    queue.run(_task(log, "closed tab's"), lambda _made: pytest.fail("done for a dropped task"), owner=closed)
    queue.run(_task(log, "kept tab's"), lambda _made: None, owner=kept)
    queue.run(_task(log, "window's"), lambda _made: None)
    queue.drop(closed)
    queue.open()
    qtbot.waitUntil(lambda: not queue.busy, timeout=CONDITION_WAIT_MS)
    assert [name for kind, name, _, _ in log if kind == "start"] == ["kept tab's", "window's"]
