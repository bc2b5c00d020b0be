"""The window says what happened to a document's notes, and never drops them (issue 12)."""

import json

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QMessageBox

from reader.app import open_settings
from reader.core.resources import notice_path
from reader.core.session import Session
from reader.gui.main_window import MainWindow
from reader.models.annotation_model import CheckRole
from tests.conftest import on_another_computer
from tests.gui.conftest import CONDITION_WAIT_MS, answer_dialog


def mark(session, word, occurrence=0, **fields):
    start = -1
    for _ in range(occurrence + 1):
        start = session.text.index(word, start + 1)
    a = session.new_annotation(start, start + len(word), **fields)
    session.apply(None, a)
    return a


def test_a_moved_highlight_is_marked_in_the_panel_and_confirmed_from_the_keyboard(
    make_window, notice_copy, data_dir, qtbot
):
    s = Session.open(notice_copy, data_dir)
    a = mark(s, "黨的二十大精神", occurrence=2)
    s.save()
    text = s.text
    cut = text.rfind("。", 0, a.start) + 1
    notice_copy.write_text(text[:cut] + text[text.index("。", a.end) + 1 :], encoding="utf-8")
    window = make_window(notice_copy)
    assert "moved" in window.current.page.messages.label.text() and window.current.page.messages.isVisible()
    model = window.annotation_dock.model
    index = model.index_of_id(a.id)
    assert model.data(index, CheckRole) == "moved, please check"
    qtbot.keyClick(window.view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert not window.session.annotations.get(a.id).needs_check
    assert model.data(model.index_of_id(a.id), CheckRole) is None
    window.controller.save()
    record = json.loads(window.session.store.path.read_text(encoding="utf-8"))["annotations"][0]
    moved = window.session.annotations.get(a.id)
    assert (record["start"], record["end"]) == (moved.start, moved.end)


def test_unreadable_records_are_counted_once(make_window, notice_copy, data_dir):
    s = Session.open(notice_copy, data_dir)
    mark(s, "工匠精神")
    bad = mark(s, "勞動精神")
    s.save()
    data = json.loads(s.store.path.read_text(encoding="utf-8"))
    next(r for r in data["annotations"] if r["id"] == bad.id)["colour"] = "orange"
    s.store.path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    window = make_window(notice_copy)
    assert "1 annotation records could not be read" in window.current.page.messages.label.text()
    assert len(window.session.annotations) == 1


def test_notes_of_a_similar_text_are_offered_and_attached(make_window, notice_copy, data_dir, tmp_path, qtbot):
    s = Session.open(notice_copy, data_dir)
    mark(s, "工匠精神", note="帶過來")
    s.save()
    text = notice_copy.read_text(encoding="utf-8")
    half = tmp_path / "half.txt"
    half.write_text(text[: len(text) // 2 + 200], encoding="utf-8")
    notice_copy.unlink()
    window = make_window()
    answer = answer_dialog(qtbot, lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    assert window.open_path(half)
    qtbot.waitUntil(lambda: answer.answered, timeout=CONDITION_WAIT_MS)
    qtbot.waitUntil(lambda: len(window.session.annotations) == 1, timeout=CONDITION_WAIT_MS)
    assert window.annotation_dock.model.rowCount() == 1  # shown in the panel at once
    window.controller.save()
    assert [a.note for a in Session.open(half, data_dir).annotations] == ["帶過來"]


def test_reattach_notes_lists_stores_whose_documents_are_gone(window, notice_copy, data_dir, tmp_path, qtbot):
    gone = tmp_path / "gone.txt"
    gone.write_text("另一篇文章。這裏有一段話，講述工匠精神的意義。", encoding="utf-8")
    other = Session.open(gone, data_dir)
    mark(other, "工匠精神", note="別處的筆記")
    other.save()
    gone.unlink()

    def choose(dialog):
        assert dialog.tree.topLevelItemCount() == 1
        assert dialog.tree.topLevelItem(0).text(1) == "1"
        dialog.accept()

    answer = answer_dialog(qtbot, choose)
    window.actions["reattach_notes"].trigger()
    assert answer.answered
    assert [a.note for a in window.session.annotations] == ["別處的筆記"]


def test_a_declined_offer_stays_listed_under_reattach_notes(make_window, notice_copy, data_dir, tmp_path, qtbot):
    """An edited copy of a document whose original is still there: the notes are offered; the
    reader says No and highlights something; File ▸ Reattach Notes… still lists them (issue 25)."""
    s = Session.open(notice_copy, data_dir)
    mark(s, "工匠精神", note="原本的筆記")
    s.save()
    text = notice_copy.read_text(encoding="utf-8")
    copy = tmp_path / "copy.txt"
    copy.write_text(text[: len(text) // 2 + 200], encoding="utf-8")
    # the notice the window opens first has notice_copy's text, and notice_copy is still there:
    # a copy is a document of its own (reader.core.identity.may_be), offered those notes too
    first = answer_dialog(qtbot, lambda box: box.button(QMessageBox.StandardButton.No).click())
    window = MainWindow(open_settings(data_dir), data_dir)
    qtbot.addWidget(window)
    assert window.open_path(notice_path())
    window.show()
    qtbot.waitUntil(lambda: first.answered, timeout=CONDITION_WAIT_MS)
    assert len(window.session.annotations) == 0
    answer = answer_dialog(qtbot, lambda box: box.button(QMessageBox.StandardButton.No).click())
    assert window.open_path(copy)
    qtbot.waitUntil(lambda: answer.answered, timeout=CONDITION_WAIT_MS)
    assert len(window.session.annotations) == 0
    start = window.session.text.index("職工")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.view.setFocus()
    window.view.select_original(start, start + 2)
    qtbot.keyClick(window.view, Qt.Key.Key_H)
    qtbot.waitUntil(lambda: len(window.session.annotations) == 1, timeout=CONDITION_WAIT_MS)
    window.controller.save()
    listed = []

    def choose(dialog):
        tree = getattr(dialog, "tree", None)  # the old code said "every file belongs to a document"
        listed.extend(tree.topLevelItem(n).text(1) for n in range(tree.topLevelItemCount()) if tree)
        dialog.accept()

    answer = answer_dialog(qtbot, choose)
    window.actions["reattach_notes"].trigger()
    assert answer.answered and listed == ["1"]
    assert sorted(a.note for a in window.session.annotations) == ["", "原本的筆記"]
    window.controller.save()
    assert [a.note for a in Session.open(notice_copy, data_dir).annotations] == ["原本的筆記"]  # copied, not taken


def test_notes_from_another_computer_show_in_the_window_and_are_not_lost_notes(
    make_window, notice_copy, data_dir, tmp_path, qtbot
):
    """A synced data folder (issue 25): the other computer's store of this text and a sync
    tool's conflict copy are merged into the panel, said once in the banner, and neither is
    listed by File ▸ Reattach Notes… as notes whose document is gone."""
    import shutil

    here = Session.open(notice_copy, data_dir)
    mark(here, "工匠精神", note="這臺電腦")
    here.save()
    elsewhere = tmp_path / "ana" / "notice.txt"
    elsewhere.parent.mkdir()
    shutil.copy(notice_copy, elsewhere)
    with on_another_computer():
        there = Session.open(elsewhere, tmp_path / "there")
        mark(there, "勞動精神", note="那臺電腦")
        there.save()
    shutil.copy(there.store.path, here.store.path.parent)
    copy = here.store.path.with_name(f"{here.store.path.stem}.sync-conflict-20261205-123456-ABCDEFG.json")
    same_path = Session.open(notice_copy, tmp_path / "there-too")
    mark(same_path, "勞模精神", note="衝突副本")
    same_path.save()
    shutil.copy(same_path.store.path, copy)
    elsewhere.unlink()
    window = make_window(notice_copy)
    model = window.annotation_dock.model

    def leaves(parent):
        rows = [model.index(r, 0, parent) for r in range(model.rowCount(parent))]
        return sum(leaves(i) if model.rowCount(i) else 1 for i in rows)

    assert len(window.session.annotations) == 3 and leaves(QModelIndex()) == 3  # in the panel
    assert "another computer" in window.current.page.messages.label.text()
    qtbot.waitUntil(lambda: not copy.exists(), timeout=CONDITION_WAIT_MS)  # merged, saved, then removed
    said = []
    answer = answer_dialog(qtbot, lambda box: (said.append(box.text()), box.accept()))
    window.actions["reattach_notes"].trigger()
    assert answer.answered and "Every annotation file belongs to a document" in said[0]
    assert sorted(a.note for a in Session.open(notice_copy, data_dir).annotations) == [
        "衝突副本",
        "這臺電腦",
        "那臺電腦",
    ]


@pytest.mark.parametrize("answer_with", ["Yes", "No"])
def test_a_copy_whose_original_was_deleted_is_offered_its_notes_not_given_them(
    notice_copy, data_dir, tmp_path, qtbot, answer_with
):
    """A copy in the library (the same text at another path), no notes of its own; its original,
    with notes, is deleted. Opened, the copy asks whether to take the original's notes, as an
    exact copy is asked; it never shows them unasked (issue 29)."""
    import shutil

    from reader.core.library.adding import add_file
    from reader.core.library.catalogue import Catalogue

    s = Session.open(notice_copy, data_dir)
    mark(s, "工匠精神", note="原本的筆記")
    s.save()
    copy = tmp_path / "copies" / "notice.txt"
    copy.parent.mkdir()
    shutil.copy(notice_copy, copy)
    catalogue = Catalogue(data_dir)
    for path in (notice_copy, copy):
        add_file(catalogue, data_dir, path)
    notice_copy.unlink()
    said = []

    def answer(box):
        said.append(box.text())
        box.button(getattr(QMessageBox.StandardButton, answer_with)).click()

    asked = answer_dialog(qtbot, answer)
    window = MainWindow(open_settings(data_dir), data_dir)
    qtbot.addWidget(window)
    assert window.open_path(copy)
    window.show()
    qtbot.waitUntil(lambda: asked.answered, timeout=CONDITION_WAIT_MS)
    assert "This note was made on" in said[0] and str(notice_copy) in said[0] and "100% like this one" in said[0]
    expected = ["原本的筆記"] if answer_with == "Yes" else []
    qtbot.waitUntil(lambda: [a.note for a in window.session.annotations] == expected, timeout=CONDITION_WAIT_MS)
