"""Titles on narrow pages (View ▸ Split, Compare, a small window, zoomed text): a line break
inside a word is worse than one more line, so a title breaks where its words end, and inside
a word only where no line holds that word, and then between the words of two characters it is
most likely made of (中华人民 / 共和国 / 立法法, not 中华人 / 民共和国 / 立法法)."""

from pathlib import Path

import pytest

from reader.core.line_units import without_page_chars
from tests.gui.conftest import CONDITION_WAIT_MS
from tests.gui.test_title_balance import _open, _title_blocks, title_problems

ROOT = Path(__file__).parents[2]
NARROW = range(140, 360, 10)


def _lines(view, block) -> list[str]:
    layout = block.layout()
    text = block.text()
    return [text[layout.lineAt(i).textStart() :][: layout.lineAt(i).textLength()] for i in range(layout.lineCount())]


def test_a_compare_panes_title_breaks_a_word_too_wide_for_it_between_its_own_words(comparing, qtbot):
    """The 2015 and 2023 立法法 compared at 1000×700: each pane's text is 134 px wide, four of
    the title's 28 px characters a line, so 中华人民共和国 cannot stand whole; it read
    中华人 / 民共和国 / 立法法 (人民 broken), as even as 中华人民 / 共和国 / 立法法."""
    window = comparing
    window.resize(1000, 700)
    for reading in window.comparing.readings():
        view = reading.view
        qtbot.waitUntil(lambda: view.words is not None and not view.titles.pending, timeout=CONDITION_WAIT_MS)  # noqa: B023
    for reading in window.comparing.readings():
        view = reading.view
        start, end, kind = reading.blocks[0]
        assert kind == "title"
        block = view.document().findBlock(view.positions.range_to_qt(start, end)[0])
        view.document().documentLayout().blockBoundingRect(block)
        assert _lines(view, block) == ["中华人民", "共和国", "立法法"], view.viewport().width()


@pytest.mark.parametrize(
    "path",
    [
        ROOT / "resources" / "notice.txt",
        ROOT / "eval" / "structure" / "docs" / "news_html" / "web024.html",
        ROOT / "eval" / "structure" / "docs" / "docx" / "doc000.docx",
    ],
    ids=lambda p: p.stem,
)
def test_titles_on_narrow_pages_break_only_words_no_line_holds(make_window, qtbot, path):
    """At 140 to 350 px a page the notice's title was left to Qt's own wrap where no balanced
    lines kept a lone character within a pixel of the centre (全國|總工|會印|發關|…, every word
    after 全國總工會 broken); now a lone character a few pixels off centre is taken first."""
    window = _open(make_window, qtbot, path)
    window.resize(1900, 800)
    seen = []
    for width in NARROW:
        window.view.setFixedWidth(width)
        qtbot.waitUntil(lambda: window.view.width() == width and not window.view.titles.pending)  # noqa: B023
        for block in _title_blocks(window):
            window.view.document().documentLayout().blockBoundingRect(block)
        seen += [f"{p} ({width})" for p in title_problems(window) if "inside a word" in p]
    assert not seen


def test_a_datelines_lines_end_where_words_end_when_one_more_line_does_it(make_window, qtbot, tmp_path):
    """A law's dateline (监察法, 2018) on a page holding about fifteen of its characters:
    Qt's wrap at one width broke 全国人民代表大会 (a broken word was counted half a line);
    the space after the date ends its line early, and the lines end where words end."""
    path = tmp_path / "supervision.md"
    path.write_text(
        "# 中华人民共和国监察法\n\n2018年3月20日 第十三届全国人民代表大会第一次会议通过\n\n"
        "<!-- INFO END -->\n\n## 第一章 总则\n\n第一条 为了深化国家监察体制改革，制定本法。\n",
        encoding="utf-8",
    )
    window = _open(make_window, qtbot, path)
    window.resize(1900, 800)
    view = window.view
    broken, wrapped = [], 0
    for width in range(260, 360, 10):
        view.setFixedWidth(width)
        qtbot.waitUntil(lambda: view.width() == width and not view.titles.pending)  # noqa: B023
        for start, end, kind in window.current.blocks:
            if kind != "dateline":
                continue
            block = view.document().findBlock(view.positions.range_to_qt(start, end)[0])
            view.document().documentLayout().blockBoundingRect(block)
            lines = _lines(view, block)
            wrapped += len(lines) > 1
            starts = [
                view.positions.to_original(block.position() + len("".join(lines[:i]))) for i in range(1, len(lines))
            ]
            if any(view.words.word_at(s)[0] != s for s in starts):
                broken.append(f"{'|'.join(without_page_chars(line) for line in lines)} ({width})")
    assert wrapped, "the dateline never wrapped: nothing was tested"
    assert not broken
