"""The analysis worker process as the window sees it: started, handed jobs, answered with
futures, ended.

A plain child interpreter (subprocess: a fresh one, never a fork of a process with Qt in it)
running reader.core.worker_loop, with a pipe for jobs and one for answers. One thread of this
process, the courier, sends the jobs, in the order submitted, an urgent job (what the reader
waits for on screen) before every background job still waiting: a future still waiting can be
cancelled. A background job is sent when the worker runs nothing; an urgent one as soon as it
runs no other urgent one, so it is not kept waiting by the background job running there (a
book's words or its indexing: seconds). Another thread takes the answers, each with its job's
number, and settles the futures. Nothing here needs a
named semaphore, so no resource tracker process starts and nothing can leak when the window is
ended mid-job (multiprocessing's process pool needed both; issue 32)."""

from __future__ import annotations

import heapq
import itertools
import json
import os
import pickle
import subprocess
import sys
import threading
from collections.abc import Callable
from concurrent.futures import Future

from reader.core.worker_loop import dumped, number_of, numbered, receive, send

_BOOT = (
    "import json, sys; sys.path[:] = json.loads(sys.argv[1]); "
    "from reader.core.worker_loop import main; main(*map(int, sys.argv[2:]))"
)
"""The worker's first line: this process's import path (so it finds reader, and the modules
of the functions it is sent, as this process does), then the loop."""
BUNDLE_FLAG = "--analysis-worker"
"""In a stand-alone bundle the executable is Reader's own entry point, which runs no `-c`: given
this flag first it runs the worker's loop instead of a second Reader (packaging/launcher.py)."""


def worker_command(jobs_in: int, answers_out: int) -> list[str]:
    """How the worker is started: a child interpreter with the loop, or in a bundle the bundle's
    executable with BUNDLE_FLAG (its modules are inside it; sys.path means nothing there)."""
    ends = [str(jobs_in), str(answers_out), str(os.getpid())]
    if getattr(sys, "frozen", False):
        return [sys.executable, BUNDLE_FLAG, *ends]
    return [sys.executable, "-c", _BOOT, json.dumps(sys.path), *ends]


URGENT, BACKGROUND, _END = 0, 1, 2
"""The courier's queue takes jobs by rank, then in the order submitted; its end comes last."""


class WorkerDied(RuntimeError):
    """The worker process ended before answering (killed, crashed, out of memory)."""


class RemoteTraceback(Exception):
    """Where a job failed in the worker, as text (the cause of the exception raised here)."""

    def __str__(self) -> str:
        return f'\n"""\n{self.args[0]}"""'


class WorkerProcess:
    """One worker process, the courier thread that sends it jobs and the thread that takes its
    answers. Thread-safe."""

    def __init__(self) -> None:
        jobs_in, self._jobs_out = os.pipe()
        self._answers_in, answers_out = os.pipe()
        try:
            self._process = subprocess.Popen(
                worker_command(jobs_in, answers_out),
                pass_fds=(jobs_in, answers_out),
                stdin=subprocess.DEVNULL,
            )
        except BaseException:
            for fd in (self._jobs_out, self._answers_in):
                os.close(fd)
            raise
        finally:
            os.close(jobs_in)
            os.close(answers_out)
        self._waiting: list[tuple] = []  # a heap of (rank, order, item): URGENT first, then in order
        self._order = itertools.count()
        self._sent: dict[int, tuple[Future, bool]] = {}  # by number: each job sent, not yet answered
        self._lock = threading.Condition(threading.Lock())
        self._closed = False
        self.broken = ""
        """Why the worker can take no more jobs (it died), or ""."""
        threading.Thread(target=self._courier, name="reader-worker-courier", daemon=True).start()
        threading.Thread(target=self._answers, name="reader-worker-answers", daemon=True).start()

    @property
    def pid(self) -> int:
        return self._process.pid

    def submit(self, fn: Callable, *args, urgent: bool = False) -> Future:
        """fn(*args) in the worker (fn and args picklable; fn importable there). RuntimeError
        when this worker is closed or died. `urgent`: sent before the background jobs waiting,
        and at once, while a background job runs there (which makes way for it), at the
        window's nice value, not the worker's (reader.core.job_threads)."""
        future: Future = Future()
        with self._lock:
            if self._closed or self.broken:
                raise RuntimeError(self.broken or "the worker is closed")
            self._put(URGENT if urgent else BACKGROUND, (future, fn, args, urgent))
        return future

    def _put(self, rank: int, item: tuple | None) -> None:
        heapq.heappush(self._waiting, (rank, next(self._order), item))
        self._lock.notify_all()

    def close(self) -> None:
        """Take no more jobs; the worker ends once those submitted are answered."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
            self._put(_END, None)

    def terminate(self) -> None:
        """End the worker now: the jobs it runs fail (WorkerDied), those waiting are cancelled."""
        self.close()
        self._cancel_waiting()
        try:
            self._process.terminate()
        except OSError:
            pass

    def wait(self, timeout: float | None = None) -> int:
        """The worker's exit status, once it has ended."""
        return self._process.wait(timeout)

    def _next(self) -> tuple | None:
        """The next job to send, once it can go (None: the end): an urgent job when no urgent
        job is being run there, a background job when nothing is, the end when all is answered.
        Under the lock."""
        while True:
            if self.broken:
                return None
            if self._waiting:
                rank, _, item = self._waiting[0]
                urgent_sent = any(urgent for _, urgent in self._sent.values())
                if (rank == URGENT and not urgent_sent) or not self._sent:
                    heapq.heappop(self._waiting)
                    if item is None or item[0].set_running_or_notify_cancel():
                        return item
                    continue  # cancelled while it waited
            self._lock.wait()

    def _courier(self) -> None:
        number = itertools.count()
        try:
            while True:
                with self._lock:
                    item = self._next()
                    if item is None:
                        break
                    future, fn, args, urgent = item
                    n = next(number)
                    self._sent[n] = (future, urgent)
                del item
                if not self._carry(n, future, fn, args, urgent):
                    break
                del future, fn, args
        finally:
            os.close(self._jobs_out)  # the worker reads the end of its jobs and leaves

    def _carry(self, number: int, future: Future, fn: Callable, args: tuple, urgent: bool) -> bool:
        """One job sent there (run there at once when urgent: reader.core.job_threads); False
        when the worker is gone (its answers' thread says so)."""
        try:
            job = dumped((fn, args, urgent))
        except Exception as exc:  # noqa: BLE001 - what cannot be pickled fails its own future
            self._settled(number)
            future.set_exception(pickle.PicklingError(f"{type(exc).__name__}: {exc}"))
            return True
        try:
            send(self._jobs_out, *numbered(number, job))
        except OSError:
            return False  # the worker died: its answers' pipe ends, and the jobs sent fail
        return True

    def _settled(self, number: int) -> Future:
        with self._lock:
            future, _ = self._sent.pop(number)
            self._lock.notify_all()
        return future

    def _answers(self) -> None:
        try:
            while True:
                try:
                    number, answer = number_of(receive(self._answers_in))
                except (OSError, EOFError):
                    break
                future = self._settled(number)
                self._settle(future, answer)
                del future, answer
            status = self._process.wait()  # never left as a zombie
            with self._lock:
                lost = [future for future, _ in self._sent.values()]
                self._sent.clear()
                if lost or not self._closed:
                    self.broken = f"the worker process ended (exit status {status})"
                self._lock.notify_all()
            if self.broken:
                for future in lost:
                    future.set_exception(WorkerDied(self.broken))
                self._cancel_waiting(WorkerDied(self.broken))
        finally:
            os.close(self._answers_in)

    @staticmethod
    def _settle(future: Future, answer: memoryview) -> None:
        try:
            ok, value, *where = pickle.loads(answer)
        except Exception as exc:  # noqa: BLE001 - an answer that cannot be read fails its job
            future.set_exception(exc)
            return
        if ok:
            future.set_result(value)
        else:
            value.__cause__ = RemoteTraceback(where[0] if where else "")
            future.set_exception(value)

    def _cancel_waiting(self, exc: BaseException | None = None) -> None:
        """Settle every job not yet sent: cancelled, or failed with exc (the worker died: the
        window runs them itself then)."""
        while True:
            with self._lock:
                if not self._waiting or self._waiting[0][2] is None:
                    return  # the end stays for the courier
                *_, (future, *_) = heapq.heappop(self._waiting)
            if exc is None:
                future.cancel()
            elif future.set_running_or_notify_cancel():  # not cancelled by its caller meanwhile
                future.set_exception(exc)
