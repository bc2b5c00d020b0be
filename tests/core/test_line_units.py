"""The runs a dateline's line should not break inside, found by the shape of dates, times,
labels and title marks (not by any one document's string)."""

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.core import line_units
from reader.core.balance import line_breaks
from reader.core.char_classes import HAN
from reader.core.line_units import _labels, broken, inside, whole_runs


def _runs(text: str) -> list[str]:
    return [text[r.start : r.end] for r in whole_runs(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2022年11月02日14:04  來源:《工人日報》", ["2022年11月02日14:04", "來源:", "《工人日報》"]),
        ("2023年3月5日 10:30 来源：新华社", ["2023年3月5日", "10:30", "来源："]),
        ("中華民國112年5月3日 來源:行政院", ["中華民國112年5月3日", "來源:"]),
        ("發布日期：民國38年", ["發布日期：", "民國38年"]),
        ("二〇二三年三月五日 国务院办公厅", ["二〇二三年三月五日"]),
        ("发布时间：2021-06-18 09:00:00", ["发布时间：", "09:00:00"]),
        ("（2020年5月28日第十三届全国人民代表大会第三次会议通过）", ["2020年5月28日"]),
        ("责任编辑：张三、李四", ["责任编辑："]),
        ("14時04分 記者王大明報導", ["14時04分"]),
    ],
)
def test_whole_runs(text, expected):
    assert _runs(text) == expected


def test_a_date_and_its_time_may_part_between_them_only():
    text = "2022年11月02日14:04"
    (run,) = whole_runs(text)
    assert text[run.inner[0] :] == "14:04"
    assert inside([run]) == set(range(1, len(text)))
    assert inside([run], but_inner=True) == set(range(1, len(text))) - {text.index("14")}
    assert broken([run], [5]) and not broken([run], [0, len(text)])
    # a part no line holds is left to the words inside it
    assert inside([run], but_inner=True, fits=lambda a, b: b - a <= 5) == set()
    assert inside([run], but_inner=True, fits=lambda a, b: b - a <= 11) == set(range(1, len(text))) - {11}


def test_a_label_of_supplementary_ideographs_is_whole():
    """Hong Kong writes 𨋢 (a lift, Extension B): 乘𨋢須知： is one label, not 須知： after a
    letter, and 𨋢號： one too."""
    assert _runs("乘𨋢須知：請勿超載") == ["乘𨋢須知："]
    assert _runs("𨋢號：A3") == ["𨋢號："]


def test_a_label_is_not_the_tail_of_a_longer_run_of_characters():
    # 會議記錄如下： is a sentence, not a field's label
    assert _runs("本次會議記錄如下：") == []


def test_no_break_beside_a_no_break_space():
    # Qt (UAX #14 GL) breaks on neither side of one: the notice's 14:04\xa0\xa0來源
    assert line_breaks("14:04\xa0\xa0來源")[5:8] == [False, False, False]
    assert line_breaks("14:04  來源")[7]  # after an ordinary space, it may


@given(st.text(alphabet=st.sampled_from(list("來源發布時間法規名稱：:《》 a1\u3000")), max_size=20))
def test_labels_found_from_their_colon_are_the_patterns(text):
    """Labels found from their colon are those of the pattern over the ideographs' class,
    which cost the launch 27 M instructions to compile (issue 32)."""
    pattern = rf"(?<![{HAN}])[{HAN}]{{2,6}}[:：]"
    assert _labels(text) == [m.span() for m in re.finditer(pattern, text)]


# the date and time as a pattern over the text as written, whose eleven classes of characters
# spread over Unicode cost the notice's launch 19 M instructions to compile (issue 32)
_FIGURES = "0-9０-９〇○零一二三四五六七八九十"
_OLD_DATE = (
    rf"(?:(?:(?:中華民國|中华民国|民國|民国)|公元|西元)\s?)?(?:[{_FIGURES}]{{1,4}}\s?年\s?)?[{_FIGURES}]{{1,2}}\s?月"
    rf"(?:\s?[{_FIGURES}]{{1,3}}\s?[日号號])?|(?:中華民國|中华民国|民國|民国|公元|西元)\s?[{_FIGURES}]{{1,4}}\s?年"
)
_OLD_TIME = rf"[0-9０-９]{{1,2}}[:：][0-9０-９]{{2}}(?:[:：][0-9０-９]{{2}})?|[{_FIGURES}]{{1,3}}[時时点點](?:[{_FIGURES}]{{1,3}}分)?"
_OLD_DATE_TIME = rf"(?P<date>{_OLD_DATE})(?P<time>{_OLD_TIME})?|(?P<alone>{_OLD_TIME})"
_DATED = st.text(
    alphabet=st.sampled_from(list("0129０５〇○零一二十年月日号號時时点點分:： 民國中華公元西x來源")), max_size=24
)


def _dates_and_times(matches) -> list[tuple[tuple[int, int], int | None]]:
    return [(m.span(), m.start("time") if m.group("date") and m.group("time") else None) for m in matches]


@given(_DATED)
def test_dates_and_times_are_found_where_the_pattern_over_the_text_as_written_found_them(text):
    folded = line_units._DATE_TIME.finditer(text.translate(line_units._FOLD))
    assert _dates_and_times(folded) == _dates_and_times(re.finditer(_OLD_DATE_TIME, text))
    assert [(r.start, r.end) for r in whole_runs(text)] == sorted({(r.start, r.end) for r in whole_runs(text)})


def test_a_web_pages_no_break_spaces_between_a_time_and_its_source_are_spacing():
    """&nbsp;&nbsp; after a time (people.cn's notice, 14:04  來源) held the two on one line:
    shown as spaces, a line may end there. Not inside a date, nor between figures and letters."""
    text = "2022年11月02日14:04\xa0\xa0來源:《工人日報》"
    assert line_units.spaced(text) == [16, 17]
    assert line_units.spaced("发布时间：2023年3月5日\xa010:30\xa0来源：新华社") == [14, 20]
    assert line_units.spaced("长度10\xa0km") == []
    assert line_units.spaced("2022年\xa011月5日") == []  # inside the date


@pytest.mark.parametrize(
    "text, parts",
    [
        ("來源:《工人日報》", ["來源:", "《工人", "日報》"]),
        ("来源：《人民日报海外版》", ["来源：", "《人民", "日报", "海外版》"]),
        ("来源：《求是》", ["来源：", "《求是》"]),
        ("《工人日報》2022年11月2日", ["《工人", "日報》", "2022年11月2日"]),
    ],
)
def test_a_name_in_title_marks_is_joined_but_between_its_likely_words(text, parts):
    """A name too wide for a line broke wherever Qt's wrap found the line full, 》 alone on the
    next line (《工人日報 / 》 at 150 px): it may break only between its two-character words,
    two characters on either side of each mark."""
    joined = set(line_units.glued(text))
    free = [k for k in range(1, len(text)) if k - 1 not in joined and line_breaks(text)[k]]
    pieces = [text[a:b] for a, b in zip([0, *free], [*free, len(text)])]
    assert pieces == parts


def test_a_loose_leaves_the_breaks_as_they_were_and_a_joiner_takes_them_away():
    """The page's LOOSE (U+034F) after a character breaks as that character does (UAX #14
    LB9), so a JOINER can take its place inside a word without a position moving."""
    plain = "第十届全国人民代表大会"
    loose = line_units.LOOSE.join(plain)
    assert [loose_at for loose_at, ok in enumerate(line_breaks(loose)) if ok] == [
        2 * i for i, ok in enumerate(line_breaks(plain)) if ok
    ]
    joined = loose.replace(line_units.LOOSE, line_units.JOINER)
    assert not any(line_breaks(joined))
    assert line_units.without_page_chars(loose) == line_units.without_page_chars(joined) == plain


@pytest.mark.parametrize(
    ("text", "tied_after"),
    [
        ("2022年全国共有1234个项目", ["2", "4"]),  # 2022|年, 1234|个
        ("投资约3.5亿元，增长５０％", ["5", "５"]),  # 3.5|亿; ５|０ (０％ Qt keeps)
        ("第20届大会于上午10点开幕", ["0", "0"]),
        ("全长10 km，增长50%", []),  # a space is the text's; Qt keeps 50%
    ],
)
def test_a_number_is_tied_to_its_unit(text, tied_after):
    assert [text[i] for i in line_units.number_ties(text)] == tied_after
