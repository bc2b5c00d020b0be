"""Laws as they are laid out outside the corpus's Markdown: a part's number on its own line
above its name (Hong Kong's ordinances, printed laws), numbered subsections, the dates a law
was adopted and amended above its first chapter.

The Hong Kong text is the wording of the Residential Care Homes (Elderly Persons) Ordinance
(Cap. 459, as published by the Department of Justice) set out as e-Legislation shows it: the
part's number, its name on the next line, each section's number with its heading. The
mainland text is the Agricultural Technology Extension Law (from LawRefBook/Laws, the
source of eval/structure's law_prc)."""

from reader.core.outline import build_outline, headings_of

CAP_459 = """安老院條例

本條例旨在規管為年滿 60 歲的人士提供住宿照顧而設立的安老院。

第1部
導言

1. 簡稱
(1) 本條例可引稱為《安老院條例》。
(2) (已失時效而略去——2012 年第 1 號編輯修訂紀錄)

2. 釋義
(1) 在本條例中，除文意另有所指外——
安老院 (residential care home) 指慣常有超過 5 名年滿 60 歲的人士獲收容在其內住宿以便獲得照顧的處所；
"""


def test_a_part_and_its_name_on_two_lines_are_one_heading():
    outline = build_outline(CAP_459)
    assert headings_of(outline) == [
        ("title", 0, "安老院條例"),
        ("heading", 1, "第1部 導言"),
        ("heading", 2, "1. 簡稱"),
        ("heading", 2, "2. 釋義"),
    ]
    part = next(n for n in outline.root.walk() if outline.label(n) == "第1部 導言")
    assert CAP_459[part.start : part.head_end] == "第1部\n導言"  # the name is the heading's, not a paragraph


def test_numbered_subsections_are_not_headings():
    """(1) that says something (…。) or opens a list (…——) is a subsection, and so is the
    short (2) beside it."""
    outline = build_outline(CAP_459)
    subsections = [n for n in outline.root.walk() if CAP_459[n.start : n.start + 3] in ("(1)", "(2)")]
    assert len(subsections) == 3
    assert {n.kind for n in subsections} == {"item"}


def test_a_division_ranks_below_its_part_and_roman_parts_are_parts():
    text = "第IV部\n雜項條文\n\n第1分部\n一般條文\n\n20. 規例\n署長可訂立規例。\n\n第V部\n過渡性條文\n"
    assert headings_of(build_outline(text)) == [
        ("heading", 1, "第IV部 雜項條文"),
        ("heading", 2, "第1分部 一般條文"),
        ("heading", 3, "20. 規例"),
        ("heading", 1, "第V部 過渡性條文"),
    ]


AGRICULTURE = """中华人民共和国农业技术推广法

1993 年 7 月 2 日 第八届全国人民代表大会常务委员会第二次会议通过

2012 年 8 月 31 日 第十一届全国人民代表大会常务委员会第二十八次会议《关于修改<中华人民共和国农业技术推广法>的决定》修正

第一章
总则

第一条 为了加强农业技术推广工作，促使农业科研成果和实用技术尽快应用于农业生产，增强科技支撑保障能力，促进农业和农村经济可持续发展，实现农业现代化，制定本法。

第二条 本法所称农业技术，是指应用于种植业、林业、畜牧业、渔业的科研成果和实用技术。

第二章
农业技术推广体系

第十条 农业技术推广，实行国家农业技术推广机构与农业科研单位、有关学校、农民专业合作社、涉农企业、群众性科技组织、农民技术人员等相结合的推广体系。
"""


def test_a_mainland_law_with_its_chapters_on_two_lines():
    assert [h for h in headings_of(build_outline(AGRICULTURE)) if h[0] == "heading"] == [
        ("heading", 1, "第一章 总则"),
        ("heading", 1, "第二章 农业技术推广体系"),
    ]


def test_a_chapter_number_is_not_joined_to_a_sentence():
    text = "第一章\n为了加强管理，制定本办法。\n\n第一条 本办法自公布之日起施行。\n"
    chapter = next(h for h in headings_of(build_outline(text)) if h[0] == "heading")
    assert chapter == ("heading", 1, "第一章")


def test_a_laws_long_dateline_stays_in_the_header():
    """The amendment's line is longer than a header line and quotes the law as <…>: a
    dateline of the header all the same, not a paragraph nor a site's breadcrumb."""
    outline = build_outline(AGRICULTURE)
    header = outline.sections[0]
    assert [n.kind for n in header.children] == ["title", "dateline", "dateline"]
    assert outline.label(header.children[2]).startswith("2012 年 8 月 31 日")
    assert outline.label(outline.sections[1]) == "第一章 总则"


def test_numbered_headings_that_name_their_parts_stay_headings():
    text = "工作方案\n\n1. 总体要求\n\n坚持问题导向，突出重点。\n\n2. 工作目标\n\n到年底基本完成。\n"
    assert headings_of(build_outline(text))[1:] == [("heading", 1, "1. 总体要求"), ("heading", 1, "2. 工作目标")]


def test_the_contents_below_a_long_dateline_is_the_bodys():
    """Past a law's long dateline the header takes only its other datelines: the 目录 below is
    the body's table of contents (the Criminal Procedure Law as the NPC's site sets it)."""
    text = (
        "中华人民共和国刑事诉讼法\n\n"
        "（1979年7月1日第五届全国人民代表大会第二次会议通过\u3000根据1996年3月17日第八届全国人民代表大会"
        "第四次会议《关于修改〈中华人民共和国刑事诉讼法〉的决定》第一次修正）\n\n"
        "目录\n\n第一编\u3000总则\n\n第一章\u3000任务和基本原则\n\n"
        "第一编\u3000总则\n\n第一章\u3000任务和基本原则\n\n"
        "第一条 为了保证刑法的正确实施，惩罚犯罪，保护人民，保障国家安全和社会公共安全，维护社会主义社会秩序，"
        "根据宪法，制定本法。\n"
    )
    outline = build_outline(text)
    assert [n.kind for n in outline.sections[0].children] == ["title", "dateline"]
    assert headings_of(outline)[1:4] == [
        ("heading", 1, "目录"),
        ("heading", 1, "第一编 总则"),
        ("heading", 2, "第一章 任务和基本原则"),
    ]


def test_an_ordinances_chapter_number_above_its_name_is_its_title():
    """Hong Kong cites an ordinance by its chapter in the Laws of Hong Kong: e-Legislation sets
    第486章 above the name, subsidiary legislation carries a letter (第57A章). That number and
    name are the title, not a chapter over the whole ordinance. (Cap. 486's long title and
    first part, set out as e-Legislation shows them.)"""
    cap_486 = (
        "第486章\n個人資料(私隱)條例\n\n"
        "本條例旨在在個人資料方面保障個人的私隱，並就附帶事宜及相關事宜訂定條文。\n\n"
        "第1部\n導言\n\n1. 簡稱\n本條例可引稱為《個人資料(私隱)條例》。\n"
    )
    assert headings_of(build_outline(cap_486)) == [
        ("title", 0, "第486章 個人資料(私隱)條例"),
        ("heading", 1, "第1部 導言"),
        ("heading", 2, "1. 簡稱"),
    ]
    cap_57a = "第57A章\n僱傭規例\n\n第1部\n導言\n\n1. 引稱\n本規例可引稱為《僱傭規例》。\n"
    assert headings_of(build_outline(cap_57a))[0] == ("title", 0, "第57A章 僱傭規例")


def test_a_numbered_chapter_named_for_its_topic_stays_a_chapter():
    """第459章 in a serial novel, or 第1章 總則 in a law, names a topic: a chapter, as before."""
    novel = "第459章 重逢\n他走進門來，看見了她。\n\n第460章 離別\n她走了。\n"
    assert headings_of(build_outline(novel)) == [("heading", 1, "第459章 重逢"), ("heading", 1, "第460章 離別")]
    law = "第1章\n總則\n\n第1條 本法依憲法制定之。\n"
    assert headings_of(build_outline(law))[0] == ("heading", 1, "第1章 總則")
