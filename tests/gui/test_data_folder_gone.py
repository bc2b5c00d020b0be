"""The data folder moved or deleted while the window is open (a person tidying their synced
folder): no writer makes a new one at the old path (that split the reader's progress,
settings and library between two folders without a word), the window says it once, keeps
what it could not write, and writes it there once the folder is back."""

import shutil

from PySide6.QtWidgets import QMessageBox

from reader.app import open_settings
from reader.core.identity import identity_of
from reader.core.progress import load_progress, progress_path
from tests.gui.conftest import answer_dialog


def read_a_section(window) -> None:
    """Seconds of the page on screen, as the tracker's timer counts them, until a section is read."""
    window.progress.timer.stop()  # ticks by hand: one call is one second on screen
    progress = window.session.progress
    before = set(progress.read)
    for _ in range(30):
        window.progress.tick()
        if progress.read != before:
            return
    raise AssertionError("no section became read")


def the_old_place_holds_nothing(data_dir) -> bool:
    return not data_dir.exists() or not any(data_dir.iterdir())


def test_reading_progress_made_while_the_folder_is_gone_is_said_kept_and_saved_when_back(
    make_window, notice_copy, data_dir, tmp_path, qtbot
):
    """The progress writer made `data/annotations/…progress.json` again at the old place (the
    annotations folder with it), so the notes' own guard saw a folder there and the reader's
    progress was split off without a word."""
    window = make_window(notice_copy)
    store = window.session.store.path
    moved = tmp_path / "我的 資料 夾"
    data_dir.rename(moved)
    read_a_section(window)
    assert the_old_place_holds_nothing(data_dir), sorted(data_dir.rglob("*"))
    said = window.messages.label.text()
    assert window.messages.isVisible() and str(data_dir) in said and "is gone" in said, said
    assert "Could not save the reading progress" not in window.statusBar().currentMessage()
    read_a_section(window)  # more reading: still kept, said once
    assert said == window.messages.label.text()
    kept = set(window.session.progress.read)
    moved.rename(data_dir)
    qtbot.waitUntil(lambda: progress_path(store).exists())  # the window looks again (every 5 s)
    assert load_progress(store, window.session.progress.sections).read == kept
    assert not window.messages.isVisible()


def test_settings_changed_while_the_folder_is_gone_are_not_written_at_the_old_place(
    make_window, notice_copy, data_dir, tmp_path, qtbot
):
    """QSettings makes the folders its file needs at every change and when it is destroyed:
    a zoom, a place in a document, a recent file, the window's layout at the end made a new
    data folder holding settings.ini alone."""
    window = make_window(notice_copy)
    key = identity_of(window.session.store.path)
    moved = tmp_path / "moved"
    data_dir.rename(moved)
    window.settings.set_document_position(key, 120)
    window.settings.zoom = 3
    assert window.settings.zoom == 3  # what is held is what the window reads back
    window.settings.sync()
    assert the_old_place_holds_nothing(data_dir)
    assert "is gone" in window.messages.label.text()
    moved.rename(data_dir)
    qtbot.waitUntil(lambda: not window.settings.held)
    back = open_settings(data_dir)
    assert back.zoom == 3 and back.document_position(key) == 120


def test_closing_while_the_folder_is_gone_asks_and_makes_nothing_at_the_old_place(
    make_window, notice_copy, data_dir, tmp_path, qtbot
):
    """Closing wrote the window's layout and places into a new settings.ini at the old path.
    Now the reader is asked; Discard closes and writes nothing anywhere."""
    window = make_window(notice_copy)
    data_dir.rename(tmp_path / "moved")
    texts = []

    def discard(dialog):
        texts.append(dialog.text())
        dialog.button(QMessageBox.StandardButton.Discard).click()

    answer = answer_dialog(qtbot, discard)
    window.close()
    assert answer.answered and str(data_dir) in texts[0]
    assert not window.isVisible()
    window.settings.sync()
    del window
    import gc

    gc.collect()
    assert not data_dir.exists()


def test_opening_another_document_while_the_folder_is_gone_makes_no_folder(
    make_window, notice_copy, data_dir, tmp_path, qtbot
):
    """Opening a document watched its annotations folder (made first), remembered it as
    recent and added it to the library: each made the data folder again."""
    window = make_window(notice_copy)
    moved = tmp_path / "moved"
    data_dir.rename(moved)
    other = tmp_path / "另一篇.txt"
    other.write_text("第二篇文章\n\n這是另一篇文章的正文。\n", encoding="utf-8")
    assert window.open_path(other)
    qtbot.waitUntil(lambda: window.current.path == other)
    qtbot.wait(500)  # the library's add, in the worker
    assert the_old_place_holds_nothing(data_dir), sorted(data_dir.rglob("*"))
    moved.rename(data_dir)
    qtbot.waitUntil(lambda: not window.data_folder.waiting)
    assert str(other) in [r.path for r in open_settings(data_dir).recent()]
    shutil.rmtree(tmp_path / "moved", ignore_errors=True)
