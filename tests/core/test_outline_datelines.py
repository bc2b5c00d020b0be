"""The header of documents whose datelines are written in the ways of the mainland, Taiwan and
Hong Kong (made-up documents): the dateline is read as one, a title that names a date is not."""

import pytest

from reader.core.outline import build_outline


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # mainland: the date in Chinese numerals under the title
            "某某市人民政府关于加强安全生产工作的通知\n\n二〇二三年三月五日\n\n一、总体要求\n\n各单位要高度重视安全生产工作。\n",
            ["title", "dateline"],
        ),
        (  # Taiwan: a law as the national database gives it, ROC date and category
            "法規名稱：某某辦法\n修正日期：民國 112 年 5 月 3 日\n法規類別：行政＞內政部＞組織目\n\n第 1 條\n本辦法依某某法訂定之。\n",
            ["title", "dateline", "breadcrumb"],
        ),
        (  # Hong Kong: a press release's date line and a byline
            "政府公布某某計劃\n作者：新聞處\n2023年3月5日（星期日）\n\n政府今日公布某某計劃，詳情如下。\n",
            ["title", "author", "dateline"],
        ),
        (  # a news page: a slashed date and the source
            "某某大桥正式通车\n\n发布日期：2023/3/5　出处：某某日报\n\n记者从交通部门获悉，大桥今日通车。\n",
            ["title", "dateline"],
        ),
    ],
    ids=["mainland-chinese-numerals", "taiwan-law", "hong-kong-press-release", "news-slashed-date"],
)
def test_the_header_reads_datelines_written_every_way(text, expected):
    header = build_outline(text).root.children[0]
    assert header.kind == "header"
    assert [c.kind for c in header.children] == expected


@pytest.mark.parametrize(
    "text",
    [  # a story's lead set on its own line under the title, as a paper's page sets it
        "某某大桥正式通车\n\n新华社某地3月5日电（记者 张三）\n\n记者从交通部门获悉，大桥今日通车。\n",
        "某某大橋正式通車\n\n（中央社記者陳某某台北3日電）\n\n交通部今天表示，大橋今日通車。\n",
        "某某大桥正式通车\n\n本报讯（记者 王五）\n\n记者从交通部门获悉，大桥今日通车。\n",
    ],
    ids=["wire", "taiwan-wire", "own-report"],
)
def test_a_lead_on_its_own_line_is_the_storys_dateline(text):
    header = build_outline(text).root.children[0]
    assert [c.kind for c in header.children] == ["title", "dateline"]


def test_a_title_naming_a_date_stays_the_title():
    text = "关于2023年3月5日会议安排的通知\n\n各有关单位：\n\n现将会议安排通知如下。\n"
    header = build_outline(text).root.children[0]
    assert [c.kind for c in header.children] == ["title"]


def test_a_laws_history_line_in_chinese_numerals_is_its_dateline_however_long():
    # the constitution's history (tests/corpus/law-constitution.md) as official publications of the
    # 1980s-2000s print it: in Chinese numerals, one bracketed line of more than 60 characters
    history = (
        "（一九八二年十二月四日第五届全国人民代表大会第五次会议通过　一九八二年十二月四日全国人民代表大会"
        "公告公布施行　根据一九八八年四月十二日第七届全国人民代表大会第一次会议通过的《中华人民共和国宪法修正案》修正）"
    )
    assert len(history) > 60
    text = f"中华人民共和国宪法\n\n{history}\n\n序言\n\n中国是世界上历史最悠久的国家之一。\n"
    header = build_outline(text).root.children[0]
    assert [c.kind for c in header.children] == ["title", "dateline"]
    assert text[header.children[1].start : header.children[1].end] == history


def _marked(text: str, *lines: tuple[str, int]):
    """The headings a Markdown or HTML file marks, each (line, level)."""
    from reader.core.formats.base import HeadingHint

    hints = []
    for line, level in lines:
        start = text.index(line)
        hints.append(HeadingHint(start, start + len(line), level))
    return hints


def test_a_marked_titles_datelines_are_its_header():
    """A law saved from the web as Markdown: its # title, the dates it was adopted and amended
    under it, then its ## chapters. The dates are the header's datelines, as in the plain text
    of the same law, not body paragraphs typeset as text."""
    text = (
        "某某法\n\n1993年12月29日 第八届全国人民代表大会常务委员会第五次会议通过\n\n"
        "2023年12月29日 第十四届全国人民代表大会常务委员会第七次会议第二次修订\n\n"
        "第一章 总 则\n\n第一条 为了规范某某，制定本法。\n"
    )
    outline = build_outline(text, _marked(text, ("某某法", 1), ("第一章 总 则", 2)))
    header = outline.root.children[0]
    assert header.kind == "header"
    assert [c.kind for c in header.children] == ["title", "dateline", "dateline"]
    assert [c.kind for c in outline.root.children[1:]] == ["heading"]


def test_a_marked_title_without_datelines_stands_alone():
    """A page's h1 and its first paragraph: no header is made up."""
    text = "某某大桥正式通车\n\n记者从交通部门获悉，大桥今日通车。\n\n通车以后\n\n车流平稳。\n"
    outline = build_outline(text, _marked(text, ("某某大桥正式通车", 1), ("通车以后", 2)))
    assert [c.kind for c in outline.root.children] == ["title", "paragraph", "heading"]


def test_a_line_of_only_a_zero_width_space_is_blank():
    """A web copy of a law sets a lone zero-width space between its paragraphs: no paragraph
    of nothing in the outline (next section would stop on it)."""
    text = "第一章 总则\n\n\u200b\n\n第一条 为了规范某某，制定本法。\n\n\u200b\n\n第二条 本法适用于某某。\n"
    nodes = list(build_outline(text).root.walk(False))
    assert "\u200b" not in [text[n.start : n.end].strip() for n in nodes]
    assert [n.kind for n in nodes].count("article") == 2
