"""Reading progress in a synced data folder: two computers write one document's progress file.
Each save merges what the file and a sync tool's conflict copies hold, so nothing read on
either computer is lost and the two files converge; a damaged file is kept aside and said."""

import json
import shutil

import pytest

from reader.core import progress as progress_module
from reader.core.progress import ReadingProgress, save_progress

SECTIONS = [(0, 12), (12, 1000), (1000, 1100), (1100, 1200)]
COPIES = {
    "syncthing": "doc-0123456789abcdef.progress.sync-conflict-20261205-123456-ABCDEFG.json",
    "dropbox": "doc-0123456789abcdef.progress (conflicted copy 2026-12-05).json",
    "numbered": "doc-0123456789abcdef.progress (1).json",
}


def read_progress(store, sections):
    """The progress and what was found (on the old code: load_progress, which found nothing)."""
    if hasattr(progress_module, "read_progress"):
        return progress_module.read_progress(store, sections)
    return progress_module.load_progress(store, sections), None


def reading(store, *sections):
    progress = read_progress(store, SECTIONS)[0]
    for start, end in sections:
        progress.observe(start, end, 1000)
    return progress


@pytest.fixture
def two(tmp_path):
    """This computer's data folder and the other's (a copy, as a sync tool keeps it)."""
    here, there = tmp_path / "here" / "annotations", tmp_path / "there" / "annotations"
    here.mkdir(parents=True)
    return here / "doc-0123456789abcdef.json", there / "doc-0123456789abcdef.json"


def sync(source, target):
    shutil.copy(source.with_name(source.stem + ".progress.json"), target.with_name(target.stem + ".progress.json"))


def test_the_other_computers_reading_is_kept_when_this_one_saves(two):
    """Both opened the document; the other read the second section and its file came over;
    this one, still open with the progress it read at opening, read the third: its save
    wrote what it held, and the other computer's reading was gone from both."""
    here, there = two
    save_progress(here, reading(here, (0, 12)))
    shutil.copytree(here.parent.parent, there.parent.parent)
    mine = reading(here)  # open here
    save_progress(there, reading(there, (12, 1000)))  # read there, and synced here
    sync(there, here)
    mine.observe(1000, 1100, 1000)
    save_progress(here, mine)
    merged = read_progress(here, SECTIONS)[0].read
    assert merged == {(0, 12), (12, 1000), (1000, 1100)}
    assert mine.read == merged  # and the window shows it


@pytest.mark.parametrize("tool", COPIES)
def test_a_conflict_copy_is_merged_said_and_removed_once_saved(two, tool):
    here, there = two
    save_progress(here, reading(here, (0, 12)))
    shutil.copytree(here.parent.parent, there.parent.parent)
    save_progress(there, reading(there, (12, 1000)))
    save_progress(here, reading(here, (1000, 1100)))
    copy = here.parent / COPIES[tool]
    shutil.copy(there.with_name(there.stem + ".progress.json"), copy)
    progress, news = read_progress(here, SECTIONS)
    assert progress.read == {(0, 12), (12, 1000), (1000, 1100)}
    assert news.merged == [copy] and progress.unsaved
    save_progress(here, progress)
    assert not copy.exists()
    assert read_progress(here, SECTIONS)[0].read == progress.read


@pytest.mark.parametrize(
    ("content", "reason"),
    [(b"{oops", "not valid JSON"), (b"", "the file is empty"), (b"[1, 2]", "not a Reader"), (b"\xff\xfe{", "UTF-8")],
)
def test_a_damaged_progress_file_is_kept_aside_and_said(two, content, reason):
    """It was read as no progress and overwritten by the next save, without a word."""
    here, _ = two
    damaged = here.with_name(here.stem + ".progress.json")
    damaged.write_bytes(content)
    progress, news = read_progress(here, SECTIONS)
    assert reason in news.damaged
    assert news.kept_aside is not None and news.kept_aside.read_bytes() == content
    assert progress.read == set()
    save_progress(here, reading(here, (0, 12)))
    assert news.kept_aside.read_bytes() == content  # never overwritten, never taken for a copy
    assert read_progress(here, SECTIONS)[1].merged == []


def test_a_damaged_copy_is_said_and_kept(two):
    here, _ = two
    save_progress(here, reading(here, (0, 12)))
    copy = here.parent / COPIES["syncthing"]
    copy.write_text("{half a file", encoding="utf-8")
    progress, news = read_progress(here, SECTIONS)
    assert news.unreadable == {copy: "not valid JSON"}
    save_progress(here, progress)
    assert copy.read_text(encoding="utf-8") == "{half a file"


def test_a_reset_is_not_undone_by_what_was_saved_before_it(two):
    """Merging takes the union: a reset here must not be filled again from the file or from
    the other computer's older copy; reading there after the reset still counts."""
    here, there = two
    save_progress(here, reading(here, (0, 12), (12, 1000)))
    shutil.copytree(here.parent.parent, there.parent.parent)
    old_there = there.with_name(there.stem + ".progress.json").read_text(encoding="utf-8")
    mine = reading(here)
    mine.reset()
    save_progress(here, mine)
    assert read_progress(here, SECTIONS)[0].read == set()
    shutil.copy(there.with_name(there.stem + ".progress.json"), here.parent / COPIES["dropbox"])
    assert read_progress(here, SECTIONS)[0].read == set()  # the copy was saved before the reset
    later = ReadingProgress(list(SECTIONS))
    from reader.core.progress_file import parse

    later.take_in(parse(old_there))
    assert later.read == {(0, 12), (12, 1000)}  # without a reset, the same copy counts


def test_a_file_written_before_times_were_kept_still_reads(two):
    here, _ = two
    here.with_name(here.stem + ".progress.json").write_text(
        json.dumps({"version": 1, "read": [[0, 12]], "dwell": {"0-12": 5.0}}), encoding="utf-8"
    )
    progress, news = read_progress(here, SECTIONS)
    assert progress.read == {(0, 12)} and not news.damaged
