"""When the analysis worker is ended and replaced, and what its process leaves behind (issue 32)."""

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from reader.core import analysis
from reader.core.document import load_document
from reader.gui import background
from reader.gui.background import WORKER, Background
from tests.core.test_analysis_worker import alive
from tests.gui.conftest import WORKER_WAIT_MS

MENGZI = Path(__file__).parents[1] / "corpus" / "mengzi-gutenberg-big5.txt"
ROOT = Path(__file__).parents[2]


@pytest.fixture(autouse=True)
def _worker_welcome_again():
    yield
    WORKER.reopen()


def _wait_for(condition, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.05)
    return condition()


def test_a_worker_grown_by_a_books_words_is_replaced_by_a_fresh_one_once_idle(tmp_path, monkeypatch):
    """Released inside the worker, jieba's dictionary left it at 89-98 MB (a fragmented heap):
    the worker itself is ended and a fresh one is ready for the next job."""
    monkeypatch.setattr(background, "REPLACE_SECONDS", 0.5, raising=False)
    doc = analysis.DocumentRef.of_document(load_document(MENGZI), None)
    WORKER.submit(analysis.make_words, doc, frozenset()).result(timeout=120)
    grown = WORKER.pid()
    assert _wait_for(lambda: WORKER.pid() not in (grown, None), 15)
    assert _wait_for(lambda: not alive(grown), 10)
    fresh = WORKER.pid()
    assert WORKER.submit(analysis.ping).result(timeout=60) == fresh
    assert WORKER.submit(analysis.memory_held).result(timeout=60) == {"jieba": False, "views": False}


def test_a_worker_that_did_not_grow_is_kept(monkeypatch):
    monkeypatch.setattr(background, "REPLACE_SECONDS", 0.3, raising=False)
    first = WORKER.submit(analysis.ping).result(timeout=60)
    time.sleep(1.5)
    assert WORKER.submit(analysis.ping).result(timeout=60) == first


def test_a_prepared_books_worker_is_kept_for_its_words_then_replaced(qtbot, data_dir, monkeypatch):
    """The words job follows the prepared book's open: the worker loading jieba meanwhile is
    kept for it past the usual idle second, and replaced only after AFTER_PREPARE_SECONDS."""
    monkeypatch.setattr(background, "REPLACE_SECONDS", 0.3, raising=False)
    monkeypatch.setattr(analysis, "AFTER_PREPARE_SECONDS", 4.0)
    read = []
    Background().prepare(MENGZI, data_dir, read.append, always=True)
    qtbot.waitUntil(lambda: bool(read), timeout=WORKER_WAIT_MS)
    worker = WORKER.pid()
    qtbot.wait(1500)  # no job meanwhile: one would set the worker's idle time to its own
    assert WORKER.pid() == worker
    # loaded meanwhile, for the words (polled more often than the 0.3 s that replaces it)
    assert _wait_for(lambda: WORKER.submit(analysis.memory_held).result(timeout=60)["jieba"], 30)
    qtbot.waitUntil(lambda: WORKER.pid() not in (worker, None), timeout=15000)


_WINDOW = """
import json, os, signal, sys, time
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from reader.core import analysis
from reader.core.document import load_document
from reader.gui.background import WORKER

app = QCoreApplication([])
worker = WORKER.submit(analysis.ping).result(timeout=60)
children = [
    int(p) for p in os.listdir("/proc")
    if p.isdigit() and int(Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()[1]) == os.getpid()
]
print(json.dumps({"worker": worker, "children": children}), flush=True)
WORKER.submit(time.sleep, 30)  # a long job, and the window ended in the middle of it
time.sleep(1.0)
os.kill(os.getpid(), signal.SIGTERM)
"""


def test_the_worker_starts_no_other_process_and_a_window_ended_mid_job_leaks_nothing():
    """multiprocessing's process pool started its resource tracker beside the worker (12 MB for
    the whole run), which printed "There appear to be 5 leaked semaphore objects to clean up
    at shutdown" when the window was ended (SIGTERM) while the worker had a job."""
    import json

    window = subprocess.Popen(
        [sys.executable, "-c", _WINDOW], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    out, err = window.communicate(timeout=120)  # every holder of its stderr gone (the worker too)
    seen = json.loads(out.strip().splitlines()[0])
    assert "leaked" not in err, err
    assert seen["children"] == [seen["worker"]]
    assert _wait_for(lambda: not alive(seen["worker"]), 10)


def _sleep(seconds: float) -> None:
    time.sleep(seconds)


def test_a_worker_lost_with_jobs_waiting_cancels_them_without_hanging():
    """Ending the worker cancels the jobs waiting, whose callbacks take the worker's lock, which
    lost() held: the thread that said the worker died hung there, and with it every later job."""
    running = WORKER.submit(_sleep, 60)
    waiting = WORKER.submit(analysis.ping)
    saying = threading.Thread(target=WORKER.lost, args=("a test ends it",), daemon=True)
    saying.start()
    saying.join(30)
    assert not saying.is_alive()  # the old lock: still in lost() after 30 s
    assert waiting.cancelled()
    assert _wait_for(running.done, 30)
    WORKER.reopen()
    assert WORKER.submit(analysis.ping).result(timeout=120) != os.getpid()  # a fresh worker
