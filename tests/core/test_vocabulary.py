import csv
import io
import json
import sqlite3
import zipfile

import pytest

from reader.core.dictionary import Dictionary
from reader.core.vocabulary import Item, Vocabulary, item_from_lookup, to_anki, to_csv, vocabulary_path


def _item(word="銀行", sentence="他到銀行去了。", **kw):
    return Item(word, kw.pop("pinyin", "yín háng"), kw.pop("sense", "bank"), sentence, "notice", "银行", "銀行", **kw)


def test_added_words_are_kept_and_read_back(data_dir):
    path = vocabulary_path(data_dir)
    vocabulary = Vocabulary(path)
    assert vocabulary.items == []
    assert vocabulary.add(_item())
    assert not vocabulary.add(_item(sentence="銀行關門了。"))  # same word and reading: replaced
    again = Vocabulary(path)
    assert [(i.word, i.sentence) for i in again.items] == [("銀行", "銀行關門了。")]
    assert again.items[0].added > 0


def test_two_windows_keep_both_words(data_dir):
    a, b = Vocabulary(vocabulary_path(data_dir)), Vocabulary(vocabulary_path(data_dir))
    a.add(_item())
    b.add(_item("工會", pinyin="gōng huì"))
    assert {i.word for i in Vocabulary(vocabulary_path(data_dir)).items} == {"銀行", "工會"}


def test_a_damaged_file_is_kept_aside_and_its_good_entries_kept(data_dir):
    path = vocabulary_path(data_dir)
    good = {"word": "工會", "pinyin": "gōng huì", "sense": "labor union", "sentence": "", "document": ""}
    path.write_text(json.dumps({"schema": 1, "items": [good, {"word": 3}, "junk"]}), encoding="utf-8")
    vocabulary = Vocabulary(path)
    assert [i.word for i in vocabulary.items] == ["工會"]
    vocabulary.add(_item())
    assert {i.word for i in Vocabulary(path).items} == {"工會", "銀行"}
    assert path.with_name(path.name + ".damaged").exists()


def test_unreadable_file_is_an_empty_list(data_dir):
    path = vocabulary_path(data_dir)
    path.write_bytes(b"\xff\xfe not json")
    assert Vocabulary(path).items == []
    Vocabulary(path).add(_item())
    assert path.with_name(path.name + ".damaged").read_bytes() == b"\xff\xfe not json"


def test_csv_export():
    rows = list(csv.reader(io.StringIO(to_csv([_item(sense='bank, "money" house')]))))
    assert rows[0][:3] == ["word", "pinyin", "sense"]
    assert rows[1][:4] == ["銀行", "yín háng", 'bank, "money" house', "他到銀行去了。"]


def test_anki_deck(tmp_path):
    target = tmp_path / "words.apkg"
    to_anki([_item(sentence="<b>他</b>到銀行去了。"), _item("工會", pinyin="gōng huì")], target)
    with zipfile.ZipFile(target) as package:
        package.extract("collection.anki2", tmp_path)
    db = sqlite3.connect(tmp_path / "collection.anki2")
    notes = [row[0].split("\x1f") for row in db.execute("SELECT flds FROM notes")]
    db.close()
    assert len(notes) == 2
    front = {n[1]: n[0] for n in notes}
    # the sentence is text, escaped; the word is marked in it
    assert front["銀行"] == "&lt;b&gt;他&lt;/b&gt;到<b>銀行</b>去了。"
    assert [n[2] for n in notes if n[1] == "銀行"] == ["yín háng"]
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".reader-anki-")] == []


def test_item_from_a_lookup(dictionary_file):
    dictionary = Dictionary(dictionary_file)
    item = item_from_lookup(dictionary.lookup("銀行"), "他到銀行去了。", "notice")
    assert (item.word, item.pinyin, item.simplified) == ("銀行", "yín háng", "银行")
    assert item.sense.startswith("bank")
    parts = item_from_lookup(dictionary.lookup("全國總工會"), "", "notice")
    assert parts.pinyin == "quán guó zǒng gōng huì"
    assert parts.sense.splitlines()[0].startswith("全國: ")


@pytest.mark.parametrize("bad", [b"[]", b'{"items": 3}', b"null"])
def test_odd_shapes_read_as_empty(data_dir, bad):
    path = vocabulary_path(data_dir)
    path.write_bytes(bad)
    assert Vocabulary(path).items == []


def test_a_word_keeps_its_place_in_its_document(data_dir):
    path = vocabulary_path(data_dir)
    Vocabulary(path).add(_item(path="/docs/notice.txt", start=12, end=14))
    item = Vocabulary(path).items[0]
    assert (item.path, item.start, item.end) == ("/docs/notice.txt", 12, 14)


def test_a_word_kept_before_places_were_reads_with_no_place(data_dir):
    path = vocabulary_path(data_dir)
    old = {"word": "工會", "pinyin": "gōng huì", "sense": "labor union", "sentence": "", "document": "", "added": 1.0}
    path.write_text(json.dumps({"schema": 1, "items": [old, {**old, "word": "x", "start": "3"}]}), encoding="utf-8")
    items = Vocabulary(path).items
    assert [(i.word, i.path, i.start, i.end) for i in items] == [("工會", "", -1, -1)]  # a text offset is no place


def test_removed_words_are_gone_and_the_others_kept(data_dir):
    path = vocabulary_path(data_dir)
    vocabulary = Vocabulary(path)
    for word, pinyin in (("銀行", "yín háng"), ("工會", "gōng huì"), ("印發", "yìn fā")):
        vocabulary.add(_item(word, pinyin=pinyin))
    other_window = Vocabulary(path)
    vocabulary.add(_item("通知", pinyin="tōng zhī"))  # added since the other window read the file
    other_window.remove({other_window.items[1].key})
    assert [i.word for i in Vocabulary(path).items] == ["銀行", "印發", "通知"]
    assert [i.word for i in other_window.items] == ["銀行", "印發", "通知"]


def test_another_computers_vocabulary_left_as_a_conflict_copy_is_kept(data_dir):
    """Each computer kept a word while apart; Syncthing left the other's vocabulary.json as a
    conflict copy. It was never read: the other computer's word was missing from the panel
    and from every deck exported here."""
    path = vocabulary_path(data_dir)
    Vocabulary(path).add(_item())
    there = data_dir / "there.json"
    Vocabulary(there).add(_item("工會", pinyin="gōng huì"))
    copy = path.with_name("vocabulary.sync-conflict-20261205-123456-ABCDEFG.json")
    there.rename(copy)
    here = Vocabulary(path)
    assert {i.word for i in here.items} == {"銀行", "工會"} and here.merged == [copy]
    here.add(_item("勞模", pinyin="láo mó"))
    assert not copy.exists()
    assert {i.word for i in Vocabulary(path).items} == {"銀行", "工會", "勞模"}


def test_a_file_damaged_twice_keeps_both_damaged_versions(data_dir):
    """The second damaged file was written over: vocabulary.json.damaged was there already."""
    path = vocabulary_path(data_dir)
    for junk in (b"\xff\xfe first", b"\xff\xfe second"):
        path.write_bytes(junk)
        Vocabulary(path).add(_item())
    kept = sorted(p.read_bytes() for p in data_dir.glob("vocabulary.json*.damaged"))
    assert kept == [b"\xff\xfe first", b"\xff\xfe second"]


COPY = "vocabulary.sync-conflict-20261205-123456-ABCDEFG.json"


def test_a_word_removed_here_is_not_brought_back_by_the_other_computer_s_copy(data_dir):
    """The vocabulary was the union of both computers' cards: a card removed here came back
    from the other computer's copy made before the removal."""
    path = vocabulary_path(data_dir)
    here = Vocabulary(path)
    here.add(_item())
    here.add(_item("工會", pinyin="gōng huì"))
    before = path.read_bytes()  # what the other computer holds: both cards
    here.remove({_item().key})
    path.with_name(COPY).write_bytes(before)
    assert [i.word for i in Vocabulary(path).items] == ["工會"]
    here.add(_item("勞模", pinyin="láo mó"))
    assert not path.with_name(COPY).exists()
    assert [i.word for i in Vocabulary(path).items] == ["工會", "勞模"]


def test_a_card_added_on_the_other_computer_after_the_removal_comes_back(data_dir):
    path = vocabulary_path(data_dir)
    here = Vocabulary(path)
    here.add(_item())
    here.remove({_item().key})
    removed_at = json.loads(path.read_text(encoding="utf-8"))["removed"][0][2]
    there = data_dir / "there.json"
    Vocabulary(there).add(_item(sentence="又到銀行。", added=removed_at + 60))
    there.rename(path.with_name(COPY))
    assert [i.sentence for i in Vocabulary(path).items] == ["又到銀行。"]


def test_an_old_vocabulary_without_removals_reads_and_bad_removals_are_kept_aside(data_dir):
    path = vocabulary_path(data_dir)
    row = {"word": "銀行", "pinyin": "yín háng", "sense": "bank", "sentence": "", "document": "notice"}
    path.write_text(json.dumps({"schema": 1, "items": [row]}), encoding="utf-8")
    assert [i.word for i in Vocabulary(path).items] == ["銀行"]
    damaged = json.dumps({"schema": 1, "items": [row], "removed": [["工會", "gōng huì", "yesterday"]]})
    path.write_text(damaged, encoding="utf-8")
    Vocabulary(path).add(_item("勞模", pinyin="láo mó"))
    assert path.with_name("vocabulary.json.damaged").read_text(encoding="utf-8") == damaged
    assert [i.word for i in Vocabulary(path).items] == ["銀行", "勞模"]
