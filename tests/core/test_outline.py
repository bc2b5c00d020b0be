from reader.core.outline import build_outline, headings_of, navigation_stops, sentence_at


def kinds(nodes):
    return [n.kind for n in nodes]


def labels(outline, nodes):
    return [outline.label(n) for n in nodes]


def test_notice_top_level(notice_text):
    """The notice's tree; a paragraph's label is its opening, with … where it is cut."""
    outline = build_outline(notice_text)
    assert kinds(outline.sections) == ["header"] + ["paragraph"] * 5 + ["credit"]
    assert labels(outline, outline.sections[1:]) == [
        "根據《中共中央關於認真學習宣傳貫徹黨的二十大精神的決定》部署要求…",
        "《通知》指出,學習宣傳貫徹黨的二十大精神對於動員全黨全國各族人民更加緊密地團結在…",
        "《通知》強調,要把握學習領會黨的二十大精神的著重點…",
        "《通知》指出,各級工會要把擁護“兩個確立”、踐行“兩個維護”體現到貫徹黨中央決策…",
        "《通知》強調,各級工會要把學習宣傳貫徹黨的二十大精神擺上重要議事日程…",
        "(責編:皮博、黃瑾)",
    ]


def test_notice_header(notice_text):
    outline = build_outline(notice_text)
    header = outline.sections[0]
    assert kinds(header.children) == ["breadcrumb", "title", "subtitle", "author", "dateline"]
    assert labels(outline, header.children) == [
        "中國共產黨新聞網>>中國工會新聞",
        "全國總工會印發關於認真學習宣傳貫徹黨的二十大精神的通知",
        "組織動員億萬職工為實現黨的二十大確定的各項任務而團結奮斗",
        "鄭莉",
        "2022年11月02日14:04 來源:《工人日報》",
    ]
    assert (header.start, header.end) == (0, 108)
    assert outline.title() == "全國總工會印發關於認真學習宣傳貫徹黨的二十大精神的通知"


def test_every_range_holds_its_label(notice_text):
    outline = build_outline(notice_text)
    for node in outline.root.walk():
        assert (
            0 <= node.start <= node.label_start < node.label_end <= node.end <= len(notice_text)
            or node.kind == "document"
        )
        if node.kind != "document":
            assert notice_text[node.start : node.end].strip() == notice_text[node.start : node.end]
        for child in node.children:
            assert node.start <= child.start and child.end <= node.end


def test_the_focus_sentence_has_seven_items(notice_text):
    outline = build_outline(notice_text)
    paragraph = outline.sections[3]
    sentence = next(s for s in paragraph.children if "聚焦到" in notice_text[s.start : s.end])
    items = sentence.children
    assert len(items) == 7
    assert all(notice_text[i.start : i.end].startswith("聚焦到") for i in items[1:])
    assert notice_text[items[0].start : items[0].end].startswith("要把著力點聚焦到習近平總書記")
    assert (
        notice_text[items[-1].start : items[-1].end] == "聚焦到習近平總書記是全黨擁護、人民愛戴、當之無愧的黨的領袖上"
    )


def test_the_deeply_understand_run_is_items(notice_text):
    outline = build_outline(notice_text)
    sentence = outline.sections[3].children[0]
    items = sentence.children
    assert len(items) == 9
    assert all(notice_text[i.start : i.end].startswith("深刻領會") for i in items)


def test_the_last_paragraph_has_four_measures(notice_text):
    outline = build_outline(notice_text)
    sentence = outline.sections[5].children[1]
    assert labels(outline, sentence.children) == ["要加強組織領導", "抓好學習培訓", "開展集中宣講", "營造良好氛圍"]
    assert notice_text[sentence.children[-1].start : sentence.children[-1].end].endswith("凝聚力量")


def test_sentences_of_a_paragraph(notice_text):
    outline = build_outline(notice_text)
    paragraph = outline.sections[4]
    assert len(paragraph.children) == 8
    assert all(notice_text[s.start] == "要" for s in paragraph.children[1:])
    assert all(notice_text[s.end - 1] == "。" for s in paragraph.children)


def test_headings_nest_what_follows():
    text = (
        "第一章 總則\n\n一、指導思想\n\n堅持學習。深入貫徹。\n\n（一）加強組織\n\n具體要求如下。\n\n"
        "二、主要任務\n\n1. 第一項\n\n內容甲。\n\n2. 第二項\n\n第二章 附則\n\n本辦法自發布之日起施行。"
    )
    outline = build_outline(text)
    chapters = outline.sections
    assert kinds(chapters) == ["heading", "heading"]
    assert labels(outline, chapters) == ["第一章 總則", "第二章 附則"]
    first = chapters[0]
    assert labels(outline, first.children) == ["一、指導思想", "二、主要任務"]
    guide = first.children[0]
    assert kinds(guide.children) == ["paragraph", "heading"]
    assert labels(outline, guide.children[1].children) == ["具體要求如下"]
    tasks = first.children[1]
    assert labels(outline, tasks.children) == ["1. 第一項", "2. 第二項"]
    assert tasks.children[0].children[0].kind == "paragraph"
    assert first.end == text.index("2. 第二項") + len("2. 第二項")
    assert kinds(chapters[1].children) == ["paragraph"]


def test_plain_paragraphs_without_headings():
    text = "今天天氣很好。我們去公園散步。\n\n公園裡人很多，有的跑步，有的下棋。"
    outline = build_outline(text)
    assert kinds(outline.sections) == ["paragraph", "paragraph"]
    assert len(outline.sections[0].children) == 2


def test_path_and_group(notice_text):
    outline = build_outline(notice_text)
    pos = notice_text.index("聚焦到中國式現代化")
    path = outline.path_at(pos)
    assert kinds(path) == ["paragraph", "sentence", "item"]
    assert outline.group_at(pos) is outline.sections[3]
    assert outline.path_at(len(notice_text)) == [outline.sections[-1]]


def test_sentence_at(notice_text):
    pos = notice_text.index("要牢牢把握團結奮斗")
    start, end = sentence_at(notice_text, pos + 3)
    assert (
        notice_text[start:end]
        == "要牢牢把握團結奮斗的時代要求,加強思想政治引領,深入開展主題宣傳教育,團結引導廣大職工堅定不移聽黨話、矢志不渝跟黨走。"
    )


def test_navigation_stops(notice_text):
    stops = navigation_stops(build_outline(notice_text))
    assert kinds(stops) == ["header"] + ["paragraph"] * 5 + ["credit"]


def test_paragraph_steps():
    from reader.core.outline import next_paragraph, previous_paragraph

    text = "第一段。\n\n　　第二段，很長。\n第三段。"
    second = text.index("第二段")
    third = text.index("第三段")
    assert next_paragraph(text, 0) == second  # past the blank line and the indent
    assert next_paragraph(text, second) == third
    assert next_paragraph(text, third) == len(text)
    assert previous_paragraph(text, third + 2) == third
    assert previous_paragraph(text, third) == second
    assert previous_paragraph(text, second) == 0


def test_the_title_the_file_names_is_the_title_and_what_stands_above_it_is_not():
    text = "法律读本网\n\n读本 » 2020-刑法\n\n中华人民共和国刑法\n\n来源：中国人大网 2021年5月19日\n\n第一条　为了惩罚犯罪，保护人民，制定本法。\n"
    assert build_outline(text).title() == "法律读本网"  # without metadata: the first line
    outline = build_outline(text, title="中华人民共和国 刑法")  # as a PDF's Title says it
    assert outline.title() == "中华人民共和国刑法"
    header = outline.root.children[0]
    assert [c.kind for c in header.children] == ["breadcrumb", "breadcrumb", "title", "dateline"]


def test_a_written_table_of_contents_is_one_node_not_a_second_set_of_headings():
    text = (
        "中华人民共和国某某法\n\n目　录\n\n第一章　总则\n\n第二章　附则……………3\n\n"
        "第一章　总则\n\n第一条　为了规范某某，制定本法。\n\n第二章　附则\n\n第二条　本法自公布之日起施行。\n"
    )
    outline = build_outline(text)
    headings = [outline.label(n) for n in outline.sections if n.kind == "heading"]
    assert headings == ["目 录", "第一章 总则", "第二章 附则"]
    contents = next(n for n in outline.sections if outline.label(n) == "目 录")
    assert text[contents.start : contents.end].endswith("第二章　附则……………3")
    assert not [c for c in contents.children if c.kind in ("heading", "article")]


def test_a_contents_line_whose_entries_never_come_again_is_left_alone():
    text = "目录\n\n第一章　总则\n\n第一条　本法自公布之日起施行。\n"
    outline = build_outline(text)
    assert [outline.label(n) for n in outline.sections if n.kind == "heading"] == ["第一章 总则"]


def test_a_short_line_of_dialogue_is_never_a_heading():
    body = "他把门关上，外面的雪下得正紧，街上已经没有什么人走动了，只有更夫的梆子声远远传来。"
    text = f"归途\n\n{body}\n\n“走罢！”\n\n{body}\n\n「是。」\n\n{body}\n\n夜雪\n\n{body}\n"
    labels = [label for kind, _, label in headings_of(build_outline(text)) if kind == "heading"]
    assert labels == ["夜雪"]  # 归途 is the title; the two lines of speech are not headings


def test_volume_lines_of_a_classical_book_in_gutenberg_layout():
    # the layout of Project Gutenberg's 老學庵筆記 (Traditional): 卷一 alone on its line over
    # indented entries; a line of text that opens with 卷 (卷曆，…) stays text
    text = (
        "老學庵筆記\n卷一\n　　故都殘暑，不過七月中旬，俗以望日具素饌享先。\n"
        "卷曆，晝日之所為，莫夜必記之。\n卷二\n　　祖宗時，有知制誥六員。\n卷之三\n　　一日。\n"
    )
    outline = build_outline(text)
    assert [label for kind, _, label in headings_of(outline) if kind == "heading"] == ["卷一", "卷二", "卷之三"]


def test_a_volume_named_after_an_interpunct_is_a_volume():
    # 卷一・梁惠王上 (孟子, the corpus's Gutenberg text): the volume's number and its name set
    # apart by an interpunct, as a title's parts are (史記·項羽本紀); 卷一上・… too; a line
    # of text that opens with 卷 and goes on without one stays text
    outline = build_outline(
        "孟子\n卷一・梁惠王上\n孟子見梁惠王。王曰：「叟不遠千里而來，亦將有以利吾國乎？」\n"
        "卷曆，晝日之所為，莫夜必記之。\n卷二上・公孫丑上\n公孫丑問曰：「夫子當路於齊，管仲、晏子之功，可復許乎？」\n"
    )
    assert [label for kind, _, label in headings_of(outline) if kind == "heading"] == [
        "卷一・梁惠王上",
        "卷二上・公孫丑上",
    ]


def test_lines_passed_over_by_their_first_character_are_those_no_rule_names():
    """heading_rule passes over a line whose first character no rule can start with, without
    trying the rules: on every line of the corpus, and on every character of the Basic
    Multilingual Plane opening a line shaped like each kind of heading, it names the rule that
    trying them all in turn names."""
    from pathlib import Path

    from reader.core.outline import HEADING_RULES, _is_short_line, heading_rule

    def tried_in_turn(line: str):
        return next((r for r in HEADING_RULES if r.pattern.match(line) and (not r.short or _is_short_line(line))), None)

    corpus = Path(__file__).resolve().parents[1] / "corpus"
    lines = [line for p in sorted(corpus.rglob("*.txt")) for line in p.read_text(errors="replace").split("\n")]
    tails = ["", "一、總則", "章 總則", "條 本法", "1", "）工作", ")", "、"]
    lines += [chr(c) + tail for c in range(0x10000) if not 0xD800 <= c < 0xE000 for tail in tails]
    named = 0
    for line in lines:
        rule = heading_rule(line, 0, len(line))
        assert rule == tried_in_turn(line), line
        named += rule is not None
    assert named > 1000  # the rules were tried, not only passed over


SANGUO = (
    "\n第一回　宴桃园豪杰三结义　斩黄巾英雄首立功\n\n"
    "话说天下大势，分久必合，合久必分。周末七国分争，并入于秦。\n\n\n"
    "第二回　张翼德怒鞭督邮　何国舅谋诛宦竖\n\n"
    "且说董卓字仲颖，陇西临洮人也，官拜河东太守，自来骄傲。\n\n\n"
)


def test_a_blank_between_or_after_top_level_nodes_is_in_the_node_before_it():
    """Ctrl+End puts the caret after a book's closing blank lines, and a click can put it on
    the blank line between two chapters: the reader is in the chapter just read (the tree
    kept “Document information” marked at the end of 红楼梦)."""
    outline = build_outline(SANGUO)
    first, second = (n for n in outline.sections if n.kind == "heading")
    assert outline.path_at(len(SANGUO))[0] is second
    assert outline.path_at(len(SANGUO) - 1)[0] is second
    between = SANGUO.index("\n\n\n第二回") + 2
    assert outline.path_at(between)[0] is first
    assert outline.path_at(0)[0] is outline.sections[0]  # the blank line before the first
