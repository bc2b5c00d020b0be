"""Datelines as Chinese news and official documents write them (mainland, Taiwan, Hong Kong),
and lines that only mention a date. The datelines here are made up."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.core import datelines
from reader.core.char_classes import HAN
from reader.core.datelines import is_byline, is_dateline, lead_end, opens_with_date

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


# A news story's lead names no year: who sends it, from where, on which day, 电/讯, the reporters
LEADS = [
    ("新华社某地3月5日电（记者 张三）某某会议今天召开。", "新华社某地3月5日电（记者 张三）"),
    ("中新网某地9月7日电 (记者 李四)某某市今天公布", "中新网某地9月7日电 (记者 李四)"),
    ("人民网某地4月6日电某某会今天上午召开，", "人民网某地4月6日电"),
    ("新华社某地１０月２日电某某会议召开", "新华社某地１０月２日电"),  # full-width figures
    ("某某日报客户端1月5日消息，某某活动即将开启。", "某某日报客户端1月5日消息"),
    ("本报讯（记者 王五 通讯员 赵六）昨天，某某活动举行。", "本报讯（记者 王五 通讯员 赵六）"),
    ("本报某地3月5日讯 记者王五报道：某某活动举行。", "本报某地3月5日讯 记者王五报道："),  # the credit unbracketed
    ("某某晚报讯（记者 王五）昨天，某某活动举行。", "某某晚报讯（记者 王五）"),  # a named paper's own report
    ("某某网消息（新闻联播）：某某工程今年进入第四年。", "某某网消息（新闻联播）"),
    ("本報訊 某某報道：11月上旬，", "本報訊"),
    ("（中央社記者陳某某台北3日電）某某今天表示，", "（中央社記者陳某某台北3日電）"),  # Taiwan's wire, in brackets
    ("（路透某地23日電）某某今天宣布", "（路透某地23日電）"),
    ("【某某報訊】某某昨日公布", "【某某報訊】"),  # Hong Kong papers
    ("【明報專訊】某某昨日公布", "【明報專訊】"),
    ("〔記者陳某某／台南報導〕某某今日舉辦", "〔記者陳某某／台南報導〕"),
    # an agency's wire without its day, set apart from the story
    ("新华社某地电 某某会议今天召开。", "新华社某地电"),
    ("新华社某地电（记者 张三）某某会议今天召开。", "新华社某地电（记者 张三）"),
    # a site whose name says no outlet: its 讯 set apart, or followed by the story's time
    ("某某体育讯 北京时间3月5日消息，某某队今天", "某某体育讯"),
    ("某某财经讯3月5日消息，某某板块今天", "某某财经讯"),
    ("某某2月6日讯 某某队今天", "某某2月6日讯"),
    ("某某在线某地6月22日电（记者 张三）某某今天", "某某在线某地6月22日电（记者 张三）"),
    # a report of the place and day, or a report said to follow (Hong Kong's 大公文匯)
    ("某某网某地12月8日综合报道 据某某消息，", "某某网某地12月8日综合报道"),
    ("某某全媒體報道：某某昨日公布", "某某全媒體報道："),
    # leads in brackets: a report by its outlet, a day with its year, Hong Kong's 報道
    ("【某某网报道 记者 张三】某某今天", "【某某网报道 记者 张三】"),
    ("[某某时报-某某网报道记者 张三]某某今天", "[某某时报-某某网报道记者 张三]"),
    ("【某某日報消息】某某昨日公布", "【某某日報消息】"),
    ("【某某2015年06月10日訊】（某某記者張三綜合報導）某某今日", "【某某2015年06月10日訊】（某某記者張三綜合報導）"),
    ("（某某日報報道）某某昨日公布", "（某某日報報道）"),
    ("(某某日報報道)某某昨日公布", "(某某日報報道)"),
    ("【某某商報訊】記者王五報道：某某昨日", "【某某商報訊】記者王五報道："),
    # Taiwan: the outlet before its reporter's bracket, slashes and brackets of every shape,
    # a desk, an unbracketed byline, the wire's 綜合外電報導 and a spaced day
    ("某某時報【張三／台北報導】某某今天", "某某時報【張三／台北報導】"),
    ("某某新聞 【記者張三／台北報導】", "某某新聞 【記者張三／台北報導】"),
    ("【李四╱美國紐約報導】某某今天", "【李四╱美國紐約報導】"),
    ("﹝記者陳某某／綜合報導﹞某某今天", "﹝記者陳某某／綜合報導﹞"),
    ("〔某某時報記者甲、乙、丙、丁、編譯戊／綜合報導〕某某今天", "〔某某時報記者甲、乙、丙、丁、編譯戊／綜合報導〕"),
    ("記者陳某某／台中報導某某今天", "記者陳某某／台中報導"),
    ("娛樂中心／綜合報導", "娛樂中心／綜合報導"),
    ("（中央社某地30日綜合外電報導）某某今天", "（中央社某地30日綜合外電報導）"),
    ("（中央社記者林某某台北 6日電）某某今天", "（中央社記者林某某台北 6日電）"),
    ("新华社𠝹𨋢3月5日电 某某今天", "新华社𠝹𨋢3月5日电"),  # a place written in Extension B
]

NOT_LEADS = [
    "我们3月5日电话联系了他，",  # 电 begins a word (电话), and no agency sends it
    "他于3日电告总部，",
    "网友3日讯问了证人，",
    "据新华社报道，某某会议今天召开。",  # a lead reported inside a sentence
    "某某说，新华社北京3月5日电称",
    "3月5日，某某会议召开。",
    "【第一章 总则】",
    "某某电视台快讯：",  # 快讯, 资讯, 通讯 are words, not a report's 讯
    "人民网资讯频道今天上线",
    "某某报通讯员张三说，",
    "据某某社消息：某某今天",  # 据 cites an outlet inside a sentence, in brackets or not
    "（据某某社报道）某某会议召开",
    "某某社3日报道，某某会议召开",  # a story citing an outlet names no place
    "法新社報導，某某國今天",
    "某某电网公司供电 服务承诺",  # 电 ends a word (供电, 停电): no wire
    "报社停电 通知",
    "家属闻讯 赶到医院",  # 闻讯, 喜讯: words
    "【网传消息】某某",  # a bracket's report names its outlet
    "【独家报道】某某",
    "【奪命車禍】某某今日",
    "2月25日，记者从某某获悉，",
]


@pytest.mark.parametrize(("paragraph", "lead"), LEADS)
def test_a_news_storys_lead_is_found_at_its_start(paragraph, lead):
    assert paragraph[: lead_end(paragraph)] == lead
    assert is_dateline(lead)  # alone on its line, the lead is the story's dateline


@pytest.mark.parametrize("paragraph", NOT_LEADS)
def test_a_paragraph_without_a_lead_has_none(paragraph):
    assert lead_end(paragraph) == 0


def test_a_lead_alone_on_its_line_may_name_only_the_place():
    assert is_dateline("台北3日電")
    assert is_dateline("某地5日电（记者 张三）")
    assert not is_dateline("新华社北京3月5日电（记者 张三）国务院今天召开常务会议。")  # a paragraph


def test_a_date_opens_a_line_written_any_way():
    assert opens_with_date("（一九八二年十二月四日第五届全国人民代表大会第五次会议通过）")
    assert opens_with_date("民國七十四年五月一日總統令制定公布")
    assert opens_with_date("2012 年 8 月 31 日第十一届全国人民代表大会常务委员会")
    assert not opens_with_date("第一章 总则")


# the pattern opens_with_date compiled of its own, which held _DATE's classes again (22 M
# instructions to compile before the notice painted, issue 32), and _DATE matched whole: the
# checks answer as they did, from any start and to any end
_OLD_DATE_LED = rf"[（(]?\s*(?:{datelines._DATE})"
_DATE_TEXT = st.text(
    alphabet=st.sampled_from(list("（() \u3000\t2013０１9-/.年月日号號民國中華〇○一二三十五四第章x")), max_size=18
)


@given(_DATE_TEXT, st.integers(0, 4), st.integers(0, 20))
def test_a_date_opens_a_line_as_the_pattern_of_its_own_found(line, start, end):
    import re

    start, end = min(start, len(line)), min(max(start, end), len(line))
    assert opens_with_date(line, start, end) == bool(re.compile(_OLD_DATE_LED).match(line, start, end))
    assert opens_with_date(line) == bool(re.match(_OLD_DATE_LED, line))


@given(_DATE_TEXT)
def test_a_field_date_is_found_as_by_the_whole_pattern(line):
    import re

    def old(line: str) -> bool:
        before, after = re.compile(datelines._BEFORE_FIELD), re.compile(datelines._AFTER_FIELD)
        return any(
            before.search(line, 0, m.start()) or after.match(line, m.end()) for m in re.finditer(datelines._DATE, line)
        )

    assert datelines._has_field_date(line) == old(line)


# the labels as patterns over the ideographs' class, which cost the launch 45 M instructions to
# compile (issue 32): the checks without them answer as they did
_OLD_FIELD = rf"(?:^|(?<=[\s|｜丨]))[{HAN}]{{0,4}}?"
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
