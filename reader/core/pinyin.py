"""The reading (pinyin with tone marks) of every word of a document, in original offsets.

pypinyin reads Traditional text worse than Simplified and picks a polyphone's reading by the
word it is in (银行 yínháng, 行走 xíngzǒu): so it is run on the Simplified view, word by word as
jieba cut it (reader.core.words), and each word is mapped back to the original text, where 銀行
reads yínháng too.
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Sequence
from dataclasses import dataclass

from reader.core.scripts import View

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")


def has_han(text: str) -> bool:
    return _HAN.search(text) is not None


@dataclass(frozen=True)
class WordReading:
    start: int
    end: int
    text: str
    """As written in the original."""
    pinyin: str
    """One word's syllables run together, as a dictionary writes a word: yínháng."""

    def as_json(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text, "pinyin": self.pinyin}


def syllables(word: str) -> list[str]:
    """The readings of one Simplified word, read as one word (pypinyin's phrase table decides a
    polyphone by it): one syllable per Chinese character; a run of anything else is one item,
    as written."""
    from pypinyin import Style, pinyin  # its tables cost ~0.3 s: loaded on first use

    return [s[0] for s in pinyin([word], style=Style.TONE, errors=lambda chars: chars)]


def reading_of(word: str) -> str:
    """The pinyin of one Simplified word, its syllables run together: yínháng."""
    return "".join(syllables(word))


def word_readings(original: str, simplified: View, ends: Sequence[int]) -> list[WordReading]:
    """Every word with a Chinese character in it: ends are the Simplified view's word ends
    (reader.core.words.word_ends); start, end and text are the original's."""
    readings = []
    start = 0
    for end in ends:
        word = simplified.text[start:end]
        if has_han(word):
            o_start, o_end = simplified.range_to_original(start, end)
            readings.append(WordReading(o_start, o_end, original[o_start:o_end], reading_of(word)))
        start = end
    return readings


def character_readings(simplified: View, ends: Sequence[int]) -> tuple[array, tuple[str, ...]]:
    """The syllable of every Chinese character, for pinyin over the text: (original offsets,
    syllables), in order. Read word by word as word_readings does, the words all in one call
    to pypinyin (a third quicker on a novel than a call a word); a character whose place in the
    original is not one character of its own (a phrase whose length conversion changed) is
    left out."""
    from pypinyin import Style, pinyin

    text = simplified.text
    words: list[str] = []
    starts: list[int] = []
    start = 0
    for end in ends:
        word = text[start:end]
        if has_han(word):
            words.append(word)
            starts.append(start)
        start = end
    # one item per character for a word of Chinese only; a mixed word (A股) by itself
    plain = [all(_HAN.match(ch) for ch in word) for word in words]
    batch = iter(s[0] for s in pinyin([w for w, p in zip(words, plain) if p], style=Style.TONE))
    positions = array("i")
    found: list[str] = []
    for word, start, is_plain in zip(words, starts, plain):
        readings = [next(batch) for _ in word] if is_plain else syllables(word)
        if len(readings) != len(word):
            continue
        for i, syllable in enumerate(readings):
            pos = simplified.to_original(start + i)
            if simplified.to_original(start + i + 1) == pos + 1 and has_han(word[i]):
                positions.append(pos)
                found.append(syllable)
    return positions, tuple(found)
