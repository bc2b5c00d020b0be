"""Two computers reading one document in a synced data folder (issue 25), as a person lives
it: both change the notes while apart, then the sync tool drops its conflict copy beside the
store while the document is open. Nothing is lost, a deletion stays, the newer edit wins, and
the page says what came in."""

import shutil
import time

import pytest

from reader.core.session import Session
from tests.gui.conftest import CONDITION_WAIT_MS
from tests.gui.test_reattach import mark

COPY_NAMES = {
    "syncthing": "{stem}.sync-conflict-20261205-123456-ABCDEFG.json",
    "dropbox": "{stem} (conflicted copy 2026-12-05).json",
    "numbered": "{stem} (1).json",
}


def apart(notice_copy, data_dir, tmp_path):
    """Notes 1-3 made and synced; then this computer adds one, the other (a copy of the synced
    folder) edits 1, deletes 2 and adds one. Returns the other computer's store file."""
    here = Session.open(notice_copy, data_dir)
    one, two, _three = (mark(here, word, note=word) for word in ("工匠精神", "勞動精神", "勞模精神"))
    here.save()
    there_dir = tmp_path / "there"
    shutil.copytree(data_dir, there_dir)
    there = Session.open(notice_copy, there_dir)
    time.sleep(1.05)  # the other computer's edit is later (times are kept to the second)
    there.apply(one, one.edited(note="那臺電腦改過"))
    there.apply(there.annotations.get(two.id), None)
    mark(there, "職工", note="那臺電腦加的")
    there.save()
    mark(here, "工人", note="這臺電腦加的")
    here.save()
    return there.store.path


@pytest.mark.parametrize("tool", COPY_NAMES)
def test_a_conflict_copy_arriving_while_open_is_merged_and_said(
    make_window, notice_copy, data_dir, tmp_path, qtbot, tool
):
    theirs = apart(notice_copy, data_dir, tmp_path)
    window = make_window(notice_copy)
    store = window.session.store.path
    window.current.page.messages.hide()
    copy = store.with_name(COPY_NAMES[tool].format(stem=store.stem))
    shutil.copy(theirs, copy)  # the sync tool, while the document is open
    qtbot.waitUntil(lambda: not copy.exists(), timeout=CONDITION_WAIT_MS)  # merged, saved, removed
    notes = sorted(a.note for a in window.session.annotations)
    assert notes == sorted(["那臺電腦改過", "勞模精神", "那臺電腦加的", "這臺電腦加的"])
    said = window.current.page.messages.label.text()
    assert window.current.page.messages.isVisible()
    assert copy.name in said and "1 added, 1 changed, 1 deleted" in said, said
    assert sorted(a.note for a in Session.open(notice_copy, data_dir).annotations) == notes


@pytest.mark.parametrize("tool", COPY_NAMES)
def test_a_conflict_copy_found_on_opening_says_what_came_in(make_window, notice_copy, data_dir, tmp_path, tool):
    theirs = apart(notice_copy, data_dir, tmp_path)
    store = Session.open(notice_copy, data_dir).store.path
    shutil.copy(theirs, store.with_name(COPY_NAMES[tool].format(stem=store.stem)))
    window = make_window(notice_copy)
    said = window.current.page.messages.label.text()
    assert "1 added, 1 changed, 1 deleted" in said, said
    assert sorted(a.note for a in window.session.annotations) == sorted(
        ["那臺電腦改過", "勞模精神", "那臺電腦加的", "這臺電腦加的"]
    )


DAMAGED = {  # a copy's content → what the page says of it
    "truncated": ('{"format": "reader-annotations", "version": 1, "annotations": [', "not valid JSON"),
    "another program": ('{"name": "another program"}', "not a Reader annotation file"),
    "empty": ("", "the file is empty"),
    "newer": (
        '{"format": "reader-annotations", "version": 99, "annotations": []}',
        "saved by a newer version of Reader",
    ),
}


@pytest.mark.parametrize("kind", DAMAGED)
def test_a_damaged_copy_found_on_opening_is_said_with_its_reason_and_kept(
    make_window, notice_copy, data_dir, tmp_path, kind
):
    apart(notice_copy, data_dir, tmp_path)
    notes = sorted(a.note for a in Session.open(notice_copy, data_dir).annotations)
    store = Session.open(notice_copy, data_dir).store.path
    copy = store.with_name(f"{store.stem} (1).json")
    content, reason = DAMAGED[kind]
    copy.write_text(content, encoding="utf-8")
    window = make_window(notice_copy)
    said = window.current.page.messages.label.text()
    assert copy.name in said and reason in said and "Nothing was merged from it" in said, said
    assert sorted(a.note for a in window.session.annotations) == notes
    assert window.controller.save() and copy.read_text(encoding="utf-8") == content


@pytest.mark.parametrize("kind", DAMAGED)
def test_a_damaged_copy_arriving_while_open_is_said_and_kept(make_window, notice_copy, data_dir, tmp_path, qtbot, kind):
    content, reason = DAMAGED[kind]
    apart(notice_copy, data_dir, tmp_path)
    window = make_window(notice_copy)
    before = sorted(a.note for a in window.session.annotations)
    window.current.page.messages.hide()
    store = window.session.store.path
    copy = store.with_name(f"{store.stem}.sync-conflict-20261205-123456-ABCDEFG.json")
    copy.write_text(content, encoding="utf-8")
    messages = window.current.page.messages
    qtbot.waitUntil(lambda: messages.isVisible() and copy.name in messages.label.text(), timeout=CONDITION_WAIT_MS)
    assert reason in messages.label.text()
    assert copy.read_text(encoding="utf-8") == content  # kept as it is
    assert sorted(a.note for a in window.session.annotations) == before


def test_a_damaged_copy_does_not_keep_the_store_saving(make_window, notice_copy, data_dir, tmp_path, qtbot):
    """Each save changes the folder the window watches; a copy that cannot be read must not
    make the next save due again (it is never removed, so that would never end)."""
    apart(notice_copy, data_dir, tmp_path)
    window = make_window(notice_copy)
    store = window.session.store.path
    (store.with_name(f"{store.stem} (1).json")).write_text("{", encoding="utf-8")
    saves = []
    window.controller.saved.connect(lambda: saves.append(1))
    qtbot.wait(1500)
    assert len(saves) <= 1, len(saves)


def test_a_full_disk_while_a_copy_arrives_loses_neither_the_copy_nor_what_is_typed(
    make_window, notice_copy, data_dir, tmp_path, qtbot, monkeypatch
):
    """The disk is full: the highlight pressed meanwhile and the sync tool's copy both wait
    (the page says the save failed; the copy is not removed), and both are written once it
    frees."""
    import errno

    from PySide6.QtCore import Qt

    from reader.core.annotations import store as store_module
    from tests.gui.test_annotations import select

    theirs = apart(notice_copy, data_dir, tmp_path)
    window = make_window(notice_copy)
    store = window.session.store.path
    written = store_module.atomic_write

    def full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(store_module, "atomic_write", full)
    select(window, "全國總工會")
    qtbot.keyClick(window.view, Qt.Key.Key_3)
    copy = store.with_name(f"{store.stem}.sync-conflict-20261205-123456-ABCDEFG.json")
    shutil.copy(theirs, copy)
    messages = window.current.page.messages
    qtbot.waitUntil(lambda: "No space left" in messages.label.text(), timeout=CONDITION_WAIT_MS)
    qtbot.wait(300)
    assert copy.exists()
    monkeypatch.setattr(store_module, "atomic_write", written)
    assert window.controller.save()
    assert not copy.exists()
    notes = sorted(a.exact if not a.note else a.note for a in Session.open(notice_copy, data_dir).annotations)
    assert notes == sorted(["全國總工會", "那臺電腦改過", "勞模精神", "那臺電腦加的", "這臺電腦加的"])


def test_a_data_folder_moved_while_open_is_said_not_made_again(make_window, notice_copy, data_dir, tmp_path, qtbot):
    """The person moves the data folder (to a path with spaces and Chinese) while a document
    is open, then highlights: the save used to make a new folder at the old place, splitting
    the notes between the two without a word. Now the page says the folder is gone, the
    highlight is kept, and it is saved once the folder is back."""
    from PySide6.QtCore import Qt

    from tests.gui.test_annotations import select

    apart(notice_copy, data_dir, tmp_path)
    window = make_window(notice_copy)
    moved = tmp_path / "我的 資料 夾"
    data_dir.rename(moved)
    (data_dir / "annotations").mkdir(parents=True)  # made again by another writer (reading progress)
    try:
        select(window, "全國總工會")
        qtbot.keyClick(window.view, Qt.Key.Key_3)
        messages = window.current.page.messages
        qtbot.waitUntil(lambda: "is gone" in messages.label.text(), timeout=CONDITION_WAIT_MS)
        assert "Your changes are kept" in messages.label.text()
        assert list(data_dir.rglob("*.json")) == []  # no notes split off at the old place
        assert "全國總工會" in [a.exact for a in window.session.annotations]
    finally:  # back in place, or closing the window at the test's end would ask what to do
        shutil.rmtree(data_dir)
        moved.rename(data_dir)
    assert window.controller.save()
    assert "全國總工會" in [a.exact for a in Session.open(notice_copy, data_dir).annotations]


def test_reading_progress_from_another_computer_is_merged_and_said(make_window, notice_copy, data_dir, tmp_path, qtbot):
    """The other computer read the notice's first sections; Syncthing left its progress file as
    a conflict copy here. It was never read: the page showed this computer's progress only,
    said nothing, and the next save here wrote over what had come in."""
    from reader.core.progress import read_progress, save_progress

    here = Session.open(notice_copy, data_dir)
    save_progress(here.store.path, here.progress)  # synced: both computers have the file
    there_dir = tmp_path / "there"
    shutil.copytree(data_dir, there_dir)
    there = Session.open(notice_copy, there_dir)
    read_there = there.progress.sections[:3]
    there.progress.read.update(read_there)
    save_progress(there.store.path, there.progress)
    progress_file = there.store.path.with_name(there.store.path.stem + ".progress.json")
    copy = here.store.path.with_name(here.store.path.stem + ".progress.sync-conflict-20261205-123456-ABCDEFG.json")
    shutil.copy(progress_file, copy)
    window = make_window(notice_copy)
    qtbot.waitUntil(lambda: not copy.exists())  # merged, written, removed
    assert set(read_there) <= window.session.progress.read
    assert window.progress.label.text() != "Read 0%"
    said = window.current.page.messages.label.text()
    assert copy.name in said and "Reading progress from another computer" in said, said
    assert set(read_there) <= read_progress(here.store.path, window.session.progress.sections)[0].read


def test_a_damaged_reading_progress_file_is_said_with_its_reason_and_kept(make_window, notice_copy, data_dir, qtbot):
    """A half-synced progress file was read as no progress, without a word, and the first
    section read wrote over it."""
    from tests.gui.test_data_folder_gone import read_a_section

    here = Session.open(notice_copy, data_dir)
    progress_file = here.store.path.with_name(here.store.path.stem + ".progress.json")
    progress_file.parent.mkdir(parents=True, exist_ok=True)
    progress_file.write_text('{"version": 1, "read": [[0, 1', encoding="utf-8")
    window = make_window(notice_copy)
    said = window.current.page.messages.label.text()
    assert "not valid JSON" in said and "kept aside" in said, said
    read_a_section(window)
    kept = list(progress_file.parent.glob("*.progress.damaged-*.json"))
    assert [p.read_text(encoding="utf-8") for p in kept] == ['{"version": 1, "read": [[0, 1']
    assert str(kept[0]) in said


def test_another_computers_words_from_a_conflict_copy_are_taken_in_and_said(make_window, notice_copy, data_dir):
    """The other computer marked 全國總工會 Treat as One Word; Dropbox kept its words.txt as a
    conflict copy. The window never read it: the word was not one here, and nothing was said."""
    from reader.core.user_words import UserWords, user_words_path

    UserWords.load(user_words_path(data_dir)).add("工匠精神")
    copy = data_dir / "words (conflicted copy 2026-12-05).txt"
    copy.write_text("# Reader\n全国总工会\n", encoding="utf-8")
    window = make_window(notice_copy)
    assert {"工匠精神", "全国总工会"} <= window.user_words.words
    said = window.messages.label.text()
    assert window.messages.isVisible() and copy.name in said, said


def test_another_computers_settings_left_by_a_sync_tool_give_their_places_and_are_said(make_window, data_dir, tmp_path):
    """The other computer read a document this one never opened; Syncthing left its
    settings.ini as a conflict copy. It was never read: the place reached there was unknown
    here, and nothing was said. Now the documents' own settings this file lacks are taken in,
    this computer's own (its zoom) stay, the copy is kept, and it is said once."""
    from reader.app import open_settings

    open_settings(data_dir).zoom = 2
    there = open_settings(tmp_path)
    there.zoom = 5
    there.set_document_position("law-0123456789abcdef", 4321)
    there.sync()
    copy = data_dir / "settings.sync-conflict-20261205-123456-ABCDEFG.ini"
    (tmp_path / "settings.ini").rename(copy)
    window = make_window()
    said = window.messages.label.text()
    assert copy.name in said and "place and script of a document read there" in said, said
    assert window.settings.document_position("law-0123456789abcdef") == 4321
    assert window.settings.zoom == 2 and copy.exists()
    window.close()
    again = make_window()
    assert copy.name not in again.messages.label.text()  # said once
