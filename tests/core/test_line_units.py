"""The runs a dateline's line should not break inside, found by the shape of dates, times,
labels and title marks (not by any one document's string)."""

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.core.balance import line_breaks
from reader.core.datelines import HAN
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
