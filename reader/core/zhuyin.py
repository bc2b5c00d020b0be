"""Zhuyin (注音符號, bopomofo) for a syllable of pinyin with tone marks, for Taiwan's readers:
made from the reading already chosen (reader.core.pinyin, with its word context and polyphone
rules), never read again from the character, so pinyin and Zhuyin always say the same thing.

pypinyin's converter (its Style.BOPOMOFO) spells the syllable; what it leaves otherwise is set
here as the Ministry of Education writes it: the neutral tone's dot before the syllable (˙ㄉㄜ),
not after it; the syllabic nasals ng and m as ㄫ and ㄇ, the r of 兒化 as ㄦ."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from reader.core.patterns import compiled
from reader.core.tones import NEUTRAL, tone_of

NEUTRAL_DOT = "˙"
TONE_MARKS = {2: "ˊ", 3: "ˇ", 4: "ˋ"}  # the first tone has none
_OWN = {"ng": "ㄫ", "m": "ㄇ", "n": "ㄋ", "hm": "ㄏㄇ", "hng": "ㄏㄫ", "r": "ㄦ", "ê": "ㄝ"}
"""Syllables pypinyin spells otherwise: a nasal alone (嗯 ng, 呣 m, 噷 hm), the r of 兒化 (花兒
huār, read as its own syllable r), ê (欸)."""
_SPELLED = "^[ㄅ-ㄙ]?[ㄧㄨㄩ]?[ㄚ-ㄦ]?$"  # compiled when first used
"""An initial, a medial and a final, each optional: what a syllable of Zhuyin is."""


@lru_cache(maxsize=4096)
def zhuyin(syllable: str) -> str:
    """ㄓㄨㄥ for zhōng, ㄒㄩㄥˊ for xióng, ˙ㄉㄜ for de. Something that is not a syllable of
    Mandarin (a Latin word, a digit) comes back as it was."""
    from pypinyin.style.bopomofo import converter  # pypinyin loads its tables on first use

    tone = tone_of(syllable)
    bare = _bare(syllable.lower())
    if bare in _OWN:
        body = _OWN[bare]
    elif bare.isalpha() and bare.isascii():
        body = converter.to_bopomofo(bare + "1").rstrip("ˊˇˋ˙")
        if not body or not compiled(_SPELLED).match(body):  # abc: no syllable of Mandarin
            return syllable
    else:
        return syllable
    if tone == NEUTRAL:
        return NEUTRAL_DOT + body
    return body + TONE_MARKS.get(tone, "")


def split_mark(written: str) -> tuple[str, str]:
    """A Zhuyin syllable's symbols and its tone mark apart, for drawing the mark over them:
    ("ㄑㄩㄢ", "ˊ"), ("ㄉㄜ", "˙"), ("ㄓㄨㄥ", "")."""
    if written.startswith(NEUTRAL_DOT):
        return written[1:], NEUTRAL_DOT
    if written and written[-1] in TONE_MARKS.values():
        return written[:-1], written[-1]
    return written, ""


def _bare(syllable: str) -> str:
    """The syllable without its tone mark, ü kept as v (pypinyin's spelling of it), ê as ê."""
    out = []
    for ch in unicodedata.normalize("NFD", syllable):
        if ch == "\u0308" and out:  # the diaeresis of ü
            out[-1] = "v"
        elif ch == "\u0302" and out:  # the circumflex of ê
            out[-1] = "ê"
        elif not unicodedata.combining(ch):
            out.append(ch)
    return "".join(out)
