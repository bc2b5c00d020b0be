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

from reader.core.job_threads import BACKGROUND_NICE, JobThreads, give_way
from reader.core.worker_process import WorkerProcess

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
    time.sleep(0.1)
    assert len(steps) > made  # and it goes on afterwards
    stop.set()
    threads.finish()
    assert done[1:] == [("background", True)]


@pytest.mark.skipif(not hasattr(os, "fork"), reason="forked helpers: POSIX")
def test_a_helper_forked_by_the_background_job_while_an_urgent_job_runs_does_not_wait_for_it():
    """reader.core.forked's helpers are forks of the worker: one forked by the background thread
    while an urgent job ran would find, in its copy, an urgent job that never ends."""
    threads = JobThreads()
    urgent_running, forked = threading.Event(), threading.Event()
    exits: list = []

    def background() -> None:
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
