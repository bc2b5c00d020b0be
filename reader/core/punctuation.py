"""Clean punctuation for display: half-width , : ; ( ) ! ? beside Chinese become full-width.

The notice prints 《通知》指出, and 來源: with half-width marks. The mapping is one character to
one character, so every offset stays valid; it is applied to what is painted and printed
(the page, the Word hand-out), never to the stored text, the annotations or a data export."""

from __future__ import annotations

import re

from reader.core.char_classes import char_class

FULL_WIDTH = str.maketrans({",": "，", ":": "：", ";": "；", "(": "（", ")": "）", "!": "！", "?": "？"})
_CJK = (
    "\u2e80-\u2fdf\u3000-\u303f\u3040-\u30ff\u3100-\u312f\u3190-\u31ff\u3400-\u4dbf\u4e00-\u9fff"
    "\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\U00020000-\U0003134f“”‘’"
)
_HALF = re.compile(r"[,:;()!?]")
_CHINESE = char_class(_CJK)  # tested one character at a time: not compiled (issue 32)
_LATIN = re.compile(r"[A-Za-z0-9]")


def clean_punctuation(text: str) -> str:
    """The same text, with the half-width marks that touch Chinese made full-width."""

    def swap(m: re.Match) -> str:
        i = m.start()
        before = text[i - 1] if i else ""
        after = text[i + 1] if i + 1 < len(text) else ""
        if not (_CHINESE(before) or _CHINESE(after)):
            return m.group()
        if _LATIN.match(before) or _LATIN.match(after):
            return m.group()  # 14:04, (A), f(x): a Latin neighbour keeps it half-width
        return m.group().translate(FULL_WIDTH)

    # the marks are found first and their neighbours looked at after: a look-behind tried at
    # every position took 15 ms on a novel, on the window's thread
    return _HALF.sub(swap, text)
