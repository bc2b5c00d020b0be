"""Text folded to Simplified and lower case one character at a time, so every offset of the
folded text is the same offset of the original (a phrase converter such as OpenCC changes
lengths: 於是 → 于是 keeps them, but a phrase table may not). Used by the library's index on
both sides, the documents and the query, so 發展 and 发展 meet.

The table is OpenCC's own character tables: Taiwan and Hong Kong variant characters to their
OpenCC standard form, then Traditional to Simplified (the first choice of each), composed."""

from __future__ import annotations

from functools import cache

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
    return table


def fold(text: str) -> str:
    """The text in Simplified and lower case, character for character (same length)."""
    folded = text.translate(fold_table())
    lowered = folded.lower()
    if len(lowered) == len(folded):
        return lowered
    # a few characters lower-case to two (İ): those stay as they are, lengths are kept
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in folded)
