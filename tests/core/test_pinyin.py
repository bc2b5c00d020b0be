from reader.core.char_classes import has_han
from reader.core.pinyin import reading_of, word_readings
from reader.core.scripts import Script, ScriptViews
from reader.core.words import word_ends


def _readings(text):
    view = ScriptViews(text).get(Script.SIMPLIFIED)
    return word_readings(text, view, word_ends(view.text))


def test_traditional_word_read_on_the_simplified_view():
    readings = _readings("這家銀行的確很重要。")
    by_text = {r.text: r.pinyin for r in readings}
    assert by_text["銀行"] == "yínháng"
    assert by_text["的確"] == "díquè"
    assert by_text["重要"] == "zhòngyào"


def test_offsets_are_the_originals(notice_text):
    readings = _readings(notice_text)
    assert readings
    for r in readings:
        assert notice_text[r.start : r.end] == r.text
        assert has_han(r.text)
    assert [r.start for r in readings] == sorted(r.start for r in readings)


def test_reading_of_keeps_what_is_not_chinese():
    assert reading_of("银行") == "yínháng"
    assert reading_of("A股") == "Agǔ"


def test_the_polyphone_sets_are_well_formed():
    from benchmarks.pinyin_accuracy import read_context_set, read_set, split_by_polyphone

    rows = read_set()
    assert len({sentence for sentence, _, _, _ in rows}) >= 60
    by_polyphone = read_context_set()
    context = [r for own in by_polyphone.values() for r in own]
    assert len({sentence for sentence, _, _, _ in context}) >= 150
    for sentence, at, target, reading in rows + context:
        assert sentence[at : at + len(target)] == target
        assert len(reading) == len(target), target  # one syllable per character
        assert all(has_han(ch) for ch in target)
    for char, own in by_polyphone.items():
        assert all(char in target for _, _, target, _ in own), char
    development, held = split_by_polyphone(by_polyphone)
    assert len(held) == len(context) // 3 and len(development) + len(held) == len(context)


def test_the_third_polyphone_set_is_well_formed_and_from_new_sources():
    from benchmarks.pinyin_accuracy import CONTEXT_SET, THIRD_SET, read_context_set, split_by_polyphone

    by_polyphone = read_context_set(THIRD_SET)
    third = [r for own in by_polyphone.values() for r in own]
    assert len({sentence for sentence, _, _, _ in third}) >= 150
    for char, own in by_polyphone.items():
        for _, _, target, reading in own:
            assert char in target and len(reading) == len(target), target
    development, held = split_by_polyphone(by_polyphone)
    assert len(held) == len(third) // 3 and len(development) + len(held) == len(third)
    lines = [line.split("\t") for line in THIRD_SET.read_text(encoding="utf-8").splitlines() if line[:1] != "#"]
    earlier = {line.split("\t")[-1] for line in CONTEXT_SET.read_text(encoding="utf-8").splitlines()}
    assert {line[-1] for line in lines}.isdisjoint(earlier)  # no source of the context set
    assert {line[5] for line in lines} == {"cedict", "xdhy"}


def test_the_third_set_cedict_readings_are_cedict_own():
    # a row marked cedict has CC-CEDICT's one reading of its whole word (a capital aside)
    import gzip

    from benchmarks.pinyin_accuracy import THIRD_SET
    from reader.core.dictionary import source_path, syllable_with_mark

    rows = [line.split("\t") for line in THIRD_SET.read_text(encoding="utf-8").splitlines() if line[:1] != "#"]
    wanted = {row[3] for row in rows if row[5] == "cedict"}
    readings: dict[str, set[str]] = {}
    with gzip.open(source_path(), "rt", encoding="utf-8") as lines:
        for line in lines:
            head, _, rest = line.partition(" [")
            forms = head.split(" ")
            if len(forms) == 2 and forms[1] in wanted:
                readings.setdefault(forms[1], set()).add(rest.partition("]")[0].replace("u:", "v").lower())
    for _, _, _, target, reading, reference, _ in rows:
        if reference == "cedict":
            (only,) = readings[target]
            assert " ".join(syllable_with_mark(s) for s in only.split()) == reading, target


def test_character_readings_in_original_offsets():
    from reader.core.pinyin import character_readings

    text = "他到銀行去了，A股。"
    view = ScriptViews(text).get(Script.SIMPLIFIED)
    readings = character_readings(view, word_ends(view.text))
    by_char = {text[p]: s for p, s in readings.between(0, len(text))}
    assert by_char["銀"] == "yín" and by_char["行"] == "háng"
    assert "A" not in by_char and "，" not in by_char
    assert list(readings.positions) == sorted(readings.positions)


def test_the_workers_pinyin_job(notice_text):
    from reader.core.analysis import DocumentRef, make_pinyin

    ref = DocumentRef(notice_text, "test-pinyin", Script.TRADITIONAL)
    readings = make_pinyin(ref, frozenset())
    start = notice_text.index("全國總工會")
    assert [s for _, s in readings.between(start, start + 5)] == ["quán", "guó", "zǒng", "gōng", "huì"]
    assert readings.positions.typecode == "i" and readings.codes.typecode == "H"  # arrays: a copy to cross
    assert len(readings.syllables) == len(set(readings.syllables)) < len(readings)
