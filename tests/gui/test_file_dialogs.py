"""Qt's own file dialog (where the desktop has none, as under Xvfb) opened at a reader's size:
at its least size it cut its sidebar's places to "Co…", sizes to "693…tes" and types to
"pla…ent"."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListView, QSplitter, QTreeView

from reader.gui.file_dialogs import COLUMN_TEXTS, SIDEBAR_TEXT, SIZE
from tests.gui.conftest import answer_dialog


def test_the_open_dialog_has_room_for_its_names_and_every_column(window, qtbot):
    seen = {}

    def look(dialog):
        qtbot.wait(50)  # laid out at its size
        tree = dialog.findChild(QTreeView, "treeView")
        header = tree.header()
        metrics = dialog.fontMetrics()
        screen = dialog.screen().availableGeometry()
        seen["size"] = (
            dialog.width() / min(SIZE[0], 0.9 * screen.width()),
            dialog.height() / min(SIZE[1], 0.9 * screen.height()),
        )
        seen["columns"] = [header.sectionSize(c) for c in range(header.count())]
        seen["needed"] = [metrics.horizontalAdvance(text) for text in COLUMN_TEXTS]
        sidebar = dialog.findChild(QSplitter, "splitter").sizes()[0]
        seen["sidebar"] = (sidebar, metrics.horizontalAdvance(SIDEBAR_TEXT), dialog.findChild(QListView, "sidebar"))
        dialog.reject()

    answered = answer_dialog(qtbot, look)
    qtbot.keyClick(window.view, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: answered.answered)
    width, height = seen["size"]
    assert width >= 1 and height >= 1  # its size, or nearly the screen's
    columns, needed = seen["columns"], seen["needed"]
    assert all(have > need for have, need in zip(columns[1:], needed[1:])), (columns, needed)
    assert columns[0] >= 200  # the names take the rest (232 px on the offscreen 800 px screen)
    sidebar, text, view = seen["sidebar"]
    assert view is not None and sidebar > text
