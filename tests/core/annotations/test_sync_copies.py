"""A data folder kept in a sync tool (issue 25): every tool's conflict copies and every
computer's own store of a document are merged in, nothing hidden, nothing lost."""

import json
import shutil

import pytest

from reader.cli import main
from reader.core.annotations.store_info import orphaned_stores, store_files
from reader.core.annotations.sync_copies import conflict_copies, original_stem
from reader.core.session import Session
from tests.conftest import on_another_computer
from tests.core.annotations.test_never_lost import add as mark

KEY = "notice-0123456789abcdef"

# each tool's name for a copy of KEY.json, as the tools write them
TOOL_COPIES = {
    "syncthing": f"{KEY}.sync-conflict-20261205-123456-ABCDEFG",
    "dropbox": f"{KEY} (conflicted copy 2026-12-05)",
    "dropbox, with the computer's owner": f"{KEY} (Ana's conflicted copy 2026-12-05)",
    "dropbox, a second one that day": f"{KEY} (Ana's conflicted copy 2026-12-05 (1))",
    "nextcloud": f"{KEY} (conflicted copy 2026-12-05 123456)",
    "nextcloud, with the user": f"{KEY} (conflicted copy ana 2026-12-05 123456)",
    "owncloud before 2.5": f"{KEY}_conflict-20261205-123456",
    "onedrive": f"{KEY}-LAPTOP",
    "onedrive, a second one": f"{KEY}-LAPTOP-1",
    "a numbered copy": f"{KEY} (1)",
    "a copy of a copy": f"{KEY}.sync-conflict-20261205-123456-ABCDEFG (1)",
}


@pytest.mark.parametrize("tool", TOOL_COPIES)
def test_each_tool_s_copy_name_is_recognised(tool):
    assert original_stem(TOOL_COPIES[tool]) == KEY


@pytest.mark.parametrize(
    "stem",
    [
        KEY,  # the store itself
        f"{KEY}.progress",  # its reading progress
        f"{KEY}.corrupt-20261205-123456",  # kept aside: never read as a store again
        f"{KEY}.attached-20261205-123456",
        f"{KEY}.attached-20261205-123456 (1)",
        "other-0123456789abcdef-fedcba9876543210",  # a store whose document's name held a key
        "notes (conflicted copy 2026-12-05)",  # a copy of something that is not a store
    ],
)
def test_other_files_are_not_taken_for_copies(stem):
    assert original_stem(stem) is None


def add(s, word, occurrence=0, **fields):
    """Highlight, and save: each computer's saves are what the sync tool copies."""
    a = mark(s, word, occurrence, **fields)
    s.save()
    return a


WORDS = ["職工", "工作", "工人", "精神"]


def test_two_computers_in_a_sync_folder_hide_nothing(notice_copy, data_dir, tmp_path, capsys):
    """This computer's store, one conflict copy from each tool (each holding a note the other
    computer made), and the other computer's own store of the same text (its document at a
    path this computer does not have) with a conflict copy of its own: the window, `reader
    export` and the next save see every note; Reattach lists none of them as lost."""
    here = Session.open(notice_copy, data_dir)
    notes = {add(here, "工匠精神", note="here").id: "here"}
    folder = here.store.path.parent
    stem = here.store.path.stem
    # the other computer, with the same document path: its saves became the tools' copies
    there_dir = tmp_path / "there"
    for n, (tool, name) in enumerate(TOOL_COPIES.items()):
        shutil.rmtree(there_dir, ignore_errors=True)
        there = Session.open(notice_copy, there_dir)
        a = add(there, WORDS[n % len(WORDS)], occurrence=n // len(WORDS), note=tool)
        notes[a.id] = tool
        shutil.copy(there.store.path, folder / (name.replace(KEY, stem) + ".json"))
    # a copy that is not a store at all: kept, never removed
    (folder / f"{stem} (2).json").write_text("{ half a file", encoding="utf-8")
    # the other computer's own store: the same text at another path (key)
    elsewhere = tmp_path / "home" / "ana" / "notice.txt"
    elsewhere.parent.mkdir(parents=True)
    shutil.copy(notice_copy, elsewhere)
    shutil.rmtree(there_dir)
    with on_another_computer():
        there = Session.open(elsewhere, there_dir)
        for word in ("工會", "發展"):
            a = add(there, word, note="other computer")
            notes[a.id] = "other computer"
        shutil.copy(there.store.path, folder)
        other_store = folder / there.store.path.name
        a = add(there, "工作", note="other computer's conflict copy")
        notes[a.id] = "other computer's conflict copy"
    shutil.copy(there.store.path, folder / f"{there.store.path.stem}.sync-conflict-20261205-130000-HIJKLMN.json")
    elsewhere.unlink()  # on this computer, that path does not exist
    assert len(notes) == 1 + len(TOOL_COPIES) + 3

    opened = Session.open(notice_copy, data_dir)
    assert {a.id: a.note for a in opened.annotations} == notes
    assert opened.dirty  # the merge is written at once
    assert [p.name for p in opened.load_result.unmerged] == [f"{stem} (2).json"]
    assert orphaned_stores(folder) == []  # the other computer's store is merged, not "lost"

    assert main(["export", str(notice_copy), "--format", "json"]) == 0
    exported = json.loads(capsys.readouterr().out)
    assert sorted(item["id"].removeprefix("urn:uuid:") for item in exported["first"]["items"]) == sorted(notes)

    opened.save()
    assert conflict_copies(opened.store.path) == [folder / f"{stem} (2).json"]  # merged ones removed
    assert other_store.exists()  # the other computer keeps writing its own: read, never removed
    again = Session.open(notice_copy, data_dir)
    assert {a.id: a.note for a in again.annotations} == notes
    assert again.load_result.status == "ok"


def test_a_deletion_is_not_undone_by_the_other_computer_s_store(notice_copy, data_dir, tmp_path):
    elsewhere = tmp_path / "other" / "notice.txt"
    elsewhere.parent.mkdir()
    shutil.copy(notice_copy, elsewhere)
    with on_another_computer():
        there = Session.open(elsewhere, tmp_path / "there")
        theirs = add(there, "勞動精神", note="theirs")
    here = Session.open(notice_copy, data_dir)
    add(here, "工匠精神")
    shutil.copy(there.store.path, here.store.path.parent)
    elsewhere.unlink()
    opened = Session.open(notice_copy, data_dir)
    assert theirs.id in opened.annotations
    opened.apply(opened.annotations.get(theirs.id), None)
    opened.save()
    assert theirs.id not in Session.open(notice_copy, data_dir).annotations


def test_an_edit_on_each_computer_keeps_the_newer(notice_copy, data_dir):
    """The copy's version of a note is newer than the store's: the copy's wins, as in any merge."""
    here = Session.open(notice_copy, data_dir)
    a = add(here, "工匠精神", note="older, in the store")
    data = json.loads(here.store.path.read_text(encoding="utf-8"))
    data["annotations"][0].update(note="newer, in the copy", modified="2999-01-01T00:00:00+00:00")
    copy = here.store.path.with_name(f"{here.store.path.stem} (conflicted copy 2026-12-05).json")
    copy.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert Session.open(notice_copy, data_dir).annotations.get(a.id).note == "newer, in the copy"


def test_a_copy_arriving_while_the_document_is_open_is_merged_and_removed(notice_copy, data_dir, tmp_path):
    here = Session.open(notice_copy, data_dir)
    add(here, "工匠精神")
    there = Session.open(notice_copy, tmp_path / "there")
    theirs = add(there, "勞動精神", note="synced while open")
    copy = here.store.path.with_name(f"{here.store.path.stem}.sync-conflict-20261205-123456-ABCDEFG.json")
    shutil.copy(there.store.path, copy)
    assert here.reload_from_disk() and theirs.id in here.annotations and here.dirty
    here.save()
    assert not copy.exists()
    assert theirs.id in Session.open(notice_copy, data_dir).annotations


def test_a_copy_from_a_newer_reader_is_kept(notice_copy, data_dir, tmp_path):
    here = Session.open(notice_copy, data_dir)
    add(here, "工匠精神")
    data = json.loads(here.store.path.read_text(encoding="utf-8"))
    data["version"] = 99
    copy = here.store.path.with_name(f"{here.store.path.stem} (1).json")
    copy.write_text(json.dumps(data), encoding="utf-8")
    opened = Session.open(notice_copy, data_dir)
    assert opened.load_result.unmerged == [copy]
    add(opened, "勞動精神")
    assert copy.exists()  # its records cannot be merged by this version: never removed
    assert store_files(copy.parent) == [opened.store.path]


def test_two_edits_in_the_same_second_leave_both_computers_with_the_same_note(notice_copy, data_dir):
    """Times are kept to the second: two computers that edit one note within the same second
    must still agree after they sync, whichever merges the other's file in (each kept its own)."""
    from dataclasses import replace

    from reader.core.annotations.records import StoreState, merge

    a = mark(Session.open(notice_copy, data_dir), "工匠精神")
    here = replace(a, note="這臺電腦", modified="2026-12-05T10:00:00+00:00")
    there = replace(a, note="那臺電腦", modified="2026-12-05T10:00:00+00:00")
    on_here = merge(StoreState([here]), StoreState([there])).annotations
    on_there = merge(StoreState([there]), StoreState([here])).annotations
    assert [x.note for x in on_here] == [x.note for x in on_there]


def test_tombstones_older_than_a_year_are_forgotten_as_the_store_is_written(notice_copy, data_dir):
    """Every deletion ever made stayed in the file: a tombstone is needed only while a copy
    made before it can still arrive (reader.core.removals.KEPT_DAYS)."""
    here = Session.open(notice_copy, data_dir)
    kept, gone = add(here, "工匠精神"), add(here, "勞動精神")
    here.apply(here.annotations.get(kept.id), None)
    here.apply(here.annotations.get(gone.id), None)
    here.deleted[gone.id] = "2024-01-01T00:00:00+00:00"  # deleted three years ago
    here.save()
    data = json.loads(here.store.path.read_text(encoding="utf-8"))
    assert list(data["deleted"]) == [kept.id]


def test_a_deletion_undone_is_not_deleted_again_by_a_copy_holding_the_deletion(notice_copy, data_dir):
    """Undo gave the note back with its old time, older than the tombstone the other computer's
    copy (synced after the deletion) holds: the next merge deleted it again."""
    import time

    here = Session.open(notice_copy, data_dir)
    kept = add(here, "工匠精神")
    time.sleep(1.05)  # times are kept to the second
    here.apply(here.annotations.get(kept.id), None)
    here.save()
    copy = here.store.path.with_name(f"{here.store.path.stem} (conflicted copy 2026-12-05).json")
    shutil.copy(here.store.path, copy)  # the other computer's, after it took in the deletion
    time.sleep(1.05)
    here.apply(None, kept)  # Edit ▸ Undo
    here.save()
    assert not copy.exists()
    assert kept.id in Session.open(notice_copy, data_dir).annotations
