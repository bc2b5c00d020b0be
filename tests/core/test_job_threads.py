"""A job the reader waits for runs in the worker at the window's nice value, a background job
niced (reader.core.job_threads; issue 32): the whole worker was niced, and a switch of script
or a book's preparing took several times as long on a busy machine. And it runs at once, the
background job running making way for it: it waited behind a book's words or its indexing."""

from __future__ import annotations

import os
import sys
import threading
import time

import pytest

from reader.core import forked
from reader.core.job_threads import BACKGROUND_NICE, JobThreads, give_way
from reader.core.worker_process import WorkerProcess

forks = pytest.mark.skipif(not hasattr(os, "fork"), reason="forked helpers: POSIX")

linux = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="a thread's own nice value: Linux")


def _thread_nice() -> int:
    return os.getpriority(os.PRIO_PROCESS, threading.get_native_id())


def _forked_nice() -> int:
    """The nice value of a helper forked by the job (reader.core.forked's helpers are forks)."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.write(write, str(os.getpriority(os.PRIO_PROCESS, 0)).encode())
        os._exit(0)
    os.close(write)
    os.waitpid(pid, 0)
    with os.fdopen(read) as answer:
        return int(answer.read())


def _within(seconds: float, condition) -> bool:
    """Whether condition() comes true within `seconds` (looked at every 10 ms)."""
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.01)
    return True


def _fails() -> None:
    raise LookupError("in the background thread")


@linux
def test_an_urgent_job_runs_at_the_windows_nice_value_a_background_job_niced():
    window = _thread_nice()
    niced = min(19, window + BACKGROUND_NICE)
    worker = WorkerProcess()
    try:
        background = worker.submit(_thread_nice)
        urgent = worker.submit(_thread_nice, urgent=True)
        assert urgent.result(timeout=120) == window  # the old worker ran every job niced
        assert background.result(timeout=120) == niced
        assert worker.submit(_forked_nice, urgent=True).result(timeout=120) == window
        assert worker.submit(_forked_nice).result(timeout=120) == niced
        with pytest.raises(LookupError, match="in the background thread"):
            worker.submit(_fails).result(timeout=120)
        assert worker.submit(_thread_nice).result(timeout=120) == niced  # the thread lives on
    finally:
        worker.close()
        worker.wait(timeout=30)


@linux
@forks
def test_a_helper_stands_below_the_thread_that_forked_it(monkeypatch):
    # a switch's urgent conversion and its helper, both at the window's nice value, took both
    # cores while the window's turns waited for one (issue 32: 23 ms of a 59 ms stall)
    monkeypatch.setattr(forked, "_allowed", True)
    here = _thread_nice()
    helper = forked.Helper(_thread_nice)
    assert helper._pid is not None  # forked, not made here
    assert helper.result() == min(19, here + forked.HELPER_NICE) > here
    assert _thread_nice() == here


def _steps(seconds: float) -> int:
    """A background job of short steps, each making way (as jieba's pieces or the indexed chunks)."""
    end, n = time.monotonic() + seconds, 0
    while time.monotonic() < end:
        give_way()
        n += 1
        time.sleep(0.002)
    return n


def test_an_urgent_job_is_answered_while_a_background_job_runs_in_the_worker():
    """The reader's find, look-up or switch waited for the whole background job running (a
    book's words, then its indexing: seconds on a loaded machine)."""
    worker = WorkerProcess()
    try:
        worker.submit(os.getpid, urgent=True).result(timeout=120)
        background = worker.submit(_steps, 6.0)
        time.sleep(0.5)  # taken up by the worker by now
        sent = time.monotonic()
        assert worker.submit(os.getpid, urgent=True).result(timeout=120) == worker.pid
        assert time.monotonic() - sent < 3.0  # not the 5.5 s the background job has left
        assert not background.done()
        assert background.result(timeout=120) > 0
    finally:
        worker.close()
        worker.wait(timeout=30)


def test_a_background_job_makes_way_while_an_urgent_job_runs_and_goes_on_after():
    threads = JobThreads()
    steps: list[float] = []
    stop, started = threading.Event(), threading.Event()

    def background() -> None:
        while not stop.is_set():
            give_way()
            steps.append(time.monotonic())
            started.set()
            time.sleep(0.001)

    def urgent() -> tuple[float, float]:
        begun = time.monotonic()
        time.sleep(0.3)
        return begun, time.monotonic()

    done: list = []
    threads.start(background, False, lambda ok, value: done.append(("background", ok)))
    assert started.wait(10)
    threads.start(urgent, True, lambda ok, value: done.append(value))
    begun, ended = done[0]
    # none but the step under way when the urgent job began (the old thread took 100 more)
    assert steps and len([t for t in steps if begun < t < ended]) <= 1
    made = len(steps)
    assert _within(30, lambda: len(steps) > made)  # and it goes on afterwards (niced: slowly at load 11)
    stop.set()
    threads.finish()
    assert done[1:] == [("background", True)]


@pytest.mark.skipif(not hasattr(os, "fork"), reason="forked helpers: POSIX")
def test_a_helper_forked_by_the_background_job_while_an_urgent_job_runs_does_not_wait_for_it():
    """reader.core.forked's helpers are forks of the worker: one forked by the background thread
    while an urgent job ran would find, in its copy, an urgent job that never ends."""
    threads = JobThreads()
    begun, urgent_running, forked = threading.Event(), threading.Event(), threading.Event()
    exits: list = []

    def background() -> None:
        begun.set()  # a background job not begun waits for the urgent job to end
        assert urgent_running.wait(10)
        pid = os.fork()
        if pid == 0:  # the helper
            give_way()
            os._exit(7)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            done, status = os.waitpid(pid, os.WNOHANG)
            if done:
                exits.append(os.waitstatus_to_exitcode(status))
                break
            time.sleep(0.01)
        else:
            os.kill(pid, 9)
            os.waitpid(pid, 0)
            exits.append("waited for ever")
        forked.set()

    def urgent() -> bool:
        urgent_running.set()
        return forked.wait(30)

    answers: list = []
    threads.start(background, False, lambda ok, value: None)
    assert begun.wait(30)
    threads.start(urgent, True, lambda ok, value: answers.append((ok, value)))
    threads.finish()
    assert answers == [(True, True)]
    assert exits == [7]


def test_give_way_anywhere_but_the_background_thread_goes_straight_on():
    threads = JobThreads()
    answers: list = []

    def urgent() -> float:
        start = time.monotonic()
        give_way()  # an urgent job's own steps (a switch's conversion) do not wait for themselves
        return time.monotonic() - start

    threads.start(urgent, True, lambda ok, value: answers.append(value))
    assert answers[0] < 0.5


def _acquired(lock: threading.Lock) -> bool:
    """Whether a helper (or this thread) gets the lock: a forked helper's copy of a lock held
    by another thread at the fork is held for ever."""
    got = lock.acquire(timeout=5)
    if got:
        lock.release()
    return got


@forks
def test_an_urgent_job_forks_no_helper_while_the_background_job_holds_a_lock(monkeypatch):
    """A switch's conversion forked its helper while another thread of the worker held
    reader.core.words' lock (jieba's dictionary loading): the helper's copy stayed held, and the
    helper and the switch waited for ever (seen in the suite at load 12). Now the helper is
    forked once the others stand still, or the work is done in the urgent thread."""
    monkeypatch.setattr(forked, "_allowed", True)
    threads = JobThreads()
    lock, holding, asked = threading.Lock(), threading.Event(), threading.Event()

    def background() -> None:
        with lock:  # at work between two chances to make way
            holding.set()
            asked.wait(30)
            time.sleep(1.0)

    def urgent() -> bool:
        asked.set()
        return forked.Helper(_acquired, lock).result()

    answers: list = []
    threads.start(background, False, lambda ok, value: None)
    assert holding.wait(30)
    threads.start(urgent, True, lambda ok, value: answers.append((ok, value)))
    threads.finish()
    assert answers == [(True, True)]


@forks
def test_the_background_job_forks_no_helper_while_an_urgent_job_holds_a_lock(monkeypatch):
    monkeypatch.setattr(forked, "_allowed", True)
    threads = JobThreads()
    lock, begun, holding = threading.Lock(), threading.Event(), threading.Event()
    answers: list = []

    def background() -> bool:
        begun.set()
        assert holding.wait(30)
        return forked.Helper(_acquired, lock).result()

    def urgent() -> None:
        with lock:
            holding.set()
            time.sleep(1.0)

    threads.start(background, False, lambda ok, value: answers.append((ok, value)))
    assert begun.wait(30)
    threads.start(urgent, True, lambda ok, value: None)
    threads.finish()
    assert answers == [(True, True)]


@forks
def test_a_helper_is_forked_once_the_background_job_makes_way(monkeypatch):
    """The second core is not given up when the background job stands at a pause point."""
    from reader.core import job_threads

    monkeypatch.setattr(forked, "_allowed", True)
    monkeypatch.setattr(job_threads, "FORK_WAIT", 120)  # the niced thread's next step: slow at load 10+
    threads = JobThreads()
    stop, stepping = threading.Event(), threading.Event()

    def background() -> None:
        while not stop.is_set():
            give_way()
            stepping.set()
            time.sleep(0.001)

    answers: list = []
    threads.start(background, False, lambda ok, value: None)
    assert stepping.wait(30)
    threads.start(lambda: forked.Helper(os.getpid).result(), True, lambda ok, value: answers.append(value))
    stop.set()
    threads.finish()
    assert answers and answers[0] != os.getpid()  # made by a helper


def _hold_the_words_lock(told: str, seconds: float) -> None:
    """A background job that holds reader.core.words' lock as jieba's loading does."""
    from pathlib import Path

    from reader.core import words

    with words._lock:
        Path(told).write_text("held")
        time.sleep(seconds)


def _converted_on_two_cores(text: str) -> str:
    from reader.core import parallel_convert, script_rules
    from reader.core.scripts import Script

    return parallel_convert.convert_on_two_cores(text, "s2t", Script.TRADITIONAL, script_rules.Mode.MODERN).text


def _children(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as listed:
            return [int(p) for p in listed.read().split()]
    except OSError:
        return []


@forks
@linux
def test_a_switch_in_the_worker_while_another_thread_holds_jiebas_lock_ends(tmp_path):
    """The suite's hang (a split view's switch waited 120 s; gdb: the helper in words.segmenter,
    waiting for the lock): a conversion of a long text forked while jieba's lock was held."""
    from pathlib import Path

    from reader.core import script_rules
    from reader.core.scripts import Script, convert_with_map

    text = (Path(__file__).parents[1] / "corpus" / "law-civil-code.txt").read_text(encoding="utf-8")
    told = tmp_path / "held"
    worker = WorkerProcess()
    try:
        worker.submit(_hold_the_words_lock, str(told), 3.0)
        assert _within(120, told.exists)
        converted = worker.submit(_converted_on_two_cores, text, urgent=True).result(timeout=120)
        assert converted == convert_with_map(text, "s2t", Script.TRADITIONAL, mode=script_rules.Mode.MODERN).text
    finally:
        for helper in _children(worker.pid):  # the old code's helper, waiting for ever
            os.kill(helper, 9)
        worker.terminate()
        worker.wait(timeout=30)


def test_a_thread_told_to_make_way_loads_opencc_s_tables_without_stopping(monkeypatch):
    # the tables load under reader.core.scripts' lock, which every conversion takes: a step
    # that made way inside it (the window's housekeeping, the reader typing) held the window's
    # own conversions (a preview, find's query) until the reader stopped: 931 ms blocked
    from reader.core import job_threads, packed_dict, scripts

    monkeypatch.setattr(job_threads, "MOST_PAUSE", 60.0)
    monkeypatch.setattr(packed_dict, "_in_this_process", True)  # the window's packed tables
    scripts._opencc.cache_clear()
    took: list[float] = []

    def warm() -> None:
        job_threads.make_way_while(lambda: 60.0)  # the reader never stops
        try:
            start = time.perf_counter()
            scripts.warm("s2tw")
            took.append(time.perf_counter() - start)
        finally:
            job_threads.make_way_while(None)

    thread = threading.Thread(target=warm)
    thread.start()
    thread.join(50)
    scripts._opencc.cache_clear()
    assert took and took[0] < 40
