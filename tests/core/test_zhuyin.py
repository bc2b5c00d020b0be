"""Zhuyin from the chosen pinyin, checked on a table of syllables.

The expected spellings follow the Ministry of Education's correspondence of Zhuyin and Hanyu
Pinyin, as printed in the "Zhuyin table" (en.wikipedia.org/wiki/Zhuyin_table, seen at
wikimili.com/wiki/Zhuyin_table) and the finals table at wywu.pixnet.net/blog/post/22361998
(ㄧㄡ iu/you, ㄨㄟ ui/wei, ㄨㄣ un/wen, ㄩㄣ ün/yun, ㄨㄥ ong/weng, ㄩㄥ iong/yong, ㄩㄝ üe/yue,
ㄩㄢ üan/yuan); the first tone carries no mark, the neutral tone's dot comes first (˙ㄉㄜ).
Every final is there, alone (spelled with y/w) and after an initial, and every initial."""

import pytest

from reader.core.tones import tone_of
from reader.core.zhuyin import split_mark, zhuyin

TABLE = [
    # initials, each with a final
    ("bā", "ㄅㄚ"),
    ("pó", "ㄆㄛˊ"),
    ("mǎ", "ㄇㄚˇ"),
    ("fèi", "ㄈㄟˋ"),
    ("dāo", "ㄉㄠ"),
    ("tóu", "ㄊㄡˊ"),
    ("nǎn", "ㄋㄢˇ"),
    ("lèng", "ㄌㄥˋ"),
    ("gēn", "ㄍㄣ"),
    ("kàng", "ㄎㄤˋ"),
    ("hé", "ㄏㄜˊ"),
    ("jiā", "ㄐㄧㄚ"),
    ("qiáo", "ㄑㄧㄠˊ"),
    ("xiě", "ㄒㄧㄝˇ"),
    # the "empty" final after zh ch sh r z c s: no vowel written
    ("zhī", "ㄓ"),
    ("chí", "ㄔˊ"),
    ("shǐ", "ㄕˇ"),
    ("rì", "ㄖˋ"),
    ("zì", "ㄗˋ"),
    ("cí", "ㄘˊ"),
    ("sī", "ㄙ"),
    ("zhōng", "ㄓㄨㄥ"),
    ("chuán", "ㄔㄨㄢˊ"),
    ("shuāng", "ㄕㄨㄤ"),
    ("ruò", "ㄖㄨㄛˋ"),
    ("zǒu", "ㄗㄡˇ"),
    ("cuī", "ㄘㄨㄟ"),
    ("sūn", "ㄙㄨㄣ"),
    # finals alone
    ("ā", "ㄚ"),
    ("ò", "ㄛˋ"),
    ("é", "ㄜˊ"),
    ("ài", "ㄞˋ"),
    ("ēi", "ㄟ"),
    ("áo", "ㄠˊ"),
    ("ǒu", "ㄡˇ"),
    ("ān", "ㄢ"),
    ("ēn", "ㄣ"),
    ("áng", "ㄤˊ"),
    ("èr", "ㄦˋ"),
    ("ér", "ㄦˊ"),
    # the ㄧ group: i, y
    ("yī", "ㄧ"),
    ("yā", "ㄧㄚ"),
    ("yē", "ㄧㄝ"),
    ("yào", "ㄧㄠˋ"),
    ("yǒu", "ㄧㄡˇ"),
    ("yán", "ㄧㄢˊ"),
    ("yīn", "ㄧㄣ"),
    ("yáng", "ㄧㄤˊ"),
    ("yìng", "ㄧㄥˋ"),
    ("liù", "ㄌㄧㄡˋ"),
    ("niú", "ㄋㄧㄡˊ"),
    ("jiǔ", "ㄐㄧㄡˇ"),
    ("biān", "ㄅㄧㄢ"),
    ("mín", "ㄇㄧㄣˊ"),
    ("tīng", "ㄊㄧㄥ"),
    ("liǎng", "ㄌㄧㄤˇ"),
    # the ㄨ group: u, w; ui is ㄨㄟ, un is ㄨㄣ, ong is ㄨㄥ
    ("wǔ", "ㄨˇ"),
    ("wā", "ㄨㄚ"),
    ("wǒ", "ㄨㄛˇ"),
    ("wài", "ㄨㄞˋ"),
    ("wèi", "ㄨㄟˋ"),
    ("wán", "ㄨㄢˊ"),
    ("wén", "ㄨㄣˊ"),
    ("wáng", "ㄨㄤˊ"),
    ("wēng", "ㄨㄥ"),
    ("guó", "ㄍㄨㄛˊ"),
    ("duì", "ㄉㄨㄟˋ"),
    ("guǐ", "ㄍㄨㄟˇ"),
    ("kūn", "ㄎㄨㄣ"),
    ("lún", "ㄌㄨㄣˊ"),
    ("dōng", "ㄉㄨㄥ"),
    ("gōng", "ㄍㄨㄥ"),
    ("huà", "ㄏㄨㄚˋ"),
    ("kuài", "ㄎㄨㄞˋ"),
    # the ㄩ group: ü, yu, and u after j q x; iong is ㄩㄥ
    ("yǔ", "ㄩˇ"),
    ("yuè", "ㄩㄝˋ"),
    ("yuán", "ㄩㄢˊ"),
    ("yún", "ㄩㄣˊ"),
    ("yǒng", "ㄩㄥˇ"),
    ("lǜ", "ㄌㄩˋ"),
    ("nǚ", "ㄋㄩˇ"),
    ("lüè", "ㄌㄩㄝˋ"),
    ("nüè", "ㄋㄩㄝˋ"),
    ("jú", "ㄐㄩˊ"),
    ("qù", "ㄑㄩˋ"),
    ("xū", "ㄒㄩ"),
    ("jué", "ㄐㄩㄝˊ"),
    ("quán", "ㄑㄩㄢˊ"),
    ("xuǎn", "ㄒㄩㄢˇ"),
    ("jūn", "ㄐㄩㄣ"),
    ("qún", "ㄑㄩㄣˊ"),
    ("xùn", "ㄒㄩㄣˋ"),
    ("jiǒng", "ㄐㄩㄥˇ"),
    ("qióng", "ㄑㄩㄥˊ"),
    ("xióng", "ㄒㄩㄥˊ"),
    # the neutral tone: the dot first
    ("de", "˙ㄉㄜ"),
    ("ma", "˙ㄇㄚ"),
    ("zi", "˙ㄗ"),
    ("men", "˙ㄇㄣ"),
    ("le", "˙ㄌㄜ"),
]


@pytest.mark.parametrize(("pinyin", "expected"), TABLE)
def test_syllables_as_the_table_writes_them(pinyin, expected):
    assert zhuyin(pinyin) == expected


def test_the_table_covers_every_tone_and_hundred_syllables():
    assert len(TABLE) >= 100
    assert {tone_of(p) for p, _ in TABLE} == {1, 2, 3, 4, 5}


def test_a_capital_from_a_proper_noun_reads_the_same():
    assert zhuyin("Dǒu") == zhuyin("dǒu") == "ㄉㄡˇ"


def test_syllables_pypinyin_spells_otherwise():
    assert zhuyin("ńg") == "ㄫˊ"  # 嗯
    assert zhuyin("hm") == "˙ㄏㄇ"  # 噷
    assert zhuyin("r") == "˙ㄦ"  # the r of 兒化 read as its own syllable
    assert zhuyin("ê̄") == "ㄝ"


@pytest.mark.parametrize("text", ["abc", "2", "ATP", "，", ""])
def test_what_is_no_syllable_stays_as_it_was(text):
    assert zhuyin(text) == text


def test_tones():
    assert [tone_of(s) for s in ("zhōng", "guó", "hǎo", "shì", "de", "lǜ", "lǘ", "lü", "ABC")] == [
        1,
        2,
        3,
        4,
        5,
        4,
        2,
        5,
        5,
    ]


def test_the_tone_mark_apart_for_drawing():
    assert [split_mark(zhuyin(s)) for s in ("quán", "de", "zhōng", "abc")] == [
        ("ㄑㄩㄢ", "ˊ"),
        ("ㄉㄜ", "˙"),
        ("ㄓㄨㄥ", ""),
        ("abc", ""),
    ]
