"""Web pages: encodings as pages declare them (or not), the article and not the site, h1–h6
as heading hints, metadata, pages without an article."""

from pathlib import Path

import pytest

from reader.core.document import DocumentError, load_document
from reader.core.formats import FormatError
from reader.core.formats.html import decode_html, parse

SAMPLES = Path(__file__).parent.parent.parent / "corpus" / "formats"
LAW = SAMPLES / "law-supervision-2018.html"


def law_page() -> str:
    return LAW.read_text(encoding="utf-8")


@pytest.mark.parametrize("encoding, label", [("gb18030", "gb2312"), ("gb18030", "GBK"), ("big5", "big5")])
def test_a_page_in_its_declared_legacy_encoding(tmp_path, encoding, label):
    page = law_page().replace('charset="UTF-8"', f'charset="{label}"').replace("charset=UTF-8", f"charset={label}")
    if encoding == "big5":
        import opencc

        page = opencc.OpenCC("s2t").convert(page)  # Big5 holds Traditional characters
    path = tmp_path / "page.html"
    path.write_bytes(page.encode(encoding, errors="ignore" if encoding == "big5" else "strict"))
    document = load_document(path)
    assert document.text.startswith("中华人民共和国监察法" if encoding != "big5" else "中華人民共和國監察法")
    assert "第六十九条" in document.text or "第六十九條" in document.text


def test_a_page_saved_as_utf8_that_still_declares_gb2312_reads_as_utf8(tmp_path):
    # crawlers and browsers re-encode a page to UTF-8 and keep its <meta charset=gb2312>
    page = law_page().replace("charset=UTF-8", "charset=gb2312")
    assert "gb2312" in page
    path = tmp_path / "saved.html"
    path.write_text(page, encoding="utf-8")
    assert load_document(path).text.startswith("中华人民共和国监察法")


def test_an_undeclared_legacy_page_is_guessed(tmp_path):
    page = law_page().replace('charset="UTF-8"', "").replace("charset=UTF-8", "")
    data = page.encode("gb18030")
    text, encoding = decode_html(data)
    assert encoding in ("gb18030", "gbk", "gb2312") and "中华人民共和国监察法" in text


def test_headings_from_h1_to_h6_are_hints_with_their_levels():
    page = """<html><head><title>关于推进工作的意见_中国政府网</title>
    <meta property="og:title" content="关于推进工作的意见"><meta name="author" content="国务院办公厅">
    <meta name="PubDate" content="2024-01-02 10:00"><link rel="canonical" href="https://www.gov.cn/a.htm"></head>
    <body><nav><a href="/">首页</a> <a href="/zc">政策</a></nav>
    <article><h1>关于推进工作的意见</h1><p>各省、自治区、直辖市人民政府，国务院各部委、各直属机构：为深入贯彻落实党中央决策部署，现提出如下意见。</p>
    <h2>总体要求</h2><p>坚持以人民为中心的发展思想，坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，加快构建新发展格局。</p>
    <h3>主要目标</h3><p>到2025年，基本建立制度体系，重点领域取得明显进展，人民群众获得感、幸福感、安全感显著增强。</p>
    <h2>重点任务</h2><p>加强统筹协调，压实各方责任，强化督促检查，确保各项任务落地见效，形成工作合力。</p></article>
    <footer>版权所有：中国政府网 网站标识码bm01000001</footer></body></html>"""
    extracted = parse(page)
    lines = {extracted.text[h.start : h.end]: h.level for h in extracted.headings}
    assert lines == {"关于推进工作的意见": 1, "总体要求": 2, "主要目标": 3, "重点任务": 2}
    assert "首页" not in extracted.text and "版权所有" not in extracted.text
    assert (extracted.title, extracted.author, extracted.date, extracted.source) == (
        "关于推进工作的意见",
        "国务院办公厅",
        "2024-01-02 10:00",
        "https://www.gov.cn/a.htm",
    )


def test_a_table_reads_as_text_rows_and_br_as_a_line_break():
    page = """<html><body><div><p>下表列出各地完成情况，请各地对照检查，认真落实，按时报送有关材料，确保工作顺利推进。</p>
    <table><tr><th>地区</th><th>完成情况</th></tr><tr><td>北京市</td><td>已完成全部年度任务，正在开展评估</td></tr>
    <tr><td>上海市</td><td>完成九成以上，其余任务年底前完成</td></tr></table>
    <p>联系人：张三<br>电话：010-12345678，请各单位于每月五日前报送上月工作情况，逾期不报的将予以通报。</p></div></body></html>"""
    text = parse(page).text
    assert "地区\t完成情况\n\n北京市\t已完成全部年度任务，正在开展评估\n\n上海市\t完成九成以上" in text
    assert "联系人：张三\n电话：010-12345678" in text


def test_preformatted_text_keeps_its_line_breaks():
    # a Markdown page whose indented lines became a code block: a browser shows each line on
    # its own; Reader ran them into one paragraph (a regulation's articles into one article)
    page = """<html><body><div><h1>静夜思</h1><pre><code>床前明月光，
疑是地上霜。
举头望明月，
低头思故乡。
</code></pre>
<h2>第一章 总则</h2>
<pre><code>第一条 为了规范档案管理工作，根据有关法律，制定本办法。
第二条 本办法适用于本市各级机关的档案管理工作。
各级机关应当指定专人负责。
</code></pre></div></body></html>"""
    text = parse(page).text
    assert "床前明月光，\n疑是地上霜。\n举头望明月，\n低头思故乡。" in text
    assert "制定本办法。\n第二条 本办法适用于" in text
    from reader.core.outline import build_outline, headings_of

    articles = [label for kind, _, label in headings_of(build_outline(text)) if kind == "article"]
    assert [a[:3] for a in articles] == ["第一条", "第二条"]


def test_a_page_without_an_article_says_so(tmp_path):
    path = tmp_path / "menu.html"
    path.write_text(
        "<html><head><title>导航</title></head><body><ul><li><a href='/a'>首页</a></li><li><a href='/b'>新闻</a></li></ul>"
        "<script>var x = 1;</script></body></html>",
        encoding="utf-8",
    )
    with pytest.raises(DocumentError) as caught:
        load_document(path)
    assert caught.value.code == "no_article" and "no article" in str(caught.value)


def test_garbage_is_not_mistaken_for_a_page():
    with pytest.raises(FormatError):
        parse("\x00\x01\x02")
