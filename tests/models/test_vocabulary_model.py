"""The vocabulary model obeys Qt's model rules, reads the core's file and removes through it."""

import os

from PySide6.QtCore import Qt

from reader.core.vocabulary import Item, Vocabulary, vocabulary_path
from reader.models.vocabulary_model import ItemRole, VocabularyModel


def _add(path, word, pinyin, sense, document="通知"):
    Vocabulary(path).add(Item(word, pinyin, sense, f"……{word}……。", document))


def test_vocabulary_model_is_a_valid_model_over_the_file(qtmodeltester, data_dir):
    path = vocabulary_path(data_dir)
    model = VocabularyModel(path)
    qtmodeltester.check(model)
    assert model.rowCount() == 0  # nothing read before it is shown
    _add(path, "印發", "yìn fā", "to print and distribute")
    _add(path, "工會", "gōng huì", "labor union\ntrade union", "<b>notice</b>")
    model.reload()
    qtmodeltester.check(model)
    rows = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]
    assert rows == [
        ["印發", "yìn fā", "to print and distribute", "通知"],
        ["工會", "gōng huì", "labor union; trade union", "<b>notice</b>"],
    ]
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    assert headers == ["Word", "Pinyin", "Gloss", "Source"]
    assert model.index(1, 0).data(ItemRole).word == "工會"
    assert "&lt;" not in model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)  # the sentence, escaped
    assert "……印發……。" in model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "&lt;b&gt;notice" in model.index(1, 3).data(Qt.ItemDataRole.ToolTipRole)  # the whole title, as written
    assert "trade union" in model.index(1, 2).data(Qt.ItemDataRole.ToolTipRole)


def test_reload_sees_another_windows_words_and_remove_keeps_them(qtmodeltester, data_dir):
    path = vocabulary_path(data_dir)
    _add(path, "印發", "yìn fā", "to print and distribute")
    model = VocabularyModel(path)
    model.reload()
    _add(path, "工會", "gōng huì", "labor union")  # another window
    os.utime(path, ns=(1, 1))  # whatever the clock's grain, the file's time differs from the read
    model.reload()
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["印發", "工會"]
    _add(path, "通知", "tōng zhī", "notice")  # not yet read by this model
    model.remove([0])
    qtmodeltester.check(model)
    assert [i.word for i in Vocabulary(path).items] == ["工會", "通知"]
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["工會", "通知"]
