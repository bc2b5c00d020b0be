"""A data folder moved or deleted while Reader runs is never made again at its old path by
any writer (reader.core.data_folder); a folder made again empty by something else is not it;
one put back (or a mount whose inode numbers change) that holds its files still is."""

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reader.core import data_folder
from reader.core.analysis_cache import AnalysisCache, Entry, cache_folder
from reader.core.atomic import atomic_write
from reader.core.data_folder import DataFolderGone
from reader.core.library.catalogue import Catalogue, CatalogueError


@pytest.fixture
def opened(tmp_path):
    folder = tmp_path / "資料 夾"
    folder.mkdir()
    (folder / "settings.ini").write_text("[view]\nzoom=1\n", encoding="utf-8")
    data_folder.open_folder(folder)
    return folder


def test_a_write_into_a_moved_data_folder_is_refused_and_makes_nothing(opened, tmp_path):
    opened.rename(tmp_path / "moved")
    with pytest.raises(DataFolderGone) as raised:
        atomic_write(opened / "annotations" / "doc-0123456789abcdef.progress.json", "{}")
    assert str(opened) in str(raised.value) and "moved or deleted" in raised.value.strerror
    with pytest.raises(CatalogueError, match="is gone"):
        Catalogue(opened)
    assert not opened.exists()


def test_a_folder_made_again_empty_is_not_the_data_folder_one_put_back_is(opened, tmp_path):
    shutil.copytree(opened, tmp_path / "backup")
    shutil.rmtree(opened)
    opened.mkdir()  # something else made it again, empty
    with pytest.raises(DataFolderGone):
        atomic_write(opened / "words.txt", "潇湘馆\n")
    opened.rmdir()
    (tmp_path / "backup").rename(opened)  # put back from a backup: another inode, its files
    atomic_write(opened / "words.txt", "潇湘馆\n")
    assert (opened / "words.txt").exists()


def test_a_folder_made_again_with_empty_folders_only_is_not_the_data_folder(opened, tmp_path):
    """Another program's writer made the old path again with its annotations folder: folders
    without a file are what a writer makes, not what a reader keeps; a progress save then split
    the notes (the window test passed or failed with the timing of that save)."""
    opened.rename(tmp_path / "moved")
    (opened / "annotations").mkdir(parents=True)
    with pytest.raises(DataFolderGone):
        atomic_write(opened / "annotations" / "a.progress.json", "{}")
    assert list(opened.rglob("*.json")) == []


def test_the_analysis_worker_does_not_make_a_deleted_data_folder_again(tmp_path):
    """The worker is a fresh interpreter with no record of the data folder: the cache it
    writes made `data/cache` again (the data folder with it) at the old path."""
    data = tmp_path / "gone"  # tmp_path / "data" is every test's own data folder (conftest)
    script = (
        "import sys; from pathlib import Path\n"
        "from reader.core.analysis_cache import AnalysisCache, Entry, cache_folder\n"
        "ok = AnalysisCache(cache_folder(Path(sys.argv[1]))).put('key', Entry({'n': 1}, {'a': b'x'}))\n"
        "print(ok)\n"
    )
    top = Path(__file__).resolve().parents[2]  # this checkout's reader, not an installed one
    env = {**os.environ, "PYTHONPATH": str(top)}
    run = subprocess.run(
        [sys.executable, "-c", script, str(data)], capture_output=True, text=True, check=False, cwd=top, env=env
    )
    assert run.stdout.strip() == "False", run.stderr
    assert not data.exists()


def test_the_cache_is_written_where_the_data_folder_is(tmp_path):
    cache = AnalysisCache(cache_folder(tmp_path))
    assert cache.put("key", Entry({"n": 1}, {"a": b"x"}))
    assert cache.get("key").blobs["a"] == b"x"


def test_the_library_in_the_worker_does_not_make_a_deleted_data_folder_again(tmp_path):
    """The worker keeps its catalogue open: a document added after the data folder was deleted
    wrote members.json, making `data/library` (and the data folder) again at the old path."""
    from reader.core.library.catalogue import Member

    data = tmp_path / "worker data"
    data.mkdir()
    catalogue = Catalogue(data)  # as the worker opens it, on the first document
    catalogue.remember(Member("a-0123456789abcdef", str(tmp_path / "a.txt"), "2026-12-07"))
    catalogue.close()
    shutil.rmtree(data)
    with pytest.raises(DataFolderGone):
        catalogue.remember(Member("b-0123456789abcdef", str(tmp_path / "b.txt"), "2026-12-07"))
    assert not data.exists()


def settled(folder: Path) -> int:
    """The folder last changed a minute ago, as in a session (its modification time in ns)."""
    old = time.time_ns() - 60 * 10**9
    os.utime(folder, ns=(old, old))
    return old


@pytest.fixture
def listings(monkeypatch) -> list[str]:
    """The folders listed (os.walk lists with os.scandir)."""
    listed: list[str] = []
    scandir = os.scandir
    monkeypatch.setattr(os, "scandir", lambda path=".": listed.append(str(path)) or scandir(path))
    return listed


def test_a_settled_data_folder_is_listed_once_not_at_every_write(opened, listings):
    """Every write into the data folder asks whether it has gone: each listed the folder (one
    directory listing a write, 41 µs of CPU a check; benchmarks/data_folder_checks.py)."""
    settled(opened)
    assert not data_folder.gone(opened)
    for _ in range(100):
        assert data_folder.gone_at(opened / "annotations" / "a.json") is None
    assert listings == [str(opened)]


def test_a_settled_data_folder_emptied_is_gone_at_the_next_check(opened, listings):
    settled(opened)
    assert not data_folder.gone(opened)
    (opened / "settings.ini").unlink()  # the folder's modification time changes with it
    (opened / "annotations").mkdir()
    assert data_folder.gone(opened)


def test_a_folder_that_changed_just_before_its_listing_is_listed_again(opened, listings):
    """A file system keeps a folder's modification time in coarse ticks (2 s on FAT): a file
    removed in the tick of the listing leaves that time as it was, so a listing that soon
    after a change stands for nothing."""
    assert not data_folder.gone(opened)  # just made: listed, not kept
    was = os.stat(opened).st_mtime_ns
    (opened / "settings.ini").unlink()
    os.utime(opened, ns=(was, was))  # in the same tick
    assert data_folder.gone(opened)
