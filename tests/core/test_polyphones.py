"""Polyphones in context: CC-CEDICT's word readings and the neighbour rules (reader.core.polyphones)."""

import pytest

from reader.core.pinyin import read_words
from reader.core.polyphones import context_reading, pieces


def test_cedict_reading_of_a_whole_word_before_pypinyin_guess():
    # pypinyin read 头发 tóu fà and 传记 chuán jì; CC-CEDICT (and the 现代汉语词典) tóu fa, zhuàn jì
    assert read_words(["头发", "传记", "朋友"]) == [["tóu", "fa"], ["zhuàn", "jì"], ["péng", "you"]]


def test_a_word_no_table_knows_is_read_as_its_pieces():
    # jieba joins 很长 into one word; the 长 in it is the adjective, read cháng
    assert pieces("很长", {"长城"}.__contains__) == ["很", "长"]
    assert read_words(["这条河", "很长", "。"])[1] == ["hěn", "cháng"]


@pytest.mark.parametrize(
    ("char", "before", "after", "reading"),
    [
        ("得", "我们", "走", "děi"),
        ("得", "跑", "很快", "de"),
        ("得", "中", "了", "dé"),
        ("长", "太", "了", "cháng"),
        ("长", "个子", "高", "zhǎng"),
        ("还", "书", "给", "huán"),
        ("只", "一", "猫", "zhī"),
        ("只", "他", "有", "zhǐ"),
        ("种", "这", "水果", "zhǒng"),
        ("种", "里", "了", "zhòng"),
        ("地", "慢慢", "走", "de"),
    ],
)
def test_neighbour_rules(char, before, after, reading):
    assert context_reading(char, before, after) == reading


def test_no_rule_leaves_pypinyin_reading():
    assert context_reading("还", "他", "没有") is None
