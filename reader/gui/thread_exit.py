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

END_WAIT_S = 10.0
"""The most a closed window's process waits for PySide work under way: an emit takes
microseconds; the page's modules, the longest such work, about 190 ms of imports on a quiet
machine and over 1 s at a load of 10 (where a 1 s wait was outrun and the process ended with
SIGSEGV). The window is gone by then, so a longer wait costs nobody a look at a frozen window;
past it the interpreter ends all the same (the risk of before, not a hang)."""


class Gate:
    """Work inside PySide that an ending must wait for (the process has one: _GATE; a test
    makes its own, so no thread of the process's is held by a test's ending)."""

    def __init__(self) -> None:
        self._state = threading.Condition()
        self._working = 0
        self._ended = False

    @contextmanager
    def work(self) -> Iterator[None]:
        """Work inside PySide in a daemon thread, which the interpreter's end waits for; once
        it ends (end), a daemon thread waits here for good. Other threads pass: the
        interpreter waits for them itself, and the main thread is the one ending it."""
        if not threading.current_thread().daemon:
            yield
            return
        with self._state:
            while self._ended:
                self._state.wait()  # never told: the interpreter's end stops the thread here
            self._working += 1
        try:
            yield
        finally:
            with self._state:
                self._working -= 1
                self._state.notify_all()

    def end(self, timeout: float = END_WAIT_S) -> bool:
        """The application ends: no daemon thread begins PySide work from now on, and those in
        it are waited for, at most timeout seconds. Whether they all came out of it."""
        with self._state:
            self._ended = True
            return self._state.wait_for(lambda: self._working == 0, timeout)

    def under_way_at_end(self) -> int:
        """How many blocks are under way once the application has begun to end (0 before it
        has): what its end waits for, which a test sees without timing it."""
        with self._state:
            return self._working if self._ended else 0


_GATE = Gate()
pyside_work = _GATE.work
end_pyside_work = _GATE.end
under_way_at_end = _GATE.under_way_at_end
