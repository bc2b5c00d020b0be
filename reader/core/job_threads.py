"""Which thread of the worker runs a job, by whether the reader waits for it, and how a
background job makes way for a job the reader waits for.

The worker is below the window in the scheduler's eyes (nice BACKGROUND_NICE), so a busy
machine gives the window its turn first. But a job the reader waits for (a book's preparing,
its switch to another script, the pinyin turned on: reader.core.worker_process's urgent jobs)
then ran niced as well, and with both cores busy took several times as long. A process cannot
lower its nice value again without privilege (CAP_SYS_NICE, or an RLIMIT_NICE above the
default). On Linux, though, the nice value is each thread's own: the worker's main thread
keeps the window's and runs the urgent jobs; the background jobs run in one thread that niced
itself once. What a job starts inherits its thread's value: the threads it starts, and the
helpers it forks (reader.core.forked), each a step lower again (forked.HELPER_NICE: a switch's
helper beside its conversion took the core the window waited for).

An urgent job does not wait for the background job running (a book's words, its terms, the
library's indexing of it: seconds): it starts at once in the main thread, and the background
job makes way at its next step (give_way: between the pieces jieba cuts, the pieces a view is
converted in, the chunks indexed), paused until no urgent job runs. The two threads share one
interpreter, so a background job merely niced would still take every other turn of it from the
urgent one. Background jobs run one at a time, urgent ones one at a time, in the order sent.

Elsewhere (macOS's setpriority and Windows's priority classes are the whole process's) the
whole worker is niced, as before; a background job makes way for an urgent one all the same.

A job may fork a helper (reader.core.forked) while another thread of the worker works: the
helper's copy of a lock that thread held stays held for ever. A switch's conversion forked
while jieba's dictionary loaded under reader.core.words' lock (the thread a book's preparing
starts): its helper waited for that lock for ever, and so did the switch (load 12; seen in the
suite, the helper's stack read with gdb). So a helper is forked only when every other thread
that works here (at_work: the worker's loop, its background jobs, the threads its jobs start)
stands where it holds nothing a helper needs: making way, waiting for a job or for its own
helper (fork_gate); else the work is done in the thread that asked, as it would without a
second core."""

from __future__ import annotations

import os
import queue
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

BACKGROUND_NICE = 10
FORK_WAIT = 0.2
"""Seconds a thread waits for the others to stand still before it forks a helper (fork_gate):
the background job's steps are ~25 ms on a quiet core; on a busy machine the work is done in
the thread that asked instead (the second core is taken then anyway)."""


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


class _Way:
    """Whether an urgent job runs, and the background thread that makes way for it."""

    def __init__(self) -> None:
        self.urgent = 0  # urgent jobs running; read without the lock by give_way, first
        self.background: int | None = None  # the thread id of the background jobs
        self.paused = 0.0  # seconds the background thread has made way, in all
        self.working: set[int] = set()  # threads at work now (at_work), which may hold a lock
        self.cond = threading.Condition(threading.Lock())


_way = _Way()


def _forked() -> None:
    # a helper forked while an urgent job ran (by either thread) has no urgent job of its own
    # to wait for, and its lock may have been held at the fork
    global _way
    _way = _Way()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forked)


MOST_PAUSE = 3.0
"""Seconds a thread that makes way while told to (make_way_while) waits at one give_way at most:
a reader who never stops typing does not hold its work for ever."""

_told: dict[int, Callable[[], float]] = {}  # thread id → seconds it is still to wait (make_way_while)


def make_way_while(wait: Callable[[], float] | None) -> None:
    """From now on the calling thread, at each give_way, waits while wait() (any thread may ask
    it) says how many seconds it is still to wait: the window's housekeeping thread, while the
    reader acts (reader.gui.housekeeping). wait=None: no longer. Its work must call give_way
    only where it holds no lock another thread may want: OpenCC's tables, loaded under
    reader.core.scripts' lock, held every conversion of the window's (its preview, find's
    query) while the loading waited for the reader to stop."""
    if wait is None:
        _told.pop(threading.get_ident(), None)
    else:
        _told[threading.get_ident()] = wait


def _told_to_wait(wait: Callable[[], float]) -> None:
    end = time.perf_counter() + MOST_PAUSE
    while (left := min(wait(), end - time.perf_counter())) > 0:
        time.sleep(min(left, 0.02))


def give_way() -> None:
    """Called by long work between its steps: in the worker's background thread, wait while an
    urgent job runs; in a thread that makes way while told to (make_way_while), while it is
    told; anywhere else (the window, a test, an urgent job) nothing. Costs an attribute read
    or two when there is nothing to make way for."""
    if _told and (wait := _told.get(threading.get_ident())) is not None:
        _told_to_wait(wait)
    way = _way
    if not way.urgent or threading.get_ident() != way.background:
        return
    start = time.perf_counter()
    with way.cond, _standing(way):
        while way.urgent:
            way.cond.wait()
    way.paused += time.perf_counter() - start


def _stand(way: _Way) -> bool:
    """This thread stands still from now (under way.cond): whether it was at work."""
    me = threading.get_ident()
    was = me in way.working
    way.working.discard(me)
    way.cond.notify_all()
    return was


@contextmanager
def _standing(way: _Way) -> Iterator[None]:
    """This thread stands still (holds nothing a helper needs) until the block ends: another
    may fork meanwhile. Entered and left under way.cond."""
    was = _stand(way)
    try:
        yield
    finally:
        if was:
            way.working.add(threading.get_ident())


@contextmanager
def at_work() -> Iterator[None]:
    """This thread works until the block ends, and may take locks meanwhile: no other thread
    forks a helper then (fork_gate). Entered holding no lock; nested, the outer block counts."""
    way, me = _way, threading.get_ident()
    with way.cond:
        if me in way.working:
            nested = True
        else:
            nested = False
            way.working.add(me)  # waits while another thread forks
    try:
        yield
    finally:
        if not nested:
            with way.cond:
                way.working.discard(me)
                way.cond.notify_all()


@contextmanager
def standing_still() -> Iterator[None]:
    """This thread waits for something, holding no lock (its own helper's answer): another
    thread may fork meanwhile."""
    way = _way
    with way.cond:
        was = _stand(way)
    try:
        yield
    finally:
        if was:
            with way.cond:  # waits while another thread forks
                way.working.add(threading.get_ident())


@contextmanager
def fork_gate(wait: float | None = None) -> Iterator[bool]:
    """Whether this thread may fork a helper now: every other thread at work (at_work) stands
    still, and, in the background thread, no urgent job runs. Waits up to `wait` seconds
    (FORK_WAIT), this thread standing still meanwhile; True is kept true until the block ends
    (fork inside it)."""
    way, me = _way, threading.get_ident()
    wait = FORK_WAIT if wait is None else wait

    def quiet() -> bool:
        return not (way.working - {me}) and not (way.urgent and me == way.background)

    with way.cond:
        with _standing(way):
            free = way.cond.wait_for(quiet, wait)
        yield free


def paused_seconds() -> float:
    """How long this process's background jobs have made way for urgent ones (tests, benchmarks)."""
    return _way.paused


class JobThreads:
    """Runs each job in the thread its urgency asks for (see the module's docstring)."""

    def __init__(self) -> None:
        self.per_thread = per_thread_nice()
        self._jobs: queue.SimpleQueue = queue.SimpleQueue()
        self._thread: threading.Thread | None = None

    def start(self, job: Callable[[], object], urgent: bool, then: Callable[[bool, object], None]) -> None:
        """Run job(), then then(True, its result) or then(False, its exception). Urgent: now, in
        this thread, the background job running making way meanwhile; else in the background
        thread, after the background jobs before it (this thread goes on at once)."""
        if not urgent:
            if self._thread is None:
                self._thread = threading.Thread(target=self._background, name="reader-background-jobs", daemon=True)
                self._thread.start()
            self._jobs.put((job, then))
            return
        way = _way
        with way.cond:
            way.urgent += 1
        try:
            ok, value = _outcome(job)
        finally:
            with way.cond:
                way.urgent -= 1
                way.cond.notify_all()
        then(ok, value)

    def finish(self) -> None:
        """Wait for the background jobs given before (the worker ends)."""
        if self._thread is not None:
            self._jobs.put(None)
            self._thread.join()
            self._thread = None

    def _background(self) -> None:
        if self.per_thread:
            nice_this_thread()
        way = _way
        way.background = threading.get_ident()
        while (item := self._jobs.get()) is not None:
            job, then = item
            with way.cond:
                while way.urgent:  # a job not yet begun makes way as well
                    way.cond.wait()
                way.working.add(way.background)
            try:
                then(*_outcome(job))
            finally:
                with way.cond:
                    way.working.discard(way.background)
                    way.cond.notify_all()
            del item, job, then
        way.background = None


def _outcome(job: Callable[[], object]) -> tuple[bool, object]:
    try:
        return True, job()
    except BaseException as exc:  # noqa: BLE001 - handed to whoever waits for the job
        return False, exc


def reraise(exc: BaseException) -> None:
    """Raise a job's failure in the thread that takes it in: the default `failed` of work done
    in another thread (the window's housekeeping and threads, reader.gui), and the job a worker
    could not unpickle, failed in the thread that runs jobs (reader.core.worker_loop)."""
    raise exc
