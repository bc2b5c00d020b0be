"""The processes that read and fold files for the library while its writer writes the index:
started when first asked for, kept between batches (starting one costs about a second of
imports), closed after a minute unused, and each quits by itself if its parent dies (a killed
worker leaves no readers behind)."""

from __future__ import annotations

import os
import threading
import time
from concurrent.futures import Executor

IDLE = 60.0
"""Seconds unused after which the processes are closed."""

_pool: Executor | None = None
_timer: threading.Timer | None = None
_lock = threading.Lock()
_users = 0
"""Batches holding the pool: a timer that fires while one does must not close it."""


def _watch_parent(parent: int) -> None:
    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(0)

    threading.Thread(target=watch, daemon=True).start()


def reading_pool(processes: int) -> Executor:
    """The pool (made now if there is none); call `release` when the batch is written."""
    global _pool, _users
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    with _lock:
        if _timer is not None:
            _timer.cancel()
        if _pool is None:
            _pool = ProcessPoolExecutor(
                processes,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_watch_parent,
                initargs=(os.getpid(),),
            )
        _users += 1
        return _pool


def release() -> None:
    """The batch is done: close the pool unless another batch asks for it within IDLE seconds."""
    global _timer, _users
    with _lock:
        _users = max(0, _users - 1)
        if _users:
            return
        _timer = threading.Timer(IDLE, close)
        _timer.daemon = True
        _timer.start()


def close() -> None:
    """Close the pool now, unless a batch took it again after the timer fired (it already ran
    past `cancel`, so the check is here, under the lock)."""
    global _pool
    with _lock:
        if _users:
            return
        pool, _pool = _pool, None
    if pool is not None:
        pool.shutdown(wait=True, cancel_futures=True)
