"""The alignment of passages and the word diff on their own, on hand-made sequences."""

from __future__ import annotations

from dataclasses import dataclass

from reader.core.compare.align import align, find_moves
from reader.core.compare.model import ChangeKind
from reader.core.compare.normalize import bigrams, content, dice, fold, signature
from reader.core.compare.sides import Token
from reader.core.compare.worddiff import diff_words
from reader.core.numbering import numbering_end


@dataclass(frozen=True)
class P:
    signature: str
    grams: frozenset


def passages(*texts: str) -> list[P]:
    return [P(t, bigrams(content(t))) for t in texts]


def test_equal_passages_anchor_and_alike_ones_pair_in_the_gaps():
    a = passages("总则部分的规定不变", "国务院制定行政法规的程序", "附则")
    b = passages("总则部分的规定不变", "新增加的一条完全不同的内容", "国务院制定行政法规的具体程序", "附则")
    steps = align(a, b)
    assert steps[0] == (0, 0, 1.0) and steps[-1] == (2, 3, 1.0)
    assert (None, 1, 0.0) in steps  # the new passage
    paired = [s for s in steps if s[0] == 1]
    assert paired[0][1] == 2 and 0.5 <= paired[0][2] < 1.0


def test_unrelated_passages_do_not_pair():
    steps = align(passages("一二三四五六七八"), passages("甲乙丙丁戊己庚辛"))
    assert steps == [(0, None, 0.0), (None, 0, 0.0)]


def _passage(i: int) -> str:
    return "".join(chr(0x4E00 + (i * 37 + k * 101) % 5000) for k in range(24))


def test_a_very_large_gap_is_paired_along_its_length():
    # 600 × 600 passages, none equal, each alike only its counterpart: too many to weigh all
    a = passages(*(_passage(i) for i in range(600)))
    b = passages(*(_passage(i) + "新增" for i in range(600) if i % 100 != 50))
    steps = align(a, b)
    paired = [(i, j) for i, j, _ in steps if i is not None and j is not None]
    assert len(paired) == 594 and all(b[j].signature.startswith(a[i].signature) for i, j in paired)
    assert sorted(i for i, j, _ in steps if j is None) == [50, 150, 250, 350, 450, 550]


def test_moves_need_a_near_copy_of_some_length():
    a = passages("深化改革扩大高水平对外开放稳步推进制度型开放", "附则")
    b = passages("附则", "深化改革扩大高水平对外开放稳步推进制度型开放！")
    sizes_a = [len(content(p.signature)) for p in a]
    sizes_b = [len(content(p.signature)) for p in b]
    moves = find_moves(a, b, [0, 1], [0, 1], sizes_a, sizes_b)
    assert [(i, j) for i, j, _ in moves] == [(0, 1)]  # 附则 is too short to count as moved


def test_keys_fold_width_quotes_and_numbering():
    assert fold("，：；（）") == fold(",:;()")
    assert signature("「十四五」规划") == signature("“十四五”规划")
    assert signature("《关于修改<立法法>的决定》") == signature("《关于修改〈立法法〉的决定》")
    text = "第十一条 下列事项只能制定法律："
    assert text[numbering_end(text, 0, len(text)) :] == "下列事项只能制定法律："
    item = "（十）诉讼制度和仲裁基本制度；"
    assert item[numbering_end(item, 0, len(item)) :].startswith("诉讼")
    assert numbering_end("2023年3月13日", 0, 10) == 0  # a date is no number of a heading
    assert dice(bigrams("立法规划"), bigrams("立法规划")) == 1.0 and dice(bigrams("甲乙"), bigrams("丙丁")) == 0.0


def tokens(*words: str) -> list[Token]:
    out, pos = [], 0
    for word in words:
        out.append(Token(pos, pos + len(word), fold(word)))
        pos += len(word)
    return out


def test_edits_are_trimmed_to_what_differs_when_jieba_cuts_differently():
    a = tokens("全国人民代表大会", "常务委员会", "决定")
    b = tokens("全国人民代表大会常务委员会", "规定")
    [edit] = diff_words(a, b, 0, 0)
    assert edit.kind is ChangeKind.REWORDED
    assert (edit.a_start, edit.a_end) == (13, 15) and (edit.b_start, edit.b_end) == (13, 15)
    assert diff_words(tokens("法律", "委员会"), tokens("法律委员会"), 0, 0) == []


def test_one_character_word_between_edits_joins_them():
    a = tokens("推进", "改革", "的", "深化")
    b = tokens("推动", "开放", "的", "扩大")
    [edit] = diff_words(a, b, 0, 0)
    assert edit.kind is ChangeKind.REWORDED and (edit.a_start, edit.a_end) == (0, 7)
    # a comma between them is a boundary a reader sees: two edits
    assert len(diff_words(tokens("推进", "，", "深化"), tokens("推动", "，", "扩大"), 0, 0)) == 2


def test_insertions_and_deletions_have_a_point_on_the_other_side():
    a = tokens("制定", "本法", "。")
    b = tokens("制定", "和", "修改", "本法", "。")
    [edit] = diff_words(a, b, 0, 0)
    assert edit.kind is ChangeKind.ADDED and edit.a_start == edit.a_end == 2
    [edit] = diff_words(b, a, 0, 0)
    assert edit.kind is ChangeKind.REMOVED and edit.b_start == edit.b_end == 2
    [edit] = diff_words([], tokens("新", "段落"), 7, 0)
    assert edit.kind is ChangeKind.ADDED and edit.a_start == edit.a_end == 7
