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
