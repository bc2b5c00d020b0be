"""Balanced lines for a centred title: where a title that wraps should break.

A title wrapped greedily leaves a short last line (二十 / 大精神的通知) or one character alone,
and breaks wherever a Chinese line may break: inside a word (認真學習宣｜傳貫徹). A balanced
title has lines of about one length, each ending at a word's end (jieba's words, known to the
reading), none of one character.

No single width gives such lines: a greedy wrap at a width fills every line but the last to
that width, so 組織動員億萬職工為 / 實現黨的二十大確定的 / 各項任務而團結奮斗 (9/10/9, on word
ends) is no width's wrap (at ten characters the wrap splits 實｜現). So the lines are chosen
here, by a small dynamic programme over the places a word ends (`balanced_lines`), and the
page gets Qt's own wrap to break there (`break_pads`): the title's block is as wide as its
longest line, and a line that would take the next line's first character too is made to end
by a few pixels of spacing after its characters, which fills it.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from functools import cache
from itertools import accumulate
from typing import NamedTuple

from reader.core.char_classes import breaks_beside
from reader.core.line_units import JOINER, LOOSE, glued, number_ties, soft_cuts, whole_runs, without_page_chars

# never starts a line (UAX #14 CL, NS, EX); and > (＞), which closes a <…> that stands for 〈…〉
# (《关于修改<中华人民共和国立法法>的决定》) and, as a breadcrumb's >> (中國共產黨新聞網>>中國工會新聞),
# leads to what follows from what it ends: a line never begins with it
_NO_START = set("。，、；：？！」』）》〉】〕…—・,.;:?!)]}%>＞")
# never ends one (OP); nor < (＜), which opens a <…> or points back along a breadcrumb
_NO_END = set("「『（《〈【〔([{<＜")
OFF_CENTRE = 8.0
"""px of spacing after a lone character on a middle line of a title (4 px off centre) taken
where no lines without it end on words: the page's own wrap would break every word after it."""
# no break on either side (UAX #14 GL, WJ; and ZWJ, which line_units.JOINER puts inside a run)
_GLUE = set("\u00a0\u202f\u2007\u2060\ufeff\u200d")


def line_breaks(text: str) -> list[bool]:
    """breakable[i]: whether a line may start at text[i] (as Qt's line breaker allows, UAX #14
    in short): next to a Chinese character, after a space (never before it: it ends the line
    before, where it takes no room), never before closing punctuation
    nor after opening punctuation, nor beside a no-break space; never before a LOOSE (a
    dateline's: line_units), and after one as after the character before it."""
    out = [False] * (len(text) + 1)
    for i in range(1, len(text)):
        before, after = text[i - 1], text[i]
        if before == LOOSE and i > 1:
            before = text[i - 2]
        if (
            after == LOOSE
            or after in _NO_START
            or before in _NO_END
            or before in _GLUE
            or after in _GLUE
            or after.isspace()
        ):
            continue
        out[i] = breaks_beside(before) or breaks_beside(after) or before.isspace()
    return out


def wrap(
    advances: Sequence[float], breakable: Sequence[bool], width: float, indent: float = 0.0, text: str = ""
) -> list[int]:
    """Where a greedy wrap at `width` starts each line after the first (as Qt's layout does:
    as many characters as fit, back to the last place a line may break; the first line
    `indent` narrower; with `text`, the spaces a line ends with hang past it, as in Qt's)."""
    starts: list[int] = []
    start, n = 0, len(advances)
    while (start := _line_end(advances, breakable, start, width, indent if start == 0 else 0.0, text)) < n:
        starts.append(start)
    return starts


def _line_end(
    advances: Sequence[float], breakable: Sequence[bool], start: int, width: float, indent: float, text: str
) -> int:
    """Where the greedy wrap at `width` ends the line from `start` (len(advances): it ends the
    text): as many characters as fit, back to the last place a line may break; with `text`,
    its spaces hang past the line's end."""
    x, end, n = indent, start, len(advances)
    while end < n and (x + advances[end] <= width or (text and text[end].isspace())):
        x += advances[end]
        end += 1
    if end >= n:
        return n
    return next((b for b in range(end, start, -1) if breakable[b]), end if end > start else start + 1)


class Balance(NamedTuple):  # a NamedTuple, not a frozen dataclass: made at launch, 2-3 M instructions fewer (issue 32)
    """A title's balanced lines: where each starts, and the widest one's width."""

    starts: list[int]  # where each line after the first starts
    width: float  # the longest line's, without the spaces a line ends with (they hang)


def balanced_lines(
    text: str,
    advances: Sequence[float],
    word_ends: set[int],
    width: float,
    slack: float = 1.0,
    overhangs: Sequence[float] | None = None,
) -> Balance | None:
    """The title's lines at `width`: each ending where a word ends (and a line may break), or
    inside a word only where the word alone is wider than a line, and then between the words of
    two it is likely made of (中华人民 / 共和国 / 立法法) unless that takes two lines more; none
    of one character (unless no other lines end on words: then a word of one character may
    stand alone); the fewest such lines (as many as a greedy wrap at `width` gives, or more when
    that many cannot end on words), and of them the most even: the least sum of the lines' squared widths
    (the total is fixed, so this is least when the lines are closest to one length); then, no
    wider than those, the least sum of the squared widths and of the squared spacing each middle
    line needs to end (break_pads: it spaces that line's characters out; the first line's indent
    takes its own, the last needs none), so of lines as even the one whose short line comes
    first. None when the title fits on one line
    or no such lines exist.

    advances: each character's width; word_ends: offsets in the title where a word ends;
    slack: room kept on every line against rounding (the page's layout measures its own);
    overhangs: how far each character's glyph reaches past its advance (a bold 償 in Noto Serif
    CJK SC at 21 pt, by 4 px), which Qt's wrap counts when the character ends a line, and
    also when it begins the next line in a format of its own (Qt then counts that glyph's
    reach, not the last one's, on the line before): a balanced title's spacing starts a new
    format at nearly every line's start, so a line is measured with the larger of the two."""
    n = len(text)
    breakable = line_breaks(text)
    if n < 2 or sum(advances) + slack <= width:
        return None
    prefix = [0.0]
    for a in advances:
        prefix.append(prefix[-1] + a)

    @cache  # the same lines are measured for each number of lines and each pass below
    def ink(a: int, b: int) -> float:  # text[a:b] as a line: its trailing spaces hang
        reach = overhangs[b] if overhangs and b < n else 0.0  # the next line's first glyph's: see above
        while b > a and text[b - 1].isspace():
            b -= 1
        return prefix[b] - prefix[a] + max(reach, overhangs[b - 1] if overhangs and b > a else 0.0)

    room = width - slack
    fewest = len(wrap(advances, breakable, room)) + 1

    def least(edges: list[int], lines: int, room: float, longest: float | None, shortest: int) -> list[int] | None:
        """The bounds of the lines of least cost: the sum of their squared widths, and with
        `longest` given, of the squared spacing a line between the first and the last would
        need to end (it spaces that line out: break_pads)."""
        # the lines that fit, each measured once, not again for every number of lines: for each
        # end j, (i, cost of the line edges[i]:edges[j] as the first, as a later line)
        fitting: list[list[tuple[int, float, float]]] = [[] for _ in edges]
        for j in range(1, len(edges)):
            for i in range(j - 1, -1, -1):
                w = ink(edges[i], edges[j])
                if w > room:
                    break  # longer lines from further back do not fit either
                if edges[j] - edges[i] < shortest:
                    continue
                later = w * w
                if longest is not None and j < len(edges) - 1:
                    pad = longest + 2 * slack - (prefix[edges[j]] - prefix[edges[i]]) - advances[edges[j]]
                    later += max(0.0, pad) ** 2
                fitting[j].append((i, w * w, later))
        # cost[k][j]: the least cost laying text[:edges[j]] in k lines; back: where the last began
        cost = [[math.inf] * len(edges) for _ in range(lines + 1)]
        back = [[0] * len(edges) for _ in range(lines + 1)]
        cost[0][0] = 0.0
        for k in range(1, lines + 1):
            before, here, came = cost[k - 1], cost[k], back[k]
            for j in range(1, len(edges)):
                for i, first, later in fitting[j]:
                    c = before[i] + (first if k == 1 else later)
                    if c < here[j]:
                        here[j], came[j] = c, i
        if cost[lines][-1] == math.inf:
            return None
        bounds, j = [n], len(edges) - 1
        for k in range(lines, 0, -1):
            j = back[k][j]
            bounds.append(edges[j])
        return bounds[::-1]

    # the fewest lines that end on words: on a narrow page that may be several more than the
    # greedy wrap's, which breaks inside words. Where a word of one character joins neither
    # neighbour (而 between 各項任務 and 團結奮斗 at 4 a line), a word of four characters or
    # more is broken between two of its own (各項|任務而, as titles set by hand are) before
    # that character is left alone: a line of one character between others is ended by
    # spacing after it, which Qt centres with the line, so it stood 23 px left of the others
    # on a 170 px page; a line of one character only where nothing else will do, and between
    # others only where its spacing is no more than the slack (lone_off_centre), or else
    # OFF_CENTRE.
    too_wide = lambda a, b: ink(a, b) > room  # noqa: E731

    def lone_off_centre(a: int, b: int, widest: float, limit: float) -> bool:
        # a middle line of one character is ended by spacing after its one glyph, which Qt
        # centres with the line: more than `limit` of it puts the glyph visibly left of the
        # others (15 px for 傳 between two lines of three at 27.5 px)
        pad = widest + 2 * slack - (prefix[b] - prefix[a]) - advances[b]
        return b - a == 1 and pad > limit

    def laid(edges: list[int], shortest: int, off_centre: float) -> Balance | None:
        for lines in range(fewest, n // shortest + 1):
            bounds = least(edges, lines, room, None, shortest)
            if bounds is not None:
                longest = max(ink(a, b) for a, b in zip(bounds, bounds[1:]))
                # again, no wider: with the spacing a middle line needs to end, which spaces it out
                bounds = least(edges, lines, longest, longest, shortest) or bounds
                widest = max(ink(a, b) for a, b in zip(bounds, bounds[1:]))
                middle = list(zip(bounds[1:-2], bounds[2:-1]))
                if not any(lone_off_centre(a, b, widest, off_centre) for a, b in middle):
                    return Balance(bounds[1:-1], widest)
        return None

    # a word wider than a line breaks between the words it is made of, which are mostly of two
    # characters (中华|人民|共和国, 全国|人民|代表|大会): at an even place from its start, its
    # last piece of two or three (whole); elsewhere (中华人|民共和国) only where that saves two
    # lines or more. Last, a lone character a few pixels off centre (全國|總工|會|印發 on a page of
    # two characters) is better than the page's own wrap, which breaks every word after it
    for shortest, halves in ((2, False), (2, True), (1, False)):
        edges = _edges(n, breakable, word_ends, too_wide, halves, whole=True)
        lines = laid(edges, shortest, 2 * slack)
        every = _edges(n, breakable, word_ends, too_wide, halves)
        anywhere = lines if every == edges else laid(every, shortest, 2 * slack)  # no word too wide: the same
        if lines is None or (anywhere is not None and len(lines.starts) > len(anywhere.starts) + 1):
            lines = anywhere
        if lines is not None:
            return lines
    return laid(_edges(n, breakable, word_ends, too_wide), 1, OFF_CENTRE)


def _edges(
    n: int, breakable: Sequence[bool], word_ends: set[int], too_wide, halves: bool = False, whole: bool = False
) -> list[int]:
    """Where a line may end: where a word ends and a line may break; inside a word that is
    itself wider than a line (`too_wide(a, b)`, 中国特色社会主义 on a page of 7 characters),
    wherever a line may break, as the page's wrap would have to break it anyway, or with
    `whole`, only between the words of two characters it is most likely made of (an even
    place from its start, none leaving a last piece of one: 中华|人民|共和国; one of three
    anywhere); with `halves`, inside a word of four characters or more too, two characters or
    more from each of its ends (各項|任務, 團結|奮斗)."""
    ends = sorted({0, n, *(e for e in word_ends if 0 < e < n and breakable[e])})
    out = set(ends)
    for a, b in zip(ends, ends[1:]):
        if too_wide(a, b):
            inner = range(a + 2, b - 1, 2) if whole and b - a > 3 else range(a + 1, b)
            out.update(i for i in inner if breakable[i])
        elif halves and b - a >= 4:
            out.update(i for i in range(a + 2, b - 1) if breakable[i])
    return sorted(out)


class Padding(NamedTuple):  # a NamedTuple, not a frozen dataclass: made at launch, 2-3 M instructions fewer (issue 32)
    """The spacing that makes Qt's wrap end a title's lines where its Balance starts them."""

    indent: float  # the first line's indent
    pads: dict[int, float]  # offset → spacing after that character


def break_pads(
    text: str, advances: Sequence[float], starts: Sequence[int], width: float, slack: float = 1.0
) -> Padding:
    """What makes a greedy wrap at `width` (the block's, at least the longest line's) end each
    line where `starts` says: a line that would still have room for the next line's first
    character is filled just past that room, by `slack`, with spacing after its characters.
    Qt centres a line with the spacing in, so spacing after the last character alone would move
    the line's glyphs left by half of it (up to 30 px on a 3-character line). The first line's
    spacing goes after its last character, with half of it as the block's indent, which moves
    it back; a later line has no indent of its own, so its spacing goes between its characters,
    in whole pixels as even as they divide, and its glyphs stay centred (a short line spaced
    out, as a short title is)."""
    pads: dict[int, float] = {}
    indent = 0.0
    bounds = [0, *starts]
    for a, b in zip(bounds, bounds[1:]):
        used = sum(advances[a:b]) + advances[b]  # with the spaces it ends with: they count here
        pad = width - used + slack
        if pad <= 0:
            continue
        last = b - 1
        while last > a and text[last].isspace():
            last -= 1
        if a == 0:
            indent = pads[last] = float(math.ceil(pad / 2))
            continue
        gaps = max(1, last - a)  # between the line's characters (a line holds at least 2)
        share, extra = divmod(math.ceil(pad), gaps)
        for k in range(gaps):
            if share + (k < extra):
                pads[a + k] = float(share + (k < extra))
    return Padding(indent, pads)


_FINE = 0.25  # px: a block's width is exact to Qt's 1/64 px; the advances measured are Qt's own


BROKEN_WORD = 1.5
"""A dateline's line ended inside a word a line holds costs this many lines more (ragged_lines)."""


class Soft(NamedTuple):  # a NamedTuple, not a frozen dataclass: made at launch, 2-3 M instructions fewer (issue 32)
    """A run of a centred line that a line should hold whole (a date, a label: line_units), and
    where it may break all the same when no line holds it (its soft cuts)."""

    start: int
    end: int
    cuts: tuple[int, ...] = ()


class Ragged(NamedTuple):  # a NamedTuple, not a frozen dataclass: made at launch, 2-3 M instructions fewer (issue 32)
    starts: list[int]  # where each line after the first starts
    width: float  # the block's width that wraps so (its margins, in fractions of a pixel)
    pads: dict[int, float]  # spacing after a space that ends a line early (it hangs: unseen)


def ragged_lines(
    text: str,
    advances: Sequence[float],
    word_ends: set[int],
    runs: Sequence[Soft],
    width: float,
    slack: float = 1.0,
) -> Ragged | None:
    """A centred line of running text (a dateline, a breadcrumb) as a person sets it on a
    narrow page: ragged lines, each ended by Qt's own wrap at a width no wider than the page's,
    or early after a space (2015年3月15日␠ / 第十二届…) by spacing after that space, which
    hangs past the line's end with the space, unseen, and leaves the line centred; never by
    spacing between characters (a title's balance spaces them out to end a line early:
    第　九　届全国 on a 134 px compare pane). The widths at which the greedy wrap changes are
    tried, narrowest last; the lines kept break inside no run a line could hold (2000年3月15日),
    then are the fewest, each break inside a word a line could hold counted as one line and a
    half (代表大会第三次会 / 议: one more line reads better, two more do not), then break the fewest
    runs at their soft cuts, have no line of one character, and are closest to one length.
    None when the text fits on one line."""
    n = len(text)
    breakable = line_breaks(text)
    room = width - slack
    prefix = [0.0]
    for a in advances:
        prefix.append(prefix[-1] + a)
    if n < 2 or prefix[-1] <= room:
        return None

    def ink(a: int, b: int) -> float:  # its trailing spaces hang
        while b > a and text[b - 1].isspace():
            b -= 1
        return prefix[b] - prefix[a]

    # a word no line holds breaks anyhow (a long name in title marks): no worse for it
    bounds = sorted({0, n, *(e for e in word_ends if 0 < e < n)})
    unavoidable = {k for a, b in zip(bounds, bounds[1:]) if ink(a, b) > room for k in range(a + 1, b)}
    # where a line may break but for the page's joiners: Qt's wrap breaks a joined piece wider
    # than its line where it is full, even before a > or a comma, which reads as badly as a run broken
    natural = line_breaks(text.replace(JOINER, LOOSE)) if JOINER in text else breakable

    def line_cost(a: int, b: int, wide: float) -> tuple:
        # a date broken (11月02|日) reads worse than a label in a chain too wide for a line (來|源：)
        split = (b < n and not natural[b]) + sum(
            1 + any(ch.isdigit() for ch in text[run.start : run.end])
            for run in runs
            if run.start < b < run.end and (ink(run.start, run.end) <= room or b not in run.cuts)
        )
        inner = sum(1 for run in runs if b in run.cuts)
        lone = len(text[a:b].strip()) == 1
        broken = b < n and b not in word_ends and b not in unavoidable
        # a word's first character left after a space (2015年3月15日 第 / 十二届…) reads as a
        # stray: it costs a whole line
        words = without_page_chars(text[a:b]).split()
        stray = broken and len(words) > 1 and len(words[-1]) == 1
        return split, 1 + broken * BROKEN_WORD + stray, inner, lone, ((wide - ink(a, b)) / wide) ** 2

    def laid(wide: float) -> tuple[tuple, list[int], dict[int, float]] | None:
        """The best lines a block `wide` wide gives, each ended by the wrap or early after a
        space: from each line's start, only the starts its options reach."""

        @cache
        def best(a: int) -> tuple[tuple, list[int], dict[int, float]] | None:
            if a == n:
                return (0, 0.0, 0, 0, 0.0), [], {}
            end = _line_end(advances, breakable, a, wide, 0.0, text)
            ends: list[tuple[int, float | None]] = []
            if end == n:
                if ink(a, n) + _FINE <= wide:
                    ends.append((n, None))
            else:
                after = (
                    next((k for k in range(end + 1, n + 1) if k == n or breakable[k]), n) if breakable[end] else end + 1
                )
                if ink(a, end) + _FINE <= wide <= prefix[after] - prefix[a] - _FINE:  # Qt ends it there too
                    ends.append((end, None))
            for b in range(a + 1, end):  # early, after a space
                if breakable[b] and text[b - 1].isspace() and text[a:b].strip():
                    ends.append((b, wide - (prefix[b] - prefix[a]) + slack))
            options = []
            for b, pad in ends:
                rest = best(b)
                if rest is None:
                    continue
                total = tuple(x + y for x, y in zip(line_cost(a, b, wide), rest[0]))
                starts = [b, *rest[1]] if b < n else rest[1]
                options.append((total, starts, {**rest[2], b - 1: pad} if pad else rest[2]))
            return min(options, key=lambda o: o[0]) if options else None

        return best(0)

    chosen, limit, fewest = None, room, None
    while limit > 0:
        starts = wrap(advances, breakable, limit, text=text)
        fewest = fewest or len(starts)
        # narrower still only adds lines: worth it only to keep a run whole (a date wider than
        # the line, broken at its year by a narrower wrap, not where the line is full)
        if len(starts) > (fewest + 2 if chosen is None or chosen[0][0] == 0 else n // 3):
            break
        bounds = [0, *starts, n]
        widest = max(ink(a, b) for a, b in zip(bounds, bounds[1:]))
        for wide in (min(widest + slack, room), widest + 2 * _FINE):
            found = laid(wide)
            if found is not None:
                if chosen is None or found[0] < chosen[0]:
                    chosen = (found[0], Ragged(found[1], wide, found[2]))
                break
        # the next narrower wrap; a character wider than the limit makes a line wider than it:
        # never back up to it (傳四四 at 83 px, 27.5 px a character, looped for good)
        limit = min(widest, limit) - 0.5
    return chosen[1] if chosen else None


def tied(text: str, advances: Sequence[float], word_ends: set[int], room: float) -> set[int]:
    """The offsets in a centred line's text (without the page's own characters) after which
    the page puts a JOINER (line_units): inside its runs (line_units.glued), between a number and
    its unit (line_units.number_ties) and inside each word
    a line `room` wide holds with what no line may break from (工人日報, 全国人民代表大会,
    新聞網>>: Qt's wrap broke them wherever a line was full); in a word no line holds, all but
    between the words of two characters it is most likely made of (全国|人民|代表|大会, its
    last piece of two or three), as a title's are (_edges)."""
    prefix = [0.0, *accumulate(advances)]
    n = len(text)

    def ink(a: int, b: int) -> float:  # the spaces a line ends with hang
        while b > a and text[b - 1].isspace():
            b -= 1
        return prefix[b] - prefix[a]

    runs = {*glued(text), *number_ties(text)}
    # a run no line holds (根据2012年10月26日 on a 160 px page) may break at its soft cuts
    # (2012年 / 10月26日), not where Qt's wrap finds the line full (2012年10 / 月26日)
    for run in whole_runs(text):
        if ink(run.start, run.end) > room:
            runs.difference_update(c - 1 for c in soft_cuts(text, run))
    bounds = sorted({0, n, *(e for e in word_ends if 0 < e < n)})
    words: set[int] = set()
    for a, b in zip(bounds, bounds[1:]):
        if ink(a, b) <= room:
            words.update(range(a, b - 1))
        elif b - a > 3:
            cuts = range(a + 2, b - 1, 2)
            words.update(i - 1 for i in range(a + 1, b) if i not in cuts)
    # a word joined to what no line may break it from (新聞網 to the >> after it) wider than a
    # line is left to break as before: Qt's wrap would break the whole where the line is full
    breakable = line_breaks(text)
    out = runs | words
    starts = [0, *(i for i in range(1, n) if breakable[i] and i - 1 not in out), n]
    for a, b in zip(starts, starts[1:]):
        if ink(a, b) > room:
            out.difference_update(k for k in range(a, b - 1) if k in words and k not in runs)
    return out
