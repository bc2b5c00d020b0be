"""The worker's loop (reader.core.worker_loop), in a real worker process."""

from reader.core.worker_process import WorkerProcess


class _CountingLibc:
    """Stands for ctypes.CDLL(None) in the worker: counts the heap's trims."""

    trims = 0

    def __init__(self, _name) -> None:
        pass

    def malloc_trim(self, _pad: int) -> int:
        type(self).trims += 1
        return 1


def _count_trims() -> None:
    import ctypes

    ctypes.CDLL = _CountingLibc


def _allocate_and_free() -> int:
    return len([str(i) for i in range(100_000)])


def _trims() -> int:
    return _CountingLibc.trims


def test_the_worker_gives_its_free_heap_back_after_every_job_not_only_the_analysis_ones():
    """The library's indexing of a book (a plain job, not one of reader.core.analysis's) left the
    worker 100 MB larger, which the next conversion's forked helper counted again (issue 32)."""
    worker = WorkerProcess()
    try:
        worker.submit(_count_trims).result(timeout=120)
        assert worker.submit(_allocate_and_free).result(timeout=60) == 100_000
        assert worker.submit(_trims).result(timeout=60) >= 2  # after each of the two jobs before
    finally:
        worker.close()
