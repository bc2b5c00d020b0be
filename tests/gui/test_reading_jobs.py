"""ReadingJobs on its own, with a fake reading and real futures."""

from concurrent.futures import Future

from reader.gui.reading_jobs import ReadingJobs


class FakeReading:
    def __init__(self) -> None:
        self.closed = False
        self.said: list[tuple[str, int]] = []

    def status(self, message: str, timeout_ms: int = 3000) -> None:
        self.said.append((message, timeout_ms))


def test_the_jobs_not_taken_up_are_cancelled_on_close_and_let_go_of():
    jobs = ReadingJobs(FakeReading())
    done, waiting, running = Future(), Future(), Future()
    running.set_running_or_notify_cancel()
    for future in (done, waiting, running, None):  # None: the job ran in no worker
        jobs.track(future)
    done.set_result(1)
    later = Future()
    jobs.track(later)  # the finished one is dropped as the next is kept
    assert done not in jobs._jobs and later in jobs._jobs
    jobs.cancel()
    assert waiting.cancelled() and later.cancelled()
    assert not running.cancelled()  # the worker took it up: it runs to its end
    assert jobs._jobs == []


def test_the_worker_unavailable_is_said_once_and_not_after_the_tab_closed():
    reading = FakeReading()
    jobs = ReadingJobs(reading)
    jobs.worker_unavailable("no fork")
    jobs.worker_unavailable("no fork")
    assert len(reading.said) == 1
    message, ms = reading.said[0]
    assert "no fork" in message and ms == 10000
    closed = FakeReading()
    closed.closed = True
    ReadingJobs(closed).worker_unavailable("no fork")
    assert closed.said == []
