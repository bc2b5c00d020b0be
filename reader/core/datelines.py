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
作者： makes a byline."""

from __future__ import annotations

import re

from reader.core.char_classes import char_class
from reader.core.patterns import compiled

HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"  # ideographs, for character classes
_CN_DIGIT = "〇○零一二三四五六七八九"
_CN_MONTH = "(?:十[一二]?|[一二三四五六七八九])"
_CN_DAY = "(?:[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])"
ERA = r"(?:中華民國|中华民国|民國|民国)"  # the Republic of China's era, before its years
_S = r"\s*"

# \d is any decimal digit, full-width ones (２０２３) included
_DATE = re.compile(
    "|".join(
        (
            rf"\d{{4}}{_S}年{_S}\d{{1,2}}{_S}月{_S}\d{{1,2}}{_S}[日号號]",  # 2023年3月5日
            rf"{ERA}{_S}\d{{1,3}}{_S}年{_S}\d{{1,2}}{_S}月{_S}\d{{1,2}}{_S}日",  # 中華民國112年5月3日
            rf"{ERA}{_S}[{_CN_DIGIT}十百]{{1,6}}年{_CN_MONTH}月{_CN_DAY}日",  # 民國七十四年五月一日
            rf"[{_CN_DIGIT}]{{4}}年{_CN_MONTH}月{_CN_DAY}日",  # 二〇二三年三月五日
            r"(?<![\d.])(?:1[89]|20)\d\d([-/.．])\d{1,2}\1\d{1,2}(?![\d.])",  # 2023-03-05, 2023/3/5
        )
    )
)
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
_is_han = char_class(HAN)


def _field_label(label: re.Pattern[str], line: str) -> bool:
    """Whether the label's word is in the line as a field's label: at the line's start or
    after a space or a bar, with up to four Chinese characters of its name before it."""
    for m in label.finditer(line):
        start = m.start()
        for _ in range(_NAME_CHARS + 1):
            if start == 0 or line[start - 1].isspace() or line[start - 1] in _FIELD_EDGE:
                return True
            if start == m.start() - _NAME_CHARS or not _is_han(line[start - 1]):
                break
            start -= 1
    return False


def _has_field_date(line: str) -> bool:
    for m in _DATE.finditer(line):
        if compiled(_BEFORE_FIELD).search(line, 0, m.start()) or compiled(_AFTER_FIELD).match(line, m.end()):
            return True
    return False


def is_dateline(line: str) -> bool:
    """A line that says when a document was published or where from."""
    return _field_label(_SOURCE_LABEL, line) or _field_label(_DATE_LABEL, line) or _has_field_date(line)


def is_byline(line: str) -> bool:
    """A line that names the author in a field (作者：张三)."""
    return _field_label(_AUTHOR_LABEL, line)
