"""The analysis worker's own loop, and the framing of what goes through its two pipes.

The window (reader.core.worker_process) starts the worker as a plain child interpreter with two
pipes: jobs come in on one, answers go out on the other, each message a length and a pickle.
No multiprocessing: its process pool needs named semaphores, and on POSIX those bring a third
process, multiprocessing's resource tracker (12 MB resident for the whole run), which also
printed "leaked semaphore objects" when the window was ended mid-job (issue 32). The worker
does one job at a time, in the order sent: a job the reader waits for at the window's nice
value, the others niced (reader.core.job_threads)."""

from __future__ import annotations

import os
import pickle
import struct
import traceback
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.core.job_threads import JobThreads

_LENGTH = struct.Struct("!Q")


def send(fd: int, data: bytes) -> None:
    """One message: its length, then its bytes (OSError when the other end is gone)."""
    _write_all(fd, memoryview(_LENGTH.pack(len(data))))
    _write_all(fd, memoryview(data))


def _write_all(fd: int, view: memoryview) -> None:
    while view:
        view = view[os.write(fd, view) :]


def receive(fd: int) -> bytearray:
    """The next message's bytes; EOFError when the other end closed its pipe (or died)."""
    (length,) = _LENGTH.unpack(_read_exactly(fd, _LENGTH.size))
    return _read_exactly(fd, length)


def _read_exactly(fd: int, length: int) -> bytearray:
    data = bytearray(length)
    view, got = memoryview(data), 0
    while got < length:
        n = os.readv(fd, [view[got:]])
        if n == 0:
            raise EOFError("the other end of the pipe is closed")
        got += n
    return data


def dumped(value: object) -> bytes:
    return pickle.dumps(value, pickle.HIGHEST_PROTOCOL)


def answer_of(job: bytes | bytearray, threads: JobThreads | None = None) -> bytes:
    """Run one pickled job (fn, args, urgent) and pickle its answer: (True, result), or (False,
    the exception, its traceback as text) when the job, its unpickling or its result's pickling
    failed. `threads`: where it runs, by its urgency (else in this thread)."""
    try:
        fn, args, urgent = pickle.loads(job)
        result = threads.run(lambda: fn(*args), urgent) if threads else fn(*args)
        return dumped((True, result))
    except Exception as exc:  # noqa: BLE001 - the job's error goes back to the window
        text = traceback.format_exc()
        try:
            return dumped((False, exc, text))
        except Exception:  # noqa: BLE001 - an exception that cannot be pickled: said as text
            return dumped((False, RuntimeError(f"{type(exc).__name__}: {exc}"), text))


def main(jobs: int, answers: int, parent: int) -> None:
    """The worker: set up (reader.core.analysis.worker_init), then answer jobs until the window
    closes its end of the jobs' pipe."""
    from reader.core.analysis import worker_init
    from reader.core.heap import give_back_memory
    from reader.core.job_threads import JobThreads

    threads = JobThreads()  # urgent jobs in this thread, at the window's nice value where it can
    worker_init(parent, niced=not threads.per_thread)
    while True:
        try:
            job = receive(jobs)
        except EOFError:
            return
        answer = answer_of(job, threads)
        del job  # a book's text, not kept while the answer goes out
        try:
            send(answers, answer)
        except OSError:  # the window is gone
            return
        del answer
        # what any job freed (the library's indexing of a book too) goes back to the system
        # before the next, which may fork a helper that would count it again (issue 32)
        give_back_memory()
