"""The Changes panel: a report's hundreds of changes listed without the view measuring each
row (rows of one height, the quote elided where the panel is narrow, whole in its tip)."""

from PySide6.QtCore import Qt

from reader.core.compare.model import Change, ChangeKind, Span
from reader.gui.compare_dock import CompareDock
from reader.models.change_model import ChangeModel

ROWS = 2000


def _changes(count: int) -> list[Change]:
    kinds = [ChangeKind.ADDED, ChangeKind.REMOVED, ChangeKind.REWORDED]
    return [
        Change(
            kinds[i % 3],
            Span(10 * i, 10 * i + 4, f"赤字率拟按{i}%安排" * (1 + i % 4)),
            Span(10 * i, 10 * i + 6, f"赤字率拟按{i + 1}%左右安排" * (1 + i % 5)),
            None,
            None,
            i,
        )
        for i in range(count)
    ]


def test_a_long_list_of_changes_is_shown_without_measuring_every_row(qtbot, monkeypatch):
    rows_asked: set[int] = set()
    data = ChangeModel.data

    def counting(self, index, role=Qt.ItemDataRole.DisplayRole):
        rows_asked.add(index.row())
        return data(self, index, role)

    monkeypatch.setattr(ChangeModel, "data", counting)
    dock = CompareDock()
    qtbot.addWidget(dock)
    dock.resize(320, 600)
    dock.show()
    qtbot.waitExposed(dock)
    dock.model.set_changes(_changes(ROWS))
    dock.list.setFocus()  # as when a comparison comes in: the list takes the keyboard
    qtbot.wait(300)  # the view's layout, in as many turns as it takes
    # a page of rows (and the one row measured for all), not two thousand laid out in turns
    assert 0 < len(rows_asked) < 100
    # every row all the same: reachable and showing its change
    dock.list.scrollToBottom()
    last = dock.model.index(ROWS - 1, 0)
    assert dock.list.viewport().rect().intersects(dock.list.visualRect(last))
    assert "赤字率" in last.data()
    assert dock.list.visualRect(last).height() == dock.list.visualRect(dock.model.index(0, 0)).height()


def test_rows_end_at_the_panel_and_are_elided_there_whatever_the_first_row(qtbot):
    long = "有限责任公司的股东以其认缴的出资额为限对公司承担责任<img src=/dev/zero>" * 3
    moved = [Change(ChangeKind.MOVED, Span(0, len(long), long), Span(0, len(long), long), None, None, 50)] * 10
    dock = CompareDock()
    qtbot.addWidget(dock)
    dock.resize(320, 600)
    dock.show()
    qtbot.waitExposed(dock)
    dock.model.set_changes([*_changes(50), *moved])
    qtbot.wait(100)
    # moved sections only: the first row a moved section's, far wider than the panel (rows of
    # one size took its width)
    dock.filter.setCurrentIndex(dock.filter.findData(ChangeKind.MOVED))
    qtbot.wait(100)
    assert dock.model.rowCount() == 10
    view = dock.list
    bar = view.horizontalScrollBar()
    assert not bar.isVisible() and bar.maximum() == 0
    assert view.textElideMode() == Qt.TextElideMode.ElideRight

    def rows_within_the_panel() -> bool:
        width = view.viewport().width()
        return all(
            0 < view.visualRect(dock.model.index(row, 0)).right() < width
            and view.visualRect(dock.model.index(row, 0)).width() > width - 20
            for row in range(10)
        )

    assert rows_within_the_panel()
    dock.resize(520, 600)  # a wider panel: the rows follow it
    qtbot.waitUntil(lambda: view.viewport().width() > 450)
    qtbot.wait(50)
    assert rows_within_the_panel()
    # the change whole in its tip, as written: nothing in it read as markup
    tip = dock.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "&lt;img src=/dev/zero&gt;" in tip and "<img" not in tip
    assert tip.count("有限责任公司的股东以其认缴的出资额为限对公司承担责任") == 6


def test_the_legend_names_every_kind_of_change_punctuation_in_its_dotted_line(qtbot):
    """Every kind the pages mark has its entry, punctuation too (it was coloured on the page
    with no word for it), each in the look colours.py gives it."""
    from PySide6.QtWidgets import QLabel

    from reader.core.compare.colours import CHANGE_COLOURS, PUNCTUATION_LINE
    from reader.models.change_model import kind_label

    dock = CompareDock()
    qtbot.addWidget(dock)
    for kind in ChangeKind:
        label = dock.findChild(QLabel, f"legend-{kind.value}")
        assert label is not None, kind
        assert label.text() == kind_label(kind) and label.textFormat() is Qt.TextFormat.PlainText
        look = f"dotted {PUNCTUATION_LINE}" if kind is ChangeKind.PUNCTUATION else CHANGE_COLOURS[kind]
        assert look in label.styleSheet()
    # and the dotted line is drawn: a label's stylesheet with only its bottom border drew none
    dock.show()
    image = dock.findChild(QLabel, "legend-punctuation").grab().toImage()
    bottom = {image.pixelColor(x, image.height() - 1).name() for x in range(image.width())}
    assert PUNCTUATION_LINE in bottom


def test_a_figures_subject_has_the_room_its_values_do_not_need(qtbot):
    """Three equal columns: a 320 px panel elided every subject (城鎮調查失業…) beside short
    values (2%, 5.2%) in columns as wide as it."""
    from reader.core.compare.figures import FigureChange

    dock = CompareDock()
    qtbot.addWidget(dock)
    dock.resize(320, 600)
    dock.show()
    qtbot.waitExposed(dock)
    subject = "城镇调查失业率"
    change = Change(ChangeKind.REWORDED, Span(7, 9, "2%"), Span(7, 11, "5.2%"), None, None, 0)
    figures = [FigureChange(subject, "2%", "5.2%", change)]
    dock.show_figures(figures, lambda figure: (figure.subject, figure.old, figure.new, "一、"))
    dock.tabs.setCurrentWidget(dock.figures)
    qtbot.mouseClick(dock.tabs.tabBar(), Qt.MouseButton.LeftButton, pos=dock.tabs.tabBar().tabRect(1).center())
    qtbot.wait(50)
    header, metrics = dock.figures.header(), dock.figures.fontMetrics()
    item = dock.figures.topLevelItem(0)
    for column, text in enumerate((subject, "2%", "5.2%")):
        shown = dock.figures.visualItemRect(item).intersected(dock.figures.viewport().rect())
        assert header.sectionSize(column) >= metrics.horizontalAdvance(text), (column, header.sectionSize(column))
        assert shown.width() > 0
    assert header.sectionSize(0) > header.sectionSize(1) + header.sectionSize(2)  # the subject first
    assert sum(header.sectionSize(c) for c in range(3)) <= dock.figures.viewport().width()  # no scrolling
