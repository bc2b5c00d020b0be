"""The small closed classes of words the pinyin context rules look for beside a polyphone or a
word read two ways (reader.core.polyphones, reader.core.word_senses): degree adverbs, pronouns,
numerals, aspect particles, punctuation. Written out as data rather than taken from jieba's parts
of speech (why: reader.core.polyphones)."""

from __future__ import annotations

import unicodedata

DEGREE = frozenset("很 太 真 最 更 挺 好 多 这么 那么 非常 特别 十分 越 较 比较 不 没 也 都 还 又".split())
PRONOUN = frozenset("我 你 他 她 它 我们 你们 他们 她们 咱们 大家 谁 自己 您".split())
COUNTING = frozenset("一 两 二 三 四 五 六 七 八 九 十 几 半 每 这 那 哪 各 某 此 该 何 多少".split())
ASPECT = frozenset("了 着 过".split())
PUNCTUATION = frozenset("，。；：、！？（）《》「」『』“”‘’ \n")
NUMERAL_END = "一二两三四五六七八九十百千万几个只"
"""Last characters of a numeral or of a number and its measure (三十, 两个)."""


def numeral(word: str) -> bool:
    """A numeral, or a number and its measure: 三, 两个, 22, 这."""
    return bool(word) and (word in COUNTING or word[-1] in NUMERAL_END or word.isdecimal())


def clause_end(word: str) -> bool:
    """Nothing more of the clause follows: the text's end, or punctuation of any kind (红楼梦's
    full stop is the full-width ．, not in PUNCTUATION)."""
    return not word or word[0].isspace() or unicodedata.category(word[0]).startswith("P")
