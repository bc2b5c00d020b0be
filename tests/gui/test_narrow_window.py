"""A small window (640×480) and many tabs: the status bar's parts elide with "…" and keep
apart, the annotation panel's hint can be read whole, and tabs keep a readable title."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea

from reader.gui.language import install
from reader.gui.workspace import SHARED_CHARS, TAB_CHARS
from reader.models.plain_text import escaped

REPORT = Path(__file__).parents[1] / "corpus" / "report-20th-congress-2022-gb18030.txt"  # long section names
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture(params=["en", "zh_CN"])
def language(request):
    install(request.param)
    yield request.param
    install("en")


def small(window, qtbot) -> None:
    window.resize(640, 480)
    qtbot.waitUntil(lambda: window.width() == 640)


def painted(label) -> str:
    """What a status bar label paints (an eliding label's own elided text)."""
    return label.shown_text() if hasattr(label, "shown_text") else label.text()


def test_the_status_bar_parts_elide_within_a_small_window_and_keep_apart(make_window, qtbot, language):
    window = make_window(REPORT)
    small(window, qtbot)
    qtbot.keyClick(window.view, Qt.Key.Key_End, CTRL)  # the last section: a long name
    line = window.status_line
    qtbot.waitUntil(lambda: line.section.text() and line.position.text().endswith("100%"))
    bar = window.statusBar()
    parts = sorted(
        (label for label in (line.section, window.progress.label, line.script, line.position) if label.isVisible()),
        key=lambda label: label.x(),
    )
    assert len(parts) == 4
    assert parts[-1].geometry().right() <= bar.width()  # nothing runs past the window
    shown = painted(line.section)
    assert shown.endswith("…") and line.section.text().startswith(shown[:-1]), shown
    for left, right in zip(parts, parts[1:]):
        metrics = left.fontMetrics()
        text_end = left.x() + left.contentsRect().left() + metrics.horizontalAdvance(painted(left))
        assert text_end <= left.x() + left.contentsRect().right() + 1, painted(left)  # fits its width
        assert right.x() - text_end >= metrics.averageCharWidth(), (painted(left), painted(right))  # a gap
    assert line.section.toolTip() == escaped(line.section.text())  # the whole name, once cut


def test_the_empty_annotation_panel_hint_wraps_and_is_not_cut_off(make_window, qtbot, language):
    window = make_window()
    small(window, qtbot)
    dock = window.annotation_dock
    hint = dock.hint
    qtbot.waitUntil(lambda: hint.isVisible() and hint.width() > 0)
    assert hint.wordWrap()
    assert hint.width() <= dock.widget().width()  # wrapped to the panel, not wider
    whole = hint.heightForWidth(hint.width())
    shown = hint.visibleRegion().boundingRect().height()
    area = dock.findChild(QScrollArea)
    reachable = shown + (area.verticalScrollBar().maximum() if area is not None else 0)
    assert reachable >= whole, (shown, whole)


def seven_tabs(make_window, tmp_path, titles=None):
    titles = titles or [f"中华人民共和国第{n}号关于加强某项工作的决定" for n in range(7)]
    paths = []
    for n, title in enumerate(titles):
        path = tmp_path / f"doc{n}.txt"
        path.write_text(f"{title}\n\n第一条 为了规范该项工作，制定本决定。\n", encoding="utf-8")
        paths.append(path)
    window = make_window(paths[0])
    for path in paths[1:]:
        assert window.open_path(path)
    return window, paths


def test_many_tabs_keep_a_readable_title_and_scroll(make_window, qtbot, tmp_path):
    window, paths = seven_tabs(make_window, tmp_path)
    small(window, qtbot)
    tabs = window.workspace.widget(0)
    bar = tabs.tabBar()
    assert bar.count() == 7
    assert tabs.usesScrollButtons()
    metrics = bar.fontMetrics()
    for i in range(bar.count()):
        title = bar.tabText(i)
        assert title == window.workspace.readings(0)[i].tab_title()
        assert bar.tabRect(i).width() >= metrics.horizontalAdvance(title[:TAB_CHARS]), (i, bar.tabRect(i))
        assert title in bar.tabToolTip(i) and bar.tabToolTip(i) == escaped(f"{title}\n{paths[i]}")
    assert sum(bar.tabRect(i).width() for i in range(bar.count())) > bar.width()  # they scroll


@pytest.mark.parametrize("titles", ["alike", "long and short"])
def test_tabs_share_a_wide_window_and_elide_before_they_scroll(make_window, qtbot, tmp_path, titles):
    """Seven tabs of TAB_CHARS each scrolled in the ~1,000 px bar of a 1,700 px window; and
    sharing it, Qt took the same pixels from each, leaving short titles shorter tabs."""
    names = None
    if titles != "alike":
        names = [
            f"中华人民共和国第{n}号关于加强某项工作的决定" if n % 2 else f"第{n}号工作决定之说明" for n in range(7)
        ]
    window, _paths = seven_tabs(make_window, tmp_path, names)
    window.resize(1700, 1100)
    qtbot.waitUntil(lambda: window.width() == 1700)
    bar = window.workspace.widget(0).tabBar()
    qtbot.waitUntil(lambda: bar.width() > 900)
    metrics = bar.fontMetrics()
    widths = [bar.tabRect(i).width() for i in range(bar.count())]
    assert sum(widths) <= bar.width(), (widths, bar.width())  # all shown: no scrolling
    assert bar.tabRect(0).left() >= 0 and bar.tabRect(6).right() < bar.width()
    for i, width in enumerate(widths):
        assert width >= metrics.horizontalAdvance(bar.tabText(i)[:SHARED_CHARS] + "…"), (i, width)
    assert max(widths) - min(widths) <= metrics.horizontalAdvance("中"), widths  # shared alike


def test_the_conversion_under_way_elides_with_the_other_parts(make_window, qtbot):
    """It took its whole width ("Converting the document…") while the place beside it was cut."""
    import time

    from reader.gui.background import WORKER
    from tests.core.test_worker_process import _started
    from tests.gui.test_status_line import MENGZI

    window = make_window(MENGZI)
    small(window, qtbot)
    running = WORKER.submit(time.sleep, 2.0)  # the worker busy: the conversion stays under way
    try:
        assert _started(running)
        qtbot.keyClick(window.view, Qt.Key.Key_2, CTRL)  # View ▸ Simplified (简体)
        line = window.status_line
        qtbot.waitUntil(lambda: line.converting.isVisible() and line.converting.findChild(QLabel).width() > 0)
        label = line.converting.findChild(QLabel)
        shown = painted(label)
        if shown == label.text():  # whole: then so are the parts beside it
            assert all(painted(part) == part.text() for part in (line.script, line.position)), painted(line.position)
        else:
            assert shown.endswith("…") and label.text().startswith(shown[:-1]), shown
            assert label.toolTip() == escaped(label.text())  # the whole text, once cut
        metrics = label.fontMetrics()
        assert label.contentsRect().left() + metrics.horizontalAdvance(shown) <= label.contentsRect().right() + 1
        assert line.position.x() + line.position.width() <= window.statusBar().width()
    finally:
        running.result()
        WORKER.reopen()


def test_laws_open_side_by_side_have_tabs_that_tell_them_apart(make_window, qtbot, tmp_path):
    """Three laws open at 1,000 px: their tabs read 中华人民共和… alike (elided at the end), where
    a Chinese title says what it is last. Each tab keeps its title's start and its end."""
    from PySide6.QtWidgets import QStyleOptionTab

    names = ["中华人民共和国公证法", "中华人民共和国刑事诉讼法", "中华人民共和国治安管理处罚法"]
    window, _paths = seven_tabs(make_window, tmp_path, names)
    window.resize(1000, 700)
    qtbot.waitUntil(lambda: window.width() == 1000)
    bar = window.workspace.widget(0).tabBar()

    def shown(i: int) -> str:
        option = QStyleOptionTab()
        bar.initStyleOption(option, i)  # the text as the tab paints it, elided
        return option.text

    qtbot.waitUntil(lambda: "…" in shown(0))  # cut: the bar has less room than the titles
    texts = [shown(i) for i in range(bar.count())]
    assert len(set(texts)) == 3, texts
    for text, name in zip(texts, names):
        assert text.startswith("中华") and name.endswith(text.split("…")[-1]) and text.endswith("法"), texts
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())  # and it opens that law
    assert window.current.tab_title() == names[1]
