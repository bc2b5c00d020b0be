"""Slow work off the window's thread; its result comes back to the GUI thread through a queued
signal, so the window never waits.

The heavy analysis of reader.core.analysis (a book's views, jieba's words, key terms) runs in
a worker process: a thread would share the interpreter lock with the window, which then froze
for seconds while a book was analysed. One worker serves every window of this Reader. It is
started on the first job ("spawn": a fresh interpreter, never a fork of a process with Qt in
it), kept while there is work and for WORKER_IDLE_SECONDS after (jieba's dictionary loads in
half a second, and then holds 70 MB), and shut down when the application quits. Results come
back compact (reader.core.analysis_codec), so taking them in costs the window next to nothing.

When the worker cannot start, or dies, a job runs in a thread of this process instead and the
caller is told why: nothing is lost, only the window is slower. Other slow work (indexing for
find) runs in a thread, as before."""

from __future__ import annotations

import contextlib
import os
import pickle
import sys
import threading
from collections.abc import Callable
from concurrent.futures import CancelledError, Future
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Signal

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor

BACKGROUND_CHARS = 20_000
"""A longer document's views are made in the worker (converting 20,000 characters takes
about 40 ms here); a shorter one's on the window's thread, at once."""
WORKER_IDLE_SECONDS = 120.0
"""An idle worker is stopped after this long, giving back its memory (jieba's 70 MB); the next
job starts one, off the window's thread, and a document analysed before needs no jieba then."""
PREPARE_BYTES = 1024 * 1024
"""A file this large is read and outlined in the worker before it opens (Background.prepare)."""
PREPARE_COMPRESSED = 64 * 1024
"""A compressed file (COMPRESSED_FORMATS) this large is read in the worker too."""
COMPRESSED_FORMATS = ("docx", "epub", "pdf")
MAX_STARTS = 3
"""After this many workers failed to start or died, jobs run in threads for the rest of the run."""
WORKER_IN_BUNDLE = False
"""A stand-alone bundle (PyInstaller) starts a worker only once its entry point calls
multiprocessing.freeze_support(): without it the worker would be a second Reader."""


class WorkerUnavailable(Exception):
    """No worker process can take a job now (the message says why)."""


class _Worker:
    """The one analysis process of this Reader. Thread-safe: jobs finish on the executor's
    own thread."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._pool: ProcessPoolExecutor | None = None
        self._running = 0
        self._idle: threading.Timer | None = None
        self._closing = False
        self.failures = 0
        self.reason = ""
        self._sends: list[Callable[[], object]] = []
        self._sending = False
        self._sends_lock = threading.Lock()

    @property
    def closing(self) -> bool:
        return self._closing

    def pid(self) -> int | None:
        """The worker's process id, once it runs (for the benchmark and tests)."""
        pool = self._pool
        processes = getattr(pool, "_processes", None) or {}
        return next(iter(processes), None)

    def running(self) -> bool:
        """Whether the worker process is up and no job waits to be sent from a thread: a job
        sent now goes to the worker at once, starting nothing."""
        with self._sends_lock:
            return self.pid() is not None and not self._sending

    def send_soon(self, send: Callable[[], object]) -> None:
        """send() in a thread, after those asked for before: a job that starts the worker is
        sent from there (spawning its process and the pool's helpers waits 15-35 ms for them,
        which held the window's thread just after a page's first paint at launch)."""
        with self._sends_lock:
            self._sends.append(send)
            if self._sending:
                return
            self._sending = True
        threading.Thread(target=self._send_waiting, daemon=True).start()

    def _send_waiting(self) -> None:
        failure: BaseException | None = None
        while True:
            with self._sends_lock:
                if not self._sends:
                    self._sending = False
                    break
                send = self._sends.pop(0)
            try:
                send()
            except Exception as exc:  # noqa: BLE001 - the jobs after it are still sent
                failure = failure or exc
        if failure is not None:
            raise failure  # said by threading's excepthook

    def submit(self, fn: Callable, *args) -> Future:
        """Hand a job to the worker, starting it if need be. Raises WorkerUnavailable."""
        with self._lock:
            if self._closing:
                raise WorkerUnavailable("the application is quitting")
            if os.environ.get("READER_NO_WORKER"):
                raise WorkerUnavailable("READER_NO_WORKER is set")
            if self.failures >= MAX_STARTS:
                raise WorkerUnavailable(self.reason)
            if getattr(sys, "frozen", False) and not WORKER_IN_BUNDLE:
                raise WorkerUnavailable("a bundle without a worker")
            if self._idle is not None:
                self._idle.cancel()
                self._idle = None
            try:
                if self._pool is None:
                    self._pool = self._start()
                future = self._pool.submit(fn, *args)
            except (OSError, RuntimeError, ValueError, ImportError) as exc:  # BrokenProcessPool is a RuntimeError
                self._lost(f"{type(exc).__name__}: {exc}")
                raise WorkerUnavailable(self.reason) from exc
            self._running += 1
        future.add_done_callback(self._finished)
        return future

    def _start(self) -> ProcessPoolExecutor:
        # imported here, not at start-up: multiprocessing costs the window's launch 10 ms
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        from reader.core.analysis import worker_init

        return ProcessPoolExecutor(
            1, mp_context=multiprocessing.get_context("spawn"), initializer=worker_init, initargs=(os.getpid(),)
        )

    def _finished(self, _future: Future) -> None:
        with self._lock:
            self._running -= 1
            if self._running == 0 and self._pool is not None and not self._closing:
                self._let_go_of_last_job()
                self._idle = threading.Timer(WORKER_IDLE_SECONDS, self._stop_idle)
                self._idle.daemon = True
                self._idle.start()

    def _let_go_of_last_job(self) -> None:
        """The pool's feeder thread keeps the last call it pickled until it sends the next one:
        after a burst of jobs, the book's text as UTF-8 (2.7 MB of this process for 红楼梦, 15 MB
        for a 5 M-character book). A call of a few bytes (ping, not counted as a job) takes its
        place."""
        from reader.core.analysis import ping

        with contextlib.suppress(Exception):  # a pool shutting down or broken: nothing is kept then
            self._pool.submit(ping)

    def _stop_idle(self) -> None:
        with self._lock:
            if self._running or self._pool is None:
                return
            pool, self._pool, self._idle = self._pool, None, None
        pool.shutdown(wait=False)

    def lost(self, reason: str) -> None:
        """The worker died (a job's future says so): the next job starts another."""
        with self._lock:
            self._lost(reason)

    def _lost(self, reason: str) -> None:
        self.failures += 1
        self.reason = reason
        pool, self._pool = self._pool, None
        if pool is not None:
            with contextlib.suppress(Exception):
                pool.shutdown(wait=False, cancel_futures=True)

    def shutdown(self) -> None:
        """Stop the worker now: cancel what waits, end what runs (its result is not wanted)."""
        with self._lock:
            self._closing = True
            if self._idle is not None:
                self._idle.cancel()
            pool, self._pool = self._pool, None
        if pool is None:
            return
        for process in list((getattr(pool, "_processes", None) or {}).values()):
            with contextlib.suppress(Exception):
                process.terminate()
        with contextlib.suppress(Exception):
            pool.shutdown(wait=True, cancel_futures=True)

    def reopen(self) -> None:
        """Allow jobs again after shutdown (tests; a new QApplication)."""
        with self._lock:
            self._closing = False
            self.failures = 0
            self.reason = ""


WORKER = _Worker()


def import_worker_modules() -> None:
    """Import what starting the worker imports (multiprocessing and the process pool, ~20 ms),
    from a thread, ahead of the first job: that job starts the worker on the window's thread,
    just after a page's first paint, which these imports would hold."""
    import concurrent.futures.process  # noqa: F401
    import multiprocessing.queues  # noqa: F401
    import multiprocessing.resource_tracker  # noqa: F401
    import multiprocessing.spawn  # noqa: F401
    import multiprocessing.synchronize  # noqa: F401

    if os.name == "posix":
        import multiprocessing.popen_spawn_posix  # noqa: F401


def shutdown_worker() -> None:
    """Stop the analysis worker (the application quits)."""
    WORKER.shutdown()


def _worker_failure(exc: BaseException) -> bool:
    """A failure of the worker's, not of the job's (the job is then run again in a thread)."""
    from concurrent.futures.process import BrokenProcessPool

    return isinstance(exc, BrokenProcessPool | pickle.PicklingError)


class _Relay(QObject):
    """Carries a result from a worker's thread to the GUI thread. One for the application,
    never deleted: emitting on a window's own object from another thread while that window
    is being destroyed crashes Qt (a segfault, not a RuntimeError), and the worker process
    outlives windows (a job of a closed window may finish at any time)."""

    deliver = Signal(object, object)


_RELAY: _Relay | None = None


def _relay() -> _Relay:
    global _RELAY
    if _RELAY is None:  # made on the GUI thread (by the first Background): it lives there
        _RELAY = _Relay()
        _RELAY.deliver.connect(lambda callback, value: callback(value))
        app = QCoreApplication.instance()
        if app is not None:
            # the worker is stopped with the event loop: at interpreter exit Python would wait
            # for a running job (connected here, on the GUI thread: the worker may start in another)
            app.aboutToQuit.connect(shutdown_worker)
    return _RELAY


class Background(QObject):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._relay = _relay()

    def _emit(self, callback, value) -> None:
        """callback(value) on the GUI thread, unless this Background is gone by then (its
        window closed while the work ran): the check runs there, where nothing deletes it
        in between."""

        def deliver(value, owner=self) -> None:
            if shiboken6.isValid(owner):
                callback(value)

        try:
            self._relay.deliver.emit(deliver, value)
        except RuntimeError:
            # the application is finishing: Python's exit deleted the relay while a daemon
            # thread's work ran on (the bundle's smoke test printed "Signal source has been
            # deleted" from such a thread); nothing is left to deliver the result to
            pass

    def run(
        self,
        work: Callable[[], object],
        done: Callable[[object], None],
        failed: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Run work() in a thread of this process; done(result) or failed(exc) on the GUI thread."""

        def target() -> None:
            try:
                result = work()
            except Exception as exc:  # noqa: BLE001 - handed to the GUI thread, not lost
                self._emit(failed or _reraise, exc)
                return
            self._emit(done, result)

        threading.Thread(target=target, daemon=True).start()

    def analyse(
        self,
        job: Callable,
        args: tuple,
        done: Callable[[object], None],
        failed: Callable[[BaseException], None] | None = None,
        fell_back: Callable[[str], None] | None = None,
    ) -> Future | None:
        """Run job(*args) (a function of reader.core.analysis) in the worker process;
        done(result) or failed(exc) on the GUI thread. When there is no worker, or it dies
        on the job, the job runs in a thread instead and fell_back(reason) is told first, on
        the GUI thread. Returns the job's future (None when the job went to a thread); when
        the worker is not up yet, it is started from a thread and the job sent from there (the
        window's thread never waits for a process to start)."""

        def in_thread(reason: str) -> None:
            if fell_back is not None:
                self._emit(fell_back, reason)
            self.run(lambda: job(*args), done, failed)

        def settled(f: Future) -> None:  # on the executor's thread
            if WORKER.closing:
                return
            try:
                result = f.result()
            except CancelledError:
                return  # cancelled: nobody waits for it
            except Exception as exc:  # noqa: BLE001 - for the GUI thread, not lost
                if _worker_failure(exc):
                    reason = f"{type(exc).__name__}: {exc}"
                    WORKER.lost(reason)
                    in_thread(reason)
                else:  # the job's own error
                    self._emit(failed or _reraise, exc)
                return
            self._emit(lambda value: (done(value), _give_back_memory()), result)

        def send() -> Future | None:
            try:
                future = WORKER.submit(job, *args)
            except WorkerUnavailable as exc:
                in_thread(str(exc))
                return None
            future.add_done_callback(settled)
            return future

        if WORKER.running():
            return send()
        # the worker is started (or the job waits behind one that starts it) from a thread;
        # the future returned stands for the job: cancelled before it is sent, it is not sent
        standing = Future()

        def send_unless_cancelled() -> None:
            if not standing.set_running_or_notify_cancel():
                return
            future = send()
            if future is None:  # run in a thread of this process: done() is told all the same
                standing.set_result(None)
            else:
                future.add_done_callback(lambda f: _settle(standing, f))

        WORKER.send_soon(send_unless_cancelled)
        return standing

    def prepare(self, path: Path | str, data_dir: Path, then: Callable[[object], None], always: bool = False) -> None:
        """Before opening a long file: read it, outline it and take its fingerprint in the
        worker, keeping them in the cache, then call then(document) on the GUI thread with
        the Document read, or then(error) with the DocumentError saying why it cannot be: the
        window never reads it a second time. Opening it there is then a matter of tens of
        milliseconds, not half a second of outline and MinHash that froze the window. A short
        file: then(None) at once, and the window reads it itself. A compressed file (Word,
        EPUB, PDF) goes to the worker from PREPARE_COMPRESSED bytes on: what it expands to is
        bounded (reader.core.formats.limits) but not by its size alone. `always`: whatever its
        size (a document opened beside another while the window compares them)."""
        from reader.core.document import DocumentError
        from reader.core.formats import format_of

        try:
            size = Path(path).stat().st_size
        except OSError:
            size = 0
        compressed = format_of(path) in COMPRESSED_FORMATS and size >= PREPARE_COMPRESSED
        if not (always or compressed or size >= PREPARE_BYTES):
            then(None)
            return
        from reader.core.analysis import prepare_path
        from reader.core.analysis_cache import cache_folder

        self.analyse(
            prepare_path,
            (str(path), str(cache_folder(data_dir))),
            then,
            lambda exc: then(exc if isinstance(exc, DocumentError) else None),
        )


def _settle(standing: Future, future: Future) -> None:
    """The future handed out for a job sent from a thread ends as the worker's did."""
    if future.cancelled():
        standing.set_exception(CancelledError())
    elif future.exception() is not None:
        standing.set_exception(future.exception())
    else:
        standing.set_result(future.result())


def _give_back_memory() -> None:
    from reader.core.analysis import give_back_memory

    give_back_memory()


def _reraise(exc: BaseException) -> None:
    raise exc
