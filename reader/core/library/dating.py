"""The date a document gives itself: its file's metadata, else the date written at its head
(a report's （2022年10月16日）, a news dateline, a law's latest amendment) or at its foot (an official document's
成文日期, 二〇一九年三月五日), in Arabic or Chinese numerals; as YYYY-MM-DD."""

from __future__ import annotations

import re

from reader.core.patterns import compiled

HEAD = 600
FOOT = 600
_DIGIT = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"○": 0, "零": 0, "Ｏ": 0, "O": 0}
_ARABIC = r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"
_CHINESE = (
    r"([〇○零Ｏ一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,3})\s*日"
)
_ISO = r"(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)"


def _chinese_number(numeral: str) -> int:
    """十 = 10, 十二 = 12, 二十 = 20, 二十三 = 23; 二〇二二 read digit by digit."""
    if "十" not in numeral:
        value = 0
        for ch in numeral:
            value = value * 10 + _DIGIT[ch]
        return value
    tens, _, units = numeral.partition("十")
    return (_DIGIT[tens] if tens else 1) * 10 + (_DIGIT[units] if units else 0)


def _valid(year: int, month: int, day: int) -> str | None:
    if 1000 <= year <= 2999 and 1 <= month <= 12 and 1 <= day <= 31:
        return f"{year:04d}-{month:02d}-{day:02d}"
    return None


def dates_in(text: str) -> list[tuple[int, str]]:
    """(offset, YYYY-MM-DD) of every full date written in the text, in order."""
    found = []
    for m in compiled(_ARABIC).finditer(text):
        found.append((m.start(), _valid(int(m[1]), int(m[2]), int(m[3]))))
    for m in compiled(_CHINESE).finditer(text):
        found.append((m.start(), _valid(_chinese_number(m[1]), _chinese_number(m[2]), _chinese_number(m[3]))))
    for m in compiled(_ISO).finditer(text):
        found.append((m.start(), _valid(int(m[1]), int(m[2]), int(m[3]))))
    return sorted((pos, date) for pos, date in found if date)


def metadata_date(stamp: str) -> str | None:
    """A file's own date field (2019-03-05, 2019-03-05T10:00:00Z, D:20190305…) as YYYY-MM-DD."""
    m = re.search(r"(\d{4})-?(\d{2})-?(\d{2})", stamp or "")
    return _valid(int(m[1]), int(m[2]), int(m[3])) if m else None


def document_date(text: str, metadata: str = "") -> str | None:
    """The document's date, or None when it states none."""
    known = metadata_date(metadata)
    if known:
        return known
    head = dates_in(text[:HEAD])
    if head:  # a law's head lists its adoption and each amendment: the latest is this version's
        return max(date for _, date in head)
    foot = dates_in(text[-FOOT:]) if len(text) > HEAD else []
    return foot[-1][1] if foot else None
