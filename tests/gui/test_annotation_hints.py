"""The annotation panel says how highlights are made while it has none, and the colour
swatches name their colour and key."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QToolBar


def test_the_empty_panel_says_how_to_highlight_until_there_is_a_highlight(window, qtbot):
    dock = window.annotation_dock
    hint = dock.hint
    assert hint.isVisibleTo(dock)
    text = hint.text()
    # the keys the action table gives the commands
    for key in ("W", "S", " H ", "1–5", "U", "N"):
        assert key in text, key
    assert hint.textFormat() == Qt.TextFormat.PlainText
    view = window.view
    view.select_original(120, 124)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_2)
    assert len(window.session.annotations) == 1
    assert not hint.isVisibleTo(dock)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Left)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Delete)
    assert len(window.session.annotations) == 0
    assert hint.isVisibleTo(dock)


def test_colour_swatches_name_their_colour_and_key(window):
    bar = window.findChild(QToolBar)
    tips = [bar.widgetForAction(window.actions[f"colour_{i}"]).toolTip() for i in range(1, 6)]
    assert tips[0] == "Highlight in yellow (key 1)"
    assert tips[3] == "Highlight in pink (key 4)"
    window.actions["colour_2"].setShortcut(QKeySequence("Ctrl+Alt+G"))  # the reader chose another key
    assert "Ctrl+Alt+G" in window.actions["colour_2"].toolTip() and "green" in window.actions["colour_2"].toolTip()


def _colours(widget) -> set[str]:
    image = widget.grab().toImage()
    return {image.pixelColor(x, y).name() for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)}


def test_the_empty_panels_list_is_no_white_box_under_its_hint(window, qtbot):
    """Under the hint of an empty panel stood an empty white box (the list, kept for F6) that
    read as a field to type in: it is the panel's own ground until a highlight is listed."""
    dock = window.annotation_dock
    tree = dock.tree
    qtbot.waitUntil(lambda: tree.isVisible() and tree.height() > 0)
    ground = dock.palette().window().color().name()
    assert _colours(tree) == {ground}
    window.view.select_original(120, 124)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_2)
    qtbot.waitUntil(lambda: tree.height() > 40)
    assert tree.palette().base().color().name() in _colours(tree.viewport())  # a listed highlight on its white
    window.view.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Left)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: _colours(tree) == {ground})
