"""The figures table: every number that changed between the versions, with its subject and
both values (赤字率 3% → 4%左右, 地方政府专项债券 3.9万亿元 → 4.4万亿元), the table every newsroom
makes by hand for each year's work report.

A figure is a change reworded on both sides whose old and new words both hold a number (ASCII
digits or Chinese numerals: 五十万元 → 三百万元 in a law's fines). Its subject is what the
clause says before the figure, read in B (the version the reader studies): the words back to
the last comma, semicolon or full stop, without a leading 今年/全年 and the verb that introduces
the figure (拟按, 拟安排, 达到…): 今年赤字率拟按 → 赤字率, 拟安排地方政府专项债券 → 地方政府专项债券.
A clause too short to name anything (放假) takes the clause before it with it (春节，放假).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.core.compare.model import Change, ChangeKind
from reader.core.library.folding import fold as fold_script

_NUMBER = re.compile(
    r"[0-9０-９]|[零〇一二两三四五六七八九十百千]{2,}|[一二三四五六七八九十][条款项章节元人天年倍万亿]"
)
_CLAUSE_STOP = "，。；：、\n,;:（()）「“"
_LEADING = re.compile(
    r"(?:第[一二三四五六七八九十百零]+条\s*|今年|去年|全年|明年|其中|同时|并|要|将|比上年|比去年|拟安排|拟发行|拟按)+"
)
_VERB = re.compile(r"(?:拟按|拟安排|拟发行|拟|按|安排|达到|为|在|控制在|保持在|提高到|降到|增加|减少)$")
_SUBJECT_MAX = 24
"""Characters of subject shown at most (the clause's end, nearest the figure)."""
_SUBJECT_MIN = 3


@dataclass(frozen=True)
class FigureChange:
    subject: str
    old: str
    new: str
    change: Change
    subject_at: tuple[tuple[int, int], ...] = ()
    """Where the subject's pieces stand in B's text: the window shows them in B's script."""


def is_figure(change: Change) -> bool:
    """A change of a number: reworded, a number on both sides."""
    return (
        change.kind is ChangeKind.REWORDED
        and bool(_NUMBER.search(change.a.text))
        and bool(_NUMBER.search(change.b.text))
    )


VALUE_MAX = 20
"""Characters a figure's value has at most (1.3万亿斤以上, 第五十六条、第五十七条、第五十八条)."""
_YEAR = re.compile(r"^(?:19|20)\d{2}年?$")


def figure_changes(changes: list[Change], text_b: str) -> list[FigureChange]:
    """The figures among the changes, in document order, each with its subject read in B. A
    year that moved on (2023年 → 2024年: 一、2023年工作回顾 in one report, 一、2024年工作回顾 in
    the next) is the date of the document, not a figure of it."""
    out = []
    for c in changes:
        if not is_figure(c):
            continue
        old, new = figure_value(c.a.text), figure_value(c.b.text)
        if _YEAR.match(old) and _YEAR.match(new):
            continue
        if max(len(old), len(new)) > VALUE_MAX:
            continue  # a clause rewritten around a number: a rewording, listed with the changes
        at = subject_spans(text_b, c.b.start)
        out.append(FigureChange("".join(text_b[lo:hi] for lo, hi in at), old, new, c, at))
    return out


def figure_value(text: str) -> str:
    """A figure as the table shows it: on one line, without the punctuation around it."""
    return " ".join(text.split()).strip("，。；：、,;:")


def subject_of(text: str, at: int) -> str:
    """What the clause before `at` names (see the module's docstring), as written."""
    return "".join(text[lo:hi] for lo, hi in subject_spans(text, at))


def subject_spans(text: str, at: int) -> tuple[tuple[int, int], ...]:
    """Where the pieces of subject_of(text, at) stand in text. The words that are left out are
    found in the text folded to Simplified character by character, so a Traditional text's 為
    and 達到 are left out as 为 and 达到 are."""
    folded = fold_script(text[max(0, at - 2 * _CLAUSE_REACH) : at])
    shift = at - len(folded)
    start = _clause_start(folded, len(folded))
    lo, hi = _trim(folded, start, len(folded))
    spans = [(shift + lo, shift + hi)]
    if hi - lo < _SUBJECT_MIN and start > 0:
        before = _clause_start(folded, start - 1)
        b_lo, b_hi = _trim(folded, before, start - 1)
        stop = shift + start - 1  # the clause before, joined with its mark (not a line's end)
        if b_hi > b_lo:
            spans[:0] = [(shift + b_lo, shift + b_hi)] + ([] if text[stop].isspace() else [(stop, stop + 1)])
    return _kept(text, spans)


def _kept(text: str, spans: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """The spans' last _SUBJECT_MAX characters, without the marks and spaces at either end."""
    room, kept = _SUBJECT_MAX, []
    for lo, hi in reversed(spans):
        lo = max(lo, hi - room)
        if hi > lo:
            kept.insert(0, [lo, hi])
            room -= hi - lo
    strip = "，、,;；：: \n\t\u3000"
    while kept and text[kept[0][0]] in strip:
        kept[0][0] += 1
        if kept[0][0] == kept[0][1]:
            kept.pop(0)
    while kept and text[kept[-1][1] - 1] in strip:
        kept[-1][1] -= 1
        if kept[-1][0] == kept[-1][1]:
            kept.pop()
    return tuple((lo, hi) for lo, hi in kept)


_CLAUSE_REACH = 80  # characters a clause is looked for back from a figure


def _clause_start(text: str, at: int) -> int:
    lo = max(0, at - _CLAUSE_REACH)
    for k in range(at - 1, lo - 1, -1):
        if text[k] in _CLAUSE_STOP:
            return k + 1
    return lo


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """The subject's range in text[start:end]: the clause without its leading words and the
    verb that brings the figure."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    leading = _LEADING.match(text, start, end)
    if leading:
        start = leading.end()
    clause = text[start:end]
    if "拟" in clause and clause.index("拟") >= 2:
        return start, start + clause.index("拟")
    trimmed = end
    while True:
        verb = _VERB.search(text, start, trimmed)
        if verb is None or verb.start() == trimmed:
            break
        trimmed = verb.start()
    return (start, trimmed) if trimmed > start else (start, end)
