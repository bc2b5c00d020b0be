"""The worker kept busy as the tests of what goes first in its queue need it: one job running
and three background jobs waiting, and a job of the window's followed to when it is settled."""

from __future__ import annotations

import time
from concurrent.futures import Future

from reader.gui.background import WORKER, Background
from tests.core.test_worker_process import _started


def keep_busy(order: list) -> list[Future]:
    """One job running, three waiting; each waiting one notes "background" in order when done."""
    running = WORKER.submit(time.sleep, 1.0)
    assert _started(running)
    waiting = [WORKER.submit(time.sleep, 0.5) for _ in range(3)]
    for job in waiting:
        job.add_done_callback(lambda _f: order.append("background"))
    return waiting


def follow(monkeypatch, job, name: str, order: list) -> None:
    """Note name in order when a `job` the window asks of Background.analyse is settled."""
    analyse = Background.analyse

    def followed(self, fn, *args, **how):
        future = analyse(self, fn, *args, **how)
        if fn is job:
            future.add_done_callback(lambda _f: order.append(name))
        return future

    monkeypatch.setattr(Background, "analyse", followed)
