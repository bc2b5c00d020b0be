"""The interpreter's end waits for daemon threads' PySide work (reader.gui.thread_exit)."""

import threading
import time

import pytest

from reader.gui import thread_exit


@pytest.fixture
def gate():
    return thread_exit.Gate()  # the process's own gate is never ended by a test


def _daemon(target) -> threading.Thread:
    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    return thread


def test_the_end_waits_for_work_under_way_and_lets_none_begin(gate):
    inside, release, began_after = threading.Event(), threading.Event(), threading.Event()

    def work():
        with gate.work():
            inside.set()
            release.wait()

    def later():
        inside.wait()
        time.sleep(0.05)  # comes to its block once the end has begun
        with gate.work():
            began_after.set()

    _daemon(work)
    _daemon(later)
    assert inside.wait(5)
    threading.Timer(0.2, release.set).start()
    started = time.perf_counter()
    assert gate.end(timeout=5)
    assert 0.15 < time.perf_counter() - started < 2  # waited for the block, not the timeout
    assert not began_after.wait(0.3)  # the later thread waits for good


def test_the_end_waits_no_longer_than_its_bound(gate):
    inside, release = threading.Event(), threading.Event()

    def work():
        with gate.work():
            inside.set()
            release.wait()

    _daemon(work)
    assert inside.wait(5)
    started = time.perf_counter()
    assert not gate.end(timeout=0.2)
    assert time.perf_counter() - started < 1
    release.set()


def test_threads_the_interpreter_waits_for_pass_after_the_end(gate):
    assert gate.end(timeout=0)
    with gate.work():  # the main thread: it is the one ending the interpreter
        pass
    passed = threading.Event()

    def work():
        with gate.work():
            passed.set()

    thread = threading.Thread(target=work)  # not a daemon: joined before the interpreter ends
    thread.start()
    thread.join(5)
    assert passed.is_set()
