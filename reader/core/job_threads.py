"""Which thread of the worker runs a job, by whether the reader waits for it.

The worker is below the window in the scheduler's eyes (nice BACKGROUND_NICE), so a busy
machine gives the window its turn first. But a job the reader waits for (a book's preparing,
its switch to another script, the pinyin turned on: reader.core.worker_process's urgent jobs)
then ran niced as well, and with both cores busy took several times as long. A process cannot
lower its nice value again without privilege (CAP_SYS_NICE, or an RLIMIT_NICE above the
default). On Linux, though, the nice value is each thread's own: the worker's main thread
keeps the window's and runs the urgent jobs; the background jobs run in one thread that niced
itself once. What a job starts inherits its thread's value: the threads it starts, and the
helpers it forks (reader.core.forked), a background conversion's helper niced, a switch's not.
Jobs still run one at a time: the main thread waits while the background thread works.

Elsewhere (macOS's setpriority and Windows's priority classes are the whole process's) the
whole worker is niced, as before: every job runs as a background one there."""

from __future__ import annotations

import os
import queue
import sys
import threading
from collections.abc import Callable
from typing import TypeVar

BACKGROUND_NICE = 10
R = TypeVar("R")


def per_thread_nice() -> bool:
    """Whether this system gives each thread its own nice value (Linux)."""
    return sys.platform.startswith("linux") and hasattr(os, "setpriority")


def nice_this_thread(by: int = BACKGROUND_NICE) -> None:
    """Raise the calling thread's nice value where it has one of its own (Linux); elsewhere
    nothing (macOS would take the thread's id for a process's). Never fails."""
    if not per_thread_nice():
        return
    try:
        tid = threading.get_native_id()
        os.setpriority(os.PRIO_PROCESS, tid, os.getpriority(os.PRIO_PROCESS, tid) + by)
    except OSError:
        pass


def nice_process(by: int = BACKGROUND_NICE) -> None:
    """Raise the whole process's nice value, where a thread has none of its own. Never fails."""
    if hasattr(os, "nice"):
        try:
            os.nice(by)
        except OSError:
            pass


class JobThreads:
    """Runs each job in the thread its urgency asks for (see the module's docstring)."""

    def __init__(self) -> None:
        self.per_thread = per_thread_nice()
        self._jobs: queue.SimpleQueue = queue.SimpleQueue()
        self._thread: threading.Thread | None = None

    def run(self, job: Callable[[], R], urgent: bool) -> R:
        """job() in this thread when urgent (or where threads share the process's nice value),
        else in the niced background thread, waited for; its result, or its exception raised."""
        if urgent or not self.per_thread:
            return job()
        if self._thread is None:
            self._thread = threading.Thread(target=self._background, name="reader-background-jobs", daemon=True)
            self._thread.start()
        done: queue.SimpleQueue = queue.SimpleQueue()
        self._jobs.put((job, done))
        ok, value = done.get()
        if not ok:
            raise value
        return value

    def _background(self) -> None:
        nice_this_thread()
        while True:
            job, done = self._jobs.get()
            try:
                done.put((True, job()))
            except BaseException as exc:  # noqa: BLE001 - raised again in the thread that waits
                done.put((False, exc))
            del job, done
