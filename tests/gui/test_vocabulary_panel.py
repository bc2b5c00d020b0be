"""The Vocabulary panel: words added from the Look Up popup (its button, the key A) show in the
panel; double-click goes to the word's place; Delete forgets; Export… writes CSV or Anki."""

import csv
import sqlite3
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

import reader.gui.vocabulary_dock as vocabulary_dock
from reader.core.vocabulary import Item, Vocabulary, vocabulary_path
from tests.gui.conftest import WORKER_WAIT_MS, answer_dialog

pytestmark = pytest.mark.usefixtures("no_jieba_in_the_window")


def _caret_in(window, qtbot, before, word):
    """The caret inside `word` where it follows `before` (the body's, not the title's)."""
    start = window.session.text.index(before + word) + len(before)
    window.view.select_original(start + 1, start + 1)
    qtbot.waitUntil(lambda: window.view.caret_original() == start + 1)
    return start


def _look_up(window, qtbot):
    popup = window.word_lookup.popup
    qtbot.keyClick(window.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: popup.isVisible() and popup.can_add, timeout=WORKER_WAIT_MS)
    return popup


def _panel(window, qtbot):
    window.actions["toggle_vocabulary"].trigger()
    dock = window.panels.vocabulary
    qtbot.waitUntil(dock.isVisible)
    return dock


def _rows(dock):
    model = dock.model
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def _click_row(qtbot, dock, row, double=False):
    table = dock.table
    centre = table.visualRect(dock.model.index(row, 0)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    if double:  # as a mouse sends it: press, release, then the double-click
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)


@pytest.mark.usefixtures("dictionary_in_data_dir")
def test_words_added_from_the_popup_show_in_the_panel_and_lead_back(window, qtbot, words, data_dir):
    path = vocabulary_path(data_dir)
    dock = _panel(window, qtbot)
    assert window.actions["toggle_vocabulary"].isChecked()
    assert dock.model.rowCount() == 0
    window.view.setFocus()

    start = _caret_in(window, qtbot, "日前", "印發")
    popup = _look_up(window, qtbot)
    qtbot.mouseClick(popup.add_button, Qt.MouseButton.LeftButton)  # the popup's button
    qtbot.waitUntil(lambda: len(Vocabulary(path).items) == 1)
    item = Vocabulary(path).items[0]
    assert (item.word, item.pinyin, item.path) == ("印發", "yìn fā", str(window.current.path))
    assert (item.start, item.end) == (start, start + 2)  # the original text's offsets
    assert window.session.text[item.start : item.end] == "印發"
    assert not popup.add_button.isEnabled()  # said once: it is in
    assert window.view.hasFocus()  # the click never took the page's focus
    qtbot.waitUntil(lambda: [r[:2] for r in _rows(dock)] == [["印發", "yìn fā"]], timeout=10000)
    assert "to print and distribute" in _rows(dock)[0][2]
    assert _rows(dock)[0][3] == window.current.title()

    qtbot.keyClick(window.view, Qt.Key.Key_Escape)
    second = _caret_in(window, qtbot, "組織", "動員")
    _look_up(window, qtbot)
    qtbot.keyClick(window.view, Qt.Key.Key_A)  # the key, while the popup shows
    qtbot.waitUntil(lambda: dock.model.rowCount() == 2, timeout=10000)
    assert _rows(dock)[1][0] == "動員"
    assert Vocabulary(path).items[1].start == second

    # double-click the first word: the caret goes to its place, the word selected
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)
    qtbot.keyClick(window.view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.view.caret_original() == 0)
    _click_row(qtbot, dock, 0, double=True)
    qtbot.waitUntil(lambda: window.view.selected_range() == (start, start + 2), timeout=15000)
    assert window.view.hasFocus()


def _keep(data_dir, path, *words):
    vocabulary = Vocabulary(vocabulary_path(data_dir))
    for i, (word, pinyin, sense) in enumerate(words):
        vocabulary.add(Item(word, pinyin, sense, f"這是{word}的句子。", "通知", path=str(path), start=i, end=i + 1))
    return vocabulary


WORDS = (
    ("印發", "yìn fā", "to print and distribute"),
    ("有關", "yǒu guān", "relevant"),
    ("通知", "tōng zhī", "notice"),
)


def test_delete_forgets_the_selected_word(window, qtbot, data_dir):
    _keep(data_dir, window.current.path, *WORDS)
    dock = _panel(window, qtbot)
    assert [r[0] for r in _rows(dock)] == ["印發", "有關", "通知"]
    _click_row(qtbot, dock, 1)
    assert dock.table.hasFocus()
    qtbot.keyClick(dock.table, Qt.Key.Key_Delete)
    assert [r[0] for r in _rows(dock)] == ["印發", "通知"]
    assert [i.word for i in Vocabulary(vocabulary_path(data_dir)).items] == ["印發", "通知"]
    assert dock.findChild(QLabel, "vocabularyCount").text() == "Words: 2"
    assert dock.findChild(QLabel, "vocabularyCount").textFormat() == Qt.TextFormat.PlainText


def _export_to(monkeypatch, target, kind):
    monkeypatch.setattr(
        vocabulary_dock.QFileDialog,
        "getSaveFileName",
        staticmethod(lambda *args, **kw: (str(target), vocabulary_dock.FILTERS[kind])),
    )


def test_export_writes_csv_and_an_anki_deck(window, qtbot, data_dir, tmp_path, monkeypatch):
    _keep(data_dir, window.current.path, *WORDS)
    dock = _panel(window, qtbot)

    _export_to(monkeypatch, tmp_path / "words", "csv")  # the kind chosen names the file
    qtbot.mouseClick(dock.export_button, Qt.MouseButton.LeftButton)
    with open(tmp_path / "words.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert [(r["word"], r["pinyin"], r["sense"]) for r in rows] == list(WORDS)
    assert "3" in dock.count.text() and "words.csv" in dock.count.text()

    _export_to(monkeypatch, tmp_path / "deck.apkg", "apkg")
    qtbot.mouseClick(dock.export_button, Qt.MouseButton.LeftButton)
    with zipfile.ZipFile(tmp_path / "deck.apkg") as deck:
        deck.extract("collection.anki2", tmp_path)
    notes = sqlite3.connect(tmp_path / "collection.anki2").execute("SELECT flds FROM notes").fetchall()
    fields = sorted(row[0].split("\x1f") for row in notes)
    assert [f[1:4] for f in fields] == sorted([list(w) for w in WORDS])
    assert any("這是<b>印發</b>的句子。" == f[0] for f in fields)  # front: the word in its sentence


def test_the_export_proposes_a_name_in_the_home_folder(window, qtbot, data_dir, monkeypatch):
    """As the notebook's and the comparison's exports: not a bare name, which Qt's dialog opens
    in the folder Reader was launched from."""
    _keep(data_dir, window.current.path, WORDS[0])
    dock = _panel(window, qtbot)
    proposed = []
    monkeypatch.setattr(
        vocabulary_dock.QFileDialog,
        "getSaveFileName",
        staticmethod(lambda *args, **kw: proposed.append(Path(args[2])) or ("", "")),
    )
    qtbot.mouseClick(dock.export_button, Qt.MouseButton.LeftButton)
    assert proposed == [Path.home() / "vocabulary.apkg"]


def test_one_word_exported_is_said_in_the_singular(window, qtbot, data_dir, tmp_path, monkeypatch):
    _keep(data_dir, window.current.path, WORDS[0])
    dock = _panel(window, qtbot)
    _export_to(monkeypatch, tmp_path / "word.csv", "csv")
    qtbot.mouseClick(dock.export_button, Qt.MouseButton.LeftButton)
    assert dock.count.text() == f"1 word exported to {tmp_path / 'word.csv'}."


def test_an_export_that_fails_says_why_and_loses_nothing(window, qtbot, data_dir, tmp_path, monkeypatch):
    _keep(data_dir, window.current.path, *WORDS)
    before = vocabulary_path(data_dir).read_bytes()
    dock = _panel(window, qtbot)
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    said = []

    def read(box):
        said.append(box.text())
        box.accept()

    for name, kind in (("deck.apkg", "apkg"), ("words.csv", "csv")):
        _export_to(monkeypatch, blocker / name, kind)
        answer = answer_dialog(qtbot, read)
        qtbot.mouseClick(dock.export_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda answer=answer: answer.answered)
    assert len(said) == 2
    assert all("could not be exported" in text and "unchanged" in text for text in said)
    assert vocabulary_path(data_dir).read_bytes() == before
    assert blocker.read_text(encoding="utf-8") == "not a folder"
    assert [r[0] for r in _rows(dock)] == ["印發", "有關", "通知"]


def test_another_computers_words_left_by_a_sync_tool_show_and_are_said(window, qtbot, data_dir):
    """The other computer kept 通知 while apart; Syncthing left its vocabulary.json as a
    conflict copy. The panel never read it: the word was missing, nothing was said, and it was
    missing from every deck exported here."""
    _keep(data_dir, window.current.path, *WORDS[:2])
    there = data_dir / "there"
    there.mkdir()
    _keep(there, window.current.path, WORDS[2])
    copy = data_dir / "vocabulary.sync-conflict-20261205-123456-ABCDEFG.json"
    vocabulary_path(there).rename(copy)
    dock = _panel(window, qtbot)
    assert [r[0] for r in _rows(dock)] == ["印發", "有關", "通知"]
    said = dock.findChild(QLabel, "vocabularyCount").text()
    assert copy.name in said, said
    _click_row(qtbot, dock, 0)
    qtbot.keyClick(dock.table, Qt.Key.Key_Delete)  # the next change writes the three, and the copy goes
    assert not copy.exists()
    assert [i.word for i in Vocabulary(vocabulary_path(data_dir)).items] == ["有關", "通知"]


def test_the_empty_panel_says_how_words_come_to_it(window, qtbot, data_dir):
    """An empty Vocabulary panel showed an empty table and "Words: 0", nothing of how a word is
    kept: it says so until a word is there, and again once the last is deleted."""
    dock = _panel(window, qtbot)
    hint = dock.findChild(QLabel, "vocabularyHint")
    assert hint is not None and hint.isVisible()
    assert "Ctrl+D" in hint.text() and "Add to Vocabulary" in hint.text()
    assert hint.textFormat() == Qt.TextFormat.PlainText
    assert dock.table.height() < 60  # its header only: the hint has the room
    _keep(data_dir, window.current.path, WORDS[0])
    dock.reload()
    qtbot.waitUntil(lambda: not hint.isVisible())
    assert dock.table.height() > 100
    _click_row(qtbot, dock, 0)
    qtbot.keyClick(dock.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(hint.isVisible)
