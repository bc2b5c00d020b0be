"""The tone of a syllable written with tone marks (zhōng 1, guó 2, hǎo 3, shì 4, de 5 for the
neutral tone), as a tone-coloured display needs it."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

NEUTRAL = 5
_MARKS = {"\u0304": 1, "\u0301": 2, "\u030c": 3, "\u0300": 4}
"""The combining marks of the four tones (macron, acute, caron, grave), as NFD spells ā á ǎ à."""


@lru_cache(maxsize=4096)  # a few hundred syllables, asked for at every paint
def tone_of(syllable: str) -> int:
    """1-4 for a marked syllable, NEUTRAL (5) for one without a mark (de, ma); ü's diaeresis
    (lǜ) is no tone. Anything that is no syllable (a Latin word, punctuation) is NEUTRAL too."""
    for ch in unicodedata.normalize("NFD", syllable):
        tone = _MARKS.get(ch)
        if tone is not None:
            return tone
    return NEUTRAL
