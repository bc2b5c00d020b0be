"""Two computers, one synced data folder, the window open: what the sync tool brings while it
is open is taken in at once and said once (it waited for the next change of that file), and
what was removed here stays removed (the lists were merged as the union of both computers')."""

from __future__ import annotations

import json
import shutil
import time
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from reader.core.library.catalogue import Catalogue, members_file
from reader.core.session import Session
from reader.core.user_words import UserWords, user_words_path
from tests.gui.conftest import WORKER_WAIT_MS
from tests.gui.test_library_tags import _click_row, _rows
from tests.gui.test_library_view import _folder, _library

SYNCTHING = "{stem}.sync-conflict-20261205-123456-ABCDEFG{suffix}"


def _copy_name(path: Path) -> Path:
    return path.with_name(SYNCTHING.format(stem=path.stem, suffix=path.suffix))


def test_a_book_removed_in_the_library_stays_removed_when_the_other_computer_s_list_arrives(window, qtbot, tmp_path):
    library, _ = _library(window, qtbot, tmp_path, _folder(tmp_path))
    members = members_file(Path(window.data_dir))
    theirs = members.read_bytes()  # the other computer's list: every book, synced before the removal
    dates = [d for d, _ in _rows(library)]
    assert "2015-03-15" in dates
    _click_row(library, dates.index("2015-03-15"))
    QTest.keyClick(library.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: "removed from the library" in library.status.text(), timeout=WORKER_WAIT_MS)
    assert "2015-03-15" not in [d for d, _ in _rows(library)]
    assert "its file and notes are kept" in library.status.text()

    # meanwhile the other computer tagged a book; its list lands here as a conflict copy
    copy = _copy_name(members)
    catalogue = Catalogue(Path(window.data_dir))
    tagged = next(m for m in catalogue.members() if m.path.endswith("law-company-2023.md")).identity
    catalogue.close()
    data = json.loads(theirs)
    for record in data["documents"]:
        if record["identity"] == tagged:
            record["tags"], record["tag_times"] = ["那边"], {"那边": time.time()}
    copy.write_text(json.dumps(data), encoding="utf-8")
    qtbot.waitUntil(lambda: not copy.exists(), timeout=WORKER_WAIT_MS)  # taken in while open
    qtbot.waitUntil(lambda: "那边" in [t for _, t in _rows(library)], timeout=WORKER_WAIT_MS)
    assert "2015-03-15" not in [d for d, _ in _rows(library)]  # still removed
    said = library.status.text()
    assert copy.name in said and "merged" in said, said


def test_a_word_removed_here_stays_removed_and_a_copy_arriving_while_open_is_taken_in(window, qtbot, words, data_dir):
    text = window.session.text
    start = text.index("偉大變革")
    window.view.select_original(start, start + 4)
    window.actions["treat_as_one_word"].trigger()  # one word …
    window.view.select_original(start, start + 4)
    window.actions["treat_as_one_word"].trigger()  # … and no longer
    path = user_words_path(data_dir)
    assert "伟大变革" not in UserWords.load(path).words
    # the other computer's words, synced before the removal, with a word of its own
    copy = _copy_name(path)
    window.messages.hide()
    copy.write_text("# Reader\n伟大变革\n工匠精神\n", encoding="utf-8")
    qtbot.waitUntil(lambda: "工匠精神" in window.user_words.words, timeout=WORKER_WAIT_MS)
    assert "伟大变革" not in window.user_words.words
    said = window.messages.label.text()
    assert window.messages.isVisible() and copy.name in said, said
    # said once: another change of the folder says nothing more
    window.messages.hide()
    (data_dir / "unrelated.txt").write_text("x", encoding="utf-8")
    qtbot.wait(800)
    assert not window.messages.isVisible()
    # the word counts in the page's words: cut again with it
    qtbot.waitUntil(lambda: window.view.words is not words, timeout=WORKER_WAIT_MS)


def test_the_other_computer_s_words_file_replacing_this_one_is_taken_in(window, qtbot, data_dir):
    path = user_words_path(data_dir)
    window.messages.hide()
    there = data_dir / "there.txt"
    UserWords.load(there).add("工匠精神")
    there.replace(path)  # the sync tool writes the newer file over this one
    qtbot.waitUntil(lambda: "工匠精神" in window.user_words.words, timeout=WORKER_WAIT_MS)
    assert window.messages.isVisible() and "taken in" in window.messages.label.text()


def test_reading_progress_from_another_computer_arriving_while_open_is_merged_and_said(
    make_window, notice_copy, data_dir, tmp_path, qtbot
):
    from reader.core.progress import progress_path, read_progress, save_progress

    window = make_window(notice_copy)
    here = window.session
    # nothing more read here meanwhile (the page's sections on screen are read, or the reader is away):
    # the copy waited for the next section read
    window.progress.timer.stop()
    there_dir = tmp_path / "there"
    shutil.copytree(data_dir, there_dir)
    there = Session.open(notice_copy, there_dir)
    read_there = there.progress.sections[:3]
    there.progress.read.update(read_there)
    save_progress(there.store.path, there.progress)
    window.current.page.messages.hide()
    copy = _copy_name(progress_path(here.store.path))
    shutil.copy(progress_path(there.store.path), copy)
    qtbot.waitUntil(lambda: not copy.exists(), timeout=WORKER_WAIT_MS)  # merged, written, removed
    assert set(read_there) <= window.session.progress.read
    said = window.current.page.messages.label.text()
    assert copy.name in said and "Reading progress from another computer" in said, said
    assert set(read_there) <= read_progress(here.store.path, here.progress.sections)[0].read
