"""Statements of a figure that left their sentence (reader.core.compare.statements), and
sections kept under their parents' counterparts. The texts are a provincial budget report's
kind, not the State Council's work reports the rules were found on."""

from __future__ import annotations

from reader.core.compare import ChangeKind, PairStatus, compare
from reader.core.compare.normalize import dice
from reader.core.compare.statements import figure_clauses, pair_statements


def clauses(text: str):
    return figure_clauses(text, lambda s, e: text[s:e], 0, 0, len(text))


def figure_pairs(cmp):
    return {(c.a.text, c.b.text) for c in cmp.changes() if c.kind is ChangeKind.REWORDED}


def test_a_frame_blanks_the_figure_with_its_magnitude_unit_and_bound():
    [old] = clauses("今年全省赤字率拟按2.9%以上安排")
    [new] = clauses("今年全省赤字率拟按3.1%左右安排")
    assert old.grams == new.grams and old.figures != new.figures
    [other] = clauses("全年粮食产量稳定在600亿斤以上")
    assert dice(old.grams, other.grams) < 0.3
    assert pair_statements([old, other], [new]) == [(old, new)]


def test_a_clause_naming_nothing_but_its_figure_is_no_statement():
    assert clauses("比上年增加80亿元，增长5%。") == []


def test_a_statement_moved_into_another_section_is_a_change_of_its_own():
    a = (
        "一、预算收入\n今年全省一般公共预算收入拟安排520亿元，比上年增长5%，为兜牢基层三保底线提供支撑。\n"
        "二、重点支出\n教育支出优先保障，推动义务教育优质均衡发展。\n"
    )
    b = (
        "一、预算收入\n坚持过紧日子，严控一般性支出，从严审核新增项目。\n"
        "二、重点支出\n教育支出优先保障，推动义务教育优质均衡发展。\n"
        "三、财力统筹\n盘活存量资金资产，今年全省一般公共预算收入拟安排560亿元。\n"
    )
    assert ("520亿元", "560亿元") in figure_pairs(compare(a, b))


def test_a_sentence_split_in_two_keeps_each_statement():
    a = "一、投资\n今年拟安排省级专项债券1200亿元，比上年增加100亿元，省级预算内投资安排90亿元。\n"
    b = "一、投资\n今年拟安排省级专项债券1350亿元，优先支持在建项目。省级预算内投资安排95亿元。\n"
    pairs = figure_pairs(compare(a, b))
    assert ("1200亿元", "1350亿元") in pairs and ("90亿元", "95亿元") in pairs


REVIEW_AND_TASKS_A = (
    "一、过去五年工作回顾\n五年来全省经济实力持续增强，生态环境明显改善，人民生活水平不断提高。\n"
    "（一）加强生态文明建设，推进绿色低碳发展。空气质量优良天数比例稳步提高，河湖长制全面推行。\n"
    "（二）切实保障和改善民生，加强社会建设。城乡居民收入稳步增长，社会保障体系不断健全。\n"
    "二、今年工作任务\n今年是实施十四五规划承上启下的一年，要坚持稳中求进。\n"
    "（一）着力扩大有效需求。促进消费持续恢复，扩大有效投资，实施城市更新行动。\n"
    "（二）推动发展方式绿色转型。推进重点行业节能降碳改造，发展风电光伏，建设美丽乡村。\n"
    "（三）保障基本民生和发展社会事业。稳定就业，办好人民满意的教育，织密社会保障网。\n"
)
REVIEW_AND_TASKS_B = (
    "一、去年工作回顾\n过去一年全省经济回升向好，生态环境持续改善，民生保障有力。\n"
    "二、今年政府工作任务\n今年是全面完成十四五规划目标任务的关键一年，要坚持稳中求进。\n"
    "（一）大力提振消费，全方位扩大内需。促进消费提质升级，扩大有效投资，推进城市更新。\n"
    "（二）加强生态文明建设，推进绿色低碳发展。推进重点行业节能降碳改造，因地制宜发展风电光伏。\n"
    "（三）切实保障和改善民生，加强社会建设。稳定就业，办好人民满意的教育，健全社会保障体系。\n"
)


def paired_labels(cmp):
    return {
        (p.a.label[:7], p.b.label[:7])
        for p in cmp.pairs
        if p.a and p.b and p.status not in (PairStatus.ADDED, PairStatus.REMOVED)
    }


def test_this_years_tasks_pair_with_last_years_tasks_not_with_the_review():
    # the review's （一） and （二） have this year's （二） and （三）'s very headings, but the tasks are
    # under 二、 in both years and pair there (the review's text is no copy of theirs)
    pairs = paired_labels(compare(REVIEW_AND_TASKS_A, REVIEW_AND_TASKS_B))
    assert ("（二）推动发展", "（二）加强生态") in pairs
    assert ("（三）保障基本", "（三）切实保障") in pairs
    assert not any(a.startswith(("（一）加强", "（二）切实")) for a, _ in pairs)


def test_a_figure_replaced_is_apart_from_the_words_dropped_after_it():
    a = "一、收入\n全市税收收入拟安排86亿元，比上年增长4%，为稳增长提供支撑。\n"
    b = "一、收入\n全市税收收入拟安排91亿元。\n"
    changes = compare(a, b).changes()
    assert ("86亿元", "91亿元") in {(c.a.text, c.b.text) for c in changes if c.kind is ChangeKind.REWORDED}
    assert any(c.kind is ChangeKind.REMOVED and "比上年增长4%" in c.a.text for c in changes)


def test_a_retitled_section_in_its_old_place_pairs_though_another_is_as_alike():
    # 二、 was retitled and rewritten; the removed 四、 shares as many of its rare words, so
    # neither is clearly its likest anywhere, but only 二、 stands in its place (between the
    # same two unchanged sections)
    a = (
        "一、发展环境\n当前外部环境复杂严峻，国内需求不足，部分企业经营困难。\n"
        "二、财政政策要加力提效\n适当扩大财政支出规模，优化支出结构，加大对科技创新和基本民生的投入，"
        "地方政府专项债券重点用于项目建设。\n"
        "三、稳定就业\n实施就业优先战略，强化重点群体就业支持。\n"
        "四、财政金融风险防范\n加强政府债务管理，超长期特别国债资金投向民生领域，稳妥化解地方政府隐性债务。\n"
    )
    b = (
        "一、发展环境\n当前外部环境复杂严峻，国内需求不足，部分企业经营困难。\n"
        "二、实施更加积极的财政政策\n提高赤字率，增加超长期特别国债发行，加强政府债务管理，"
        "财政资金更多投向民生领域，专项债券扩大使用范围。\n"
        "三、稳定就业\n实施就业优先战略，强化重点群体就业支持。\n"
    )
    assert ("二、财政政策要", "二、实施更加积") in paired_labels(compare(a, b))
