"""What the window process keeps of the jobs it sent to the worker."""

import time
import tracemalloc

from reader.gui.background import WORKER


def _pickled_calls_alive() -> int:
    """Bytes alive that pickling calls for the worker made (reader.core.worker_loop.dumped)."""
    snapshot = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(True, "*reader/core/worker_loop.py")])
    return sum(stat.size for stat in snapshot.statistics("filename"))


def test_the_last_jobs_pickled_arguments_are_not_kept_after_the_burst():
    """The process pool's feeder thread kept the last call it pickled until the next job: a
    book's text as UTF-8, 2.7 MB for 红楼梦 and 15 MB for a 5 M-character book, for as long as
    the window sent nothing more. The courier that replaced it must not either."""
    WORKER.reopen()
    text = ("紅樓夢" * 1_000_000).encode("utf-8")  # 9 MB, as a book's text goes (DocumentRef.__reduce__)
    tracemalloc.start()
    try:
        assert WORKER.submit(len, text).result(timeout=120) == len(text)
        deadline = time.monotonic() + 10
        while _pickled_calls_alive() > 1_000_000 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert _pickled_calls_alive() < 1_000_000
    finally:
        tracemalloc.stop()
