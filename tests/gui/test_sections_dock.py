"""The Sections tree follows the reading position, wherever the keys put the caret."""

from PySide6.QtCore import Qt

from tests.core.test_outline import SANGUO

CTRL = Qt.KeyboardModifier.ControlModifier


def marked(window):
    node = window.outline_model.node(window.outline_tree.currentIndex())
    return window.session.text[node.start : node.end].split("\n")[0]


def test_ctrl_end_marks_the_last_chapter(make_window, qtbot, tmp_path):
    """After a book's closing blank lines (where Ctrl+End puts the caret) the tree kept the
    first row marked (红楼梦: “Document information”, not 第一二零回), and the status line
    named no section."""
    path = tmp_path / "三国演义.txt"
    path.write_text(SANGUO, encoding="utf-8")
    window = make_window(path)
    qtbot.keyClick(window.view, Qt.Key.Key_End, CTRL)
    assert window.view.caret_original() == len(SANGUO)
    assert marked(window).startswith("第二回")
    assert window.status_line.section.text().startswith("第二回")
    qtbot.keyClick(window.view, Qt.Key.Key_Home, CTRL)
    assert marked(window).startswith("第一回")


def test_a_script_switch_changes_the_tree_in_the_page_s_paint(window, qtbot):
    """Ctrl+2 on a short document (converted at once, no preview): the page, the tab and the
    toolbar showed 简体 while the tree kept 繁體 labels until a paint of its own."""
    from PySide6.QtCore import QEvent, QObject

    tree, page = window.outline_tree.viewport(), window.view.viewport()
    qtbot.wait(100)  # the window's first paints are over
    paints: dict = {}
    updates = [0]

    class Watch(QObject):
        def eventFilter(self, obj, event):
            if obj is window and event.type() == QEvent.Type.UpdateRequest:
                updates[0] += 1
            elif event.type() == QEvent.Type.Paint:
                paints.setdefault(obj, updates[0])  # in which of the window's paints, the first
            return False

    watch = Watch()
    for widget in (window, tree, page):
        widget.installEventFilter(watch)
    qtbot.keyClick(window.view, Qt.Key.Key_2, CTRL)
    qtbot.waitUntil(lambda: tree in paints and page in paints)
    assert "学习" in window.outline_model.data(window.outline_model.index(1, 0))
    assert paints[tree] == paints[page]
