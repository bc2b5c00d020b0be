"""Clean punctuation for display: half-width , : ; ( ) ! ? beside Chinese become full-width.

The notice prints 《通知》指出, and 來源: with half-width marks. The mapping is one character to
one character, so every offset stays valid; it is applied to what is painted and printed
(the page, the Word hand-out), never to the stored text, the annotations or a data export."""

from __future__ import annotations

import re

from reader.core.char_classes import HAN, char_class

FULL_WIDTH = str.maketrans({",": "，", ":": "：", ";": "；", "(": "（", ")": "）", "!": "！", "?": "？"})
# the CJK radicals, symbols and punctuation, kana, Bopomofo, kanbun, the ideographs, the vertical
# and small forms, the full-width forms, and curly quotes
_CJK = f"\u2e80-\u2fdf\u3000-\u303f\u3040-\u30ff\u3100-\u312f\u3190-\u31ff{HAN}\ufe30-\ufe4f\uff00-\uffef“”‘’"
_MARKS = ",:;()!?"
_CHINESE = char_class(_CJK)  # tested one character at a time: not compiled (issue 32)
_LATIN = re.compile(r"[A-Za-z0-9]")


def clean_punctuation(text: str) -> str:
    """The same text, with the half-width marks that touch Chinese made full-width."""
    # the marks are found first and their neighbours looked at after: a look-behind tried at
    # every position took 15 ms on a novel, on the window's thread; and found by str.find, each
    # mark's own scan: a pattern's search for any of them, a step per character, was 15-22 ms
    # of 红楼梦's page text on the way to its first paint
    found = sorted(i for mark in _MARKS if mark in text for i in _places(text, mark))
    pieces, start = [], 0
    for i in found:
        mark = text[i]
        before = text[i - 1] if i else ""
        after = text[i + 1] if i + 1 < len(text) else ""
        if not (_CHINESE(before) or _CHINESE(after)):
            continue
        if _LATIN.match(before) or _LATIN.match(after):
            continue  # 14:04, (A), f(x): a Latin neighbour keeps it half-width
        pieces += (text[start:i], mark.translate(FULL_WIDTH))
        start = i + 1
    if not pieces:
        return text
    pieces.append(text[start:])
    return "".join(pieces)


def _places(text: str, mark: str):
    i = text.find(mark)
    while i >= 0:
        yield i
        i = text.find(mark, i + 1)
