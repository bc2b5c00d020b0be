"""Exports of a comparison: JSON (every change with its kind, range and text in each document),
HTML (both texts marked, the changes list linked to them, the terms) and Markdown."""

from __future__ import annotations

import hashlib
import json
from html.parser import HTMLParser

import pytest

from reader.core.compare import FORMATS, compare, render, term_changes
from reader.core.compare.figures import figure_changes


@pytest.fixture(scope="module")
def terms(legislation):
    return term_changes(legislation)


def test_json_lists_every_change_with_its_ranges_and_texts(legislation, terms):
    data = json.loads(render(legislation, "json", terms))
    assert data["format"] == "reader-comparison" and data["schema"] == 1
    text_a, text_b = legislation.a.text, legislation.b.text
    assert data["a"]["sha256"] == hashlib.sha256(text_a.encode("utf-8")).hexdigest()
    assert data["b"]["length"] == len(text_b)
    changes = legislation.changes()
    assert len(data["changes"]) == len(changes) and len(data["sections"]) == len(legislation.pairs)
    for item, change in zip(data["changes"], changes):
        assert item["kind"] == change.kind.value
        assert text_a[item["a"]["start"] : item["a"]["end"]] == item["a"]["text"] == change.a.text
        assert text_b[item["b"]["start"] : item["b"]["end"]] == item["b"]["text"] == change.b.text
        assert item["section_b"] is None or item["section_b"]["label"] == change.section_b.label
    assert sum(data["counts"].values()) == len(changes)
    assert sum(sum(s["counts"].values()) for s in data["sections"]) == len(changes)
    assert data["terms"]["new"][0]["term"] == "宪法和法律委员会"
    renumbered = [s for s in data["sections"] if s["renumbered"]]
    assert renumbered and all(s["a"]["number"] != s["b"]["number"] for s in renumbered)


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.links: list[str] = []
        self.open: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        if tag == "a":
            self.links.append(attrs["href"][1:])
        if tag in ("del", "ins", "mark", "td", "tr", "table", "p"):
            self.open.append(tag)

    def handle_endtag(self, tag):
        if tag in ("del", "ins", "mark", "td", "tr", "table", "p"):
            assert self.open.pop() == tag


def test_html_marks_both_texts_and_links_every_change(legislation, terms):
    page = render(legislation, "html", terms)
    parser = _Links()
    parser.feed(page)
    assert parser.open == []  # every mark closed where it was opened
    figures = figure_changes(legislation.changes(), legislation.b.text)
    assert figures  # the figures table links each figure to its change in both texts
    assert len(parser.links) == 2 * len(legislation.changes()) + 2 * len(figures)
    missing = [link for link in parser.links if link not in parser.ids]
    assert missing == []
    assert "<ins" in page and ">根据宪法规定</ins>" in page
    assert '<del id="c3a" style="background: #ffc9c9;' in page
    assert '<mark class="renumbered" id="c228b" style="background: #e5dbff;' in page
    assert 'title="renumbered">第一百二十条</mark>' in page
    assert "<td>宪法和法律委员会</td>" in page


def test_document_text_is_escaped_in_every_format():
    a = "一、总则\n本办法中 <b>加粗</b> 与 *星号* 照录。\n"
    b = "一、总则\n本办法中 <b>加粗</b> 与 *星号* 照录，另加<script>alert(1)</script>。\n"
    comparison = compare(a, b)
    page = render(comparison, "html")
    assert "<script>" not in page and "&lt;script&gt;" in page and "&lt;b&gt;加粗" in page
    markdown = render(comparison, "md")
    assert "\\<b\\>加粗" in markdown and "\\*星号\\*" in markdown and "<script>" not in markdown
    data = json.loads(render(comparison, "json"))
    assert any("<script>" in c["b"]["text"] for c in data["changes"])


def test_markdown_has_the_summary_the_changes_the_terms_and_both_texts(legislation, terms):
    markdown = render(legislation, "md", terms, titles=("立法法 2015", "立法法 2023"))
    assert markdown.startswith("# 立法法 2015 → 立法法 2023\n")
    changes = legislation.changes()
    rows = [line for line in markdown.splitlines() if line.startswith("| ") and line.split(" | ")[0][2:].isdigit()]
    assert len(rows) == len(changes)
    assert "## A: 立法法 2015" in markdown and "## B: 立法法 2023" in markdown
    assert ">根据宪法规定</ins>" in markdown and ">中央军事委员会各总部</del>" in markdown
    assert "| 宪法和法律委员会 | 3 | 0 | 18 |" in markdown  # 宪法|和|法律委员会


def test_identical_texts_export_no_changes():
    text = "一、总则\n本法自公布之日起施行。\n"
    assert "No changes." in render(compare(text, text), "md")
    assert json.loads(render(compare(text, text), "json"))["changes"] == []


def test_an_unknown_format_is_refused(legislation):
    assert FORMATS == ("md", "html", "json", "docx")
    with pytest.raises(ValueError):
        render(legislation, "csv")


def test_html_and_markdown_mark_each_change_in_the_windows_colours(legislation, terms):
    # they coloured changes their own way (<del> #fbd8d8 with dark red text, <ins> #d4f2d4,
    # moved #dde6fb; Markdown not at all), not as the screen does
    import re

    from reader.core.compare.colours import CHANGE_COLOURS, CHANGE_INK, change_css
    from reader.core.compare.model import ChangeKind

    kinds = {c.kind for c in legislation.changes()}
    assert {ChangeKind.ADDED, ChangeKind.REMOVED, ChangeKind.REWORDED, ChangeKind.RENUMBERED} <= kinds
    page = render(legislation, "html", terms)
    marks = re.findall(r'<(del|ins|mark)\b[^>]*? style="([^"]*)" title="([a-z]+)">', page)
    assert {kind for _tag, _style, kind in marks} == {k.value for k in kinds}
    for _tag, style, kind in marks:
        assert style == change_css(ChangeKind(kind))
        if kind != "punctuation":
            assert f"background: {CHANGE_COLOURS[ChangeKind(kind)]}; color: {CHANGE_INK}" in style
    assert ("line-through" in change_css(ChangeKind.REMOVED)) and "line-through" not in change_css(ChangeKind.REWORDED)
    assert "#fbd8d8" not in page and "#d4f2d4" not in page  # no colours of its own
    markdown = render(legislation, "md", terms)
    styles = set(re.findall(r'<(?:del|ins|u) style="([^"]*)">', markdown))
    assert styles == {change_css(k) for k in kinds}


def test_the_window_paints_changes_in_the_same_colours():
    from PySide6.QtGui import QColor

    from reader.core.compare.colours import CHANGE_COLOURS, CHANGE_INK, PUNCTUATION_LINE, STRUCK
    from reader.core.compare.model import ChangeKind
    from reader.gui.comparing import change_format

    for kind, colour in CHANGE_COLOURS.items():
        fmt = change_format(kind)
        assert fmt.background().color() == QColor(colour) and fmt.foreground().color() == QColor(CHANGE_INK)
        assert fmt.fontStrikeOut() == (kind in STRUCK)
    assert change_format(ChangeKind.PUNCTUATION).underlineColor() == QColor(PUNCTUATION_LINE)
