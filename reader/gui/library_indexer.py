"""Adding to the library from the window: the files under the paths given are indexed in the
worker process a batch of files per job, so the window stays free and shows how far it has got."""

from __future__ import annotations

from collections import deque
from itertools import islice
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from reader.core.library import jobs
from reader.core.library.adding import FAILED, Added
from reader.gui.background import Background


class LibraryIndexer(QObject):
    progress = Signal(int, int, str)
    """(files done, files in all, the file being indexed)"""
    added = Signal(object)
    """One Added, as each file is done (the Library view refreshes its rows)."""
    finished = Signal(list)
    """Every Added of the run (failures carry their message)."""

    def __init__(self, background: Background, data_dir: Path, parent=None) -> None:
        super().__init__(parent)
        self.background = background
        self.data_dir = str(data_dir)
        self._queue: deque[str] = deque()
        self._results: list[Added] = []
        self._total = 0
        self._running = False

    @property
    def busy(self) -> bool:
        return self._running or bool(self._queue)

    def add(self, paths: list[str]) -> None:
        """Queue the files under paths (folders walked in a thread: a big tree takes a while)."""
        self.background.run(lambda: jobs.files_to_add([str(p) for p in paths]), self._queue_files)

    def rebuild(self) -> None:
        """Index again everything the library holds by right (a lost catalogue); documents
        whose files have gone are catalogued again in the worker first (listed, shown missing)."""
        self.background.analyse(jobs.to_rebuild, (self.data_dir,), lambda found: self._queue_files(*found))

    def _queue_files(self, files: list[str], done: list[Added] = ()) -> None:
        """Queue files to index; `done`: results known already (counted in the run's)."""
        if not self.busy:
            self._results, self._total = [], 0
        self._results.extend(done)
        self._total += len(done)
        self._queue.extend(files)
        self._total += len(files)
        self._next()

    def _next(self) -> None:
        if self._running:
            return
        if not self._queue:
            self.finished.emit(self._results)
            return
        batch = [self._queue.popleft() for _ in range(min(jobs.BATCH, len(self._queue)))]
        self._running = True
        self.progress.emit(len(self._results), self._total, batch[0])
        following = list(islice(self._queue, jobs.BATCH))  # read while this batch is written
        self.background.analyse(
            jobs.add_batch, (self.data_dir, batch, following), self._done, lambda exc, b=batch: self._failed(b, exc)
        )

    def _done(self, results: list[Added]) -> None:
        self._running = False
        for result in results:
            self._results.append(result)
            self.added.emit(result)
        self._next()

    def _failed(self, batch: list[str], exc: BaseException) -> None:
        self._done([Added(Path(path), FAILED, f"{path}: {exc}") for path in batch])


def catalogue_opened(window, path: Path | str) -> None:
    """A document opened goes into the library: indexed in the worker (the window only sends
    the job), or by the Library window's indexer when that is open, which then shows it. A
    file catalogued already and unchanged costs the worker one look-up."""
    library = getattr(window, "library_window", None)
    if library is not None:
        library.indexer.add([str(path)])
        return
    window.background.analyse(jobs.add_batch, (str(window.data_dir), [str(path)]), _ignore, _ignore)


def _ignore(_result) -> None:
    """Cataloguing an opened document is a side task: a file the worker cannot read was said
    when it was opened, and adding the file to the library again indexes anything missed."""
