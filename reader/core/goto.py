"""Go ▸ Go To…: what the reader types (第1165条, 第一千一百六十五条, 1165, 第八十回, 80, （三）, p. 12,
第12页, 50%) read as a target, and the place in the document it names.

A law is cited by its article, a novel by its chapter, a report by its 一、 and （一）; the
target's number is matched against the number each heading of the outline starts with, read
the same way, so 第八十回 finds the heading 第八十回 and 80 finds it too."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from reader.core.outline import FINE_KINDS, Outline, Section

_DIGITS = {"零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4}
_DIGITS |= {"五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_DIGITS |= {"壹": 1, "贰": 2, "貳": 2, "叁": 3, "參": 3, "肆": 4, "伍": 5, "陆": 6, "陸": 6}
_DIGITS |= {"柒": 7, "捌": 8, "玖": 9}
_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_MYRIAD = {"万": 10_000, "萬": 10_000}
_NUMERAL = "".join(_DIGITS) + "".join(_UNITS) + "".join(_MYRIAD) + "0-9０-９"
_FULL_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")

# the counters of numbered headings, each spelled once (Simplified) for matching
_COUNTERS = {"條": "条", "節": "节", "編": "编", "分編": "分编"}
_COUNTER = r"分[编編]|[条條回章节節编編部卷篇集]"
_NUMBERED = re.compile(rf"^第\s*([{_NUMERAL}]+)\s*({_COUNTER})")
_PAGE = re.compile(rf"^(?:第\s*([{_NUMERAL}]+)\s*[页頁]|(?:p|pp|page|頁|页)\.?\s*(\d+))$", re.IGNORECASE)
_PERCENT = re.compile(r"^(\d+(?:\.\d+)?)\s*[%％]$")
_PARENTHESISED = re.compile(rf"^[（(]\s*([{_NUMERAL}]+)\s*[)）]")
_LISTED = re.compile(rf"^([{_NUMERAL}]+)\s*[、.．](?!\d)")
_BARE = re.compile(rf"^[{_NUMERAL}]+$")
_ANY_NUMBER = re.compile("|".join(p.pattern.removeprefix("^") for p in (_NUMBERED, _PARENTHESISED, _LISTED)))
"""Any number a heading or an item can start with, anywhere in a text."""

PARENTHESISED = "（）"
LISTED = "、"
# a bare number is read as the first of these the document numbers its headings by: a law is
# cited by article, a novel by chapter, a report by its 一、, a book by its part last
_BARE_ORDER = ("条", "回", "章", "节", LISTED, PARENTHESISED, "分编", "编", "篇", "卷", "部", "集")


def chinese_number(text: str) -> int | None:
    """A number written in Chinese (一千一百六十五, 一百零五, 十五, 两千, 壹佰) or in digits
    (1165, １１６５, 一一六五 read digit by digit); None when it is not a number."""
    text = text.strip().translate(_FULL_DIGITS)
    if not text:
        return None
    if text.isdigit():
        return int(text)
    if any(c not in _DIGITS and c not in _UNITS and c not in _MYRIAD for c in text):
        return None
    if not any(c in _UNITS or c in _MYRIAD for c in text):  # 一一六五, 二〇二二: digit by digit
        return int("".join(str(_DIGITS[c]) for c in text))
    total = section = 0
    digit: int | None = None
    for c in text:
        if c in _DIGITS:
            digit = _DIGITS[c] or None  # 一百零五: a zero only keeps a place
        elif c in _UNITS:
            section += (1 if digit is None else digit) * _UNITS[c]  # 十五: a unit alone is one of it
            digit = None
        else:
            total += (section + (digit or 0)) * _MYRIAD[c]
            section, digit = 0, None
    return total + section + (digit or 0)


def to_chinese(number: int) -> str:
    """1165 → 一千一百六十五, 105 → 一百零五, 15 → 十五, 110 → 一百一十 (below 100,000,000)."""
    if not 0 <= number < 100_000_000:
        raise ValueError(number)
    high, low = divmod(number, 10_000)
    if not high:
        text = _below_myriad(low) or "零"
        return text[1:] if text.startswith("一十") else text  # 十五, but 一百一十
    high_text = to_chinese(high) + "万"
    return high_text + ("零" if 0 < low < 1000 else "") + _below_myriad(low)


def _below_myriad(number: int) -> str:
    out: list[str] = []
    zero = False
    for value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit, number = divmod(number, value)
        if digit:
            out.append(("零" if zero else "") + "零一二三四五六七八九"[digit] + unit)
            zero = False
        elif out:
            zero = True
    return "".join(out)


@dataclass(frozen=True)
class Target:
    """What the reader asked for: a numbered heading (`counter` 条, 回, 章 … , 、 for 一、,
    （） for （一）, "" for a bare number), a page, or a share of the document."""

    kind: str  # "numbered", "page" or "percent"
    number: float
    counter: str = ""


def parse_target(typed: str) -> Target | None:
    """The target the reader typed, or None when it names nothing Go To knows."""
    text = typed.strip().translate(_FULL_DIGITS)
    if m := _PERCENT.match(text):
        value = float(m.group(1))
        return Target("percent", value) if value <= 100 else None
    if m := _PAGE.match(text):
        number = chinese_number(m.group(1) or m.group(2))
        return Target("page", number) if number else None
    if (m := _NUMBERED.match(text)) and m.end() == len(text):
        number = chinese_number(m.group(1))
        return Target("numbered", number, _COUNTERS.get(m.group(2), m.group(2))) if number is not None else None
    if (m := _PARENTHESISED.match(text)) and m.end() == len(text):
        number = chinese_number(m.group(1))
        return Target("numbered", number, PARENTHESISED) if number is not None else None
    if (m := _LISTED.match(text)) and m.end() == len(text):
        number = chinese_number(m.group(1))
        return Target("numbered", number, LISTED) if number is not None else None
    if _BARE.match(text):
        number = chinese_number(text)
        return Target("numbered", number) if number is not None else None
    return None


def heading_number(text: str) -> tuple[str, int] | None:
    """(counter, number) a heading's text starts with: 第八十回 → (回, 80), （三） → (（）, 3),
    二、 → (、, 2); None for a heading without a number."""
    for pattern, counter in ((_NUMBERED, None), (_PARENTHESISED, PARENTHESISED), (_LISTED, LISTED)):
        m = pattern.match(text)
        if m:
            number = chinese_number(m.group(1))
            if number is None:
                return None
            return (counter or _COUNTERS.get(m.group(2), m.group(2))), number
    return None


@dataclass(frozen=True)
class Place:
    """Where a target is, in original offsets: a heading's range, or one offset (start == end)."""

    start: int
    end: int


def numbered_nodes(outline: Outline) -> list[tuple[str, int, Section]]:
    """(counter, number, node) of every numbered heading, article and article item, in document
    order. A block's items are cut (the outline cuts sentences and items when first asked for)
    only where its text holds a number one could start with: the first Go to on a book cut
    every sentence of it, 0.4 s on the window's thread for 红楼梦."""
    text = outline.text
    found = []

    def consider(node: Section) -> None:
        key = heading_number(text[node.start : node.start + 24].lstrip(" \u3000"))
        if key is not None:
            found.append((*key, node))

    for node in outline.root.walk(sentences=False):
        if node.kind in ("heading", "article"):
            consider(node)
        if node.kind in ("heading", "article", "paragraph") and _ANY_NUMBER.search(text, node.start, node.end):
            for child in node.children:  # its sentences and items (an item may be in a sentence)
                for inner in child.walk() if child.kind in FINE_KINDS else ():
                    if inner.kind == "item":
                        consider(inner)
    found.sort(key=lambda item: item[2].start)  # a block's items after it, among its paragraphs
    return found


def resolve(target: Target, outline: Outline, caret: int = 0, pages: tuple[int, ...] = ()) -> Place | None:
    """The place a target names in the document, or None when it names none.

    The same number may start several headings (each 编 of a code has its 第一章, each 一、
    of a report its （三）): the one in the section the caret is in is meant, else the first
    after the caret, else the first."""
    length = len(outline.text)
    if target.kind == "percent":
        pos = min(length, round(length * target.number / 100))
        return Place(pos, pos)
    if target.kind == "page":
        if not 1 <= target.number <= len(pages):
            return None
        pos = pages[int(target.number) - 1]
        return Place(pos, pos)
    numbered = [(c, n, node) for c, n, node in numbered_nodes(outline) if n == target.number]
    if target.counter:
        candidates = [node for c, _, node in numbered if c == target.counter]
    else:
        counters = {c for c, _, _ in numbered}
        counter = next((c for c in _BARE_ORDER if c in counters), None)
        candidates = [node for c, _, node in numbered if c == counter]
    node = _nearest(candidates, outline, caret)
    return Place(node.start, node.end) if node is not None else None


def _nearest(candidates: list[Section], outline: Outline, caret: int) -> Section | None:
    if not candidates:
        return None
    enclosing = outline.path_at(caret)
    for ancestor in reversed(enclosing):  # the deepest section holding the caret and a candidate
        inside = [n for n in candidates if ancestor.start <= n.start < ancestor.end and n is not ancestor]
        if inside:
            return inside[0]
    starts = [n.start for n in candidates]
    after = bisect_right(starts, caret)
    return candidates[after] if after < len(candidates) else candidates[0]
