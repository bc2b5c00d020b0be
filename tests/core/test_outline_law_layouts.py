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


def test_an_ordinances_chapter_number_under_its_name_stays_in_the_header():
    """e-Legislation's page heads a chapter with its name and the number under it (安老院條例 /
    第459章): the number is the header's, not a chapter over the ordinance."""
    text = "安老院條例\n第459章\n本條例旨在規管為年滿 60 歲的人士提供住宿照顧而設立的安老院。\n第1部\n導言\n1. 簡稱\n本條例可引稱為《安老院條例》。\n"
    outline = build_outline(text)
    assert headings_of(outline) == [
        ("title", 0, "安老院條例"),
        ("heading", 1, "第1部 導言"),
        ("heading", 2, "1. 簡稱"),
    ]
    assert "第459章" in [outline.label(c) for c in outline.first("header").children]


def test_sections_and_parts_inserted_with_a_letter_are_headings():
    """Hong Kong numbers a section inserted after section 11 as 11A (then 11B … 11ZA), a part
    inserted after Part 6 as 第6A部: the same headings as their neighbours."""
    text = (
        "安老院條例\n\n第2部\n對營辦安老院的限制\n"
        "6. 安老院須領有牌照\n任何人不得營辦安老院，除非持有牌照。\n"
        "6A. 某些安老院獲豁免\n上條不適用於獲豁免的安老院。\n"
        "第2A部\n負責人\n"
        "11A. 牌照申請人須提名負責人\n申請人須提名一名負責人。\n"
        "11ZA. 過渡性條文\n本條適用於生效日期前的申請。\n"
    )
    assert headings_of(build_outline(text))[1:] == [
        ("heading", 1, "第2部 對營辦安老院的限制"),
        ("heading", 2, "6. 安老院須領有牌照"),
        ("heading", 2, "6A. 某些安老院獲豁免"),
        ("heading", 1, "第2A部 負責人"),
        ("heading", 2, "11A. 牌照申請人須提名負責人"),
        ("heading", 2, "11ZA. 過渡性條文"),
    ]


def test_cross_headings_group_the_sections_under_them():
    """Rules and regulations group their sections under unnumbered cross-headings, each on its
    own line right above the first section it heads (the Rules of the High Court's layout)."""
    text = (
        "高等法院規則\n第4A章\n\n"
        "引稱及釋義\n1. 引稱\n本規則可引稱為《高等法院規則》。\n2. 釋義\n在本規則中，除文意另有所指外——\n"
        "法院 (court) 指原訟法庭；\n"
        "送達\n3. 送達方式\n文件可藉面交送達。\n4. 送達證明\n送達須以誓章證明。\n"
    )
    assert headings_of(build_outline(text))[1:] == [
        ("heading", 1, "引稱及釋義"),
        ("heading", 2, "1. 引稱"),
        ("heading", 2, "2. 釋義"),
        ("heading", 1, "送達"),
        ("heading", 2, "3. 送達方式"),
        ("heading", 2, "4. 送達證明"),
    ]


def test_one_short_line_above_a_numbered_line_is_no_cross_heading():
    """A single short line above 1. (a report's label over its list) is not read as one."""
    text = "工作報告\n\n今年的工作如下。\n\n重點工作\n1. 推進改革\n2. 改善民生\n"
    assert ("heading", 1, "重點工作") not in headings_of(build_outline(text))


def test_a_long_section_heading_without_a_clause_is_a_heading():
    """A section's heading longer than a heading mostly is (58. 由犯罪的董事、高級人員及發起人提出
    或針對…提出的申請) names its section as long as it says no clause; a long numbered line
    that does is not one."""
    text = (
        "公司(清盤)規則\n\n"
        "57. 法院可作出命令\n法院可作出其認為適當的命令。\n"
        "58. 由犯罪的董事、高級人員及發起人提出或針對犯罪的董事、高級人員及發起人提出的申請\n"
        "申請須藉傳票提出。\n"
        "59. 本條所指的申請，須於法院指定的日期前以誓章提出並送達每名答辯人，否則不得聆訊\n"
        "本條不適用於司法常務官。\n"
    )
    labels = [label for _, _, label in headings_of(build_outline(text))]
    assert any(label.startswith("58. 由犯罪的董事") for label in labels)
    assert not any(label.startswith("59.") for label in labels)


def test_a_schedule_is_a_heading_at_the_level_of_the_parts():
    """附表 (a schedule), 附表1 with its name on the next line, closes the sections before it:
    their subsections, some of them clauses, do not turn the sections into a list."""
    text = (
        "破產(費用及百分率)令\n第6C章\n\n"
        "1. 引稱\n本命令可引稱為《破產(費用及百分率)令》。\n"
        "2. 釋義\n在本命令中，除文意另有所指外——\n"
        "3. 費用\n須繳付附表所列的費用。\n"
        "附表1\n費用\n"
        "1. 破產呈請，每份；\n2. 債權證明，每份；\n"
    )
    found = headings_of(build_outline(text))
    assert found[1:4] == [("heading", 1, "1. 引稱"), ("heading", 1, "2. 釋義"), ("heading", 1, "3. 費用")]
    assert ("heading", 1, "附表1 費用") in found


def test_a_repealed_subsection_is_no_heading():
    """(4) followed by a note alone ((由1985年第139號法律公告廢除)) stands where a subsection was,
    however its neighbours, too long for headings, are read; and a subsection followed by its
    source note is still a clause."""
    text = (
        "公司(清盤)規則\n\n"
        "27A. 對小額清盤案的管理\n"
        "(1) 凡法院下令公司的清盤須以簡易程序進行，則本規則須按照第(2)至(5)款加以變通，而清盤人須依循法院的任何指示行事。\n"
        "(4) (由1985年第139號法律公告廢除)\n"
        "28. 清盤令的通知\n"
        "(1) 清盤令作出後，司法常務官須通知破產管理署署長 —— (由2016年第14號第3條修訂)\n"
        "(2) 通知須以書面作出。\n"
    )
    labels = [label for _, _, label in headings_of(build_outline(text))]
    assert labels[1:] == ["27A. 對小額清盤案的管理", "28. 清盤令的通知"]


def test_a_parts_long_name_under_its_number_is_the_parts():
    """Hong Kong names its parts at length, listing with 、 (第7部 / 視察、投訴及調查; 第6A部 / 在直接
    促銷中使用個人資料及提供個人資料以供用於直接促銷): still the part's name, not a paragraph."""
    text = (
        "個人資料(私隱)條例\n\n第6A部\n在直接促銷中使用個人資料及提供個人資料以供用於直接促銷\n"
        "35A. 第6A部的釋義\n在本部中，除文意另有所指外——\n"
        "第7部\n視察、投訴及調查\n36. 對個人資料系統的視察\n專員可對任何個人資料系統進行視察。\n"
    )
    assert [label for _, depth, label in headings_of(build_outline(text)) if depth == 1] == [
        "第6A部 在直接促銷中使用個人資料及提供個人資料以供用於直接促銷",
        "第7部 視察、投訴及調查",
    ]


def test_a_schedules_reference_note_is_not_its_name():
    """附表 / [第3及4條]: the note in brackets says which sections refer to the schedule; the
    schedule has no name of its own there. 附表1 / 保障資料原則 has one."""
    text = (
        "破產(費用及百分率)令\n\n1. 引稱\n本命令可引稱為《破產(費用及百分率)令》。\n"
        "2. 費用\n須繳付附表所列的費用。\n附表\n[第2條]\n破產呈請，每份$1,045。\n"
        "附表1\n保障資料原則\n[第2(1)及4條]\n"
    )
    labels = [label for _, _, label in headings_of(build_outline(text))]
    assert labels[-2:] == ["附表", "附表1 保障資料原則"]


def test_a_note_in_square_brackets_closing_a_section_is_no_cross_heading():
    """Older ordinances close a section with the English act it follows ([比照 1968 c. 60 s. 1
    U.K.], as the Theft Ordinance, Cap. 210, does): a note in square brackets, right above the
    next section, is neither a cross-heading nor the head of the sections after it."""
    text = (
        "盜竊罪條例\n第210章\n\n"
        "2. 盜竊罪的基本定義\n(1) 任何人不誠實地挪佔屬於另一人的財產，意圖永久地剝奪該另一人的財產，即屬犯盜竊罪。\n"
        "[比照 1968 c. 60 s. 1 U.K.]\n"
        "3. 挪佔\n(1) 任何人僭取擁有人的權利，即屬挪佔。\n"
        "[比照 1968 c. 60 s. 3 U.K.]\n"
        "4. 財產\n(1) 財產包括金錢及所有其他動產或不動產。\n"
    )
    assert headings_of(build_outline(text))[1:] == [
        ("heading", 1, "2. 盜竊罪的基本定義"),
        ("heading", 1, "3. 挪佔"),
        ("heading", 1, "4. 財產"),
    ]


def test_a_line_opening_with_a_citation_of_a_section_is_no_article():
    """第 4 條就…所訂的期限，適用於… cites a section as its sentence's subject (a word that joins
    it to the sentence follows 條 at once): not an article, and the sections after it stay
    sections; nor is a part's name that opens with one (第64條所訂罪行…) an article."""
    text = (
        "時效條例\n第347章\n\n"
        "4. 簡單合約及侵權行為的訴訟\n(1) 除本條例另有規定外，以下訴訟不得在訴訟因由產生的日期起計滿 6 年後提出。\n"
        "5. 轉換\n第 4 條就侵權行為所訂的期限，適用於因轉換而提出的訴訟。\n"
        "6. 債項的承認\n(1) 若債務人已承認申索，則訴訟因由須當作於承認當日產生。\n"
        "第3部\n第11條所指的期限的延長\n"
        "11. 延長期限\n(1) 法院可延長本部所指的期限。\n"
    )
    assert headings_of(build_outline(text))[1:] == [
        ("heading", 1, "4. 簡單合約及侵權行為的訴訟"),
        ("heading", 1, "5. 轉換"),
        ("heading", 1, "6. 債項的承認"),
        ("heading", 1, "第3部 第11條所指的期限的延長"),
        ("heading", 2, "11. 延長期限"),
    ]


def test_an_article_whose_text_follows_its_number_at_once_stays_an_article():
    """第一条中华人民共和国…, 第二条所有…: an article's own text may follow its number without a
    space; only a word that cannot open a sentence (就, 所訂, 的, 適用) makes it a citation."""
    text = "某某法\n\n第一条中华人民共和国公民享有本法规定的权利。\n第二条所有单位应当遵守本法。\n第三条可以依照本法申请。\n"
    assert [kind for kind, _, _ in headings_of(build_outline(text))[1:]] == ["article"] * 3


def test_one_cross_heading_opening_a_printed_part_heads_its_sections():
    """A part of the rules printed by itself (e-Legislation prints a part or a run of
    sections) may open under its one cross-heading: it heads the sections below it."""
    text = (
        "高等法院規則\n第4A章\n版本日期：2023年1月1日\n\n"
        "送達\n5. 送達方式\n文件可藉面交送達。\n6. 送達證明\n送達須以誓章證明。\n"
    )
    assert headings_of(build_outline(text))[1:] == [
        ("heading", 1, "送達"),
        ("heading", 2, "5. 送達方式"),
        ("heading", 2, "6. 送達證明"),
    ]


def test_a_long_section_heading_listing_two_names_with_a_comma_is_a_heading():
    """…的評定，或對…的評定: a comma before 或 (及, 與) parts two names the heading lists, no
    clause; the heading, too long for a label, still heads its section."""
    text = (
        "破產規則\n第6A章\n\n"
        "11. 費用的繳付\n費用須於提交文件時繳付。\n"
        "12. 對須由受託人或破產管理署署長繳付的費用的評定，或對須由破產人的產業繳付的費用的評定\n"
        "(1) 費用須由司法常務官評定。\n"
        "13. 評定證明書\n司法常務官須發出證明書。\n"
    )
    labels = [label for _, _, label in headings_of(build_outline(text))]
    assert [label[:3] for label in labels[1:]] == ["11.", "12.", "13."]


def test_a_range_of_repealed_subsections_or_a_bare_subsection_number_is_no_heading():
    """(2)-(4) (由2008年第152號法律公告廢除) stands where three subsections were; (5) alone (its text
    set elsewhere, in a table or a list of definitions) names nothing either, even where the
    subsection above them is too long to be weighed with them as one list."""
    text = (
        "高等法院規則\n第4A章\n\n"
        "10. 文件的送達\n(1) 凡本規則規定須將文件送達任何人，則除法院另有指示外，該文件須以面交方式或按照本命令的規定送達。\n"
        "(2)-(4) (由2008年第152號法律公告廢除)\n(5)\n"
        "11. 送達證明\n(1) 送達須以誓章證明。\n"
    )
    assert [label for _, _, label in headings_of(build_outline(text))][1:] == ["10. 文件的送達", "11. 送達證明"]


def test_a_numbered_line_leading_on_with_the_colon_hong_kong_sets_is_a_clause():
    """︰ (U+FE30) is the colon Hong Kong's older texts set (因為︰, 屬實︰): a numbered line that
    ends with it leads into the lines below, a clause of a form or a list, not a heading."""
    text = (
        "破產規則\n第6A章\n\n表格 12\n債權證明\n"
        "1. 本人現聲明下述事項屬實︰\n(a) 本人是債權人；\n"
        "2. 本人未曾就該債項收取任何款項︰\n(a) 以現金支付；\n"
    )
    labels = [label for _, _, label in headings_of(build_outline(text))]
    assert not any(label.startswith(("1. 本人", "2. 本人")) for label in labels), labels


def test_a_subsection_ending_as_an_item_that_goes_on_is_a_clause():
    """(2) (a) 獲委任的受託人；或: a list's item ends with ；或 (；及, ；並) where the list goes on
    with the next item: a clause, however short, not a heading."""
    text = (
        "破產條例\n第6章\n\n"
        "8. 通知\n(1) 凡有關人士在任何時間就其任何財產而向法院提出申請並獲法院批准，則本條的規定須在該段期間內適用於該人士及該財產。\n"
        "(2) (a) 獲委任的受託人；或\n(b) 破產管理署署長，\n須於 7 天內發出通知。\n"
        "9. 費用\n(1) 費用須由受託人繳付。\n"
    )
    assert [label for _, _, label in headings_of(build_outline(text))][1:] == ["8. 通知", "9. 費用"]


def test_a_preamble_stands_beside_the_chapters_not_over_them():
    # the 1954 Constitution (a law: PRC Copyright Law art. 5): 序言, then its chapters; a PDF
    # gives no marks, so the grammar alone ranks them
    text = (
        "中华人民共和国宪法\n\n（1954年9月20日第一届全国人民代表大会第一次会议通过）\n\n序言\n\n"
        "中国人民经过一百多年的英勇奋斗，终于在中国共产党领导下，取得了反对帝国主义、封建主义和官僚资本主义的人民革命的伟大胜利。\n\n"
        "第一章　总纲\n\n第一条　中华人民共和国是工人阶级领导的、以工农联盟为基础的人民民主国家。\n\n"
        "第二章　国家机构\n\n第一节　全国人民代表大会\n\n第二十一条　中华人民共和国全国人民代表大会是最高国家权力机关。\n"
    )
    assert [(k, d, label[:5]) for k, d, label in headings_of(build_outline(text))] == [
        ("title", 0, "中华人民共"),
        ("heading", 1, "序言"),
        ("heading", 1, "第一章 总"),
        ("article", 2, "第一条 中"),
        ("heading", 1, "第二章 国"),
        ("heading", 2, "第一节 全"),
        ("article", 3, "第二十一条"),
    ]


def test_a_closing_part_beside_the_books_of_a_code_stays_beside_them():
    text = "刑法\n\n第一编　总则\n\n第一章　任务\n\n第一条　为了惩罚犯罪，制定本法。\n\n附则\n\n第二条　本法自公布之日起施行。\n"
    assert [(k, d) for k, d, _ in headings_of(build_outline(text))] == [
        ("title", 0),
        ("heading", 1),
        ("heading", 2),
        ("article", 3),
        ("heading", 1),
        ("article", 2),
    ]


MOJ_LAYOUT = """法規名稱：懲戒法院組織法
修正日期：民國 109 年 6 月 10 日
法規類別：司法＞院本部＞組織目

第 1 條
懲戒法院掌理全國公務員之懲戒及法官法第四十七條第一項第二款至第四款之事項。
"""
# the same layout from another database (the mainland's 国家法律法规数据库 lists a law's fields so)
FIELDS_LAYOUT = """名称：中华人民共和国农业技术推广法
制定机关：全国人民代表大会常务委员会
公布日期：1993年7月2日

第一章　总则

第一条　为了加强农业技术推广工作，制定本法。
"""


def test_a_databases_field_label_is_not_the_title():
    """A law in a database's layout opens with field lines, each a label and a full-width colon
    (法規名稱：…/修正日期：…): the title is the first field's value, in the window and on the
    page, where the label is set small before it (a block of its own, inside the title's); a
    law without fields keeps its whole first line."""
    from reader.core import typeset

    for text, name in ((MOJ_LAYOUT, "懲戒法院組織法"), (FIELDS_LAYOUT, "中华人民共和国农业技术推广法")):
        outline = build_outline(text)
        assert outline.title() == name
        label = text.index("：") + 1
        first = [(b.start, b.end, b.kind) for b in typeset.blocks(outline)][:2]
        assert first == [(0, text.index("\n"), "title"), (0, label, "label")]
        assert typeset.line_joins(text, typeset.blocks(outline)) == []
    for text in (
        CAP_459,
        "中华人民共和国农业技术推广法\n\n第一章　总则\n\n第一条　为了加强农业技术推广工作，制定本法。\n",
    ):
        outline = build_outline(text)
        assert outline.title() == text[: text.index("\n")]
        assert all(b.kind != "label" for b in typeset.blocks(outline))
