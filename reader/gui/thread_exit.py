"""The window process's daemon threads' work inside PySide, which the interpreter's end must not cut.

At its end (Py_FinalizeEx) CPython ends a daemon thread where it stands, at its next turn of the
interpreter lock (pthread_exit). Inside PySide's making of a type or an enum (a module of
the window's imported in a thread), that unwound PySide's C++ frames, whose clean-ups freed
Python objects beside the interpreter's last collection: SIGSEGV on the way out (a core read
with gdb). Ended while emitting a signal (a result handed to the window's thread), a thread
took the process down too (SIGSEGV or an abort; its core not read). Forced
(benchmarks/exit_in_pyside.py), a thread importing the library's modules as the window
closed, Background's threads emitting and the housekeeping thread emitting each did so in 1-3
runs of 20.

Such work runs in a `pyside_work()` block. Once the event loop has ended, `end_pyside_work()`
(reader.app.run) waits for the blocks under way, at most END_WAIT_S; a daemon thread coming to
a block after that waits there, in a plain lock, where the interpreter's end stops it cleanly.
Pure-Python work (a book's search index, its conversions, the worker's start) needs no block:
ended anywhere in it, a thread unwinds no C++."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

END_WAIT_S = 1.0
"""The most a closed window's process waits for PySide work under way: an emit takes
microseconds; the page's modules, the longest such work, about 190 ms of imports (more on a
loaded machine). Past it the interpreter ends all the same (the risk of before, not a hang)."""

_state = threading.Condition()
_working = 0
_ended = False


@contextmanager
def pyside_work() -> Iterator[None]:
    """Work inside PySide in a daemon thread, which the interpreter's end waits for; once it
    ends (end_pyside_work), a daemon thread waits here for good. Other threads pass: the
    interpreter waits for them itself, and the main thread is the one ending it."""
    global _working
    if not threading.current_thread().daemon:
        yield
        return
    with _state:
        while _ended:
            _state.wait()  # never told: the interpreter's end stops the thread here
        _working += 1
    try:
        yield
    finally:
        with _state:
            _working -= 1
            _state.notify_all()


def end_pyside_work(timeout: float = END_WAIT_S) -> bool:
    """The application ends: no daemon thread begins PySide work from now on, and those in it
    are waited for, at most timeout seconds. Whether they all came out of it."""
    global _ended
    with _state:
        _ended = True
        return _state.wait_for(lambda: _working == 0, timeout)
