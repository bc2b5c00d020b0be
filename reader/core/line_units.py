"""Runs of a short centred line (a dateline, a title) that a line should not break inside, by
the typography of Chinese news and official documents: a date and a time in figures
(2022年11月02日14:04, 中華民國112年5月3日, 二〇二三年三月五日, 10:30), a field's label with
its colon (來源:, 发布时间：) and a short name in title marks (《工人日報》). Qt's line breaker
(UAX #14) may break beside any ideograph: 2022年11月02|日14:04, 來|源.

A date written next to its time is one run that may still break between the two where the lines
cannot hold it whole (`Run.inner`). Offsets are the text's own; nothing here changes the text."""

from __future__ import annotations

import re
from typing import NamedTuple

from reader.core.char_classes import breaks_beside, is_han
from reader.core.datelines import ERA
from reader.core.patterns import compiled

# The date and time are matched in the line with its figures and their units folded, one
# character each to one (str.translate: the offsets stay the text's): every Arabic figure, ASCII
# or full-width, to 0, every Chinese numeral to 〇, 号/號 to 日 and 时/点/點 to 時. A class of
# characters spread over Unicode ([〇○零一二…十], [日号號]) costs Python's re about 1 M
# instructions each to compile, and the pattern over the text as written held eleven: 19 M
# before the notice painted (issue 32); over the folded line it holds none.
_FOLD = str.maketrans(
    {
        **dict.fromkeys("0123456789０１２３４５６７８９", "0"),
        **dict.fromkeys("〇○零一二三四五六七八九十", "〇"),
        **dict.fromkeys("号號", "日"),
        **dict.fromkeys("时点點", "時"),
    }
)
_FIGURE = "0〇"  # any figure, folded
_ERA = rf"(?:{ERA}|公元|西元)"
# a date from its year, month or day on: 2022年11月02日, 112年5月3日, 5月3日, 二〇二三年三月五日
_DATE = rf"(?:{_ERA}\s?)?(?:[{_FIGURE}]{{1,4}}\s?年\s?)?[{_FIGURE}]{{1,2}}\s?月(?:\s?[{_FIGURE}]{{1,3}}\s?日)?"
_YEAR_ONLY = rf"{_ERA}\s?[{_FIGURE}]{{1,4}}\s?年"  # 中華民國112年, 民国38年
# a time: 14:04, 10:30:15, 14時04分, 10点30分
_TIME = rf"0{{1,2}}[:：]0{{2}}(?:[:：]0{{2}})?|[{_FIGURE}]{{1,3}}時(?:[{_FIGURE}]{{1,3}}分)?"
_DATE_TIME = re.compile(rf"(?P<date>{_DATE}|{_YEAR_ONLY})(?P<time>{_TIME})?|(?P<alone>{_TIME})")
# a label: two to six Chinese characters, not the tail of a longer run, then a colon (found
# from its colon, not by a pattern over the ideographs' class: see reader.core.char_classes)
_COLON = re.compile("[:：]")
_LABEL_CHARS = range(2, 7)
_TITLE_MARKS = re.compile(r"《[^《》\n]{1,12}》")


class Run(NamedTuple):  # a NamedTuple, not a frozen dataclass: made at launch, 2-3 M instructions fewer (issue 32)
    """Text a line should not break inside (a date, a time, a label), and where it still may."""

    start: int
    end: int
    inner: tuple[int, ...] = ()  # where it may break still when it is wider than a line


def whole_runs(text: str) -> list[Run]:
    """The runs of text a line should not break inside, in order, none overlapping."""
    runs = []
    for m in _DATE_TIME.finditer(text.translate(_FOLD)):
        inner = (m.start("time"),) if m.group("date") and m.group("time") else ()
        runs.append(Run(m.start(), m.end(), inner))
    for start, end in (*_labels(text), *((m.start(), m.end()) for m in _TITLE_MARKS.finditer(text))):
        if not any(r.start < end and start < r.end for r in runs):
            runs.append(Run(start, end))
    return sorted(runs, key=lambda r: r.start)


def _labels(text: str) -> list[tuple[int, int]]:
    """(start, end) of each label with its colon: a whole run of Chinese characters, two to
    six long, just before a colon."""
    found = []
    for m in _COLON.finditer(text):
        colon = m.start()
        start = colon
        while start > 0 and colon - start <= _LABEL_CHARS[-1] and is_han(text[start - 1]):
            start -= 1
        if colon - start in _LABEL_CHARS and not is_han(text[start - 1 : start]):
            found.append((start, colon + 1))
    return found


def inside(runs: list[Run], but_inner: bool = False, fits=None) -> set[int]:
    """The offsets inside the runs, where a line should not start. `but_inner`: but at the
    runs' inner places, for lines that cannot hold a run whole; and with `fits(start, end)`,
    a run a line cannot hold even so is left to the words inside it (法規|名稱：)."""
    out: set[int] = set()
    for run in runs:
        cuts = run.inner if but_inner else ()
        parts = zip((run.start, *cuts), (*cuts, run.end))
        if fits is None or all(fits(a, b) for a, b in parts):
            out.update(i for i in range(run.start + 1, run.end) if i not in cuts)
    return out


def broken(runs: list[Run], starts) -> bool:
    """Whether a line starts inside one of the runs."""
    return any(run.start < s < run.end for run in runs for s in starts)


JOINER = "\u200d"
"""Put after a character of a centred line's run (a dateline's, a breadcrumb's) in the text the
page shows, so that Qt's own wrap does not break after it (UAX #14 LB8a): the line's run stays
whole without spacing its characters out to end a line early (title_balance), as a zero width
joiner is no character of its own to the caret (it joins the grapheme before it) and draws
nothing. Never in the text itself: positions.QtPositions counts it at the boundary."""
LOOSE = "\u034f"
"""Put after a character of a centred line of running text where a line may break and no JOINER
goes: a combining grapheme joiner, which leaves Qt's line breaker as it was (UAX #14 LB9: it
takes the class of the character before it), draws nothing and is no character of its own to
the caret (it extends the grapheme before it). Once the block's words are known, a JOINER takes
its place inside a word a line holds (title_balance: 工人日報 / 全國人民代表大會 not broken), one
character for one, so that no position moves. Never in the text itself."""
PAGE_ONLY = JOINER + LOOSE
"""The characters the page's text alone holds (positions.QtPositions counts them)."""
_OPENS, _CLOSES = "<＜", ">＞"  # a <…> (《关于修改<…法>的决定》) or a breadcrumb's arrows


def soft_cuts(text: str, run: Run) -> tuple[int, ...]:
    """Where a run may still break when a line cannot hold it whole: between a date and its
    time (Run.inner), between a date's year and its month (2000年 / 3月15日), as a person
    breaks a date that must break, and in a name in title marks (below); a label has none. A
    date is joined whole all the same (glued): Qt's wrap breaks a piece wider than its line
    wherever the line is full, so the line's width is chosen for it to be full there
    (ragged_lines)."""
    years = (i + 1 for i in range(run.start, run.end - 1) if text[i] == "年" and i + 1 not in run.inner)
    return tuple(sorted({*run.inner, *years, *_name_cuts(text, run)}))


def _name_cuts(text: str, run: Run) -> range:
    """A name in title marks wider than a line breaks between the two-character words it is
    most likely made of (《工人|日報》, 《人民|日报|海外版》), two characters at least on either
    side: never a mark alone on a line (Qt's wrap, anywhere the line was full, left 《工人日報 /
    》 on a 150 px page). Its words are not known when the page's text is made (jieba's come
    later); most names of papers, journals and laws are so made."""
    if text[run.start] != "《" or text[run.end - 1] != "》":
        return range(0)
    return range(run.start + 3, run.end - 2, 2)


def spaced(text: str) -> list[int]:
    """The no-break spaces of a centred line of running text (a dateline, a breadcrumb) that
    the page shows as spaces, where a line may end: a web page's &nbsp;&nbsp; between a time
    and its source (14:04  來源：) is spacing, not a tie, and held the two on one line (a 150 px
    page broke 來源 / ： instead). Not one inside a run (2022年 11月) nor between Latin
    letters or figures (10 km)."""
    inside_runs = {i for run in whole_runs(text) for i in range(run.start, run.end)}
    out = []
    for i, ch in enumerate(text):
        if ch != "\u00a0" or i in inside_runs:
            continue
        before, after = text[i - 1 : i], text[i + 1 : i + 2]
        if "\u00a0" in (before, after) or is_han(before) or is_han(after):
            out.append(i)
    return out


_OPENING = "（([《〈「『【〔"


def starts_line(text: str, run: Run) -> bool:
    """Whether the run starts its line: nothing before it but spaces and opening brackets,
    which go with it to any line it starts (a law's （2005年 / 8月28日第十届…)."""
    return not text[: run.start].strip().strip(_OPENING).strip()


def glued(text: str) -> list[int]:
    """The offsets in text after which JOINER goes (sorted): inside each run where Qt's wrap
    would break (beside a Chinese character), and after a < and
    before a > (which Qt's wrap leaves at a line's end or start: 新聞網 / >>中國). Never after a
    character outside the BMP, which is two positions for Qt already (textpos)."""
    out: set[int] = set()
    for run in whole_runs(text):
        # a run that starts a line stays whole by Qt's wrap wherever a line holds it, and breaks
        # at its cuts where none does; one after other words (发布时间：2021年…) would break at a
        # cut whenever the line it starts on is full, so only its time may go to the next line
        # (a wrap at one width cannot end the line before it early: title_balance)
        # a name in title marks is joined only between its likely words (_name_cuts): Qt's wrap
        # breaks a run wider than its line anywhere, its closing mark alone on a line
        cuts = soft_cuts(text, run) if starts_line(text, run) else (*run.inner, *_name_cuts(text, run))
        out.update(
            i - 1
            for i in range(run.start + 1, run.end)
            if i not in cuts and (breaks_beside(text[i - 1]) or breaks_beside(text[i])) and text[i - 1] <= "\uffff"
        )
    for i in range(1, len(text)):
        if (text[i - 1] in _OPENS or text[i] in _CLOSES) and text[i - 1] <= "\uffff":
            out.add(i - 1)
    return sorted(out)


def slots(text: str, joined: list[int] | None = None) -> list[int]:
    """The offsets in a centred line's text after which the page puts a JOINER or a LOOSE
    (sorted): glued()'s, and every other place a line may break beside a Chinese character, so
    that the words can be joined there once they are known. None beside a space, where a
    combining character would stand on its own (UAX #14 LB10: it would take the class of a
    letter), nor after a character outside the BMP (glued(): `joined`, when made already)."""
    out = set(glued(text) if joined is None else joined)
    for i in range(len(text) - 1):
        a, b = text[i], text[i + 1]
        if a <= "\uffff" and not a.isspace() and not b.isspace() and (breaks_beside(a) or breaks_beside(b)):
            out.add(i)
    return sorted(out)


def without_page_chars(text: str) -> str:
    """text as the page holds it (a block's, a line's) without the characters it alone holds."""
    return text.replace(JOINER, "").replace(LOOSE, "")


_FIGURES = "[0-9\uff10-\uff19]+"  # a number's figures, ASCII or full-width (compiled on first use)
UNITS = frozenset("年月日号號时時点點分秒届屆次期个個位名件项項条條款章节節元角万萬亿億千百岁歲周週倍米克吨噸")
"""What a number is read with (2022年, 3.5亿, 第20届, 30分): Qt's wrap breaks between a
figure and an ideograph (UAX #14), 2022 / 年 at a line's end; a line should not."""


def number_ties(text: str) -> list[int]:
    """The offsets in text after which the page puts a JOINER so that a number stays with its
    unit (UNITS) and a full-width number whole (５０％: Qt's wrap breaks between full-width
    figures as between ideographs). Everywhere but a balanced title's lines (title_balance),
    body text too: a Chinese line still breaks between any other two characters."""
    out = []
    for m in compiled(_FIGURES).finditer(text):
        a, b = m.span()
        out.extend(i for i in range(a, b - 1) if text[i] >= "\uff10" or text[i + 1] >= "\uff10")
        if b < len(text) and text[b] in UNITS:
            out.append(b - 1)
    return out
