import csv
import html
import io
import json
import os
from pathlib import Path

import pytest
from docx import Document

from reader.core.export import FORMATS, gather, render, render_bytes
from reader.core.export.importing import ForeignSourceError, plan_import
from reader.core.export.webanno import AnnotationImportError, parse
from reader.core.scripts import Script
from reader.core.session import Session
from tests.conftest import GOLDEN


@pytest.mark.parametrize("script", list(Script), ids=lambda s: s.value)
@pytest.mark.parametrize("fmt", FORMATS)
def test_golden(session, fmt, script):
    out = render(gather(session, script), fmt)
    golden = GOLDEN / f"notice-{script.value}.{fmt}"
    if os.environ.get("UPDATE_GOLDEN"):
        golden.write_text(out, encoding="utf-8", newline="")
    with open(golden, encoding="utf-8", newline="") as handle:
        assert out == handle.read()


def test_simplified_export_converts_quotes_not_notes(session):
    out = render(gather(session, Script.SIMPLIFIED), "md")
    assert "> 习近平同志为核心" in out
    assert "核心：要點" in out  # the note stays as written
    assert "## 《通知》指出,学习宣传贯彻党的二十大精神" in out


def test_scope_noted_and_section(session):
    assert len(gather(session, scope="noted").items) == 3
    section = session.outline.sections[3]
    items = gather(session, scope="section", section=section).items
    assert [i.quote for i in items] == ["聚焦到中國式現代化在理論和實踐的創新突破上"]


def test_csv_has_a_bom_and_neutralises_formulas(session):
    out = render(gather(session), "csv")
    assert out.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(out[1:])))
    assert rows[0] == ["section", "quote", "note", "colour", "style", "created", "modified", "start", "end"]
    notes = [r[2] for r in rows[1:]]
    assert "'=SUM(A1:A2) 不是公式" in notes
    for dangerous in ("=1+1", "+1", "-1", "@SUM(1)", "\tx"):
        session.apply(None, session.new_annotation(0, 2, note=dangerous))
    rows = list(csv.reader(io.StringIO(render(gather(session), "csv")[1:])))
    assert all(not r[2].startswith(("=", "+", "-", "@", "\t")) for r in rows[1:])


def test_html_escapes_what_the_user_typed(session):
    session.apply(None, session.new_annotation(0, 2, note='<script>alert("x")</script><img src=x onerror=alert(1)>'))
    out = render(gather(session), "html")
    assert "<script>" not in out and "<img" not in out
    assert "&lt;script&gt;" in out and "&lt;b&gt;粗&lt;/b&gt;" in out
    assert "@media print" in out


def test_web_annotation_required_fields(session):
    data = json.loads(render(gather(session, Script.SIMPLIFIED), "json"))
    assert data["@context"] == "http://www.w3.org/ns/anno.jsonld"
    assert data["type"] == "AnnotationCollection" and data["total"] == 5
    items = data["first"]["items"]
    for item in items:
        assert item["@context"] == "http://www.w3.org/ns/anno.jsonld"
        assert item["type"] == "Annotation"
        assert item["id"].startswith("urn:uuid:")
        assert item["motivation"] in ("highlighting", "commenting")
        assert item["created"] and item["modified"]
        target = item["target"]
        assert target["source"].startswith("urn:sha256:")
        types = {s["type"] for s in target["selector"]}
        assert types == {"TextQuoteSelector", "TextPositionSelector"}
        if item["motivation"] == "commenting":
            assert item["body"]["type"] == "TextualBody" and item["body"]["value"]
        else:
            assert "body" not in item
    first = items[0]["target"]["selector"]
    quote = next(s for s in first if s["type"] == "TextQuoteSelector")
    assert quote["exact"] == "全国总工会印发关于认真学习宣传贯彻党的二十大精神的通知"


@pytest.mark.parametrize("script", list(Script), ids=lambda s: s.value)
def test_import_of_an_export_restores_identical_annotations(session, notice_copy, tmp_path, script):
    exported = render(gather(session, script), "json")
    fresh = Session.open(notice_copy, tmp_path / "other")
    changes, report = plan_import(fresh, parse(exported))
    assert (report.added, report.updated, report.orphaned) == (5, 0, 0)
    for before, after in changes:
        fresh.apply(before, after)

    def key(a):
        return (a.id, a.start, a.end, a.exact, a.prefix, a.suffix, a.colour, a.style, a.note, a.created, a.modified)

    assert sorted(map(key, fresh.annotations)) == sorted(map(key, session.annotations))
    # importing again adds nothing
    _, again = plan_import(fresh, parse(exported))
    assert (again.added, again.updated, again.unchanged) == (0, 0, 5)


def test_import_merges_by_id_newer_wins(session, notice_copy, tmp_path):
    exported = json.loads(render(gather(session), "json"))
    exported["first"]["items"][0]["modified"] = "2027-01-01T00:00:00+08:00"
    exported["first"]["items"][0]["reader:colour"] = "pink"
    changes, report = plan_import(session, parse(json.dumps(exported)))
    assert (report.added, report.updated, report.unchanged) == (0, 1, 4)
    assert changes[0][1].colour == "pink"


def test_import_of_a_store_file(session, notice_copy, tmp_path):
    session.save()
    fresh = Session.open(notice_copy, tmp_path / "other")
    _, report = plan_import(fresh, parse(session.store.path.read_text(encoding="utf-8")))
    assert report.added == 5


@pytest.mark.parametrize(
    "raw, message",
    [
        ("{not json", "not JSON"),
        ('{"type": "Something"}', "neither"),
        ('[{"type": "Annotation", "target": {}}]', "no selector"),
        ('[{"type": "Annotation", "target": {"selector": {"type": "TextQuoteSelector"}}}]', "TextQuoteSelector"),
    ],
)
def test_bad_import_files(raw, message):
    with pytest.raises(AnnotationImportError, match=message):
        parse(raw)


def test_import_for_another_document_changes_nothing(session, tmp_path):
    other_doc = tmp_path / "other.txt"
    other_doc.write_text("完全不同的一篇文章。內容毫不相干，沒有任何相同的句子。", encoding="utf-8")
    other = Session.open(other_doc, tmp_path / "other-data")
    exported = parse(render(gather(session), "json"))
    with pytest.raises(ForeignSourceError, match="another document"):
        plan_import(other, exported)
    with pytest.raises(AnnotationImportError, match="matches"):  # even when the reader says go ahead
        plan_import(other, exported, allow_foreign=True)
    assert len(other.annotations) == 0


@pytest.mark.parametrize("script", list(Script), ids=lambda s: s.value)
def test_golden_whole_text_html(session, script):
    out = render(gather(session, script, whole_text=True), "html")
    golden = GOLDEN / f"notice-{script.value}-whole.html"
    if os.environ.get("UPDATE_GOLDEN"):
        golden.write_text(out, encoding="utf-8", newline="")
    with open(golden, encoding="utf-8", newline="") as handle:
        assert out == handle.read()


def test_markdown_renders_as_written_in_a_commonmark_viewer(session):
    """Rendered by a CommonMark parser (markdown-it, as VS Code and many viewers use): one
    blockquote per quote, the colour named under it, a note's line break kept, and nothing the
    reader typed turned into a heading, a list or a rule."""
    from markdown_it import MarkdownIt

    green = session.annotations.get("a0000000-0000-4000-8000-000000000002")
    session.apply(green, green.edited(note="1. 不是列表\n===\n- 也不是\n    不是代碼"))
    data = gather(session, Script.SIMPLIFIED)
    html = MarkdownIt("commonmark").render(render(data, "md"))
    assert html.count("<blockquote>") == len(data.items)
    assert html.count("<h2>") == len(data.groups()) and html.count("<h1>") == 1
    assert "<ol" not in html and "<ul" not in html and "<hr" not in html and "<pre" not in html
    assert "<em>yellow · 2026-11-21 10:00</em>" in html
    assert "<em>blue, underline · 2026-11-21 10:00</em>" in html
    assert "核心：要點<br />\n第二段 &lt;b&gt;粗&lt;/b&gt; &amp; “引號”" in html
    assert "1. 不是列表<br />\n===<br />\n- 也不是<br />\n" in html


@pytest.mark.parametrize("fmt", ["md", "html", "docx"])
def test_a_converted_export_says_which_script_its_quotes_are_in(session, fmt):
    """The notice is 繁體: its 简体 hand-out said nowhere that the quotes are not the original's
    wording; its 繁體 and original hand-outs have nothing to say."""
    said = "quotes converted to 简体 from the original 繁體"

    def text(script):
        out = render_bytes(gather(session, script), fmt)
        if fmt == "docx":
            return "\n".join(p.text for p in Document(io.BytesIO(out)).paragraphs)
        return html.unescape(out.decode("utf-8"))

    assert said in text(Script.SIMPLIFIED)
    assert "converted" not in text(Script.TRADITIONAL) and "converted" not in text(Script.ORIGINAL)


def test_markdown_shows_a_character_reference_typed_in_a_note_as_typed(session):
    """A note saying "&amp;" (a translator quoting HTML) showed "&" in every Markdown viewer:
    the viewer read it as a character reference. A bare & stays as it is."""
    from markdown_it import MarkdownIt

    green = session.annotations.get("a0000000-0000-4000-8000-000000000002")
    session.apply(green, green.edited(note="写作 &amp; 或 &#38; 或 &#x26; 或 &copy; 与 & 号 {{c1::x}}"))
    html = MarkdownIt("commonmark").render(render(gather(session, Script.SIMPLIFIED), "md"))
    shown = (
        "写作 &amp;amp; 或 &amp;#38; 或 &amp;#x26; 或 &amp;copy; 与 &amp; 号 {{c1::x}}"  # the HTML of the text as typed
    )
    assert f"<p>{shown}</p>" in html


@pytest.mark.parametrize("whole_text", [False, True], ids=["quotes", "whole"])
def test_html_prints_with_margins_and_colours_and_is_well_formed(session, whole_text):
    from html.parser import HTMLParser

    out = render(gather(session, Script.SIMPLIFIED, whole_text=whole_text), "html")
    style = out[out.index("<style>") : out.index("</style>")]
    assert "@page { size: A4; margin:" in style
    printing = style[style.index("@media print") :]
    assert "print-color-adjust: exact" in printing and "-webkit-print-color-adjust: exact" in printing
    assert "max-width: none" in printing  # the page, not a screen column, sets the width
    assert "box-decoration-break: clone" in style  # a highlight over a line break keeps its colour on both lines

    class Balance(HTMLParser):
        def __init__(self):
            super().__init__()
            self.open = []

        def handle_starttag(self, tag, attrs):
            if tag not in ("meta",):
                self.open.append(tag)

        def handle_endtag(self, tag):
            assert self.open.pop() == tag

    parser = Balance()
    parser.feed(out)
    assert parser.open == []
    assert '<html lang="zh-Hans">' in out


def test_an_orphaned_quote_is_exported_as_the_page_of_an_old_novel_writes_it(tmp_path, data_dir):
    # a quote no longer in the text is converted by the document's mode: 歎 in an old novel
    novel = (Path(__file__).parents[2] / "corpus" / "hongloumeng.txt").read_text(encoding="utf-8")[:30_000]
    book = tmp_path / "novel.txt"
    book.write_text(novel, encoding="utf-8")
    session = Session.open(book, data_dir)
    at = novel.index("乃叹道")
    session.apply(None, session.new_annotation(at - 12, at + 12, note="叹"))
    session.save()
    book.write_text(novel.replace(novel[at - 200 : at + 300], "", 1), encoding="utf-8")
    moved = Session.open(book, data_dir)
    assert [a.orphaned for a in moved.annotations] == [True]
    (item,) = gather(moved, Script.TRADITIONAL).items
    assert "乃歎道" in item.quote
