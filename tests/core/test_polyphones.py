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


def _read(sentence: str) -> list[str | None]:
    """Each character's syllable, the sentence cut as Reader cuts a document."""
    from reader.core.words import word_spans

    out: list[str | None] = [None] * len(sentence)
    spans = word_spans(sentence)
    for (start, end), found in zip(spans, read_words([sentence[s:e] for s, e in spans])):
        if len(found) == end - start:
            out[start:end] = found
    return out


# Sentences from sources the rules were not written on: the Chinese Union Version
# (tests/corpus/parallel/cuv-simplified.txt) and the classical pieces of eval/scripts
# (王阳明全集, 兵法 …), and everyday sentences written here.
@pytest.mark.parametrize(
    ("sentence", "piece", "reading"),
    [
        ("众首领和百姓都欢欢喜喜地将银子送来", "地将", "de"),  # CUV: a word, then 地 before the verb
        ("他们积极地参加了这次活动", "地参", "de"),
        ("人若将承受为业的几分地分别为圣", "地分", "dì"),  # CUV: a measure of land, not the particle
        ("这些地的人都是摩西所击杀的", "地的", "dì"),  # CUV: 地 before 的 is the land
        ("修齐治平，总是格物，但欲如此节节分疏，亦觉说话太多", "觉说", "jué"),  # 王阳明: feel
        ("就吓的我连觉也睡不着了", "觉也", "jiào"),  # 红楼梦: sleep, the object
        ("一时宝玉倦怠，欲睡中觉", "觉", "jiào"),  # 红楼梦: a midday nap
        ("回来晚上尽子喝去，我也不管", "尽子", "jǐn"),  # 红楼梦: 尽子 = 尽着
        ("这里又有买卖地土，家里又仍旧有房", "地土", "dì"),  # 红楼梦: land
        ("昨晚我睡了一个好觉", "觉", "jiào"),  # sleep, after a measure's adjective
        ("飞鸟来吃尽了", "尽了", "jìn"),  # CUV: to the end
        ("你要尽早把这件事办完", "尽早", "jǐn"),  # one of 现汉's jǐn words
        ("遇此未免要十分退省，宁不了事，不可不加培养", "宁不", "nìng"),  # 王阳明: rather
        ("见其家中形景，自与荣宁不甚差别", "宁不", "níng"),  # 红楼梦: the house of 宁
        ("曲而不谄，直而有礼", "曲而", "qū"),  # classical: bent, not a song
        ("他给我们唱了一曲", "曲", "qǔ"),  # counted: a song
        ("玩了一天，大家都尽兴而归", "兴而", "xìng"),
        ("这件事须得你亲自去办", "得你", "děi"),  # must
        ("如有急迫之情事，抵押权人得自为必要之保全处分", "得自", "dé"),  # Taiwan statute: may
        ("对于可为证据之物，得声请检察官扣押之", "得声", "dé"),  # Taiwan statute, after a comma
        ("必要时，主管机关得令业者提报之", "得令", "dé"),  # Taiwan statute
        ("这东西吓人得很", "得很", "de"),  # the particle after an adjective in 人
        ("他跑得很快", "得很", "de"),
        ("当事人有正当理由的除外", "当理", "dàng"),  # proper
        ("正当他要出门的时候，电话响了", "当他", "dāng"),  # just when
        ("那一日正当三月中浣，早饭后", "当三", "dāng"),  # 红楼梦: just at a time
        ("经营者不得采用不正当手段", "当手", "dàng"),  # proper, after 不
    ],
)
def test_rules_on_sentences_from_other_sources(sentence, piece, reading):
    # the reading of the first character of piece
    assert _read(sentence)[sentence.index(piece)] == reading


def test_every_character_with_a_rule_is_asked():
    # read_units asks context_reading of the characters in RULED alone: one left out would
    # silently lose its rule
    import inspect
    import re

    from reader.core import polyphones

    ruled = set(re.findall(r'char == "(.)"', inspect.getsource(polyphones.context_reading)))
    assert ruled == set(polyphones.RULED)


def test_a_word_read_once_still_takes_each_place_own_context():
    # each distinct word is read once; the rules still see each occurrence's neighbours
    words = ["我们", "得", "走", "了", "，", "他", "跑", "得", "很快", "，", "正当", "理由"]
    found = read_words(words)
    assert found[1] == ["děi"] and found[7] == ["de"]
    assert found[10] == ["zhèng", "dàng"]
