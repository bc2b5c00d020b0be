"""Datelines as Chinese news and official documents write them (mainland, Taiwan, Hong Kong),
and lines that only mention a date. The datelines here are made up."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.core import datelines
from reader.core.datelines import is_byline, is_dateline

DATELINES = [
    "2023年3月5日 10:30 来源：新华社",  # mainland news
    "发布时间：2023-03-05 10:30:00",
    "发布日期：2023/3/5",
    "更新时间：2023.03.05",
    "来源：某某市人民政府网站",
    "出处：某某日报",
    "二〇二三年三月五日",  # a mainland official document's date, in Chinese numerals
    "二○二二年十二月三十一日",
    "（二〇二三年三月五日第十四届全国人民代表大会第一次会议通过）",
    "中華民國112年5月3日",  # Taiwan
    "修正日期：民國 103 年 8 月 4 日",
    "民國七十四年五月一日總統令制定公布",
    "發布日期：２０２３年３月５日",  # full-width figures
    "出處：行政院新聞傳播處",
    "某某新聞網 2023年03月05日08:10",  # the source, then the date
    "2023年3月5日（星期日）",  # Hong Kong government press releases
    "日期：2023年3月5日",
]

NOT_DATELINES = [
    "关于2023年3月5日会议安排的通知",  # a title naming a date inside itself
    "我们于2023年3月5日召开了会议",
    "本條例自中華民國一百零三年一月一日施行",
    "艺术来源于生活",
    "收入来源多样化",
    "第一章 总则",
    "版本 1.2.3",
    "國立臺灣美術館處務規程（112.10.04訂定）",
    "作者简介",
    "三月五日學雷鋒紀念日",
]


@pytest.mark.parametrize("line", DATELINES)
def test_a_dateline_is_recognised(line):
    assert is_dateline(line)


@pytest.mark.parametrize("line", NOT_DATELINES)
def test_a_line_that_mentions_a_date_is_not_a_dateline(line):
    assert not is_dateline(line)


def test_a_byline_field_names_the_author():
    assert is_byline("作者：张三")
    assert is_byline("作者： 陳小明")
    assert not is_byline("作者简介")
    assert not is_dateline("作者：张三")


# the labels as patterns over the ideographs' class, which cost the launch 45 M instructions to
# compile (issue 32): the checks without them answer as they did
_OLD_FIELD = rf"(?:^|(?<=[\s|｜丨]))[{datelines.HAN}]{{0,4}}?"
_OLD_SOURCE = rf"{_OLD_FIELD}(?:來源|来源|出處|出处)(?:\s*[:：]|\s+\S)"
_OLD_DATE = rf"{_OLD_FIELD}(?:日期|時間|时间)\s*[:：]"
_OLD_AUTHOR = rf"{_OLD_FIELD}作者\s*[:：]\s*\S"
_LABEL_TEXT = st.text(
    alphabet=st.sampled_from(list("來源来出處处日期時間时作者：: \u3000|｜丨發布更新的文章甲乙ab1\n")), max_size=14
)


@given(_LABEL_TEXT)
def test_field_labels_answer_as_the_patterns_over_the_ideographs_did(line):
    import re

    assert datelines.is_byline(line) == bool(re.search(_OLD_AUTHOR, line))
    labelled = bool(re.search(_OLD_SOURCE, line) or re.search(_OLD_DATE, line))
    found = datelines._field_label(datelines._SOURCE_LABEL, line) or datelines._field_label(datelines._DATE_LABEL, line)
    assert found == labelled


def test_datelines_compile_no_class_of_ideographs():
    import subprocess
    import sys
    from pathlib import Path

    code = (
        "import re, json; seen = []; real = re.compile\n"
        "re.compile = lambda p, f=0: (seen.append(p), real(p, f))[1]\n"
        "import reader.core.datelines, reader.core.line_units, reader.core.balance, reader.core.punctuation\n"
        "print(json.dumps([p for p in seen if isinstance(p, str) and '\\u4e00-\\u9fff' in p]))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=Path(__file__).parents[2], check=True
    )
    assert out.stdout.strip() == "[]"
