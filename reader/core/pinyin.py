"""The reading (pinyin with tone marks) of every word of a document, in original offsets.

pypinyin reads Traditional text worse than Simplified and picks a polyphone's reading by the
word it is in (银行 yínháng, 行走 xíngzǒu): so it is run on the Simplified view, word by word as
jieba cut it (reader.core.words), and each word is mapped back to the original text, where 銀行
reads yínháng too.
"""

from __future__ import annotations

import unicodedata
from array import array
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from reader.core.char_classes import HAN, has_han, is_han
from reader.core.patterns import compiled
from reader.core.scripts import View

_HAN_WORD = f"[{HAN}]+"  # compiled on first use


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
    words = []
    start = 0
    for end in ends:
        words.append((start, end, simplified.text[start:end]))
        start = end
    readings = []
    han = _with_han(w for _, _, w in words)
    for (start, end, word), found in zip(words, read_words([w for _, _, w in words])):
        if word in han:
            o_start, o_end = simplified.range_to_original(start, end)
            readings.append(WordReading(o_start, o_end, original[o_start:o_end], "".join(found)))
    return readings


def _with_han(words: Iterable[str]) -> set[str]:
    """The distinct words with a Chinese character in them (a set lookup a word, not a search)."""
    return {w for w in set(words) if has_han(w)}


def read_words(words: Sequence[str]) -> list[list[str]]:
    """The syllables of every word of a Simplified text, in order, words as jieba cut them: one
    syllable per character of a word of Chinese only, the word itself for anything else.

    A word CC-CEDICT reads one way only takes that reading (还钱 huán qián, 头发 tóu fa); a word
    neither CC-CEDICT nor pypinyin's phrase table knows is cut into CC-CEDICT's pieces; the rest
    is pypinyin's, read word by word in one call; then the context rules of
    reader.core.polyphones over the pieces. All but the context rules is done once a distinct
    word: a novel's 600,000 words are some 40,000 different ones."""
    from reader.core.polyphones import read_units

    own = _own_readings(dict.fromkeys(words))
    units: list[str] = []
    readings: list[list[str]] = []
    sizes: list[int] = []  # how many units each word became
    for word in words:
        cut, found = own[word]
        units.extend(cut)
        readings.extend(found)
        sizes.append(len(cut))
    readings = read_units(units, readings)
    out: list[list[str]] = []
    at = 0
    for size in sizes:
        out.append(list(readings[at]) if size == 1 else [s for r in readings[at : at + size] for s in r])
        at += size
    return out


def _own_readings(distinct: Iterable[str]) -> dict[str, tuple[list[str], list[list[str]]]]:
    """Each word → its units (pieces) and their readings, before the context rules."""
    from pypinyin import Style, pinyin
    from pypinyin.constants import PHRASES_DICT

    from reader.core.polyphones import SURNAMES, alone_readings, cedict_readings, pieces
    from reader.core.word_senses import FULL_TONE

    table = cedict_readings()
    alone = alone_readings()
    out: dict[str, tuple[list[str], list[list[str]]]] = {}
    cuts: dict[str, list[str]] = {}  # the words of Chinese only
    asked: dict[str, None] = {}  # units CC-CEDICT does not settle: pypinyin's conversion is most of the time
    for word in distinct:
        if compiled(_HAN_WORD).fullmatch(word) is None:
            out[word] = ([word], [syllables(word) if has_han(word) else [word]])
            continue
        cut = (
            pieces(word, table.__contains__)
            if len(word) > 1 and word not in table and word not in PHRASES_DICT
            else [word]
        )
        cuts[word] = cut
        for unit in cut:
            known = table.get(unit)
            if known is None or len(known) != 1:
                asked[unit] = None
    batch = iter(s[0] for s in pinyin(list(asked), style=Style.TONE))
    guesses = {unit: [next(batch) for _ in unit] for unit in asked}
    for word, cut in cuts.items():
        found = []
        for unit in cut:
            known = _marked(table.get(unit, ()))
            if known is not None and len(known) == 1:
                found.append(list(known[0]))
            else:
                everyday = _everyday(known, full=unit in FULL_TONE) if known else None
                guess = guesses[unit]
                if unit in alone and guess[0] in alone[unit][0]:
                    guess = [alone[unit][1]]  # 似 sì alone: shì is 似的's
                found.append(list(everyday or guess))
        if len(cut) > 1 and cut[0] in SURNAMES and len(word) <= 3 and word[1] != word[0]:
            found[0] = [SURNAMES[cut[0]]]  # 翟兴, 朴泰夏: a name no dictionary knows, its surname first
        out[word] = (cut, found)
    return out


@lru_cache(maxsize=65536)
def _marked(readings: tuple[str, ...]) -> tuple[tuple[str, ...], ...] | None:
    """CC-CEDICT's numbered readings with tone marks (None: not a headword)."""
    from reader.core.dictionary import syllable_with_mark

    return tuple(tuple(syllable_with_mark(s) for s in r.split()) for r in readings) or None


def _everyday(known: tuple[tuple[str, ...], ...], full: bool = False) -> tuple[str, ...] | None:
    """Of a word's two readings that differ only by a neutral tone (东西 dōng xī / dōng xi), the
    neutral one: the form the 现代汉语词典 prints for the everyday word; with full, the other
    (精神 jīngshén: word_senses.FULL_TONE). A third reading (分子 fēnzǐ, fènzǐ, fènzi) leaves the
    choice to pypinyin."""
    bare = {tuple(_toneless(s) for s in r) for r in known}
    if len(bare) != 1 or len(known) != 2:
        return None
    neutral = [r for r in known if any(s == _toneless(s) for s in r)]
    if len(neutral) != 1:
        return None
    return next(r for r in known if r is not neutral[0]) if full else neutral[0]


def _toneless(syllable: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", syllable) if not unicodedata.combining(c))


@dataclass(frozen=True)
class CharacterReadings:
    """Every Chinese character's syllable, compact: it crosses from the worker to the window,
    where a novel's 800,000 syllables as a tuple of strings took the window a fifth of a
    second to take in; as two arrays and the few hundred distinct syllables it is a copy."""

    positions: array
    """Original offsets, ascending ('i')."""
    codes: array
    """Each position's syllable, as an index into syllables ('H')."""
    syllables: tuple[str, ...]

    def __len__(self) -> int:
        return len(self.positions)

    def between(self, start: int, end: int) -> list[tuple[int, str]]:
        """The (original offset, syllable) pairs of the characters in [start, end)."""
        i, j = bisect_left(self.positions, start), bisect_left(self.positions, end)
        table = self.syllables
        return [(p, table[c]) for p, c in zip(self.positions[i:j], self.codes[i:j])]


def character_readings(simplified: View, ends: Sequence[int]) -> CharacterReadings:
    """Pinyin over the text: the original offset and syllable of every Chinese character, in
    order, read as read_words reads; a character whose place in the original is not one
    character of its own (a phrase whose length conversion changed) is left out."""
    text = simplified.text
    words: list[str] = []
    starts: list[int] = []
    start = 0
    for end in ends:
        words.append(text[start:end])
        starts.append(start)
        start = end
    positions = array("i")
    codes = array("H")
    table: dict[str, int] = {}
    han = _with_han(words)
    for word, start, readings in zip(words, starts, read_words(words)):
        if word not in han or len(readings) != len(word):
            continue
        for i, syllable in enumerate(readings):
            pos = simplified.to_original(start + i)
            if simplified.to_original(start + i + 1) == pos + 1 and is_han(word[i]):
                positions.append(pos)
                codes.append(table.setdefault(syllable, len(table)))
    return CharacterReadings(positions, codes, tuple(table))
