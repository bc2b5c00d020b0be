"""Hard-wrapped text: which line breaks only wrap a paragraph.

Many plain texts are wrapped at a fixed width: every paragraph is cut into lines of one width
(Project Gutenberg's classics at 38 characters, Taiwan's law database of 2016 at 64 columns).
Shown or compared as written, each line becomes a paragraph of its own, and one sentence cut at
another place reads as removed and added. The text itself is never changed (offsets into it are
the only coordinates); the page shows such a break as a zero-width break opportunity, so the
paragraph flows to the window's width.

A break is soft when its line reaches the wrap width and the next line carries on the paragraph.
What carries on depends on how the text marks a paragraph:

- by an indent (the e-texts' 　　): a line that is not indented carries on;
- flush (laws, reports, extracted text): a line carries on unless the line before it ended a
  sentence (。！？, or ： before a list), or ended a clause (；) before a numbered item;
- either way, an item's line hangs its continuation lines under its text (一、 then four
  columns of blanks, （一） then six): a line indented by exactly its number's width carries on.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from reader.core.char_classes import WIDE
from reader.core.numbering import numbering_end
from reader.core.patterns import compiled

MIN_WRAP_WIDTH = 30
"""Narrower lines are verse or lists more often than a wrap (display columns)."""
MIN_WRAPPED_LINES = 5
"""Lines at the width a text needs to count as wrapped."""
OVERFLOW_SHARE = 0.1
"""A wrapped text has next to no line wider than its width (a wrapping program may let a
closing mark hang over): at most this share of the lines at the width. A text that is not
wrapped has as many lines longer than any width as at it."""
_TOLERANCE = 3
"""A wrapping program moves a character to the next line rather than start one with 。 or 」."""
_INDENTS = (" ", "\t", "\u3000")
_SENTENCE_ENDS = tuple("。！？：!?:")
"""A flush paragraph's line ending so ends its paragraph (： before a list of items)."""
_CLAUSE_ENDS = tuple("；;")
"""A line ending so before a numbered line is one item of a list ending."""
_CLOSERS = "」』”’）)》〉\"'"


# East Asian Wide and Fullwidth (UAX #11) in ranges: one regex pass is C-speed on a whole book,
# where unicodedata per character costs a quarter of a second on the window's thread (compiled
# on first use: reader.core.patterns)
_WIDE = f"[{WIDE}]"


def display_width(line: str) -> int:
    """Columns as a fixed-width wrap counts them: wide and full-width characters take two."""
    return len(line) + len(compiled(_WIDE).findall(line))


def wrap_width(
    widths: list[int], least: int = MIN_WRAP_WIDTH, tolerance: int = _TOLERANCE, overflow: float = OVERFLOW_SHARE
) -> int | None:
    """The width a text was wrapped at, or None when it was not wrapped: the widest line
    within `tolerance` of the commonest long width, when enough lines end within `tolerance`
    of it and next to none is wider."""
    long = [w for w in widths if w >= least]
    if len(long) < MIN_WRAPPED_LINES:
        return None
    common, _ = Counter(long).most_common(1)[0]
    width = max(w for w in long if w <= common + tolerance)
    near = sum(1 for w in long if width - tolerance <= w <= width)
    over = len(long) - sum(1 for w in long if w <= width)
    return width if near >= MIN_WRAPPED_LINES and over <= overflow * near else None


def _rough_width(line: str) -> int:
    # every character not ASCII taken as wide: exact for Chinese with Latin, and a regex-free
    # pass, so a novel that is not wrapped is told so in a few milliseconds
    return 2 * len(line) - len(line.encode("ascii", "ignore"))


def soft_breaks(text: str, hard: Iterable[int] = ()) -> list[int]:
    """Offsets of the line breaks that only wrap a paragraph, in a hard-wrapped text (see the
    module's docstring); never one at a heading's or title's edge (`hard`: the offsets where
    those start and end)."""
    lines = text.split("\n")
    stripped = [line.rstrip() for line in lines]
    # rough widths first, leniently (they count a dash or a curly quote as wide): a text that
    # fails even so is not wrapped, and nearly every text fails here
    if wrap_width([_rough_width(line) for line in stripped], tolerance=2 * _TOLERANCE, overflow=0.5) is None:
        return []
    widths = [display_width(line) for line in stripped]
    width = wrap_width(widths)
    if width is None:
        return []
    by_indent = _indents_paragraphs(lines, widths, width)
    keep = set(hard)
    breaks: list[int] = []
    pos = 0
    hang = _hanging_indent(lines[0])
    for i, line in enumerate(lines[:-1]):
        end = pos + len(line)
        following = lines[i + 1]
        soft = (
            width - _TOLERANCE <= widths[i] <= width
            and following.strip()
            and end not in keep
            and end + 1 not in keep
            and _carries_on(stripped[i], following, hang, by_indent)
        )
        if soft:
            breaks.append(end)
        else:
            hang = _hanging_indent(following)
        pos = end + 1
    return breaks


def _indents_paragraphs(lines: list[str], widths: list[int], width: int) -> bool:
    """Whether the text starts its paragraphs indented: most lines after a line that stops
    short of the width (a paragraph's end) are."""
    starts = [
        following
        for line, w, following in zip(lines, widths, lines[1:])
        if w < width - _TOLERANCE and line.strip() and following.strip()
    ]
    return sum(1 for line in starts if line.startswith(_INDENTS)) * 2 > len(starts)


def _hanging_indent(line: str) -> int:
    """The columns an item's line hangs its continuation lines by: its number's with the
    blanks around it (一、 four, （一） six), or 0 for a line that starts with no number."""
    start = len(line) - len(line.lstrip())
    body = numbering_end(line, start, len(line))
    return display_width(line[:body]) if body > start else 0


def _carries_on(line: str, following: str, hang: int, by_indent: bool) -> bool:
    """Whether `following` carries on the paragraph that `line` (at the wrap width) is in."""
    indent = following[: len(following) - len(following.lstrip())]
    if indent:
        return hang > 0 and display_width(indent) == hang
    if by_indent:
        return True
    last = line.rstrip(_CLOSERS)
    if last.endswith(_SENTENCE_ENDS):
        return False
    return not (last.endswith(_CLAUSE_ENDS) and _hanging_indent(following) > 0)


def _joiner(before: str, after: str) -> str:
    # Chinese lines join without a space; Latin words keep one between them
    return "\u200b" if compiled(_WIDE).match(before) or compiled(_WIDE).match(after) else " "


def join_soft_breaks(text: str, breaks: Iterable[int]) -> str:
    """The text as the page shows it: each soft break a zero-width space between Chinese
    characters and a space between Latin words, and the blanks a hanging line is indented by
    zero-width spaces too. Every length is kept, so positions in the shown text are positions
    in `text`."""
    chars = list(text)
    for pos in breaks:
        if 0 <= pos < len(chars) and chars[pos] == "\n":
            after = pos + 1
            while after < len(chars) and chars[after] in _INDENTS:
                chars[after] = "\u200b"
                after += 1
            chars[pos] = _joiner(text[pos - 1] if pos else "", text[after : after + 1])
    return "".join(chars)


def join_lines(paragraph: str) -> str:
    """One paragraph whose every line break is soft, as one line."""
    return join_soft_breaks(paragraph, [i for i, ch in enumerate(paragraph) if ch == "\n"])
