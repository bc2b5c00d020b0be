"""The Sections tree follows the reading position, wherever the keys put the caret."""

from PySide6.QtCore import Qt

from tests.core.test_outline import SANGUO
from tests.gui.conftest import CONDITION_WAIT_MS

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


def test_a_windowed_book_s_tree_marks_the_chapter_shown_after_ctrl_end_and_a_drag(make_window, qtbot, tmp_path):
    """A book long enough to be shown a window of blocks at a time (page_window): Ctrl+End
    marks the last chapter; the scroll bar dragged to the middle (the caret stays at the end,
    off the page) marks the chapter at the page's top, once the drag rests (page_place). The
    tree kept the caret's row, “Document information” or the last chapter, whatever was read."""
    from tests.gui.test_page_window import _book, _drag_thumb, _settled

    window = make_window(_book(tmp_path))
    view = window.view
    assert window.current.view.document().property("readerFirstShown") is not None  # windowed
    _settled(qtbot, view)
    qtbot.keyClick(view, Qt.Key.Key_End, CTRL)
    _settled(qtbot, view)
    qtbot.waitUntil(lambda: marked(window).startswith("第300回"), timeout=CONDITION_WAIT_MS)
    _drag_thumb(qtbot, view.verticalScrollBar(), 0.5)
    _settled(qtbot, view)
    text, top = window.session.text, view.top_original()
    heading = text.rfind("第", 0, top + 1)  # the chapter's heading (the body has no 第)
    expected = text[heading : text.index("\n", heading)]
    assert 0.4 < top / len(text) < 0.6 and not expected.startswith("第300回")  # the middle of the book
    qtbot.waitUntil(lambda: marked(window) == expected, timeout=CONDITION_WAIT_MS)
    assert view.caret_original() == len(window.session.text)  # the caret stayed at the end


def test_after_ctrl_end_the_tree_is_painted_after_the_page(make_window, qtbot, tmp_path):
    """The tree scrolled to the last chapter repaints in 20-45 ms: painted in the page's own
    paint (the tree, left of the page, first), Ctrl+End on 红楼梦 stalled 50-80 ms. The tree is
    marked at once and painted after the page."""
    from PySide6.QtCore import QEvent, QObject

    from tests.gui.test_page_window import _book, _settled

    window = make_window(_book(tmp_path))
    view, tree = window.view, window.outline_tree
    _settled(qtbot, view)
    order: list[str] = []

    class Watch(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint:
                order.append("tree" if obj is tree.viewport() else "page")
            return False

    watch = Watch()
    for widget in (tree.viewport(), view.viewport()):
        widget.installEventFilter(watch)
    qtbot.keyClick(view, Qt.Key.Key_End, CTRL)
    assert marked(window).startswith("第300回")  # marked at once
    qtbot.waitUntil(lambda: "tree" in order and "page" in order, timeout=CONDITION_WAIT_MS)
    assert order.index("page") < order.index("tree"), order


def test_the_asterisk_unfolds_a_section_to_its_last_level(make_window, qtbot):
    """Qt's tree unfolds the current row and everything under it on * (expandRecursively): a
    section's children made items only when the tree opens it (OutlineModel.fetchMore) were
    not there yet to be unfolded in turn."""
    from pathlib import Path

    window = make_window(Path(__file__).parents[1] / "corpus" / "law-civil-code.txt")
    tree, model = window.outline_tree, window.outline_model
    window.outline_dock.show()
    qtbot.waitUntil(tree.isVisible)
    book = next(model.index(r, 0) for r in range(model.rowCount()) if model.node(model.index(r, 0)).children)
    tree.setFocus()
    tree.setCurrentIndex(book)
    qtbot.keyClick(tree, Qt.Key.Key_Asterisk)

    def unfolded(index) -> bool:
        node = model.node(index)
        if not node.children:
            return True
        return (
            tree.isExpanded(index)
            and model.rowCount(index) == len(node.children)
            and all(unfolded(model.index(r, 0, index)) for r in range(model.rowCount(index)))
        )

    qtbot.waitUntil(lambda: unfolded(book), timeout=CONDITION_WAIT_MS)
