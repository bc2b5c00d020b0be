"""Text folded to Simplified and lower case one character at a time, so every offset of the
folded text is the same offset of the original (a phrase converter such as OpenCC changes
lengths: 於是 → 于是 keeps them, but a phrase table may not). Used by the library's index on
both sides, the documents and the query, so 發展 and 发展 meet.

The table is OpenCC's own character tables: Taiwan and Hong Kong variant characters to their
OpenCC standard form, then Traditional to Simplified (the first choice of each), composed."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, lru_cache

from reader.core.resources import package_folder

_TABLES = ("TWVariantsRev.txt", "HKVariantsRev.txt", "TSCharacters.txt")


def _single_char_table(name: str) -> dict[str, str]:
    table: dict[str, str] = {}
    with open(package_folder("opencc") / "dictionary" / name, encoding="utf-8") as handle:
        for line in handle:
            key, _, targets = line.rstrip("\n").partition("\t")
            target = targets.split(" ")[0] if targets else ""
            if len(key) == 1 and len(target) == 1 and target != key:
                table[key] = target
    return table


@cache
def fold_table() -> dict[int, str]:
    """str.translate's table: every character whose folded form differs, to that one character."""
    variants: dict[str, str] = {}
    for name in _TABLES[:-1]:
        variants.update(_single_char_table(name))
    simplified = _single_char_table(_TABLES[-1])
    table = {ord(k): simplified.get(v, v) for k, v in variants.items()}
    table.update({ord(k): v for k, v in simplified.items()})
    # lower() writes a capital sigma at a word's end as ς, elsewhere σ: the one case where it
    # looks at neighbours. Always σ, so every character folds alone (what unfolded_pattern needs)
    table[ord("Σ")] = "σ"
    return table


class _Translation(dict):
    """fold_table as str.translate reads it fastest: code point to code point, and every
    character met kept, those that do not fold mapped to themselves (a character missing from
    the table costs translate a KeyError raised and cleared, and most characters of a Chinese
    text are missing: folding a library took 40 % less time). Grows by the characters met."""

    def __missing__(self, code: int) -> int:
        self[code] = code
        return code


@cache
def _translation() -> _Translation:
    return _Translation({code: ord(target) for code, target in fold_table().items()})


def fold(text: str) -> str:
    """The text in Simplified and lower case, character for character (same length)."""
    folded = text.translate(_translation())
    lowered = folded.lower()
    if len(lowered) == len(folded):
        return lowered
    # a few characters lower-case to two (İ): those stay as they are, lengths are kept
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in folded)


@cache
def _folded_from_table() -> dict[str, list[str]]:
    """Folded character → the other characters the table folds to it."""
    found: dict[str, list[str]] = {}
    for code, target in fold_table().items():
        low = target.lower()  # as fold() does: translated, then lower case where it is one character
        found.setdefault(low if len(low) == 1 else target, []).append(chr(code))
    return found


@cache
def _folded_from_case() -> dict[str, list[str]]:
    """Folded character → the characters outside the table that lower case to it (A → a, the
    Kelvin sign K → k): the code points below U+20000 (every cased letter is, the last being
    Adlam's) looked at once, tens of ms, only for queries with letters."""
    table = fold_table()
    found: dict[str, list[str]] = {}
    for code in range(0x20000):
        if code not in table:
            ch = chr(code)
            low = ch.lower()
            if low != ch and len(low) == 1:
                found.setdefault(low, []).append(ch)
    return found


@lru_cache(maxsize=256)
def unfolded_pattern(folded_query: str) -> re.Pattern:
    """The pattern that matches in a text as written exactly where its folded text holds the
    query: each character of the query a class of the characters that fold to it (a search
    reads many chunks: folding them was most of its time). `unfolded_starts` finds its
    matches overlapping, as `occurrences(fold(text), query)` does."""
    classes = []
    for ch in folded_query:
        chars = [ch] if fold(ch) == ch else []
        chars += _folded_from_table().get(ch, [])
        if ch.upper() != ch:  # a letter: upper-case forms fold to it
            chars += _folded_from_case().get(ch, [])
        if not chars:
            classes.append("(?!)")  # no character folds to it: nothing matches
        elif len(chars) == 1:
            classes.append(re.escape(chars[0]))
        else:
            classes.append("[" + "".join(map(re.escape, chars)) + "]")
    return re.compile("".join(classes))


def unfolded_starts(folded_query: str, text: str) -> Iterator[int]:
    """Every start of the query in the folded text, overlapping ones too (哈哈 twice in 哈哈哈),
    found in the text as written. (A lookahead would find overlaps in one call, but a pattern
    that starts with one loses the regex engine's fast scan for its first character.)"""
    pattern = unfolded_pattern(folded_query)
    match = pattern.search(text)
    while match is not None:
        yield match.start()
        match = pattern.search(text, match.start() + 1)
