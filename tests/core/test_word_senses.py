"""Words CC-CEDICT reads with a full tone in one sense and a light one in another, read by their
neighbours (reader.core.word_senses). Each word's senses are asserted together: the full-tone
sense failed on the old code, which took the light reading everywhere (二十大精神 jīng shen).

Sentences from sources other than the notice: 红楼梦 (tests/corpus/hongloumeng.txt), the CUV
(tests/corpus/parallel/cuv-simplified.txt), the report to the 20th Congress and the government
work reports (tests/corpus), the civil code, and everyday sentences written here."""

import pytest

from reader.core.pinyin import read_words


def _read(sentence: str, word: str) -> list[str]:
    """The syllables of word's first place in sentence, cut as Reader cuts a document."""
    from reader.core.words import word_spans

    spans = word_spans(sentence)
    syllables = [s for found in read_words([sentence[a:b] for a, b in spans]) for s in found]
    at = sentence.index(word)
    return [s.lower() for s in syllables[at : at + len(word)]]


SENSES = {
    "精神": [
        ("弘扬伟大建党精神，自信自强", "jīng shén"),  # report to the 20th Congress: spirit
        ("发扬斗争精神，展示不畏强权的坚定意志", "jīng shén"),  # ibid.
        ("我少不得打起精神来对一句", "jīng shen"),  # 红楼梦: vigour
        ("贾母精神尚好，不过叫人告诉贾政", "jīng shen"),  # 红楼梦
        ("小伙子很精神", "jīng shen"),  # lively, after a degree adverb
    ],
    "东西": [
        ("正门却不开，只有东西两角门有人出入", "dōng xī"),  # 红楼梦: east and west
        ("穿入一条夹道，东西两边皆是过街门", "dōng xī"),  # 红楼梦
        ("宝玉道：什么好东西", "dōng xi"),  # 红楼梦: a thing
    ],
    "人家": [
        ("咱们这样人家，还有什么别的说的吗", "rén jiā"),  # 红楼梦: a household
        ("若生在小户人家，父母兄弟", "rén jiā"),  # 红楼梦
        ("如今有了人家，说也无益", "rén jiā"),  # 红楼梦: promised to a family
        ("人家还替老子死呢", "rén jia"),  # 红楼梦: others
    ],
    "多少": [
        ("这话多少有些道理", "duō shǎo"),  # somewhat
        ("今儿一日吃了多少饭", "duō shao"),  # 红楼梦: how much
    ],
    "利害": [
        ("其利害关系人或者有关组织", "lì hài"),  # civil code: stakes
        ("权衡利害，再作决定", "lì hài"),
        ("凤姐姐还不算利害", "lì hai"),  # 红楼梦: fierce
    ],
    "女人": [
        ("有一个女人名叫马大、接他到自己家里", "nǚ rén"),  # CUV: a woman
        ("打发个人叫他女人上来", "nǚ ren"),  # 红楼梦: his wife
    ],
    "说道": [
        ("空空道人遂向石头说道：石兄", "shuō dào"),  # 红楼梦: said
        ("这里头有个说道", "shuō dao"),  # the reason behind
    ],
    "不是": [
        ("不是别人，乃是当日同僚", "bù shì"),  # 红楼梦: is not
        ("我给你老人家赔个不是", "bú shi"),  # 红楼梦: a fault
        ("都是我的不是，他多吃了两口酒", "bú shi"),  # 红楼梦
        ("他有不是，打他骂他", "bú shi"),  # 红楼梦
    ],
    "告诉": [
        ("本罪须告诉乃论", "gào sù"),  # a complaint at law
        ("提起告诉的期间", "gào sù"),
        ("你告诉我", "gào su"),  # tell
    ],
    "过去": [
        ("回顾过去一年，成绩来之不易", "guò qù"),  # government work report: the past
        ("与过去相比，变化很大", "guò qù"),
        ("递了过去，说道", "guò qu"),  # 红楼梦: passed over
        ("不能跟过去了", "guò qu"),  # 红楼梦: follow over
    ],
    "出来": [
        ("宝玉忙出来问他", "chū lai"),  # 红楼梦: came out
        ("你出来瞧瞧", "chū lai"),  # 红楼梦
        ("果然拿不出来也罢了", "chu lai"),  # 红楼梦: a verb's complement
        ("放你出来", "chu lai"),  # 红楼梦: the complement, its object between
    ],
    "跟前": [
        ("到贾母跟前跪下", "gēn qián"),  # 红楼梦: in front of
        ("他跟前只有一个女儿", "gēn qian"),  # at one's side, of children
    ],
    "言语": [
        ("五岁上就性情奢侈，言语傲慢", "yán yǔ"),  # 红楼梦: speech
        ("贾政并不言语", "yán yu"),  # 红楼梦: speak
        ("不许言语就是了", "yán yu"),  # 红楼梦
    ],
    "大意": [
        ("这段话的大意是", "dà yì"),  # the gist
        ("千万不可大意", "dà yi"),  # careless
    ],
    "眉目": [
        ("生得仪容不俗，眉目清明", "méi mù"),  # 红楼梦: the features
        ("事情有了眉目", "méi mu"),  # a prospect
    ],
    "下水": [
        ("新船明天下水", "xià shuǐ"),
        ("一碗羊下水汤", "xià shui"),  # offal (猪下水 is a word of its own in CC-CEDICT, read so)
    ],
    "冷战": [
        ("冷战结束以后", "lěng zhàn"),
        ("众人打了个冷战", "lěng zhan"),  # a shiver
    ],
    "开通": [
        ("地铁新线开通运营", "kāi tōng"),
        ("他思想很开通", "kāi tong"),  # open-minded
    ],
    "仁义": [
        ("他的仁义、存到永远", "rén yì"),  # CUV
        ("这个人很仁义", "rén yi"),  # affable
    ],
    "德行": [
        ("那时我又怎么报你的德行", "dé xíng"),  # 红楼梦: virtue, kindness
        ("瞧你那德行", "dé xing"),
    ],
    "当头": [
        ("户户弦歌，当头一轮明月", "dāng tóu"),  # 红楼梦: overhead
        ("给我们琏二奶奶跪着借当头", "dàng tou"),  # 红楼梦: a pledge
    ],
    "公道": [
        ("知道难逃公道，只得跪下", "gōng dào"),  # 红楼梦: justice
        ("竟是拈阄公道", "gōng dao"),  # 红楼梦: fair
        ("价钱公道", "gōng dao"),
    ],
    "生意": [
        ("春回大地，万物生意勃勃", "shēng yì"),  # the force of life
        ("这几年生意很好", "shēng yi"),  # business (做生意 is CC-CEDICT's zuò shēngyì)
    ],
    "摆设": [
        ("屋里的摆设很讲究", "bǎi she"),  # ornaments
        ("桌椅摆设得整整齐齐", "bǎi shè"),  # set out
    ],
    "造化": [
        ("此乃造化之功", "zào huà"),  # nature, the creator
        ("你好造化", "zào hua"),  # good luck
    ],
    "老子": [
        ("老子曰：上善若水", "lǎo zǐ"),  # the philosopher
        ("他老子是个穷光蛋", "lǎo zi"),  # father
    ],
    "个头": [("他个头不高", "gè tóu")],  # size (getóu is a retort)
    "地道": [
        ("他们挖了一条地道通到村外", "dì dào"),  # a tunnel
        ("民兵躲进地道里", "dì dào"),
        ("他说一口地道的上海话", "dì dao"),  # authentic
    ],
    "大爷": [
        ("别在这儿当大爷", "dà yé"),  # a self-important idler
        ("他那大爷作风得改改", "dà yé"),
        ("大爷派了侄儿", "dà ye"),  # 红楼梦 (大爷派了侄儿): the master
    ],
}


@pytest.mark.parametrize("word", sorted(SENSES))
def test_each_sense_is_read_by_its_neighbours(word):
    got = [(sentence, " ".join(_read(sentence, word))) for sentence, _ in SENSES[word]]
    assert got == [(sentence, reading) for sentence, reading in SENSES[word]]


def test_the_full_tone_words_are_cedicts_pairs():
    # FULL_TONE and the rules come from CC-CEDICT's data: each word is headed twice, the two
    # readings differing only by a neutral tone (so pinyin._everyday would pick the light one)
    from reader.core.pinyin import _everyday, _marked
    from reader.core.polyphones import cedict_readings
    from reader.core.word_senses import _RULES, FULL_TONE

    table = cedict_readings()
    for word in FULL_TONE | set(_RULES):
        assert _everyday(_marked(table[word])) is not None, word


def test_a_word_read_by_its_rule_is_asked_of_it():
    from reader.core.polyphones import _WORDS_ASKED
    from reader.core.word_senses import _RULES

    assert set(_RULES) <= _WORDS_ASKED
