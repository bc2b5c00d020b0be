"""Comparison keys: what two passages must share to count as the same text.

Both documents are compared in their Simplified views (reader.core.scripts), so 學習 and 学习
are one word. On top of the script, a key folds what no reader counts as rewording:
full-width against half-width forms (，/, ：/: （/( １/1, by Unicode NFKC), the quotation
marks of the two scripts (「」『』 against “”‘’ and ASCII quotes), the inner title marks 〈〉
against <>, the middle dots, the dashes. Whitespace is no text at all. The number a heading,
an article or an item starts with (第十条, 三、, （二）) stays out of the keys: a renumbered
section is the same section, and its number is reported on the pair, not as rewording.

Likeness is Dice's coefficient over the sets of character pairs (bigrams): order-free, so a
clause moved within a paragraph still counts as alike, and cheap, since set intersection runs
in C (a few microseconds a pair), which matters when hundreds of sections must be weighed.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from functools import lru_cache

from reader.core.char_classes import ZERO_WIDTH

# after NFKC (which has made ，→, ：→: （→( ！→! ？→? ；→; ＜→< －→- and …→...)
_FOLD = str.maketrans(
    {
        "「": '"',
        "」": '"',
        "『": "'",
        "』": "'",
        "“": '"',
        "”": '"',
        "‘": "'",
        "’": "'",
        "﹁": '"',
        "﹂": '"',
        "﹃": "'",
        "﹄": "'",
        "<": "〈",
        ">": "〉",
        "‹": "〈",
        "›": "〉",
        "・": "·",
        "‧": "·",
        "•": "·",
        "―": "—",
        "─": "—",
        "〜": "~",
    }
)
# zero-width spaces, joiners and byte-order marks: pasted web text is full of them; they are
# no text at all, like whitespace (a paragraph of nothing else is blank)
_SPACE = re.compile(rf"[\s{ZERO_WIDTH}]+")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """The key of a word (of the Simplified view): width, quotes and dots folded. Words repeat
    (的, 和, 全国人民代表大会), so keys are cached."""
    return unicodedata.normalize("NFKC", text).translate(_FOLD)


def signature(text: str) -> str:
    """The key of a whole passage: folded, without whitespace. Punctuation stays (folded), so a
    comma added makes a passage differ; the word diff then calls that a punctuation change."""
    return _SPACE.sub("", fold(text))


_NUMBER_RUN = re.compile(r"[0-9零〇一二两三四五六七八九十百千万亿]+")


def numbers_masked(key: str) -> str:
    """A signature with each run of digits or Chinese numerals as one #: two sentences alike
    but for their numbers (依照第三十条 / 依照第二十八条) have the same masked key."""
    return _NUMBER_RUN.sub("#", key)


def is_punctuation(text: str) -> bool:
    """Only punctuation, symbols or whitespace (，、。“” — … ·)."""
    return all(ch.isspace() or unicodedata.category(ch)[0] in "PS" for ch in text)


class _NotContent(dict):
    """str.translate's table: punctuation, symbols and blanks map to None, the rest to itself,
    each character looked up once (a table that fills itself: translate runs in C, where a
    loop over the characters in Python took most of the time of cutting a book)."""

    def __missing__(self, code: int):
        ch = chr(code)
        value = None if unicodedata.category(ch)[0] in "PSZ" or ch.isspace() else code
        self[code] = value
        return value


_NOT_CONTENT = _NotContent()


def content(text: str) -> str:
    """A signature without its punctuation: what likeness is weighed on."""
    return text.translate(_NOT_CONTENT)


def bigrams(text: str) -> frozenset[str]:
    """The character pairs of a content string (a string of one character is its own pair)."""
    if len(text) < 2:
        return frozenset((text,)) if text else frozenset()
    # str.__add__ mapped over the text and itself shifted: in C, three times the generator's
    # speed; interned, so a book's million pairs share a few hundred thousand strings (a pair is
    # 80 bytes: 红楼梦's sentences held 250 MB of copies)
    return frozenset(map(sys.intern, map(str.__add__, text[:-1], text[1:])))


def dice(a: frozenset[str], b: frozenset[str]) -> float:
    """2|A∩B| / (|A|+|B|): 1.0 for the same pairs, 0.0 for none shared (or both empty)."""
    if not a or not b:
        return 1.0 if not a and not b else 0.0
    return 2 * len(a & b) / (len(a) + len(b))


def can_reach(size_a: int, size_b: int, threshold: float) -> bool:
    """Whether two sets of these sizes could reach a Dice of `threshold` at all: at best the
    smaller lies inside the larger, 2·min/(min+max). Saves computing hopeless pairs."""
    if not size_a or not size_b:
        return size_a == size_b
    small, large = min(size_a, size_b), max(size_a, size_b)
    return 2 * small / (small + large) >= threshold
