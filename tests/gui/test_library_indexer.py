"""The window's indexer sends a batch per job with the next batch named, so the worker's
readers begin on it while this one is written (issue 29: index time)."""

from __future__ import annotations

from reader.core.library import jobs
from reader.gui.library_indexer import LibraryIndexer


class FakeBackground:
    """Runs the folder walk at once and keeps the jobs sent to the worker."""

    def __init__(self) -> None:
        self.jobs: list[tuple] = []

    def run(self, work, done, failed=None) -> None:
        done(work())

    def analyse(self, job, args, done, failed=None) -> None:
        self.jobs.append((job, args, done))


def test_each_batch_names_the_next_one(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(jobs, "BATCH", 2)
    files = [str(tmp_path / f"{n}.txt") for n in range(5)]
    background = FakeBackground()
    indexer = LibraryIndexer(background, tmp_path)
    finished = []
    indexer.finished.connect(finished.append)
    monkeypatch.setattr(jobs, "files_to_add", lambda paths: files)
    indexer.add([str(tmp_path)])
    sent = []
    while background.jobs:
        job, (data_dir, batch, following), done = background.jobs.pop()
        assert job is jobs.add_batch and data_dir == str(tmp_path)
        sent.append((batch, following))
        done([])
    assert sent == [(files[0:2], files[2:4]), (files[2:4], files[4:5]), (files[4:5], [])]
    assert finished == [[]]
