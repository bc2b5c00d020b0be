"""Pages of books and manuals as their site generators publish them (mdBook, Sphinx): the
chapter's headings and title, not the generator's furniture. The markup follows the pages of
the structure corpus's web_book and web_docs kinds (eval/structure/build_web_books.py)."""

import pytest

from reader.core.formats.html import parse
from reader.core.outline import build_outline

PARAGRAPH = "所有权（ownership）是 Rust 用于如何管理内存的一组规则。所有程序都必须管理其运行时使用计算机内存的方式，编译器在编译时会根据一系列的规则进行检查。"


def mdbook_page(main: str, title: str = "什么是所有权？ - Rust 程序设计语言 简体中文版") -> str:
    """An mdBook chapter page: the contents in a sidebar, the book's name in the menu bar's
    h1, a keyboard-help dialog with its own h2, the chapter in <main>."""
    return f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="UTF-8"><title>{title}</title></head>
    <body><div id="mdbook-help-container"><div id="mdbook-help-popup"><h2 class="mdbook-help-title">Keyboard shortcuts</h2>
    <p>Press ← or → to navigate between chapters</p></div></div>
    <nav id="mdbook-sidebar" class="sidebar" aria-label="Table of contents"><ol class="chapter">
    <li><a href="ch04-00.html">认识所有权</a></li><li><a href="ch04-01.html">什么是所有权？</a></li></ol></nav>
    <div id="page-wrapper" class="page-wrapper"><div class="page">
    <div id="menu-bar" class="menu-bar"><h1 class="menu-title">Rust 程序设计语言 简体中文版</h1></div>
    <div id="content" class="content"><main>{main}</main>
    <nav class="nav-wrapper" aria-label="Page navigation"><a rel="prev" href="ch04-00.html">上一章</a></nav>
    </div></div></div></body></html>"""


def heading(tag: str, words: str, anchor: str, linked: bool = False) -> str:
    """A heading as mdBook sets it, its words a link to itself (linked), or plain."""
    inner = f'<a class="header" href="#{anchor}">{words}</a>' if linked else words
    return f'<{tag} id="{anchor}">{inner}</{tag}>'


def headings_of(extracted) -> list[tuple[str, int]]:
    return [(extracted.text[h.start : h.end], h.level) for h in extracted.headings]


def test_a_heading_whose_words_link_to_itself_keeps_them():
    # readability took the class "header" for a banner and dropped the words: no heading was left
    main = (
        heading("h2", "什么是所有权？", "what", linked=True)
        + f"<p>{PARAGRAPH}</p>"
        + heading("h3", "栈（Stack）与堆（Heap）", "stack", linked=True)
        + f"<p>{PARAGRAPH}</p>"
        + heading("h3", "所有权规则", "rules", linked=True)
        + f"<p>{PARAGRAPH}</p>"
    )
    extracted = parse(mdbook_page(main))
    assert headings_of(extracted) == [("什么是所有权？", 2), ("栈（Stack）与堆（Heap）", 3), ("所有权规则", 3)]
    assert "Keyboard shortcuts" not in extracted.text and "认识所有权" not in extracted.text


def test_the_opening_heading_is_the_title_where_the_pages_title_is_the_contents_label():
    # <title> is the contents' label for the page (共享内存 buffer), the page's own h1 another;
    # the chapter closes with a 总结 set at the title's rank, which is no sibling of the title
    main = (
        heading("h1", "共享内存缓冲区", "shm")
        + f"<p>{PARAGRAPH}</p>"
        + heading("h2", "绑定到 wl_shm", "bind")
        + f"<p>{PARAGRAPH}</p>"
        + heading("h1", "总结", "summary")
        + f"<p>{PARAGRAPH}</p>"
    )
    extracted = parse(mdbook_page(main, "共享内存 buffer - The Wayland Protocol 中文版"))
    assert extracted.title == "共享内存缓冲区"
    assert extracted.text.startswith("共享内存缓冲区\n\n")
    outline = build_outline(extracted.text, headings=extracted.headings, title=extracted.title)
    assert outline.title() == "共享内存缓冲区"
    depths = {outline.label(n): n.depth for n in outline.root.walk() if n.kind == "heading"}
    assert depths == {"绑定到 wl_shm": 1, "总结": 1}  # both under the title


def test_a_question_the_heading_asks_keeps_its_mark():
    main = heading("h2", "什么是所有权？", "what") + f"<p>{PARAGRAPH}</p>" + heading("h3", "要不要 panic!", "panic")
    extracted = parse(mdbook_page(main + f"<p>{PARAGRAPH}</p>"))
    outline = build_outline(extracted.text, headings=extracted.headings, title=extracted.title)
    assert outline.title() == "什么是所有权？"
    assert [outline.label(n) for n in outline.root.walk() if n.kind == "heading"] == ["要不要 panic!"]


@pytest.mark.parametrize("code", ["$ rustc main.rs\n", "fn five() -&gt; i32 {\n5\n}\n"])  # after the last paragraph
def test_a_code_blocks_lines_are_no_headings_where_the_page_marks_its_own(code):
    # the grammar read the marked headings as short standalone lines and, with them, a code
    # block's `$ rustc main.rs` (a line no numbering reads) or `5` (a number alone): where it
    # nested them as the page does, its outline was taken; the page's own marks are kept instead
    def page(code: str) -> str:
        main = (
            heading("h1", "Hello World", "hello")
            + f"<p>{PARAGRAPH}</p>"
            + heading("h3", "创建项目目录", "dir")
            + f"<p>{PARAGRAPH}</p><pre><code>$ mkdir hello_world\n</code></pre><p>{PARAGRAPH}</p>"
            + heading("h3", "编写并运行 Rust 程序", "run")
            + f"<p>{PARAGRAPH}</p>"
            + heading("h3", "编译与运行", "compile")
            + f"<p>{PARAGRAPH}</p><pre><code>{code}</code></pre>"
        )
        return mdbook_page(main, "Hello World - Rust 程序设计语言 简体中文版")

    extracted = parse(page(code))
    outline = build_outline(extracted.text, headings=extracted.headings, title=extracted.title)
    found = [outline.label(n) for n in outline.root.walk() if n.kind in ("heading", "article")]
    assert found == ["创建项目目录", "编写并运行 Rust 程序", "编译与运行"]
    assert outline.title() == "Hello World"


def test_first_rule_is_an_ordinal_not_an_article():
    # 条 counting the noun after it: the first rule, the second rule, no law's articles
    rules = "".join(
        f"<p>第{n}条规则是编译器为每一个引用参数都分配一个生命周期参数，依此类推。</p>" for n in ("一", "二", "三")
    )
    main = (
        heading("h2", "生命周期省略", "elision")
        + f"<p>{PARAGRAPH}</p>"
        + heading("h3", "省略规则", "rules")
        + rules
        + heading("h3", "静态生命周期", "static")
        + f"<p>{PARAGRAPH}</p>"
    )
    extracted = parse(mdbook_page(main, "生命周期 - Rust 程序设计语言 简体中文版"))
    outline = build_outline(extracted.text, headings=extracted.headings, title=extracted.title)
    assert not [n for n in outline.root.walk() if n.kind == "article"]
    plain = build_outline(
        "省略规则\n\n" + "\n\n".join(f"第{n}条规则是每一个引用参数都有一个生命周期参数。" for n in "一二三")
    )
    assert not [n for n in plain.root.walk() if n.kind == "article"]
    law = build_outline(
        "第一条 为了规范管理，制定本法。\n\n第二条规则的制定，应当遵循公开原则。"
    )  # an article's text may start 规则
    assert [n.kind for n in law.root.walk() if n.kind == "article"] == ["article"]


def sphinx_page() -> str:
    """A Sphinx page of an API (the Python documentation in Traditional Chinese, c-api/
    bytearray): the page in <div class="body" role="main">, each section in a <section> of its
    own, the API in short definitions, a ¶ link after each heading and API name, the sidebar's
    h3/h4 outside the body, the site's footer in sentences."""

    def link(anchor: str) -> str:
        return f'<a class="headerlink" href="#{anchor}" title="Link to this heading">¶</a>'

    def entry(name: str, words: str) -> str:
        return f'<dl class="c function"><dt id="c.{name}">int {name}(PyObject *o){link(name)}</dt><dd><p>{words}</p></dd></dl>'

    def section(anchor: str, words: str, body: str, tag: str = "h2") -> str:
        return f'<section id="{anchor}"><{tag}>{words}{link(anchor)}</{tag}>{body}</section>'

    checks = entry("PyByteArray_Check", "如果物件 o 是一個位元組陣列物件，則回傳真值。") + entry(
        "PyByteArray_CheckExact", "如果物件 o 是一個位元組陣列物件，但不是子型別的實例，則回傳真值。"
    )
    functions = entry("PyByteArray_Size", "回傳位元組陣列物件的大小。") + entry(
        "PyByteArray_Resize", "將內部緩衝區的大小調整為 len。"
    )
    body = section(
        "byte-array-objects",
        "位元組陣列物件 (Byte Array Objects)",
        entry("PyByteArray_Type", "這個型別的實例代表了 Python 的位元組陣列型別。")
        + section("type-check-macros", "型別檢查巨集", checks)
        + section("direct-api-functions", "直接 API 函式", functions),
        "h1",
    )
    footer = (
        '&copy; <a href="copyright.html">版權</a> 2001-2024, Python Software Foundation.<br/>'
        "This page is licensed under the Python Software Foundation License Version 2.<br/>"
        "Examples, recipes, and other code in the documentation are additionally licensed under the"
        ' Zero Clause BSD License.<br/>See <a href="license.html">History and License</a> for more information.'
        "<br/><br/>The Python Software Foundation is a non-profit corporation. Please donate.<br/><br/>"
        "最後更新於 Jan 03, 2024 (04:57 UTC)。Found a bug?<br/>使用 Sphinx 7.2.6 建立。"
    )
    return f"""<!DOCTYPE html><html lang="zh-TW"><head><meta charset="utf-8">
    <title>位元組陣列物件 (Byte Array Objects) &#8212; Python 3.12.1 說明文件</title></head><body>
    <div class="related" role="navigation"><h3>瀏覽</h3><ul><li><a href="index.html">索引</a></li></ul></div>
    <div class="document"><div class="documentwrapper"><div class="bodywrapper">
    <div class="body" role="main">{body}</div></div></div>
    <div class="sphinxsidebar" role="navigation"><h3><a href="contents.html">目錄</a></h3><h4>上個主題</h4>
    <p><a href="bytes.html">位元組物件 (Bytes Objects)</a></p><h3>此頁面</h3></div></div>
    <div class="footer">{footer}</div></body></html>"""


def test_the_part_a_page_marks_as_main_is_the_article_whole():
    # readability scores blocks by their sentences and commas: a chapter of short definitions
    # lost to the longer prose of what the page sets beside it (on a Sphinx page of the C API,
    # the footer); what the page marks as its main content is the article
    entries = "".join(
        f"<dl><dt>int PyByteArray_{name}(PyObject *o)</dt><dd><p>{words}</p></dd></dl>"
        for name, words in (("Check", "檢查物件的型別"), ("Size", "回傳物件的大小"), ("Resize", "調整緩衝區的大小"))
    )
    beside = "，".join(["本站的內容由志工翻譯並維護，歡迎加入翻譯的行列，也歡迎回報錯誤"] * 6) + "。"
    page = f"""<html><head><meta charset="utf-8"><title>位元組陣列物件 — Python 說明文件</title></head><body>
    <div class="document"><div class="body" role="main"><h1>位元組陣列物件</h1>{entries}
    <h2>型別檢查巨集</h2>{entries}<h2>直接 API 函式</h2>{entries}</div></div>
    <div class="content-note"><p>{beside}</p><p>{beside}</p><p>{beside}</p></div></body></html>"""
    extracted = parse(page)
    assert headings_of(extracted) == [("位元組陣列物件", 1), ("型別檢查巨集", 2), ("直接 API 函式", 2)]
    assert "PyByteArray_Resize" in extracted.text and "志工翻譯" not in extracted.text


def test_a_permalinks_pilcrow_is_not_text():
    extracted = parse(sphinx_page())
    assert [extracted.text[h.start : h.end] for h in extracted.headings][1:] == ["型別檢查巨集", "直接 API 函式"]
    assert "¶" not in extracted.text and extracted.title == "位元組陣列物件 (Byte Array Objects)"
    assert "int PyByteArray_Check(PyObject *o)\n" in extracted.text


def test_a_short_line_the_page_does_not_mark_is_no_heading():
    # the grammar finds the marked 一、 二、 三、 by their numbers and would add a short
    # unnumbered line of its own (a download link's words) as a heading: a page that marks its
    # headings marks every unnumbered one, so its marks are kept
    words = "坚持以人民为中心的发展思想，坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，加快构建新发展格局。"
    page = f"""<html><head><title>关于推进工作的意见</title></head><body><article>
    <h1>关于推进工作的意见</h1><p>{words}</p><h2>一、总体要求</h2><p>{words}</p><p>附表下载</p><p>{words}</p>
    <h2>二、重点任务</h2><p>{words}</p><h2>三、保障措施</h2><p>{words}</p></article></body></html>"""
    extracted = parse(page)
    outline = build_outline(extracted.text, headings=extracted.headings, title=extracted.title)
    found = [outline.label(n) for n in outline.root.walk() if n.kind == "heading"]
    assert found == ["一、总体要求", "二、重点任务", "三、保障措施"]
