"""Centred datelines and breadcrumbs on narrow pages read as a person sets them: ragged lines,
each ending between runs (a date, a time, a label), never a character spaced apart from the
next to end a line early (第　九　届全国 in a 134 px compare pane: up to 20 px between 16 px
characters), never a date broken where a line holds it (2000年3月 / 15日), never a line ending
in a < nor starting with a >. The page shows joiners inside the runs (line_units.PAGE_ONLY);
the reader's text is read here without them."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from reader.core.balance import line_breaks
from reader.core.line_units import JOINER, PAGE_ONLY, soft_cuts, starts_line, whole_runs, without_page_chars
from reader.core.resources import notice_path
from reader.core.scripts import Script
from reader.gui.positions import GLUED_KINDS
from reader.gui.title_balance import _advances, _block_font
from tests.gui.conftest import WORKER_WAIT_MS, wide_with_words
from tests.gui.screen_truth import overwide_lines

ROOT = Path(__file__).parents[2]

LAWS = ROOT / "tests" / "corpus" / "compare"
DOCUMENTS = [notice_path(), LAWS / "law-legislation-2015.md", LAWS / "law-legislation-2023.md"]
WIDTHS = range(130, 601, 10)


def _centred_blocks(window):
    view = window.view
    for start, end, kind in window.current.blocks:
        if kind in GLUED_KINDS:
            yield view.document().findBlock(view.positions.range_to_qt(start, end)[0])


def _laid_out_at(view, block, width: float) -> bool:
    """Whether the block's lines are laid out for the page's width and its margins now (not
    the last width's, which Qt's lazy layout may still hold)."""
    view.document().documentLayout().blockBoundingRect(block)  # laid out up to it
    layout, fmt = block.layout(), block.blockFormat()
    room = width - fmt.leftMargin() - fmt.rightMargin() - fmt.textIndent()
    return layout.lineCount() > 0 and abs(layout.lineAt(0).width() - room) < 0.05


def faults(block, width: float) -> list[str]:
    """What a reader would see wrong in a centred block's lines on a page `width` wide."""
    text, layout = block.text(), block.layout()
    font = _block_font(block)
    advances = _advances(text, font)  # each character as the page's font sets it, in one line
    lines = [(layout.lineAt(i).textStart(), layout.lineAt(i).textLength()) for i in range(layout.lineCount())]
    shown = "|".join(without_page_chars(text[a : a + n]) for a, n in lines)
    out = []
    for i, (a, n) in enumerate(lines):
        line = layout.lineAt(i)
        visible = [k for k in range(a, a + n) if text[k] not in PAGE_ONLY and not text[k].isspace()]
        for k, after in zip(visible, visible[1:]):
            gap = line.cursorToX(after)[0] - line.cursorToX(k)[0] - sum(advances[k:after])
            if gap > 0.5:
                out.append(f"{shown}: {gap:.1f} px after {text[k]}")
        line_text = without_page_chars(text[a : a + n]).strip()
        if line_text.endswith(("<", "＜")) or (i and line_text.startswith((">", "＞"))):
            out.append(f"{shown}: a line ends at < or starts at >")
    at = [k for k, ch in enumerate(text) if ch not in PAGE_ONLY] + [len(text)]
    plain = without_page_chars(text)
    starts = [a for a, _ in lines[1:]]
    breakable = line_breaks(text)
    fits = lambda a, b: sum(advances[a:b]) <= width - 2  # noqa: E731
    for run in whole_runs(plain):
        a, b = at[run.start], at[run.end - 1] + 1
        # with what no line may break from it (14:04\xa0\xa0來源：): a line holds that whole, or
        # breaks the run at a soft cut (2022年11月02日 / 14:04), or anywhere if it holds no part
        first, last = a, b
        while first > 0 and not breakable[first]:
            first -= 1
        while last < len(text) and not breakable[last]:
            last += 1
        cuts = {at[c] for c in soft_cuts(plain, run)}
        parts = list(zip((a, *sorted(cuts)), (*sorted(cuts), b)))
        # (a label in a chain wider than a line is broken where Qt's wrap must: 14:04\xa0\xa0來|源：
        # on a 140 px page, its no-break spaces are the source's)
        # (a date after other words on its line, 通过根据2020年9月24日, is joined whole: where no
        # line holds it, Qt's wrap breaks it where the line is full: line_units.glued)
        date = starts_line(plain, run) and (bool(cuts) or any(ch.isdigit() for ch in plain[run.start : run.end]))
        # (a name in title marks may break between its likely words, line_units._name_cuts, even
        # where a line holds it: after a label (來源：《工人 / 日報》, pinyin at 190 px) no width's
        # wrap ends the line before it, as only a space can end a line early (ragged_lines); on
        # the old page the name broke anywhere where no line held it: 《工人日報 / 》 at 150 px)
        name = plain[run.start] == "《"
        for s in starts:
            if name and s in cuts:
                continue
            if a < s < b and (fits(first, last) or (date and s not in cuts and all(fits(*p) for p in parts))):
                out.append(f"{shown}: {plain[run.start : run.end]} broken")
    return out


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.stem)
def test_centred_lines_are_ragged_and_keep_their_runs_at_every_width(make_window, qtbot, path):
    window = wide_with_words(make_window, qtbot, path)
    found, wrapped = _faults_at_widths(window, qtbot, WIDTHS, "")
    assert wrapped, "no centred line wrapped: nothing was tested"
    assert not found, "\n".join(found)


def _faults_at_widths(window, qtbot, widths, label: str) -> tuple[list[str], int]:
    """The faults of the page's centred lines at each width (as `label` width px: fault), and
    how many of them wrapped."""
    view, found, wrapped = window.view, [], 0
    for width in widths:
        view.setFixedWidth(width)
        qtbot.waitUntil(lambda width=width: view.width() == width and not view.titles.pending)
        text_width = view.viewport().width() - 2 * view.document().documentMargin()
        for block in _centred_blocks(window):
            qtbot.waitUntil(lambda block=block, w=text_width: _laid_out_at(view, block, w))
            wrapped += block.layout().lineCount() > 1
            found += [f"{label}{width} px: {fault}" for fault in faults(block, text_width)]
        found += [f"{label}{width} px: overwide {line}" for line in overwide_lines(view)]
    return found, wrapped


NEWS = ROOT / "eval" / "structure" / "docs" / "news_html"
# 2022年11月02日14:04 來源：《工人日報》; three datelines; a date after other words on its line
# (…通过根据2020年9月24日…), <…> in a dateline, names in title marks
MIXED = [
    notice_path(),
    LAWS / "law-legislation-2023.md",
    NEWS / "web016.html",
    NEWS / "web039.html",
    NEWS / "web033.html",
]
MODES = ("script_simplified", "script_traditional", "pinyin")


@pytest.mark.parametrize("path", MIXED, ids=lambda p: p.stem)
def test_centred_lines_are_ragged_in_every_script_and_with_pinyin(make_window, qtbot, path):
    window = wide_with_words(make_window, qtbot, path)
    view, found, wrapped = window.view, [], 0
    for mode in MODES:
        if mode == "pinyin":
            window.actions["script_original"].trigger()
            window.actions["pinyin"].trigger()
            qtbot.waitUntil(lambda: view.pinyin.active, timeout=WORKER_WAIT_MS)  # read in the worker
        else:
            window.actions[mode].trigger()
        qtbot.waitUntil(
            lambda: window.current.pending_script is None and not view.pages.swapping, timeout=WORKER_WAIT_MS
        )
        faults_here, wrapped_here = _faults_at_widths(window, qtbot, range(130, 601, 30), f"{mode} ")
        found += faults_here
        wrapped += wrapped_here
    assert wrapped, "no centred line wrapped: nothing was tested"
    assert not found, "\n".join(found)


def test_the_joiners_are_the_pages_alone(make_window, qtbot):
    """The joiners that keep a dateline's runs whole are in the page's text, not the reader's:
    the caret crosses the notice's dateline a key press a character, its place counted in the
    text's characters; a selection of it copies the text as written."""
    window = wide_with_words(make_window, qtbot, notice_path())
    view = window.view
    start, end = next((s, e) for s, e, kind in window.current.blocks if kind == "dateline")
    assert JOINER in view.document().findBlock(view.positions.to_qt(start)).text()
    view.setFocus()
    view.select_original(start, start)
    for k in range(1, end - start + 1):
        qtbot.keyClick(view, Qt.Key.Key_Right)
        assert view.caret_original() == start + k
    for _ in range(end - start):
        qtbot.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    assert view.selection_original() == (end, start)
    view.copy()
    assert QApplication.clipboard().text() == window.current.session.view(Script.ORIGINAL).text[start:end]
