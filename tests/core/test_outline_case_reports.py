"""Case reports as the Supreme People's Court publishes them (its guiding case no. 1, 上海中原物业
顾问有限公司诉陶德华居间合同纠纷案, shortened; court documents, not protected: PRC Copyright Law
art. 5): the case's name and its parts are headings side by side, under the release's date too,
and an article the report quotes stands under the part that quotes it. Official documents'
numbered sentences are paragraphs, not headings."""

from reader.core.outline import build_outline

CASE = "上海中原物业顾问有限公司诉陶德华居间合同纠纷案"
PARTS = (
    "基本案情\n\n原告上海中原物业顾问有限公司诉称：被告陶德华利用中原公司提供的房屋销售信息，故意跳过中介，"
    "私自与卖方直接签订购房合同，要求判令陶德华按约支付违约金1.65万元。\n\n"
    "裁判结果\n\n上海市虹口区人民法院于2009年6月23日作出民事判决。\n"
)


def _tops(text: str) -> list[tuple[str, str]]:
    return [(c.kind, text[c.label_start : c.label_end]) for c in build_outline(text).root.children]


def test_a_cases_name_is_a_heading_beside_its_parts_however_long():
    text = f"房屋买卖居间合同中禁止“跳单”的约定合法有效\n\n{CASE}\n\n{PARTS}"
    assert len(CASE) > 16  # longer than a standalone heading may be otherwise
    assert _tops(text)[1:] == [("heading", CASE), ("heading", "基本案情"), ("heading", "裁判结果")]


def test_under_a_releases_date_the_cases_name_heads_the_body_not_the_header():
    text = f"房屋买卖居间合同中禁止“跳单”的约定合法有效\n\n人民法院指导性案例\n\n最高人民法院发布\n\n2012-01-11\n\n{CASE}\n\n{PARTS}"
    tops = _tops(text)
    header = build_outline(text).root.children[0]
    assert [c.kind for c in header.children] == ["title", "subtitle", "subtitle", "dateline"]
    assert tops[1:] == [("heading", CASE), ("heading", "基本案情"), ("heading", "裁判结果")]


def test_an_article_the_report_quotes_stands_under_the_part_that_quotes_it():
    article = (
        "第九百六十五条　委托人在接受中介人的服务后，利用中介人提供的交易机会或者媒介服务，"
        "绕开中介人直接订立合同的，应当向中介人支付报酬。"
    )
    text = f"{CASE}\n\n裁判要点\n\n禁止买方绕开中介公司与卖方签订房屋买卖合同的约定合法有效。\n\n相关法条\n\n{article}\n\n{PARTS}"
    outline = build_outline(text)
    tops = [(c.kind, text[c.label_start : c.label_end]) for c in outline.root.children]
    assert [label for _, label in tops[1:]] == ["裁判要点", "相关法条", "基本案情", "裁判结果"]
    quoting = outline.root.children[2]
    assert [c.kind for c in quoting.children if c.kind != "paragraph"] == ["article"]


def test_a_numbered_sentence_is_a_paragraph_not_a_heading():
    # a made-up notice in the way of the State Council's: named parts, then numbered provisions
    text = (
        "某某规定\n\n一、总体要求\n\n各地区要提高认识。\n\n二、职务的设置\n\n专业技术职务分为高级、中级、初级。\n\n"
        "三、本规定适用于国家机关、事业单位，企业可参照执行。\n\n"
        "四、聘任专业技术职务，必须实事求是。对于借聘任之机打击报复的，要严肃处理。\n\n"
        "五、着力扩大国内需求。今年要扩大有效投资。\n"  # a run-in heading: its first sentence names it
    )
    headings = [label for kind, label in _tops(text) if kind == "heading"]
    assert headings == ["一、总体要求", "二、职务的设置", "五、着力扩大国内需求"]


def test_a_label_over_a_list_of_names_is_no_heading():
    # a made-up annex in the way of official lists: each province over the bodies it names,
    # joined by 、 and no clause: a list, where a heading would head body text
    names = "、".join(
        f"{city}仲裁委员会" for city in ("石家庄", "唐山", "秦皇岛", "邯郸", "邢台", "保定", "张家口", "承德")
    )
    assert len(names) > 60
    text = f"某某名单\n\n河北省\n\n{names}\n\n山西省\n\n{names}\n"
    assert [kind for kind, _ in _tops(text)] == ["header", "paragraph", "paragraph", "paragraph", "paragraph"]
