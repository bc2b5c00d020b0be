from pathlib import Path

import opencc
import pytest

from reader.core.document import load_document
from reader.core.scripts import Script, ScriptViews, convert_with_map, detect_script, plan_for
from reader.core.textpos import Utf16Map

SIMPLIFIED = "我的鼠标和内存，软件信息很好。"


def test_detects_the_notice_as_traditional(notice_text):
    assert detect_script(notice_text) is Script.TRADITIONAL
    assert detect_script(opencc.OpenCC("t2s").convert(notice_text)) is Script.SIMPLIFIED
    assert detect_script("plain English") is Script.ORIGINAL


CORPUS = Path(__file__).parents[1] / "corpus"
KNOWN_SCRIPTS = {
    "hongloumeng.txt": Script.SIMPLIFIED,
    "law-civil-code.txt": Script.SIMPLIFIED,
    "law-constitution.md": Script.SIMPLIFIED,
    "mengzi-gutenberg-big5.txt": Script.TRADITIONAL,
    "report-20th-congress-2022-gb18030.txt": Script.SIMPLIFIED,
}


@pytest.mark.parametrize("name", sorted(KNOWN_SCRIPTS))
def test_detects_the_script_of_every_corpus_text_and_of_its_conversions(name):
    text = load_document(CORPUS / name).text
    assert detect_script(text) is KNOWN_SCRIPTS[name]
    sample = text[:20000]
    assert detect_script(opencc.OpenCC("t2s").convert(sample)) is Script.SIMPLIFIED
    assert detect_script(opencc.OpenCC("s2tw").convert(sample)) is Script.TRADITIONAL


def test_telling_the_script_loads_no_conversion_dictionary():
    # OpenCC's phrase dictionaries cost the first open 50 ms and 10 MB on the window's thread;
    # the character tables answer which script a text is in
    import subprocess
    import sys

    code = (
        "import sys; from reader.core.scripts import detect_script; from reader.core.resources import notice_path; "
        "print(detect_script(notice_path().read_text(encoding='utf-8')).value, 'opencc' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["traditional", "False"]


def test_plans_per_original_script():
    assert plan_for(Script.TRADITIONAL).simplified == "tw2s"
    assert plan_for(Script.TRADITIONAL).traditional is None  # the original is already Traditional
    assert plan_for(Script.SIMPLIFIED, "s2twp").traditional == "s2twp"
    assert plan_for(Script.SIMPLIFIED).simplified is None
    with pytest.raises(ValueError):
        plan_for(Script.SIMPLIFIED, "nonsense")


def test_views_of_the_notice_come_from_the_original(notice_text):
    views = ScriptViews(notice_text)
    assert views.get(Script.ORIGINAL).text == notice_text
    assert views.get(Script.TRADITIONAL).text == notice_text
    simplified = views.get(Script.SIMPLIFIED).text
    assert simplified == opencc.OpenCC("tw2s").convert(notice_text)
    # the lossy round trip is never taken: converting back differs from the original
    assert opencc.OpenCC("s2t").convert(simplified) != notice_text


def test_a_phrase_that_changes_length_maps_exactly():
    view = convert_with_map(SIMPLIFIED, "s2twp", Script.TRADITIONAL)
    assert view.text == "我的滑鼠和記憶體，軟體資訊很好。"
    i = SIMPLIFIED.index("内存")
    assert view.slice(i, i + 2) == "記憶體"
    assert view.range_to_view(i, i + 2) == (5, 8)
    after = SIMPLIFIED.index("软件")
    assert view.text[view.to_view(after)] == "軟"
    assert view.to_original(view.to_view(after)) == after
    # every original position maps into the view and back to itself outside the changed phrase
    for pos in range(len(SIMPLIFIED) + 1):
        if not i < pos < i + 2:
            assert view.to_original(view.to_view(pos)) == pos
    # inside a phrase the caret snaps to its edges, outwards for the end of a range
    assert view.range_to_original(6, 7) == (i, i + 2)


def test_variants_of_traditional():
    views = ScriptViews(SIMPLIFIED)
    assert views.original_script is Script.SIMPLIFIED
    assert views.get(Script.SIMPLIFIED).text == SIMPLIFIED
    assert views.get(Script.TRADITIONAL).text == "我的鼠標和內存，軟件信息很好。"
    views.set_variant("s2twp")
    assert views.get(Script.TRADITIONAL).text == "我的滑鼠和記憶體，軟體資訊很好。"
    views.set_variant("s2hk")
    assert views.get(Script.TRADITIONAL).config == "s2hk"


def test_views_are_cached(notice_text):
    views = ScriptViews(notice_text)
    assert views.get(Script.SIMPLIFIED) is views.get(Script.SIMPLIFIED)


def test_utf16_positions_around_characters_outside_the_bmp():
    text = "甲𠀀乙𪚥丙"
    m = Utf16Map(text)
    units = [m.to_utf16(i) for i in range(len(text) + 1)]
    assert units == [0, 1, 3, 4, 6, 7]
    assert [m.to_code_point(u) for u in units] == list(range(len(text) + 1))
    assert m.to_code_point(2) == 1  # inside the surrogate pair: the character's start
    assert len(text.encode("utf-16-le")) // 2 == units[-1]
    assert Utf16Map("純文字").identity


@pytest.mark.parametrize("body", ["a" * 5000, "純文字" * 2000, "ascii and 中文 ¡" * 500])
def test_a_long_text_finds_its_one_character_outside_the_bmp_wherever_it_is(body):
    # a long text of BMP characters skips the scan (CPython stores it in two bytes a
    # character at most); one astral character anywhere makes the whole text wider
    for at in (0, len(body) // 2, len(body)):
        text = body[:at] + "𠀀" + body[at:]
        m = Utf16Map(text)
        assert not m.identity and m._astral == [at]
        assert m.to_utf16(len(text)) == len(text.encode("utf-16-le")) // 2
    assert Utf16Map(body).identity


@pytest.mark.parametrize(
    ("simplified", "traditional"),
    [
        ("保护发生", "保護發生"),  # not 保護髮生: the phrase 护发 crosses the words 保护|发生
        ("伟大斗争", "偉大鬥爭"),
        ("新征程", "新征程"),
        ("完善分配制度", "完善分配制度"),  # corrections table
        ("租购并举的住房制度", "租購並舉的住房制度"),
        ("书云：“民惟邦本。”", "書云：“民惟邦本。”"),
        ("坚持一个中国原则", "堅持一個中國原則"),
        ("施展才干的舞台", "施展才幹的舞臺"),
    ],
)
def test_simplified_to_taiwan_word_by_word(simplified, traditional):
    view = ScriptViews(simplified, Script.SIMPLIFIED).get(Script.TRADITIONAL)
    assert view.config == "s2tw" and view.text == traditional


def test_traditional_to_simplified_writes_mainland_zhe():
    view = ScriptViews("把握著重點，說著，著力用", Script.TRADITIONAL).get(Script.SIMPLIFIED)
    assert view.text == "把握着重点，说着，着力用"


def test_every_correction_keeps_its_length_and_is_applied():
    from reader.core.scripts import convert_with_map, corrections

    for wrong, right in corrections():
        assert len(wrong) == len(right)
    assert convert_with_map("诗云", "s2tw", Script.TRADITIONAL).text == "詩云"


def test_a_jieba_word_across_a_locative_is_split():
    # jieba's 里拉 (lira) swallowed the locative 里 of 坑里|拉上来: resources/userdict.txt drops it
    view = ScriptViews("就把约瑟从坑里拉上来", Script.SIMPLIFIED).get(Script.TRADITIONAL)
    assert view.text == "就把約瑟從坑裡拉上來"


def _non_bmp_targets(dictionary: str) -> list[str]:
    """Characters of the BMP that an OpenCC character table turns into one outside it."""
    path = Path(opencc.__file__).parent / "dictionary" / dictionary
    found = []
    for line in path.read_text(encoding="utf-8").splitlines():
        source, targets = line.split("\t")
        if len(source) == 1 and ord(source) <= 0xFFFF and ord(targets.split(" ")[0][0]) > 0xFFFF:
            found.append(source)
    return found


@pytest.mark.parametrize(
    ("traditional", "simplified"),
    [
        ("閵", "閵"),  # OpenCC: 𫔴 (U+2B534)
        ("今也南蠻鴃舌之人", "今也南蛮鴃舌之人"),  # 《孟子·滕文公上》; OpenCC: 𫛞 (U+2B6DE)
        ("齊疏之服，饘粥之食", "齐疏之服，饘粥之食"),  # 《孟子·滕文公上》; OpenCC: 𫗴
        ("己頻顣曰", "己频顣曰"),  # 《孟子·滕文公下》; OpenCC: 𫖹
        ("茵蔯", "茵蔯"),  # OpenCC: 𫈟
    ],
)
def test_simplified_view_keeps_a_character_whose_simplified_form_is_outside_the_bmp(traditional, simplified):
    assert max(opencc.OpenCC("tw2s").convert(traditional)) > "\uffff"  # what plain OpenCC writes
    view = ScriptViews(traditional, Script.TRADITIONAL).get(Script.SIMPLIFIED)
    assert view.text == simplified
    assert [view.to_view(i) for i in range(len(traditional) + 1)] == list(range(len(traditional) + 1))


@pytest.mark.parametrize(
    ("dictionary", "source", "target"),
    [
        ("TSCharacters.txt", Script.TRADITIONAL, Script.SIMPLIFIED),
        ("STCharacters.txt", Script.SIMPLIFIED, Script.TRADITIONAL),
    ],
)
def test_no_view_writes_a_character_outside_the_bmp_for_one_inside_it(dictionary, source, target):
    characters = _non_bmp_targets(dictionary)
    assert len(characters) > 20  # 816 from Traditional, 28 from Simplified in this OpenCC
    text = "，".join(characters)
    view = ScriptViews(text, source).get(target)
    assert len(view.text) == len(text)
    assert max(view.text) <= "\uffff"


CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def test_the_corpus_documents_convert_without_characters_outside_the_bmp():
    for path in sorted(p for p in CORPUS.iterdir() if p.is_file() and p.name != "SOURCES.md"):
        text = load_document(path).text[:100_000]  # the head of each: the whole of 红楼梦 takes seconds
        views = ScriptViews(text)
        for script in (Script.SIMPLIFIED, Script.TRADITIONAL):
            converted = views.get(script).text
            assert sum(c > "\uffff" for c in converted) <= sum(c > "\uffff" for c in text), (path.name, script)


def test_the_changing_characters_are_those_of_opencc_tables_read_line_by_line():
    """What detect_script counts: the keys of OpenCC's character tables whose first target is
    another character, as reading each line would give them."""
    from reader.core.resources import package_folder
    from reader.core.scripts import _changing_characters

    def by_lines(name: str) -> frozenset[str]:
        keys = set()
        for line in (package_folder("opencc") / "dictionary" / name).read_text(encoding="utf-8").splitlines():
            key, _, targets = line.partition("\t")
            if targets and targets.split(" ")[0] != key:
                keys.add(key)
        return frozenset(keys)

    to_simplify, to_traditional = _changing_characters()
    assert to_simplify == by_lines("TSCharacters.txt") and "們" in to_simplify and "们" not in to_simplify
    assert to_traditional == by_lines("STCharacters.txt") and "们" in to_traditional


def test_the_script_is_told_from_readers_list_of_the_changing_characters_not_the_tables_lines(monkeypatch):
    """Cutting OpenCC's tables into their 8,000 lines cost the notice's launch 25 M instructions
    before its text painted (issue 32): the list made from these very tables is taken instead.
    Failing here after OpenCC changed: run tools/make_script_characters.py."""
    from reader.core import script_characters, scripts
    from reader.core.resources import package_folder

    assert script_characters.STAMP == scripts.tables_stamp(package_folder("opencc") / "dictionary")
    monkeypatch.setattr(scripts, "read_changing_characters", lambda folder: pytest.fail("the tables were cut"))
    to_simplify, to_traditional = scripts._changing_characters.__wrapped__()
    assert "們" in to_simplify and "们" in to_traditional


def test_other_tables_than_the_lists_are_read_themselves(monkeypatch):
    """Another OpenCC's tables (their stamp is not the list's): the characters are theirs."""
    from reader.core import script_characters, scripts
    from reader.core.resources import package_folder

    monkeypatch.setattr(script_characters, "STAMP", "another")
    monkeypatch.setattr(script_characters, "TO_SIMPLIFY", "們")
    read = scripts._changing_characters.__wrapped__()
    assert read == scripts.read_changing_characters(package_folder("opencc") / "dictionary")
    assert len(read[0]) > 1000
