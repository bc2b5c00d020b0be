"""Slow work off the window's thread; its result comes back to the GUI thread through a queued
signal, so the window never waits.

The heavy analysis of reader.core.analysis (a book's views, jieba's words, key terms) runs in
a worker process: a thread would share the interpreter lock with the window, which then froze
for seconds while a book was analysed. One worker serves every window of this Reader. It is
started on the first job (reader.core.worker_process: a fresh interpreter, never a fork of a
process with Qt in it). Once a burst of jobs is over, a worker that grew is ended and a fresh
one started in its place (REPLACE_SECONDS), the only way its memory comes back whole; an idle
worker is stopped after WORKER_IDLE_SECONDS, and the worker is shut down when the application
quits. Results come back compact (reader.core.analysis_codec), so taking them in costs the
window next to nothing.

When the worker cannot start, or dies, a job runs in a thread of this process instead and the
caller is told why: nothing is lost, only the window is slower. Other slow work (indexing for
find) runs in a thread, as before."""

from __future__ import annotations

import contextlib
import os
import sys
import threading
from collections.abc import Callable
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Signal

from reader.core.job_threads import reraise
from reader.gui.thread_exit import pyside_work

if TYPE_CHECKING:
    from concurrent.futures import Future
    from types import ModuleType

    from reader.core.worker_process import WorkerProcess

BACKGROUND_CHARS = 20_000
"""A longer document's views are made in the worker (converting 20,000 characters takes
about 40 ms here); a shorter one's on the window's thread, at once."""
WORKER_IDLE_SECONDS = 120.0
"""An idle worker is stopped after this long; the next job starts one, off the window's thread,
and a document analysed before needs no jieba then."""
REPLACE_SECONDS = 1.0
"""A worker with no job for this long, grown past REPLACE_ABOVE_MB, is ended and a fresh one
started in its place: jobs come in bursts (a document opened: its words, then its terms). The
worker gives back jieba's dictionary and the documents it kept by itself after its own idle
second (reader.core.analysis.RELEASE_SECONDS), even while a library job runs on, which keeps a
conversion that follows soon after from running beside them; but released inside it they left
it at 89-98 MB after 红楼梦 (its small-object heap fragmented: 51 blocks of 1 MB holding 25
MB), and a fresh worker holds 23 MB. The next job finds it started (0.25-0.35 s, while the
window was idle); a later cut loads the dictionary again in 0.2-0.3 s, and views and words come
from the disk cache in milliseconds."""
REPLACE_ABOVE_MB = 40
"""A worker holding no more than this when idle is kept as it is (a fresh one holds 23 MB; one
that has read the library's catalogue a few more): replacing it would give back nothing."""
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
    """The one analysis process of this Reader (reader.core.worker_process), and when to end it
    and start another. Thread-safe: jobs finish on the worker's courier thread."""

    def __init__(self) -> None:
        # re-entered: ending a process (_lost, under the lock) cancels the jobs waiting, whose
        # callbacks (_finished) take it again on the same thread (a Lock hung the courier)
        self._lock = threading.RLock()
        self._process: WorkerProcess | None = None
        self._running = 0
        self._timer: threading.Timer | None = None
        self._keep_for = REPLACE_SECONDS
        """How long the worker is kept as it is once idle: the last job's keep_for."""
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
        process = self._process
        return process.pid if process is not None else None

    def running(self) -> bool:
        """Whether the worker process is up and no job waits to be sent from a thread: a job
        sent now goes to the worker at once, starting nothing."""
        with self._sends_lock:
            return self.pid() is not None and not self._sending

    def send_soon(self, send: Callable[[], object]) -> None:
        """send() in a thread, after those asked for before: a job that starts the worker is
        sent from there (starting its process waited 15-35 ms with the pool it replaced,
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

    def submit(self, fn: Callable, *args, keep_for: float = 0.0, urgent: bool = False) -> Future:
        """Hand a job to the worker, starting it if need be. Raises WorkerUnavailable.
        `urgent`: sent before the background jobs waiting (WorkerProcess.submit).
        `keep_for`: how long the worker is kept as it is once idle after this job, when that is
        longer than REPLACE_SECONDS (a prepared book's words follow its open). The last job's
        counts: a deadline set by the prepare outlived the words it waited for, and the book's
        first conversion then ran in the worker holding jieba's dictionary, with a forked
        helper holding it too (615 MB for the tree against 485 MB)."""
        with self._lock:
            if self._closing:
                raise WorkerUnavailable("the application is quitting")
            if os.environ.get("READER_NO_WORKER"):
                raise WorkerUnavailable("READER_NO_WORKER is set")
            if self.failures >= MAX_STARTS:
                raise WorkerUnavailable(self.reason)
            if getattr(sys, "frozen", False) and not WORKER_IN_BUNDLE:
                raise WorkerUnavailable("a bundle without a worker")
            self._cancel_timer()
            try:
                if self._process is None:
                    self._process = self._start()
                future = self._process.submit(fn, *args, urgent=urgent)
            except (OSError, RuntimeError, ValueError) as exc:
                self._lost(f"{type(exc).__name__}: {exc}")
                raise WorkerUnavailable(self.reason) from exc
            self._running += 1
            self._keep_for = max(REPLACE_SECONDS, keep_for)
        future.add_done_callback(self._finished)
        return future

    def _start(self) -> WorkerProcess:
        # subprocess and json: not at launch; imported here, in the thread that starts the worker
        # once the first page has painted (send_soon), or in the idle timer's thread
        from reader.core.worker_process import WorkerProcess

        return WorkerProcess()

    def _cancel_timer(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None

    def _later(self, seconds: float, then: Callable[[], None]) -> None:
        self._cancel_timer()
        self._timer = threading.Timer(seconds, then)
        self._timer.daemon = True
        self._timer.start()

    def _finished(self, _future: Future) -> None:
        with self._lock:
            self._running -= 1
            if self._running == 0 and self._process is not None and not self._closing:
                self._later(self._keep_for, self._release)

    def _release(self) -> None:
        """Idle for the last job's keep_for (REPLACE_SECONDS at least): a worker that grew past
        REPLACE_ABOVE_MB is ended and a fresh one started in its place, ready for the next job;
        one that did not is kept until WORKER_IDLE_SECONDS."""
        with self._lock:
            process = self._process
            if self._running or process is None or self._closing:
                return
            if not _grown(process.pid):
                self._later(WORKER_IDLE_SECONDS, self._stop_idle)
                return
            try:
                self._process = self._start()
            except (OSError, RuntimeError, ValueError) as exc:
                self._process = None  # the next job tries again, and says so if it cannot
                self.reason = f"{type(exc).__name__}: {exc}"
            else:
                self._later(WORKER_IDLE_SECONDS, self._stop_idle)
        process.close()

    def _stop_idle(self) -> None:
        with self._lock:
            if self._running or self._process is None:
                return
            process, self._process, self._timer = self._process, None, None
        process.close()

    def lost(self, reason: str) -> None:
        """The worker died (a job's future says so): the next job starts another."""
        with self._lock:
            self._lost(reason)

    def _lost(self, reason: str) -> None:
        self.failures += 1
        self.reason = reason
        process, self._process = self._process, None
        if process is not None:
            process.terminate()

    def shutdown(self) -> None:
        """Stop the worker now: cancel what waits, end what runs (its result is not wanted)."""
        with self._lock:
            self._closing = True
            self._cancel_timer()
            process, self._process = self._process, None
        if process is None:
            return
        process.terminate()
        with contextlib.suppress(Exception):
            process.wait(timeout=5)

    def reopen(self) -> None:
        """Allow jobs again after shutdown (tests; a new QApplication)."""
        with self._lock:
            self._closing = False
            self.failures = 0
            self.reason = ""


def _grown(pid: int) -> bool:
    """Whether the worker holds more than REPLACE_ABOVE_MB resident (True where that cannot be
    read: replacing a worker that did not need it costs only its start)."""
    try:
        with open(f"/proc/{pid}/statm", "rb") as statm:
            pages = int(statm.read().split()[1])
    except (OSError, ValueError, IndexError):
        return True
    return pages * os.sysconf("SC_PAGE_SIZE") > REPLACE_ABOVE_MB * 2**20


WORKER = _Worker()


def shutdown_worker() -> None:
    """Stop the analysis worker (the application quits)."""
    WORKER.shutdown()


def _worker_failure(exc: BaseException) -> bool:
    """A failure of the worker's, not of the job's (the job is then run again in a thread)."""
    import pickle  # with the worker's module, which needs it: not before the first paint

    from reader.core.worker_process import WorkerDied

    return isinstance(exc, WorkerDied | pickle.PicklingError)


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
            with pyside_work():  # the interpreter's end waits for it (reader.gui.thread_exit)
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
                self._emit(failed or reraise, exc)
                return
            self._emit(done, result)

        threading.Thread(target=target, daemon=True).start()

    def housekeep(
        self,
        work: Callable[[], object],
        done: Callable[[object], None],
        failed: Callable[[BaseException], None] | None = None,
        owner: object = None,
    ) -> None:
        """Run work() in the window's one housekeeping thread, after the tasks before it and once
        the window has shown a page and is idle (reader.gui.housekeeping); done(result) or
        failed(exc) on the GUI thread, unless this Background is gone by then. For the window's
        own work that no one waits for: a thread each competed with the window for the
        interpreter. `owner`: the tab's reading it is for, whose close drops it if still waiting."""
        from reader.gui.housekeeping import housekeeping

        def delivered(callback):
            return lambda value, owner=self: callback(value) if shiboken6.isValid(owner) else None

        housekeeping().run(work, delivered(done), delivered(failed or reraise), owner)

    def analyse(
        self,
        job: Callable,
        args: tuple,
        done: Callable[[object], None],
        failed: Callable[[BaseException], None] | None = None,
        fell_back: Callable[[str], None] | None = None,
        keep_for: float = 0.0,
        urgent: bool = False,
    ) -> Future | None:
        """Run job(*args) (a function of reader.core.analysis) in the worker process;
        done(result) or failed(exc) on the GUI thread. When there is no worker, or it dies
        on the job, the job runs in a thread instead and fell_back(reason) is told first, on
        the GUI thread. Returns the job's future (None when the job went to a thread); when
        the worker is not up yet, it is started from a thread and the job sent from there (the
        window's thread never waits for a process to start). `keep_for`, `urgent` (what the reader
        waits for on screen, sent before the background work waiting): see _Worker.submit."""
        from concurrent.futures import CancelledError, Future  # with the first job: after the text paints

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
                    self._emit(failed or reraise, exc)
                return
            self._emit(lambda value: (done(value), _give_back_memory()), result)

        def send(standing: Future | None = None) -> Future | None:
            try:
                future = WORKER.submit(job, *args, keep_for=keep_for, urgent=urgent)
            except WorkerUnavailable as exc:
                in_thread(str(exc))
                return None
            if standing is not None:  # the future handed out ends first: done when its answer is read
                future.add_done_callback(lambda f: _settle(standing, f))
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
            try:
                future = send(standing)
            except Exception as exc:  # noqa: BLE001 - whoever holds the future is told
                standing.set_exception(exc)
                raise
            if future is None:  # run in a thread of this process: done() is told all the same
                standing.set_result(None)

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
        size (a document opened beside another while the window compares them). The job is
        sent once a thread has imported the jobs' module (with_jobs): never on the window's."""
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

        def send(analysis: ModuleType) -> None:
            from reader.core.analysis_cache import cache_folder  # imported by analysis

            self.analyse(
                analysis.prepare_path,
                (str(path), str(cache_folder(data_dir))),
                then,
                lambda exc: then(exc if isinstance(exc, DocumentError) else None),
                keep_for=analysis.AFTER_PREPARE_SECONDS,  # the worker's own keep of jieba's dictionary
                urgent=True,  # the reader waits for the book: before background work waiting (indexing)
            )

        with_jobs(self, send)


_JOBS: ModuleType | None = None
"""reader.core.analysis once a thread has imported it for with_jobs."""


def with_jobs(background: Background, then: Callable[[ModuleType], None]) -> None:
    """then(reader.core.analysis) on the window's thread, the module imported in a thread the
    first time (issue 32), by whoever asks first: a page for its words, key terms or pinyin
    (reader.gui.word_analysis) or a book's prepare. Its ~40 ms of imports (the jobs' codec, key
    terms, the conversion rules, the forked helpers), on the window's thread just after a first
    page's paint, were the longest stall of opening the notice (58-75 ms beside the library's
    import in a thread). `background`: anything with Background.run."""
    if _JOBS is not None:
        then(_JOBS)
        return

    def imported(module: ModuleType) -> None:
        global _JOBS
        _JOBS = module
        then(module)

    background.run(lambda: import_module("reader.core.analysis"), imported)


def _give_back_memory() -> None:
    from reader.core.heap import give_back_memory  # its owner, not analysis (jieba's, the worker's)

    give_back_memory()


def _settle(standing: Future, future: Future) -> None:
    """The future handed out for a job sent from a thread ends as the worker's did."""
    from concurrent.futures import CancelledError

    if future.cancelled():
        standing.set_exception(CancelledError())
    elif future.exception() is not None:
        standing.set_exception(future.exception())
    else:
        standing.set_result(future.result())
