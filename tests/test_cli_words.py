"""reader lookup and reader pinyin."""

import json

import pytest

from reader.cli import main


def _json(capsys, *argv):
    code = main(list(argv))
    return code, json.loads(capsys.readouterr().out)


@pytest.mark.usefixtures("dictionary_in_data_dir")
def test_lookup_the_same_in_either_script(capsys):
    _, simplified = _json(capsys, "lookup", "说", "--format", "json")
    _, traditional = _json(capsys, "lookup", "說", "--format", "json")
    assert simplified["entries"] == traditional["entries"]
    entries = simplified["entries"]
    assert set(entries[0]) == {"simplified", "traditional", "pinyin", "senses"}
    assert {e["pinyin"] for e in entries} == {"shuō", "shuì"}
    assert any(s.startswith("variant of") for e in entries for s in e["senses"])


@pytest.mark.usefixtures("dictionary_in_data_dir")
def test_lookup_of_a_word_not_in_the_dictionary_gives_its_parts(capsys):
    code, data = _json(capsys, "lookup", "全國總工會", "--format", "json")
    assert code == 0
    assert data["entries"] == []
    assert [p["text"] for p in data["parts"]] == ["全國", "總", "工會"]


@pytest.mark.usefixtures("dictionary_in_data_dir")
def test_lookup_text_and_not_found(capsys):
    assert main(["lookup", "銀行"]) == 0
    assert "yín háng" in capsys.readouterr().out
    assert main(["lookup", "abc"]) == 1
    assert "not in the dictionary" in capsys.readouterr().err


def test_lookup_builds_the_dictionary_on_first_use(data_dir, capsys):
    assert main(["lookup", "行", "--format", "json"]) == 0
    assert (data_dir / "dictionary" / "cedict.sqlite").is_file()
    assert {"xíng", "háng"} <= {e["pinyin"] for e in json.loads(capsys.readouterr().out)["entries"]}


def test_pinyin_of_the_notice(capsys, notice_text):
    code, words = _json(capsys, "pinyin", "--format", "json")
    assert code == 0
    assert set(words[0]) == {"start", "end", "text", "pinyin"}
    for word in words:
        assert notice_text[word["start"] : word["end"]] == word["text"]
    by_text = {w["text"]: w["pinyin"] for w in words}
    assert by_text["全國總工會"] == "quánguózǒnggōnghuì"
    assert by_text["重要"] == "zhòngyào"


def test_pinyin_of_a_traditional_file(tmp_path, capsys):
    path = tmp_path / "bank.txt"
    path.write_text("他到銀行去了。", encoding="utf-8")
    _, words = _json(capsys, "pinyin", str(path), "--format", "json")
    assert {"start": 2, "end": 4, "text": "銀行", "pinyin": "yínháng"} in words
    assert main(["pinyin", str(path)]) == 0
    assert "2\t4\t銀行\tyínháng" in capsys.readouterr().out


def test_pinyin_of_a_missing_file_says_why(tmp_path, capsys):
    assert main(["pinyin", str(tmp_path / "nothing.txt")]) == 1
    assert "nothing.txt" in capsys.readouterr().err


def test_vocabulary_export(data_dir, tmp_path, capsys):
    import zipfile

    from reader.core.vocabulary import Item, Vocabulary, vocabulary_path

    Vocabulary(vocabulary_path(data_dir)).add(Item("銀行", "yín háng", "bank", "他到銀行去了。", "notice"))
    assert main(["vocabulary"]) == 0
    assert "銀行,yín háng,bank,他到銀行去了。,notice" in capsys.readouterr().out
    assert main(["vocabulary", "--format", "anki"]) == 1
    assert "-o FILE.apkg" in capsys.readouterr().err
    assert main(["vocabulary", "--format", "anki", "-o", str(tmp_path / "w.apkg")]) == 0
    assert "collection.anki2" in zipfile.ZipFile(tmp_path / "w.apkg").namelist()
    assert main(["vocabulary", "--format", "anki", "-o", str(tmp_path / "no" / "w.apkg")]) == 1
    assert "does not exist" in capsys.readouterr().err
