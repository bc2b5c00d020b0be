"""The process's free heap given back to the system."""

from __future__ import annotations

import ctypes


def give_back_memory() -> None:
    """Return the heap's free pages to the system (glibc's malloc_trim; 3 ms): in the worker
    after each job and before a helper is forked, and in the window after a job's result is
    taken in (the pickled bytes and what unpacking them left behind are free then, but would
    stay with the process)."""
    try:
        ctypes.CDLL(None).malloc_trim(0)  # glibc; elsewhere there is nothing to call
    except (AttributeError, OSError):
        pass
