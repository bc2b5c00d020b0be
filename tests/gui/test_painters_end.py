"""A paint handler ends its painter before it returns, not when its frame is freed.

A painter left to the frame's end stays active for as long as anything holds the frame: a
profiler, a debugger, a Python stack sampler (benchmarks/gil_holds.py and longest_turns.py read
the window thread's frames from another thread), an exception's traceback. Qt then said
"QBackingStore::endPaint() called with active painter" and the window crashed: a segmentation
fault in the window's thread in two of two runs of gil_holds.py on 红楼梦 (issue 32), none
once the status bar's labels ended their painters."""

from __future__ import annotations

import sys

from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QWidget

from reader.gui.history_chart import HistoryChart
from reader.gui.status_line import ElidedLabel
from reader.gui.workspace import TitleTabs
from tests.gui.test_history_chart import _point


def _painters_at_return(widget: QWidget) -> list[bool]:
    """Whether each painter of the widget's paintEvent was still active as the handler
    returned (the frame held meanwhile, as a profiler holds it)."""
    seen: list[bool] = []

    def profile(frame, event, _arg) -> None:
        if event == "return" and frame.f_code.co_name == "paintEvent" and frame.f_locals.get("self") is widget:
            seen.extend(value.isActive() for value in frame.f_locals.values() if isinstance(value, QPainter))

    sys.setprofile(profile)
    try:
        widget.grab()  # painted now, in this thread
    finally:
        sys.setprofile(None)
    return seen


def _shown(qtbot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.resize(300, 120)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_the_status_bars_label_ends_its_painter(qtbot):
    parent = _shown(qtbot, QWidget())
    label = ElidedLabel(parent, text="第一回 甄士隐梦幻识通灵")
    label.resize(200, 30)
    label.show()
    assert _painters_at_return(label) == [False]


def test_the_history_chart_ends_its_painter(qtbot):
    chart = HistoryChart()
    chart.set_points("发展", [_point("report-2020", "2020-03-01", 40000, 40)])
    assert _painters_at_return(_shown(qtbot, chart)) == [False]


def test_a_tab_bar_blanking_a_scrolled_tabs_sliver_ends_its_painter(qtbot):
    bar = TitleTabs()
    bar.setUsesScrollButtons(True)
    for i in range(7):
        bar.addTab(f"中华人民共和国第{i}号法律文件的标题")
    qtbot.addWidget(bar)
    bar.resize(320, 30)
    bar.show()
    bar.setCurrentIndex(6)
    qtbot.waitExposed(bar)
    assert bar._slivers()  # the tab before the current one shows a sliver, blanked by the painter
    assert _painters_at_return(bar) == [False]
