"""Whether a short line at the top of a document is its dateline: when it was published and
where from (2022年11月02日14:04 來源:《工人日報》, 修正日期：民國 103 年 8 月 4 日, 发布时间：
2023-03-05), or a byline field (作者：张三).

A date is written in the ways of Chinese news and official documents: in figures with 年月日
(2023年3月5日, full-width figures too), from the Republic of China's era (中華民國112年5月3日,
民國七十四年五月一日), in Chinese numerals (二〇二三年三月五日, with 〇 or ○), or with a
separator (2023-03-05, 2023/3/5, 2023.03.05). A date makes a dateline only where it stands as a
field: opening the line, after a space, colon or bracket, or closing the line or its field. A
title or sentence that names a date inside itself (关于2023年3月5日会议的通知) is not one.

A label makes a dateline when it names a date or a source (發布日期：, 更新时间：, 來源:, 出处：);
作者： makes a byline.

A news story opens with its lead (电头, 訊頭), which names no year: who sends it, from where and
on which day of the month, closed by 电/電 (a wire's dispatch), 讯/訊 (a paper's own report) or
报道 (a report, with its place and day), then the reporters in brackets: 新华社北京3月5日电（记者
张三）, 中新网北京9月27日电 (记者 杜燕), 中国经济网北京12月8日综合报道; a wire without its day set
apart from the story (新华社上海电); a paper's own 本报讯（记者 王五）, 本報訊, 证券时报网讯; a site's
讯 (新浪体育讯 北京时间…). Taiwan sets its wire's lead in brackets, （中央社記者楊啟芳台北31日電）,
（中央社東京25日綜合外電報導）, and its reporter and place, 〔記者王姝琇／台南報導〕, 中國時報【潘欣彤／
台北報導】, 記者徐夏蓮／台中報導; Hong Kong its paper's in lenticular or round ones, 【明報專訊】,
【香港商報訊】記者鄭珊珊報道：, （星島日報報道）, or says it, 大公文匯全媒體報道：. `lead_end` finds
it at a paragraph's start (never 据…, which cites an outlet inside a sentence), and a line that
is only a lead is a dateline."""

from __future__ import annotations

import re

from reader.core.char_classes import HAN, is_han
from reader.core.patterns import compiled

_CN_DIGIT = "〇○零一二三四五六七八九"
_CN_MONTH = "(?:十[一二]?|[一二三四五六七八九])"
_CN_DAY = "(?:[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])"
ERA = r"(?:中華民國|中华民国|民國|民国)"  # the Republic of China's era, before its years
_S = r"\s*"

# \d is any decimal digit, full-width ones (２０２３) included. The classes of Chinese numerals
# and of 日号號 cost Python's re 17 M instructions to compile: a line is matched with them only
# where it may hold a date, which has 年 or a separator (_may_hold_date), and the start of a line
# only with the ways of writing a date that start with its first character (_date_at)
_FIGURES_DATE = (
    rf"\d{{4}}{_S}年{_S}\d{{1,2}}{_S}月{_S}\d{{1,2}}{_S}[日号號]"  # 2023年3月5日
    r"|(?<![\d.])(?:1[89]|20)\d\d([-/.．])\d{1,2}\1\d{1,2}(?![\d.])"  # 2023-03-05, 2023/3/5
)
_ERA_DATE = (
    rf"{ERA}{_S}\d{{1,3}}{_S}年{_S}\d{{1,2}}{_S}月{_S}\d{{1,2}}{_S}日"  # 中華民國112年5月3日
    rf"|{ERA}{_S}[{_CN_DIGIT}十百]{{1,6}}年{_CN_MONTH}月{_CN_DAY}日"  # 民國七十四年五月一日
)
_NUMERALS_DATE = rf"[{_CN_DIGIT}]{{4}}年{_CN_MONTH}月{_CN_DAY}日"  # 二〇二三年三月五日
_DATE = f"{_FIGURES_DATE}|{_ERA_DATE}|{_NUMERALS_DATE}"
_DATE_MARKS = "年-/.．"
"""What every date above holds: 年, or the separator between its figures."""
_ERA_STARTS = "中民"


def _may_hold_date(text: str, start: int, end: int) -> bool:
    return any(text.find(mark, start, end) >= 0 for mark in _DATE_MARKS)


def _date_at(text: str, at: int, end: int) -> bool:
    """Whether a date starts at `at`: matched by the ways of writing one that start with the
    character there (a figure, the era, a Chinese numeral), as _DATE would match it there."""
    first = text[at : min(at + 1, end)]
    if first.isdecimal():  # what \d matches
        pattern = _FIGURES_DATE
    elif first and first in _ERA_STARTS:
        pattern = _ERA_DATE
    elif first and first in _CN_DIGIT:
        pattern = _NUMERALS_DATE
    else:
        return False
    return _may_hold_date(text, at, end) and compiled(pattern).match(text, at, end) is not None


_BEFORE_FIELD = r"(?:^|[\s:：（(【\[〔|｜丨])$"  # compiled when a date is found
_AFTER_FIELD = r"$|[\s)）】\]〕|｜丨]|\d{1,2}[:：]\d{2}"
# a field's label: opening the line or after a space, a short name (up to four Chinese
# characters before it) ending in what it names; the name is looked at from the word, not by a
# pattern over the ideographs' class (reader.core.char_classes)
_SOURCE_LABEL = re.compile(rf"(?:來源|来源|出處|出处)(?={_S}[:：]|\s+\S)")
_DATE_LABEL = re.compile(rf"(?:日期|時間|时间)(?={_S}[:：])")
_AUTHOR_LABEL = re.compile(rf"作者(?={_S}[:：]{_S}\S)")
_NAME_CHARS = 4
_FIELD_EDGE = "|｜丨"


def _field_label(label: re.Pattern[str], line: str) -> bool:
    """Whether the label's word is in the line as a field's label: at the line's start or
    after a space or a bar, with up to four Chinese characters of its name before it."""
    for m in label.finditer(line):
        start = m.start()
        for _ in range(_NAME_CHARS + 1):
            if start == 0 or line[start - 1].isspace() or line[start - 1] in _FIELD_EDGE:
                return True
            if start == m.start() - _NAME_CHARS or not is_han(line[start - 1]):
                break
            start -= 1
    return False


# who sends it: an agency, paper, site or station, named by what it is (新华社, 中新网, 人民日报,
# 北京头条客户端, 中国之声, 央视新闻, 中青在线, 大公文匯全媒體; Reuters is 路透), then the place
_OUTLET = (
    "社|网|網|[报報]|电台|電台|电视台|電視台|卫视|衛視|频道|頻道|客户端|客戶端|新闻|新聞|之声|之聲|在线|在線"
    "|媒体|媒體|路透"
)
_NAME = rf"[{HAN}A-Za-z·《》、]"
_HOUSE = rf"(?![据據]){_NAME}{{1,12}}?(?:{_OUTLET})"  # the outlet alone (新华社, 中國時報); 据 cites one
_DAY = rf"(?:\d{{1,2}}{_S}月{_S})?\d{{1,2}}{_S}日|(?:{_CN_MONTH}月)?{_CN_DAY}日"
_YEAR = rf"(?:\d{{4}}{_S}年{_S})?"
_WHEN = rf"{_YEAR}{_S}(?:{_DAY})"  # the day of the month (with a year in brackets' leads)
# 电 and 讯 close the lead as verbs (sent, reported), not as the start of a word (电话, 讯问);
# 讯 ends no word that is a lead's (通讯, 资讯, 快讯, 喜讯, 闻讯 …)
_WIRED = r"[专專]?[电電](?![话話告视視脑腦影力子网網报報])"
_TOLD = r"(?<![通资資快简簡喜视視电電音短传傳闻聞死捷警])[专專]?[讯訊](?![问問息])"
_REPORTED = r"(?:综合|綜合)?(?:外电|外電)?(?:报道|報道|報導)"  # 报道 of the mainland and Hong Kong, 報導 of Taiwan
_SENT = rf"(?:{_WIRED}|{_TOLD}|消息)"
_CREDIT = (
    r"[ \t\u3000]*(?:[（(][^（()）\n]{1,40}[)）]"  # （记者 张三）, (记者 杜燕), （池梦蕊）
    r"|[^，。：:（）()\n]{0,30}?[记記]者[^，。：:\n]{1,30}?(?:报道|報道|報導)[:：]?)"  # 本报记者何加正报道：
)
# a lead in lenticular or square brackets: 【明報專訊】, 【大公報訊】, 【大紀元2015年06月10日訊】,
# 【環球網報道】 and 【环球时报-环球网报道 记者 乌元春】 (a report, by its outlet), 【澳門日報消息】
_BOX_OWN = rf"[【\[][^】\]\n]{{1,12}}?(?:{_TOLD}|新闻|新聞)[】\]]"
_BOX_DATED = rf"[【\[][^】\]\n\d]{{2,12}}?{_WHEN}{_S}{_TOLD}[】\]]"
_BOX_REPORT = (
    rf"[【\[][^】\]\n]{{1,12}}?(?:{_OUTLET})(?:报道|報道|報導|消息)"
    rf"(?:[ \t\u3000]*[记記]者[ \t\u3000]*[^】\]\n]{{1,12}})?[】\]]"
)
# the reporter (or the desk) and the place, in brackets of any shape or none: 〔記者王姝琇／台南報導〕,
# 【賴德剛╱美國佛州維耶拉報導】, ﹝記者陳浚錡／綜合報導﹞; 記者徐夏蓮／台中報導, 娛樂中心／綜合報導
_SLASH = "[／/╱∕]"
_BYLINE_BOX = rf"[〔【（(﹝\[][^〕】）)﹞\]\n]{{1,40}}{_SLASH}[^〕】）)﹞\]\n]{{1,12}}?{_REPORTED}[〕】）)﹞\]]"
_BYLINE = rf"(?:[记記]者[^\s／/╱∕，。]{{1,12}}|[^\s／/╱∕，。]{{2,4}}中心){_SLASH}[^\s／/╱∕，。]{{1,8}}?{_REPORTED}"
_BOXED = rf"(?:{_BOX_OWN}|{_BOX_DATED}|{_BOX_REPORT}|{_BYLINE_BOX})(?:{_CREDIT})?"
# a wire's lead in round brackets (Taiwan's 中央社), closed by 電 or by 報導 of what it gathered:
# （中央社記者楊啟芳台北31日電）, （中央社記者林惠君台北 6日電）, （中央社莫斯科30日綜合外電報導）
_ROUND_WIRE = rf"[（(][^（()）\n\d，。]{{2,24}}?{_WHEN}{_S}(?:{_WIRED}|{_REPORTED})[)）]"
# a paper's own report in round brackets: （星島日報報道）
_ROUND_OWN = rf"[（(]{_HOUSE}(?:{_TOLD}|{_REPORTED})[)）]"
# after the outlet's name, what its lead says:
_FROM = "|".join(
    (
        rf"{_NAME}{{0,16}}?{_WHEN}{_S}{_SENT}",  # the place and day, 电 or 讯: 新华社北京3月5日电, 本报北京3月5日讯
        rf"{_TOLD}|消息",  # a paper's own report needs no day: 本报讯, 新京报讯, 央视网消息, 香港文匯報訊
        # a wire without its day (新华社上海电, 中新网电), set apart from the story; 电 there
        # ends no word (停电, 供电)
        rf"[{HAN}]{{0,8}}?(?<![停供用发發来來充断斷触觸漏放闪閃雷]){_WIRED}(?=[ \t\u3000（(]|$)",
        # a report of the place and day (中国经济网北京12月8日综合报道 …), which a story citing an
        # outlet (美联社3日报道，) does not name; a report said to follow (大公文匯全媒體報道：)
        rf"[{HAN}]{{2,8}}?{_WHEN}{_S}{_REPORTED}(?=[\s，,]|$)|{_REPORTED}[:：]",
        rf"[ \t\u3000]?{_BOXED}",  # its reporter's bracket: 中國時報【潘欣彤／台北報導】, 工商時報【本報訊】
    )
)
# a site's report whose name says no outlet (新浪体育讯, 虎扑1月6日讯): set apart from the
# story (or alone on its line), or followed by the story's time (北京时间…, 3月5日…)
_BARE = rf"{_NAME}{{2,6}}?(?:{_WHEN}{_S})?{_TOLD}(?=[ \t\u3000]|$|北京[时時]间|\d{{1,2}}月\d{{1,2}}日)"


def _wire(sender: str) -> str:
    return rf"{sender}{_WHEN}{_S}{_SENT}"


# the leads' patterns hold classes of the ideographs (a millisecond each to compile): compiled
# when a line may hold a lead, which it does only with what closes one near its start, and
# only those of leads that open as the line does, with a bracket or not
_LEAD_BOXED = "|".join((_BOXED, _ROUND_WIRE, _ROUND_OWN))  # 【明報專訊】, （中央社…電）, （星島日報報道）
_LEAD_PLAIN = (
    "(?![据據])(?:"
    + "|".join(  # 据新华社消息 reports a lead inside a sentence
        (
            rf"(?:{_HOUSE}|路透)(?:{_FROM})(?:{_CREDIT})?",  # 新华社北京3月5日电（记者 张三）
            _BYLINE,  # 記者徐夏蓮／台中報導
            rf"{_BARE}(?:{_CREDIT})?",  # 新浪体育讯
        )
    )
    + ")"
)
_OPENERS = "【[〔﹝（("
# a lead alone on its line may name only the place (台北3日電)
_PLACE_LEAD = rf"{_wire(f'[{HAN}]{{2,8}}')}(?:{_CREDIT})?"
_LEAD_CLOSES = re.compile(r"[电電讯訊]|消息|报道|報道|報導|新[闻聞]】")
_LEAD_REACH = 80  # the longest lead (a sender, reporter and place, a date, 电) is well inside


def _may_lead(body: str) -> bool:
    return _LEAD_CLOSES.search(body, 0, _LEAD_REACH) is not None


def opens_with_date(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether a line opens with a date written any of the ways above (2012年8月31日,
    （一九九三年十二月二十九日…, 民國七十四年五月一日), after an opening bracket or not.
    The bracket and spaces are stepped over here (a pattern of its own that held _DATE's
    classes again cost the notice's outline 22 M instructions to compile before its text
    painted, issue 32)."""
    end = len(text) if end is None else end
    at = start + 1 if start < end and text[start] in "（(" else start
    while at < end and text[at].isspace():  # \s: str.isspace's characters
        at += 1
    return _date_at(text, at, end)


def lead_end(paragraph: str) -> int:
    """Where a news story's lead (新华社北京3月5日电（记者 张三）) ends at the start of a
    paragraph, or 0 when the paragraph opens with none."""
    body = paragraph.lstrip(" \t\u3000")
    if not _may_lead(body):
        return 0
    m = compiled(_LEAD_BOXED if body[:1] in _OPENERS else _LEAD_PLAIN).match(body)
    return m.end() + len(paragraph) - len(body) if m else 0


def _has_field_date(line: str) -> bool:
    if not _may_hold_date(line, 0, len(line)):
        return False
    for m in compiled(_DATE).finditer(line):
        if compiled(_BEFORE_FIELD).search(line, 0, m.start()) or compiled(_AFTER_FIELD).match(line, m.end()):
            return True
    return False


def is_dateline(line: str) -> bool:
    """A line that says when a document was published or where from."""
    if _field_label(_SOURCE_LABEL, line) or _field_label(_DATE_LABEL, line) or _has_field_date(line):
        return True
    stripped = line.strip()
    if not _may_lead(stripped):
        return False
    end = lead_end(line)
    return end > 0 and not line[end:].strip() or bool(compiled(_PLACE_LEAD).fullmatch(stripped))


def is_byline(line: str) -> bool:
    """A line that names the author in a field (作者：张三)."""
    return _field_label(_AUTHOR_LABEL, line)
