"""A dateline on a narrow page: it breaks between its runs (a date, a time, a field's label,
a name in title marks), not inside them, wherever a line holds the run (the notice's broke as
2022年11月02 | 日14:04 來 | 源:《工人日報》 at 170 px); no line is wider than the page. The
datelines are of mainland and Taiwan news and official documents."""

import pytest
from PySide6.QtGui import QFontMetricsF

from reader.core.line_units import without_page_chars
from reader.core.punctuation import clean_punctuation
from reader.core.resources import notice_path
from reader.gui.title_balance import _block_font
from tests.gui.conftest import WORKER_WAIT_MS
from tests.gui.screen_truth import overwide_lines

WIDTHS = (170, 190, 230, 290, 360, 450, 700)
BODY = "根據有關部門的部署要求，各地各部門認真學習宣傳貫徹，切實把思想和行動統一起來。" * 3

# (file name, its header, the runs of its dateline a line should not break inside)
DOCUMENTS = [
    # its no-break spaces (a web page's &nbsp;&nbsp;) are spacing between 14:04 and 來源:
    ("notice", None, ["2022年11月02日", "14:04", "來源:", "《工人日報》"]),
    (
        "xinhua.txt",
        "国务院印发关于开展全国科技活动周的通知\n\n2023年3月5日 10:30 来源：新华社",
        ["2023年3月5日", "10:30", "来源："],
    ),
    (
        "taiwan.txt",
        "行政院會通過國家發展計畫\n\n中華民國112年5月3日 來源:行政院新聞傳播處",
        ["中華民國112年5月3日", "來源:"],
    ),
    (
        "renmin.txt",
        "全国人大常委会举行第二十九次会议\n\n发布时间：2021年06月18日09:00:00 来源：人民网-人民日报",
        ["发布时间：", "2021年06月18日09:00:00", "来源："],
    ),
]


def _dateline(window):
    view = window.view
    (start, end) = next((s, e) for s, e, kind in window.current.blocks if kind == "dateline")
    return view.document().findBlock(view.positions.to_qt(start))


def _lines(block) -> list[str]:
    """The block's lines as the reader reads them: without the page's joiners (line_units)."""
    layout, text = block.layout(), block.text()
    lines = [text[layout.lineAt(i).textStart() :][: layout.lineAt(i).textLength()] for i in range(layout.lineCount())]
    return [without_page_chars(line) for line in lines]


def _split_runs(block, runs: list[str], width: float) -> list[str]:
    """The runs a line starts inside of, of those one line holds."""
    font = _block_font(block)  # the dateline's own size (a step below the body's)
    lines, out = _lines(block), []
    text = "".join(lines)
    starts = [len("".join(lines[:i])) for i in range(1, len(lines))]
    for run in runs:
        at = max(text.find(run), text.find(clean_punctuation(run)))  # 來源: shown as 來源：
        assert at >= 0, (run, text)
        if QFontMetricsF(font).horizontalAdvance(run) <= width - 2 and any(at < s < at + len(run) for s in starts):
            out.append(run)
    return out


@pytest.mark.parametrize("name, header, runs", DOCUMENTS, ids=[d[0] for d in DOCUMENTS])
def test_a_dateline_breaks_between_its_runs_at_every_width(make_window, qtbot, tmp_path, name, header, runs):
    if header is None:
        path = notice_path()
    else:
        path = tmp_path / name
        path.write_text(f"{header}\n\n{BODY}\n\n{BODY}\n", encoding="utf-8")
    window = make_window(path)
    window.current.start_words()
    qtbot.waitUntil(lambda: window.view.words is not None, timeout=WORKER_WAIT_MS)
    window.resize(1900, 800)
    view, wrapped = window.view, 0
    for width in WIDTHS:
        view.setFixedWidth(width)
        qtbot.waitUntil(lambda width=width: view.width() == width and not view.titles.pending)
        block = _dateline(window)
        text_width = view.viewport().width() - 2 * view.document().documentMargin()
        qtbot.waitUntil(lambda block=block: block.layout().lineCount() > 0)
        lines = _lines(block)
        wrapped += len(lines) > 1
        assert not _split_runs(block, runs, text_width), f"{name} at {width} px: {'|'.join(lines)}"
        assert not overwide_lines(view), f"{name} at {width} px: {overwide_lines(view)}"
    assert wrapped, "the dateline never wrapped: nothing was tested"


@pytest.mark.parametrize("script", ["original", "simplified", "traditional"])
def test_the_notices_dateline_on_a_140_to_170_px_pane_breaks_between_its_parts(make_window, qtbot, script):
    """At 140-160 px the notice's dateline read 14:04  來 / 源： / 《工人日 / 報》 and
    14:04  來源 / ： / 《工人日報 / 》: its &nbsp;&nbsp; held 14:04 to 來源 and the name in title
    marks, too wide for a line, broke wherever the line was full. Now 14:04 / 來源： / 《工人 /
    日報》: the spaces end a line, the name breaks between its words."""
    from reader.core.scripts import Script

    window = make_window(notice_path())
    window.current.set_script(Script(script))
    qtbot.waitUntil(lambda: window.script is Script(script), timeout=WORKER_WAIT_MS)
    window.current.start_words()
    qtbot.waitUntil(lambda: window.view.words is not None, timeout=WORKER_WAIT_MS)
    window.resize(1900, 800)
    view = window.view
    for width in (140, 150, 160, 170):
        view.setFixedWidth(width)
        qtbot.waitUntil(lambda width=width: view.width() == width and not view.titles.pending)
        block = _dateline(window)
        qtbot.waitUntil(lambda block=block: block.layout().lineCount() > 0)
        lines = [line.strip() for line in _lines(block)]
        shown = f"{width} px: {'|'.join(lines)}"
        assert not [line for line in lines if line[0] in "：:》」）"], shown
        assert not [line for line in lines if len(line) == 1], shown
        assert any(line.endswith(("來源：", "来源：")) for line in lines), shown
        name = [line for line in lines if "工" in line or line.endswith("》")]
        assert name in (["《工人", "日報》"], ["《工人", "日报》"]) or len(name) == 1, shown
        assert not overwide_lines(view), f"{shown}: {overwide_lines(view)}"
