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
