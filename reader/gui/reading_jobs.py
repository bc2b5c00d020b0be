"""The worker's jobs for one open document: each job's future kept, to cancel those not taken
up yet when the tab closes (and to let go of their callbacks, which hold the reading), and the
one message that the worker is not available. Handed the reading (Mu's `Editor(view)`): its
`closed` and its `status`."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from reader.gui.back_pointer import BackPointer


class ReadingJobs:
    reading = BackPointer()  # the Reading owns this (reader.gui.back_pointer: no cycle)

    def __init__(self, reading) -> None:
        self.reading = reading
        self._jobs: list = []  # the worker's futures for this document
        self._told_unavailable = False

    def track(self, future) -> None:
        """Keep a job's future, to cancel it if the tab closes before the worker takes it up."""
        if future is not None:
            self._jobs = [f for f in self._jobs if not f.done()] + [future]

    def cancel(self) -> None:
        """The tab closes: the jobs the worker has not taken up yet are cancelled."""
        for job in self._jobs:
            job.cancel()  # those the worker has not taken up yet
        # a future keeps its callbacks, which hold this reading: let go of them, so that
        # reference counting frees the closed tab and its book (not a pass of the collector)
        self._jobs = []

    def worker_unavailable(self, reason: str) -> None:
        if not self.reading.closed and not self._told_unavailable:
            self._told_unavailable = True
            self.reading.status(
                QCoreApplication.translate(
                    "Reading",
                    "The analysis process is not available ({reason}): the window analyses the document "
                    "itself, and may answer slowly until it is done.",
                ).format(reason=reason),
                10000,
            )
