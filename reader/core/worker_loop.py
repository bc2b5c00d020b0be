"""The analysis worker's own loop, and the framing of what goes through its two pipes.

The window (reader.core.worker_process) starts the worker as a plain child interpreter with two
pipes: jobs come in on one, answers go out on the other, each message a length and a pickle.
No multiprocessing: its process pool needs named semaphores, and on POSIX those bring a third
process, multiprocessing's resource tracker (12 MB resident for the whole run), which also
printed "leaked semaphore objects" when the window was ended mid-job (issue 32). The worker
runs a job the reader waits for at once, at the window's nice value, and the others one at a
time in a niced thread, which makes way for it (reader.core.job_threads): each job goes with a
number, and its answer comes back with it."""

from __future__ import annotations

import functools
import os
import pickle
import struct
import threading
import traceback

_LENGTH = struct.Struct("!Q")
_NUMBER = struct.Struct("!Q")


def send(fd: int, *parts: bytes) -> None:
    """One message of these parts: its length, then its bytes (OSError when the other end is gone)."""
    _write_all(fd, memoryview(_LENGTH.pack(sum(map(len, parts)))))
    for data in parts:
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


def numbered(number: int, data: bytes) -> tuple[bytes, bytes]:
    """A job or its answer as sent: its number first (answers come back in any order: an urgent
    job's before the background job's running), then its pickle."""
    return _NUMBER.pack(number), data


def number_of(message: bytes | bytearray) -> tuple[int, memoryview]:
    """(number, pickle) of a message sent as numbered(...)."""
    view = memoryview(message)
    return _NUMBER.unpack(view[: _NUMBER.size])[0], view[_NUMBER.size :]


def answer_of(ok: bool, value: object) -> bytes:
    """A job's answer pickled: (True, result), or (False, the exception, its traceback as text)
    when the job, its unpickling or its result's pickling failed."""
    if ok:
        try:
            return dumped((True, value))
        except Exception as exc:  # noqa: BLE001 - a result that cannot be pickled fails its job
            value = exc
    text = "".join(traceback.format_exception(value))
    try:
        return dumped((False, value, text))
    except Exception:  # noqa: BLE001 - an exception that cannot be pickled: said as text
        return dumped((False, RuntimeError(f"{type(value).__name__}: {value}"), text))


def main(jobs: int, answers: int, parent: int) -> None:
    """The worker: set up (reader.core.analysis.worker_init), then take jobs until the window
    closes its end of the jobs' pipe. Each goes back with its number: an urgent job is run and
    answered at once, while a background job runs on (reader.core.job_threads)."""
    from reader.core.analysis import worker_init
    from reader.core.job_threads import JobThreads, at_work, reraise

    threads = JobThreads()  # urgent jobs in this thread, at the window's nice value where it can
    worker_init(parent, niced=not threads.per_thread)
    sending = threading.Lock()  # answers come from both threads: one message at a time
    while True:
        try:
            message = receive(jobs)
        except EOFError:
            threads.finish()  # the background job running, if any, is answered first
            return
        # at work (unpickling imports modules; an urgent job runs here) until it waits for the
        # next job again: the background job forks no helper meanwhile (job_threads.fork_gate)
        with at_work():
            number, job = number_of(message)
            try:
                fn, args, urgent = pickle.loads(job)
            except Exception as exc:  # noqa: BLE001 - the job's error goes back to the window
                fn, args, urgent = reraise, (exc,), True
            del message, job  # a book's text, not kept while the job runs

            def then(ok: bool, value: object, number: int = number) -> None:
                _answer(answers, sending, number, answer_of(ok, value))

            threads.start(functools.partial(fn, *args), urgent, then)
            del fn, args, then


def _answer(answers: int, sending: threading.Lock, number: int, answer: bytes) -> None:
    from reader.core.heap import give_back_memory

    try:
        with sending:
            send(answers, *numbered(number, answer))
    except OSError:  # the window is gone
        os._exit(0)
    del answer
    # what any job freed (the library's indexing of a book too) goes back to the system
    # before the next, which may fork a helper that would count it again (issue 32)
    give_back_memory()
