import json
import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest

from reader.core.annotations.store import SCHEMA_VERSION, AnnotationStore, StoreError
from reader.core.session import Session


def session(path, data_dir):
    return Session.open(path, data_dir)


def add(s, exact, **fields):
    start = s.text.index(exact)
    a = s.new_annotation(start, start + len(exact), **fields)
    s.apply(None, a)
    return a


def test_save_and_load_round_trip(notice_copy, data_dir):
    s = session(notice_copy, data_dir)
    a = add(s, "習近平同志為核心", colour="green", note="第一行\n第二行")
    s.save()
    raw = s.store.path.read_text(encoding="utf-8")
    assert "習近平同志為核心" in raw and "\\u" not in raw  # readable by a person
    data = json.loads(raw)
    assert data["version"] == SCHEMA_VERSION and data["document"]["content_hash"] == s.document.content_hash
    again = session(notice_copy, data_dir)
    assert [(x.id, x.start, x.end, x.note, x.colour) for x in again.annotations] == [
        (a.id, a.start, a.end, a.note, "green")
    ]


def test_the_same_text_elsewhere_finds_its_annotations(notice_copy, data_dir, tmp_path):
    s = session(notice_copy, data_dir)
    add(s, "工匠精神")
    s.save()
    moved = tmp_path / "moved.txt"
    notice_copy.rename(moved)
    assert len(session(moved, data_dir).annotations) == 1


@pytest.mark.parametrize(
    "content",
    [
        '{"format": "reader-annotations", "version": 1, "annotations": [{"id": 1}',
        "not json at all",
        '{"format": "reader-annotations", "version": 1, "annotations": {}}',
        "[]",
    ],
    ids=["truncated", "garbage", "wrong-shape", "not-ours"],
)
def test_a_damaged_file_is_kept_aside_and_never_overwritten(notice_copy, data_dir, content):
    s = session(notice_copy, data_dir)
    add(s, "工匠精神")
    s.save()
    s.store.path.write_text(content, encoding="utf-8")
    damaged = session(notice_copy, data_dir)
    result = damaged.load_result
    assert result.status == "corrupt" and result.message
    assert len(damaged.annotations) == 0
    assert result.backup.read_text(encoding="utf-8") == content  # kept, byte for byte
    assert ".corrupt-" in result.backup.name
    add(damaged, "勞動精神")
    damaged.save()
    assert result.backup.read_text(encoding="utf-8") == content
    assert len(session(notice_copy, data_dir).annotations) == 1


def test_a_newer_file_is_read_only_and_never_downgraded(notice_copy, data_dir):
    s = session(notice_copy, data_dir)
    add(s, "工匠精神", note="保留")
    s.save()
    data = json.loads(s.store.path.read_text(encoding="utf-8"))
    data["version"] = SCHEMA_VERSION + 1
    data["future"] = {"something": "new"}
    raw = json.dumps(data, ensure_ascii=False)
    s.store.path.write_text(raw, encoding="utf-8")
    newer = session(notice_copy, data_dir)
    assert newer.load_result.status == "newer" and newer.read_only
    assert [a.note for a in newer.annotations] == ["保留"]
    add(newer, "勞動精神")
    with pytest.raises(StoreError):
        newer.save()
    assert s.store.path.read_text(encoding="utf-8") == raw


def test_a_failed_write_keeps_the_edits_for_the_next_save(notice_copy, data_dir):
    if os.geteuid() == 0:
        pytest.skip("root writes into read-only folders")
    s = session(notice_copy, data_dir)
    folder = s.store.path.parent
    folder.mkdir(parents=True, exist_ok=True)
    folder.chmod(0o500)
    try:
        add(s, "工匠精神")
        with pytest.raises(StoreError) as info:
            s.save()
        assert str(folder) in str(info.value)
        assert s.dirty and len(s.annotations) == 1
    finally:
        folder.chmod(0o700)
    s.save()
    assert not s.dirty and len(session(notice_copy, data_dir).annotations) == 1


def test_a_folder_that_cannot_be_made_is_a_store_error(notice_copy, data_dir):
    s = session(notice_copy, data_dir)
    folder = s.store.path.parent
    folder.parent.mkdir(parents=True, exist_ok=True)
    folder.write_text("a file where the folder should be", encoding="utf-8")  # stops root too
    add(s, "工匠精神")
    with pytest.raises(StoreError) as info:
        s.save()
    assert str(folder) in str(info.value) and s.dirty and len(s.annotations) == 1
    folder.unlink()
    s.save()
    assert not s.dirty and len(session(notice_copy, data_dir).annotations) == 1


def test_a_full_disk_is_a_store_error(notice_copy, data_dir, monkeypatch):
    import reader.core.annotations.store as store

    s = session(notice_copy, data_dir)
    add(s, "工匠精神")

    def full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(store.os, "fsync", full)
    with pytest.raises(StoreError, match="No space left"):
        s.save()
    assert s.dirty
    assert not list(s.store.path.parent.glob("*.tmp"))  # no half-written temporary left behind
    monkeypatch.undo()
    s.save()
    assert len(session(notice_copy, data_dir).annotations) == 1


def test_two_sessions_merge_instead_of_overwriting(notice_copy, data_dir):
    one = session(notice_copy, data_dir)
    two = session(notice_copy, data_dir)
    a = add(one, "工匠精神")
    one.save()
    b = add(two, "勞動精神")
    assert two.save() is True  # it merged what the first one wrote
    ids = {x.id for x in session(notice_copy, data_dir).annotations}
    assert ids == {a.id, b.id}
    # a deletion in one is not undone by the other's next save
    one.reload_from_disk()
    one.apply(one.annotations.get(a.id), None)
    one.save()
    two.apply(None, two.new_annotation(0, 2))
    two.save()
    assert a.id not in {x.id for x in session(notice_copy, data_dir).annotations}


WRITER = textwrap.dedent(
    """
    import sys
    from reader.core.session import Session
    path, data, word, count = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    s = Session.open(path, data)
    start = s.text.index(word)
    for i in range(count):
        s.apply(None, s.new_annotation(start, start + len(word), note=f"{word}{i}"))
        s.save()
    """
)


def test_two_processes_lose_nothing(notice_copy, data_dir):
    procs = [
        subprocess.Popen([sys.executable, "-c", WRITER, str(notice_copy), str(data_dir), word, "25"])
        for word in ("工匠精神", "勞動精神")
    ]
    assert [p.wait(timeout=60) for p in procs] == [0, 0]
    notes = sorted(a.note for a in session(notice_copy, data_dir).annotations)
    assert notes == sorted([f"工匠精神{i}" for i in range(25)] + [f"勞動精神{i}" for i in range(25)])


KILLED = textwrap.dedent(
    """
    import sys
    from reader.core.session import Session
    s = Session.open(sys.argv[1], sys.argv[2])
    print("ready", flush=True)
    i = 0
    while True:
        s.apply(None, s.new_annotation(0, 2, note=str(i)))
        s.save()
        print(i, flush=True)
        i += 1
    """
)


def test_kill_during_saves_leaves_a_valid_file(notice_copy, data_dir):
    proc = subprocess.Popen(
        [sys.executable, "-c", KILLED, str(notice_copy), str(data_dir)], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout.readline().strip() == "ready"
    last = -1
    deadline = time.time() + 1.5
    while time.time() < deadline:
        last = int(proc.stdout.readline())
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    s = session(notice_copy, data_dir)
    assert s.load_result.status == "ok"
    # every edit reported as saved is there; at most the one in flight is missing
    assert len(s.annotations) >= last + 1


def test_store_file_name_is_stable(notice_copy, data_dir):
    a = AnnotationStore(data_dir, notice_copy, "abc")
    b = AnnotationStore(data_dir, notice_copy, "abc")
    assert a.path == b.path and a.path.name.startswith("notice-")


def test_a_record_changed_in_place_is_written_afresh(notice_copy, data_dir):
    from dataclasses import replace

    s = session(notice_copy, data_dir)
    a = add(s, "工匠精神")
    s.save()
    # the same id, time and range, another quote (as re-anchoring on edited text can give)
    s.annotations.put(replace(a, exact="工匠之心", suffix="，"))
    s.dirty = True
    s.save()
    stored = json.loads(s.store.path.read_text(encoding="utf-8"))["annotations"][0]
    assert stored["exact"] == "工匠之心" and stored["suffix"] == "，"


def test_a_store_folder_put_back_from_a_copy_still_saves(notice_copy, data_dir):
    """A data folder that is not the one read (a backup put back while the document was open,
    or a network or FUSE mount whose inode numbers are not kept) but still holds the store
    file is the store's: saved to, not refused as moved away."""
    import shutil

    s = session(notice_copy, data_dir)
    add(s, "工匠精神")
    s.save()
    folder = s.store.path.parent
    backup = folder.with_name(folder.name + "-backup")
    shutil.copytree(folder, backup)
    shutil.rmtree(folder)
    backup.rename(folder)  # the same path, a new folder (another inode) holding the store file
    add(s, "勞模精神")
    s.save()
    assert sorted(a.exact for a in session(notice_copy, data_dir).annotations) == sorted(["工匠精神", "勞模精神"])


def test_a_store_folder_moved_away_is_not_made_again(notice_copy, data_dir):
    """The data folder moved while the document was open, and its folder made again empty at
    the old place (another writer): the save is refused, so the notes are not split."""
    s = session(notice_copy, data_dir)
    add(s, "工匠精神")
    s.save()
    folder = s.store.path.parent
    folder.rename(folder.with_name("moved"))
    folder.mkdir()
    add(s, "勞模精神")
    with pytest.raises(StoreError, match="is gone"):
        s.save()
    assert not s.store.path.exists()
