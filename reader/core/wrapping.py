"""Hard-wrapped text: which line breaks only wrap a paragraph.

Many e-texts of classical works (Project Gutenberg's among them) are wrapped at a fixed width:
every paragraph is cut into lines of 38 characters, and a new paragraph is told only by its
indent (　　) or a blank line. Shown as written, each line becomes a paragraph of its own. The
text itself is never changed (offsets into it are the only coordinates); the page shows such
a break as a zero-width break opportunity, so the paragraph flows to the window's width.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

MIN_WRAP_WIDTH = 30
"""Narrower lines are verse or lists more often than a wrap (display columns)."""
MIN_WRAPPED_LINES = 20
WRAP_SHARE = 0.5
"""A text is hard-wrapped when at least half of its long lines end within a character of one width."""
_TOLERANCE = 3
"""A wrapping program moves a character to the next line rather than start one with 。 or 」."""
_INDENTS = (" ", "\t", "\u3000")


# East Asian Wide and Fullwidth (UAX #11) in ranges: one regex pass is C-speed on a whole book,
# where unicodedata per character costs a quarter of a second on the window's thread
_WIDE = re.compile(
    "[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf"
    "\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\U00020000-\U0003fffd]"
)


def display_width(line: str) -> int:
    """Columns as a fixed-width wrap counts them: wide and full-width characters take two."""
    return len(line) + len(_WIDE.findall(line))


def wrap_width(widths: list[int], least: int = MIN_WRAP_WIDTH, share: float = WRAP_SHARE) -> int | None:
    """The width a text was wrapped at, or None when it was not wrapped."""
    long = [w for w in widths if w >= least]
    if len(long) < MIN_WRAPPED_LINES:
        return None
    width, _ = Counter(long).most_common(1)[0]
    near = sum(1 for w in long if width - _TOLERANCE <= w <= width)
    return width if near >= share * len(long) else None


def soft_breaks(text: str, hard: Iterable[int] = ()) -> list[int]:
    """Offsets of the line breaks that only wrap a paragraph, in a hard-wrapped text.

    A break is soft when its line reaches the wrap width and the next line carries on the
    paragraph: not blank, not indented, and neither line part of a heading or title (`hard`:
    the offsets where those start and end)."""
    lines = text.split("\n")
    # lengths first, which cost next to nothing: a text whose lines are not of about one length
    # in characters is not wrapped (nearly every text: a novel's 5,000 lines take 2 ms)
    if wrap_width([len(line.rstrip()) for line in lines], MIN_WRAP_WIDTH // 2, WRAP_SHARE / 2) is None:
        return []
    widths = [display_width(line.rstrip()) for line in lines]
    width = wrap_width(widths)
    if width is None:
        return []
    keep = set(hard)
    breaks: list[int] = []
    pos = 0
    for i, line in enumerate(lines[:-1]):
        end = pos + len(line)
        following = lines[i + 1]
        if (
            width - _TOLERANCE <= widths[i] <= width
            and following.strip()
            and not following.startswith(_INDENTS)
            and end not in keep
            and end + 1 not in keep
        ):
            breaks.append(end)
        pos = end + 1
    return breaks


def _joiner(before: str, after: str) -> str:
    # Chinese lines join without a space; Latin words keep one between them
    return "\u200b" if _WIDE.match(before) or _WIDE.match(after) else " "


def join_soft_breaks(text: str, breaks: Iterable[int]) -> str:
    """The text as the page shows it: each soft break a zero-width space between Chinese
    characters and a space between Latin words. Every length is kept, so positions in the
    shown text are positions in `text`."""
    chars = list(text)
    for pos in breaks:
        if 0 <= pos < len(chars) and chars[pos] == "\n":
            chars[pos] = _joiner(text[pos - 1] if pos else "", text[pos + 1 : pos + 2])
    return "".join(chars)


def join_lines(paragraph: str) -> str:
    """One paragraph whose every line break is soft, as one line."""
    return join_soft_breaks(paragraph, [i for i, ch in enumerate(paragraph) if ch == "\n"])
