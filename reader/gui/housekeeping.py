"""The window's own background work, one task at a time, in one thread, when the window is idle.

What the window does for itself beside a book (its word boundaries held as gaps, the page
texts kept as their changes, the previews' converters loaded) is Python: a thread doing it
shares the interpreter with the window's thread, which waits for it at each call from Qt into
Python (a timer, a paint, a key) while that thread runs. Run as a thread each, they came at
once when a book's words arrived, beside the worker's reading and the page's first paint, and
opening 红楼梦 stalled the window 37-453 ms with only 21-31 ms of its own work (issue 32).

Here they wait in one queue: a task is handed to the one housekeeping thread only after a page
has been painted (`open()`), when the window's event loop is on time (a timer that fires late
says the window was busy: it is asked again), and the next only after the last one's result
has been taken in on the window's thread. None of them stays in one call into C for more than
a few ms (tests/core/test_interpreter_holds.py), so the window's thread waits at most a switch
interval (reader.app.SWITCH_INTERVAL) at a time.

Nor is a task handed over while the reader acts: for HOLD_MS after a key or a click
(`hold_off`), nor while what the reader asked for is on its way (`hold_while`: a
script switch until the page shows it, a find until its hits are marked). Its answer comes in
turns of the window's that a task beside them would make wait: for the interpreter at each
call from Qt into Python, and for a core (a switch of 红楼梦 stalled 74-96 ms with 36-44 ms of
the window's own time). A task waits so at most MOST_WAIT_MS, as for an idle turn. A task
already running when the reader presses a key or clicks makes way too, at its next step (the
steps of long work call reader.core.job_threads.give_way, where they hold no lock: a book's
word gaps, its page texts' changes, the tree's preview labels, OpenCC's tables built for the
previews, outside the conversions' lock): it waits until HOLD_MS after the last key or click, at
most job_threads.MOST_PAUSE at a time.

A running task makes way for the window's own work as well: at each step it waits while the
window's thread is at work (_WindowWatch: it ran or waited for a core over more than BUSY_SHARE
of the time since the last look; or a timer of its, ticking while a task runs, is late), as for
a key. A task handed over in an idle moment went on beside
the turns that came next (a book's page typeset in slices, its words taken in, a paint), each
of their calls into Python waiting for the interpreter: opening 红楼梦, the previews' OpenCC
tables took 343 ms of the housekeeping thread's CPU while the window worked (issue 32)."""

from __future__ import annotations

import os
import queue
import threading
import time
import weakref
from collections import deque
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal

from reader.core.job_threads import make_way_while, reraise
from reader.gui.thread_exit import pyside_work

IDLE_MS = 40
"""A task is handed over once a timer of this long fires on time: the window had no turn longer."""
LATE_MS = 15
"""A timer firing later than this behind its time: the window was busy; ask again."""
HOLD_MS = 200
"""After the reader's key or click, no task is handed over for this long: the turns that
answer it come first."""
MOST_WAIT_MS = 3000
"""A task waits for an idle window at most this long: on a machine so loaded that every timer
comes late, it would never run (a book's word boundaries kept whole, its converters cold)."""
BUSY_SHARE = 0.25
"""The window's thread is at work when it ran, or waited for a core to run, more than this share
of the wall time since the housekeeping thread last looked (idle, it wakes for timers and paints
now and then: a few per cent)."""
LOOK_AGAIN_S = 0.002
"""A task making way for the window's work looks again after this long."""
TICK_MS = 10
"""While a task runs, a timer of the window's ticks this often; a tick later than LATE_TICK_MS
says the window's thread is in a long turn, or waits for the interpreter, which the kernel's
figures (_WindowWatch) do not show: a thread waiting for the interpreter sleeps."""
LATE_TICK_MS = TICK_MS + 5


class _WindowWatch:
    """Whether the window's thread has been at work since the last look (asked from the
    housekeeping thread at each step of a task: give_way): its time on a core and waiting for
    one, from the kernel (Linux: on a loaded machine the window's turn mostly waits for a core,
    and its CPU time alone said it was idle). Elsewhere never. Made on the window's thread."""

    def __init__(self) -> None:
        self._fd: int | None = None
        try:
            self._fd = os.open("/proc/thread-self/schedstat", os.O_RDONLY)
        except OSError:
            return
        weakref.finalize(self, os.close, self._fd)
        self._last = (time.perf_counter(), self._spent())

    def _spent(self) -> int:
        """Nanoseconds the window's thread has run and waited for a core."""
        ran, waited, *_ = os.pread(self._fd, 100, 0).split()
        return int(ran) + int(waited)

    def at_work(self) -> bool:
        if self._fd is None:
            return False
        try:
            now, spent = time.perf_counter(), self._spent()
        except (OSError, ValueError):  # the window's thread is gone (the application ends)
            return False
        before, spent_before = self._last
        self._last = (now, spent)
        return (spent - spent_before) / 1e9 > BUSY_SHARE * (now - before)


class Housekeeping(QObject):
    """A queue of (work, done, failed): work() in the housekeeping thread, then done(result) or
    failed(exc) on the window's thread; one at a time, in the order asked, once the window has
    shown a page and is idle."""

    _finished = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self._tasks: deque[tuple[Callable[[], object], Callable, Callable | None, object]] = deque()
        self._handed: queue.SimpleQueue = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._busy = False
        self._open = False
        self._armed_at = 0.0
        self._waiting_since: float | None = None  # when the next task first waited for an idle turn
        self._quiet_until = 0.0  # the reader acted: nothing handed over before this (perf_counter)
        self._holds: list[tuple[float, Callable[[], bool]]] = []  # (since, what the reader waits for)
        self._timer = QTimer(self, singleShot=True, interval=IDLE_MS, timeout=self._hand_next)
        self._window = _WindowWatch()  # made on the window's thread, read from the housekeeping one
        self._tick = QTimer(self, interval=TICK_MS, timeout=self._ticked)  # while a task runs
        self._ticked_at = time.perf_counter()  # read from the housekeeping thread
        self._finished.connect(self._took_in)  # a queued connection: the task's thread emits

    @property
    def busy(self) -> bool:
        """A task is running or waiting."""
        return self._busy or bool(self._tasks)

    def open(self) -> None:
        """A page has been painted: tasks may run from now on (called after a page's paint)."""
        self._open = True
        self._arm()

    def hold_off(self, ms: float = HOLD_MS) -> None:
        """The reader acts (a key, a click, a step to the next hit): no task is handed over for ms."""
        self._quiet_until = max(self._quiet_until, time.perf_counter() + ms / 1000)

    def hold_while(self, waiting: Callable[[], bool]) -> None:
        """No task is handed over while waiting() holds (what the reader asked for is on its way;
        asked at each turn a task would be handed over in), for at most MOST_WAIT_MS: dropped
        once false, or raising (its owner gone), or that old (a switch that never ends)."""
        now = time.perf_counter()
        self._holds = [*self._still_held(now), (now, waiting)]

    def _held(self, now: float) -> bool:
        """Whether the reader acted a moment ago or waits for something."""
        self._holds = self._still_held(now)
        return now < self._quiet_until or bool(self._holds)

    def _still_held(self, now: float) -> list[tuple[float, Callable[[], bool]]]:
        kept = []
        for since, waiting in self._holds:
            try:
                holding = (now - since) * 1000 < MOST_WAIT_MS and waiting()
            except Exception:  # noqa: BLE001 - what it asks of is gone (a window deleted): no longer
                holding = False
            if holding:
                kept.append((since, waiting))
        return kept

    def run(self, work: Callable[[], object], done: Callable[[object], None], failed=None, owner=None) -> None:
        """Queue work(); done(result) or failed(exc) on the window's thread after it. `owner`:
        what the task is for (a tab's reading, its page), whose drop() takes it out of the queue."""
        self._tasks.append((work, done, failed, owner))
        self._arm()

    def drop(self, *owners: object) -> None:
        """The tasks waiting for these owners are not wanted (their tab closed): out of the queue,
        never run. They held the closed book (its words, its texts) until their turn came, and
        then spent the window's idle time on it. A task already running runs to its end."""
        self._tasks = deque(task for task in self._tasks if not any(task[3] is owner for owner in owners))

    def _arm(self) -> None:
        if self._open and not self._busy and self._tasks and not self._timer.isActive():
            self._armed_at = time.perf_counter()
            if self._waiting_since is None:
                self._waiting_since = self._armed_at
            self._timer.start()

    def _hand_next(self) -> None:
        now = time.perf_counter()
        late_ms = (now - self._armed_at) * 1000 - IDLE_MS
        waited_ms = (now - (self._waiting_since or now)) * 1000
        # the window was busy a while ago, or the reader acts: once more
        if waited_ms < MOST_WAIT_MS and (late_ms > LATE_MS or self._held(now)):
            self._arm()
            return
        if self._busy or not self._tasks:
            return
        self._busy = True
        self._ticked()
        self._tick.start()
        self._waiting_since = None
        if self._thread is None:
            self._thread = threading.Thread(target=self._serve, name="reader-housekeeping", daemon=True)
            self._thread.start()
        self._handed.put(self._tasks.popleft()[:3])

    def _making_way(self) -> float:
        """Seconds the task running is still to make way: for the reader's last key or click, or
        a moment more while the window's thread works (asked in the housekeeping thread, at each
        step of its work: give_way)."""
        now = time.perf_counter()
        late = (now - self._ticked_at) * 1000 > LATE_TICK_MS
        return max(self._quiet_until - now, LOOK_AGAIN_S if late or self._window.at_work() else 0.0)

    def _serve(self) -> None:
        make_way_while(self._making_way)
        while True:
            work, done, failed = self._handed.get()
            try:
                outcome = (done, work())
            except Exception as exc:  # noqa: BLE001 - handed to the window's thread, not lost
                outcome = (failed or reraise, exc)
            try:
                with pyside_work():  # the interpreter's end waits for it (reader.gui.thread_exit)
                    self._finished.emit(outcome)
            except RuntimeError:
                return  # the application is finishing: nothing is left to take it in
            # let go of the task while waiting for the next: its work may hold a book's text
            # (a page text made whole, 1.6 MB of 红楼梦), kept until the next task came
            work = done = failed = outcome = None

    def _ticked(self) -> None:
        self._ticked_at = time.perf_counter()

    def _took_in(self, outcome: tuple[Callable, object]) -> None:
        self._busy = False
        self._tick.stop()
        callback, value = outcome
        try:
            callback(value)
        finally:
            self._arm()


_housekeeping: Housekeeping | None = None


def housekeeping() -> Housekeeping:
    """The window process's one queue (made on first use, on the window's thread)."""
    global _housekeeping
    if _housekeeping is None or not shiboken6.isValid(_housekeeping):
        _housekeeping = Housekeeping()
    return _housekeeping
