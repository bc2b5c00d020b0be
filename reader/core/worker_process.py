"""The analysis worker process as the window sees it: started, handed jobs, answered with
futures, ended.

A plain child interpreter (subprocess: a fresh one, never a fork of a process with Qt in it)
running reader.core.worker_loop, with a pipe for jobs and one for answers. One thread of this
process, the courier, sends a job, waits for its answer and settles its future, one job at a
time, in the order submitted, an urgent job (what the reader waits for on screen) before every
background job still waiting: a future still waiting can be cancelled. Nothing here needs a
named semaphore, so no resource tracker process starts and nothing can leak when the window is
ended mid-job (multiprocessing's process pool needed both; issue 32)."""

from __future__ import annotations

import itertools
import json
import os
import pickle
import queue
import subprocess
import sys
import threading
from collections.abc import Callable
from concurrent.futures import Future

from reader.core.worker_loop import dumped, receive, send

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
    """One worker process and the courier thread that talks to it. Thread-safe."""

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
        self._queue: queue.PriorityQueue = queue.PriorityQueue()
        self._order = itertools.count()  # within a rank, first submitted, first sent
        self._lock = threading.Lock()
        self._closed = False
        self.broken = ""
        """Why the worker can take no more jobs (it died), or ""."""
        threading.Thread(target=self._courier, name="reader-worker-courier", daemon=True).start()

    @property
    def pid(self) -> int:
        return self._process.pid

    def submit(self, fn: Callable, *args, urgent: bool = False) -> Future:
        """fn(*args) in the worker (fn and args picklable; fn importable there). RuntimeError
        when this worker is closed or died. `urgent`: sent before the background jobs waiting
        (the job the worker runs now is not interrupted), and run at the window's nice value, not
        the worker's (reader.core.job_threads)."""
        future: Future = Future()
        with self._lock:
            if self._closed or self.broken:
                raise RuntimeError(self.broken or "the worker is closed")
            self._put(URGENT if urgent else BACKGROUND, (future, fn, args, urgent))
        return future

    def _put(self, rank: int, item: tuple | None) -> None:
        self._queue.put((rank, next(self._order), item))

    def close(self) -> None:
        """Take no more jobs; the worker ends once those submitted are answered."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
            self._put(_END, None)

    def terminate(self) -> None:
        """End the worker now: the job it runs fails (WorkerDied), those waiting are cancelled."""
        self.close()
        self._cancel_waiting()
        try:
            self._process.terminate()
        except OSError:
            pass

    def wait(self, timeout: float | None = None) -> int:
        """The worker's exit status, once it has ended."""
        return self._process.wait(timeout)

    def _courier(self) -> None:
        try:
            while True:
                *_, item = self._queue.get()
                if item is None:
                    break
                future, fn, args, urgent = item
                if not future.set_running_or_notify_cancel():
                    continue
                if not self._carry(future, fn, args, urgent):
                    break
        finally:
            os.close(self._jobs_out)  # the worker reads the end of its jobs and leaves
            try:
                self._process.wait()  # never left as a zombie
            finally:
                os.close(self._answers_in)

    def _carry(self, future: Future, fn: Callable, args: tuple, urgent: bool) -> bool:
        """One job there (run there un-niced when urgent: reader.core.job_threads) and its
        answer back; False when the worker died on it."""
        try:
            job = dumped((fn, args, urgent))
        except Exception as exc:  # noqa: BLE001 - what cannot be pickled fails its own future
            future.set_exception(pickle.PicklingError(f"{type(exc).__name__}: {exc}"))
            return True
        try:
            send(self._jobs_out, job)
            del job  # a book's text: not kept by this thread until the next job
            answer = receive(self._answers_in)
        except (OSError, EOFError):
            self._died(future)
            return False
        try:
            ok, value, *where = pickle.loads(answer)
        except Exception as exc:  # noqa: BLE001 - an answer that cannot be read fails its job
            future.set_exception(exc)
            return True
        del answer
        if ok:
            future.set_result(value)
        else:
            value.__cause__ = RemoteTraceback(where[0] if where else "")
            future.set_exception(value)
        return True

    def _died(self, running: Future) -> None:
        status = self._process.wait()
        with self._lock:
            self.broken = f"the worker process ended (exit status {status})"
        running.set_exception(WorkerDied(self.broken))
        self._cancel_waiting(WorkerDied(self.broken))

    def _cancel_waiting(self, exc: BaseException | None = None) -> None:
        """Settle every job not yet sent: cancelled, or failed with exc (the worker died: the
        window runs them itself then)."""
        while True:
            try:
                *_, item = self._queue.get_nowait()
            except queue.Empty:
                return
            if item is None:
                self._put(_END, None)  # the courier's own signal to stop stays for it
                return
            future = item[0]
            if exc is None:
                future.cancel()
            elif future.set_running_or_notify_cancel():  # not cancelled by its caller meanwhile
                future.set_exception(exc)
