"""Tags in the Library window (issue 29): Ctrl+T tags every selected document, the context
menu takes a tag away, a choice of tag filters the documents and the notebook."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox

from reader.models.library_model import LibraryModel
from tests.gui.conftest import type_text
from tests.gui.test_library_view import _annotated_folder, _library


def _rows(library) -> list[tuple[str, str]]:
    """(date, tags) of each row shown."""
    model = library.table.model()
    return [(model.index(r, 2).data(), model.index(r, LibraryModel.TAGS).data()) for r in range(model.rowCount())]


def _click_row(library, row: int, modifier=Qt.KeyboardModifier.NoModifier, button=Qt.MouseButton.LeftButton):
    rect = library.table.visualRect(library.table.model().index(row, 0))
    QTest.mouseClick(library.table.viewport(), button, modifier, rect.center())


def test_documents_are_tagged_together_filtered_by_tag_and_untagged(window, qtbot, tmp_path):
    folder = _annotated_folder(tmp_path, window.data_dir)
    library, _ = _library(window, qtbot, tmp_path, folder)
    dates = [d for d, _ in _rows(library)]
    assert dates == ["2007-06-29", "2015-03-15", "2018-10-26", "2022-11-02", "2023-12-29"]
    _click_row(library, 2)  # the company law of 2018 …
    _click_row(library, 4, Qt.KeyboardModifier.ControlModifier)  # … and of 2023
    QTest.keyClick(library.table, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    dialog = library.tag_editor.dialog
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible())
    assert "2" in dialog.labelText()
    type_text(dialog.findChild(QComboBox).lineEdit(), "公司法")
    QTest.keyClick(dialog.findChild(QComboBox), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _rows(library)[2][1] == "公司法")
    assert [t for _, t in _rows(library)] == ["", "", "公司法", "", "公司法"]

    library.tag_choice.setFocus()
    QTest.keyClick(library.tag_choice, Qt.Key.Key_Down)  # from "Every tag" to 公司法
    assert library.tag_choice.currentText() == "公司法"
    assert _rows(library) == [("2018-10-26", "公司法"), ("2023-12-29", "公司法")]
    assert library.status.text() == "2 of 5 documents"  # what the filter shows, of all

    _click_row(library, 1)  # the 2023 law, in the filtered list
    _click_row(library, 1, button=Qt.MouseButton.RightButton)
    # what the platform sends after a right click (offscreen has no platform to send it)
    at = library.table.visualRect(library.table.model().index(1, 0)).center()
    viewport = library.table.viewport()
    QApplication.sendEvent(viewport, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, at, viewport.mapToGlobal(at)))
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    menu = QApplication.activePopupWidget()
    remove = next(a for a in menu.actions() if a.menu() is not None)
    QTest.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(remove).center())
    qtbot.waitUntil(lambda: remove.menu().isVisible())
    [tag] = remove.menu().actions()
    assert tag.text() == "公司法"
    QTest.mouseClick(remove.menu(), Qt.MouseButton.LeftButton, pos=remove.menu().actionGeometry(tag).center())
    qtbot.waitUntil(lambda: len(_rows(library)) == 1)
    assert _rows(library) == [("2018-10-26", "公司法")]
    assert library.status.text() == "1 of 5 documents"

    library.tabs.setCurrentWidget(library.notebook)
    assert sorted(n.note for n in library.notebook.shown) == ["first", "second"]
    library.notebook.tag_choice.setFocus()
    QTest.keyClick(library.notebook.tag_choice, Qt.Key.Key_Down)
    assert [n.note for n in library.notebook.shown] == ["first"]  # the 2018 law's note only
