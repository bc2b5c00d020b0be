"""A piece of work done beside this process, on the second core, by a forked helper.

Only in a process without Qt (the analysis worker: allow_fork, from
reader.core.analysis.worker_init), and only while no other thread there works: one could hold
a lock the helper needs (reader.core.job_threads.fork_gate). A fork starts in
milliseconds and shares what this process has loaded (jieba's dictionary, the text), where a
spawned process would import and load everything again. The helper sends its result back
pickled through a pipe (arrays go as one block of bytes) and leaves with os._exit, running
nothing of this process's. Elsewhere, or when the helper fails, the work is done here: the
result is the same either way, only the time differs."""

from __future__ import annotations

import gc
import os
import pickle
from collections.abc import Callable
from typing import Generic, TypeVar

from reader.core.job_threads import fork_gate, nice_this_thread, standing_still

T = TypeVar("T")

HELPER_NICE = 5
"""How far a helper stands below the thread that forked it in the scheduler's eyes: a switch's
urgent conversion (the worker's main thread, at the window's nice value) and its helper took
both cores, and the window's turns waited for one (23 ms of a 59 ms stall at 红楼梦's first
繁體, issue 32). Niced, the helper gives its core to the window when the window wakes, and
keeps it the rest of the time; niced more (the background's 10), it all but stopped on a
busy machine while the switch waited for its half."""

_allowed = False


def allow_fork() -> None:
    """This process may fork helpers (the analysis worker)."""
    global _allowed
    _allowed = hasattr(os, "fork")


def allowed() -> bool:
    return _allowed


class Helper(Generic[T]):
    """fn(*args), started in a forked helper when forking is allowed; result() waits for it."""

    def __init__(self, fn: Callable[..., T], *args) -> None:
        self._fn, self._args = fn, args
        self._pid = self._reader = None
        if _allowed:
            self._start()

    def _start(self) -> None:
        with fork_gate() as free:  # no other thread of the worker holding a lock (job_threads)
            if free:
                self._fork()

    def _fork(self) -> None:
        reader, writer = os.pipe()
        gc.freeze()  # the collector's passes in the helper would write to every page it shares
        try:
            pid = os.fork()
        except OSError:
            os.close(reader)
            os.close(writer)
            return
        finally:
            gc.unfreeze()
        if pid == 0:  # the helper
            status = 1
            try:
                os.close(reader)
                nice_this_thread(HELPER_NICE)
                gc.disable()
                data = memoryview(pickle.dumps(self._fn(*self._args), pickle.HIGHEST_PROTOCOL))
                while data:
                    data = data[os.write(writer, data) :]
                status = 0
            finally:
                os._exit(status)
        os.close(writer)
        self._pid, self._reader = pid, reader

    def result(self) -> T:
        """The helper's result; or fn(*args) made here, when there was no helper or it failed."""
        if self._pid is not None:
            with standing_still(), os.fdopen(self._reader, "rb") as pipe:
                data = pipe.read()
                _, status = os.waitpid(self._pid, 0)
            self._pid = None
            if status == 0:
                try:
                    return pickle.loads(data)
                except (pickle.UnpicklingError, EOFError, ValueError):
                    pass
        return self._fn(*self._args)
