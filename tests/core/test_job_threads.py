"""A job the reader waits for runs in the worker at the window's nice value, a background job
niced (reader.core.job_threads; issue 32): the whole worker was niced, and a switch of script
or a book's preparing took several times as long on a busy machine."""

from __future__ import annotations

import os
import sys
import threading

import pytest

from reader.core.job_threads import BACKGROUND_NICE, JobThreads
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


def test_where_threads_have_no_nice_value_of_their_own_every_job_runs_in_the_calling_thread(monkeypatch):
    from reader.core import job_threads

    monkeypatch.setattr(job_threads, "per_thread_nice", lambda: False)
    threads = JobThreads()
    here = threading.get_ident()
    assert threads.run(threading.get_ident, urgent=False) == here  # the process is niced whole
    assert threads.run(threading.get_ident, urgent=True) == here
