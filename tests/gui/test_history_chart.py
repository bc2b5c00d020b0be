"""The term's history chart: one bar per year, its height and its figure the occurrences per
10,000 characters of that year's documents, as its title says."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from reader.core.library.catalogue import Entry
from reader.core.library.concordance import Point
from reader.gui.history_chart import HistoryChart


def _point(name: str, date: str, chars: int, count: int) -> Point:
    entry = Entry(name, f"/docs/{name}", name, "md", date, date, chars, chars * 3, 0.0, "", "", (), "", "")
    return Point(entry, count)


@pytest.fixture
def chart(qtbot):
    chart = HistoryChart()
    qtbot.addWidget(chart)
    chart.resize(600, 200)
    # 2020: a long report and a short notice; 2021: one report. Per document the notice's
    # rate is the highest; per year 2021's is.
    chart.set_points(
        "发展",
        [
            _point("report-2020", "2020-03-01", 40000, 40),
            _point("notice-2020", "2020-09-01", 1000, 5),
            _point("report-2021", "2021-03-01", 20000, 30),
        ],
    )
    chart.show()
    qtbot.waitExposed(chart)
    return chart


def test_a_bar_per_year_its_height_and_figure_per_10000_characters_of_the_year(chart):
    bars = chart.bars()
    assert [year.year for _, year in bars] == ["2020", "2021"]
    rates = [45 * 10000 / 41000, 30 * 10000 / 20000]  # 10.98, 15.0
    assert [chart.figure(year) for _, year in bars] == [f"{r:.1f}" for r in rates]
    heights = [rect.height() for rect, _ in bars]
    assert heights[0] / heights[1] == pytest.approx(rates[0] / rates[1])


def test_clicking_a_years_bar_names_its_first_document_using_the_term(chart, qtbot):
    rect, year = chart.bars()[1]
    with qtbot.waitSignal(chart.documentClicked) as clicked:
        QTest.mouseClick(
            chart, Qt.MouseButton.LeftButton, pos=QPoint(round(rect.center().x()), round(rect.center().y()))
        )
    assert clicked.args == ["/docs/report-2021"]
    # a move event sent to the chart itself: QTest.mouseMove moves the cursor, which a window
    # left from another test may be under
    centre = QPointF(rect.center())
    move = QMouseEvent(
        QEvent.Type.MouseMove, centre, chart.mapToGlobal(centre), Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    QApplication.sendEvent(chart, move)
    assert chart.toolTip().startswith("2021: 30 in 1 of 1 document, 15.0")


def test_the_tallest_bars_figure_stands_below_the_title(chart):
    """The figure over the tallest bar is drawn in the line above it: that line is the chart's
    own, not the title's (under Xvfb 111.7 was drawn into 「股东」每万字出现次数)."""
    metrics = chart.fontMetrics()
    title_bottom = 8 + metrics.height()  # MARGIN, then the title's line
    tallest = min(rect.top() for rect, _ in chart.bars())
    assert tallest - metrics.height() >= title_bottom
