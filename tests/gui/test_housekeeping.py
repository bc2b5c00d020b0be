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

    from reader.core import scripts
    from reader.gui import page_typesetting, word_analysis
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

    monkeypatch.setattr(word_analysis, "compact_boundaries", timed("gaps", word_analysis.compact_boundaries))
    monkeypatch.setattr(scripts, "warm", timed("warm", scripts.warm))
    monkeypatch.setattr(page_typesetting, "changes", timed("changes", page_typesetting.changes))
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
