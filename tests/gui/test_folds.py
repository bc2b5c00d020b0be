"""The mouse over a comparison's folded sections: a click on a fold's marker line opens the fold
(the label says what is hidden; old: the caret went to the blank line above and the fold stayed
shut), a double click there does no more than open it (old: it selected the line's end and the
first folded position), and a selection made by dragging or Shift+clicking across a fold, or onto
its marker, ends at the fold's edges and so holds the hidden text whole: copied with it, as an
editor copies a folded region, since the reader selected from one shown passage to another."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest

from reader.gui.hover_lookup import word_under
from tests.gui.conftest import point_to
from tests.gui.test_page_window import _settled
from tests.gui.test_page_window_folds import _folded_book, _shows_text

LEFT, NONE, SHIFT = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier


def _folded_page(window, qtbot):
    """The newer version's page, folded, scrolled so its first fold's marker is on screen; the
    fold and the marker's point (the middle of its line)."""
    window.actions["compare_fold"].trigger()
    view = window.comparing.readings()[1].view
    fold = view.folds.folds[0]
    view.scroll_to_original(fold.start - 20, 100)
    qtbot.wait(50)
    return view, fold, QPoint(view.viewport().width() // 3, _marker_row(view, fold))


def _marker_row(view, fold) -> int:
    """The viewport row of the fold's dashed marker line, found on the painted page: between
    the text shown either side of the fold, the row with most pixels of the line's colour at
    its left end (where the label, centred, does not reach)."""
    doc = view.document()
    before = after = doc.findBlock(view.positions.to_qt(fold.start))
    while not before.isVisible():
        before = before.previous()
    while not after.isVisible():
        after = after.next()
    scroll = view.verticalScrollBar().value()
    above = int(doc.documentLayout().blockBoundingRect(before).top()) - scroll
    below = int(doc.documentLayout().blockBoundingRect(after).bottom()) - scroll
    image = view.viewport().grab().toImage()
    colour = view.palette().color(view.palette().ColorRole.PlaceholderText).rgb()
    rows = range(max(0, above), min(image.height(), below))
    row = max(rows, key=lambda y: sum(image.pixel(x, y) == colour for x in range(12, 40)))
    assert sum(image.pixel(x, row) == colour for x in range(12, 40)) > 8, "no marker line on the page"
    return row


def _hidden(view, offset: int) -> bool:
    return not view.document().findBlock(view.positions.to_qt(offset)).isVisible()


def _outside_folds(view, *offsets: int) -> bool:
    return all(not any(f.start < p < f.end for f in view.folds.folds) for p in offsets)


def _text_point(view, offset: int) -> QPoint:
    """The viewport point in the middle of the character at an original offset: between the
    caret before it and the caret after it (its own type size: a header's dateline is set
    smaller than the body)."""
    rect = view.cursorRect(_cursor_at(view, offset))
    after = view.cursorRect(_cursor_at(view, offset + 1))
    if after.center().y() != rect.center().y():  # the character ends its line
        return QPoint(rect.right() + view.fontMetrics().horizontalAdvance("中") // 4, rect.center().y())
    return QPoint((rect.center().x() + after.center().x()) // 2, rect.center().y())


def _cursor_at(view, offset: int):
    cursor = view.textCursor()
    cursor.setPosition(view.positions.to_qt(offset))
    return cursor


def test_a_click_on_a_folds_marker_opens_it_with_the_caret_at_its_start(comparing, qtbot):
    view, fold, marker = _folded_page(comparing, qtbot)
    assert _hidden(view, fold.start + 1)
    point_to(view.viewport(), marker)  # the pointer says it can be clicked
    assert view.viewport().cursor().shape() == Qt.CursorShape.PointingHandCursor
    QTest.mouseMove(view.viewport(), marker + QPoint(0, 40))
    assert view.viewport().cursor().shape() == Qt.CursorShape.IBeamCursor
    QTest.mouseClick(view.viewport(), LEFT, NONE, marker)
    assert not _hidden(view, fold.start + 1)
    assert fold not in view.folds.folds
    assert view.selection_original() == (fold.start, fold.start)


def test_a_double_click_on_a_folds_marker_only_opens_it(comparing, qtbot):
    view, fold, marker = _folded_page(comparing, qtbot)
    QTest.mouseClick(view.viewport(), LEFT, NONE, marker)  # a double click: press, release,
    QTest.mouseDClick(view.viewport(), LEFT, NONE, marker)  # then Qt's double-click event
    assert not _hidden(view, fold.start + 1)
    assert view.selection_original() == (fold.start, fold.start)


def _from_text_above(view, fold):
    """A shown character a little above the fold (original offset) and its point."""
    start = fold.start - 3
    while start > 0 and (view.original_text[start].isspace() or _hidden(view, start)):
        start -= 1
    return start, _text_point(view, start)


def _below(view, fold):
    end = fold.end + 2
    while view.original_text[end].isspace():
        end += 1
    return end, _text_point(view, end)


def test_dragging_across_a_fold_selects_it_whole_and_copies_the_hidden_text(comparing, qtbot):
    view, fold, marker = _folded_page(comparing, qtbot)
    start, above = _from_text_above(view, fold)
    end, below = _below(view, fold)
    port = view.viewport()
    QTest.mousePress(port, LEFT, NONE, above)
    QTest.mouseMove(port, marker)
    QTest.mouseMove(port, below)
    QTest.mouseRelease(port, LEFT, NONE, below)
    anchor, caret = view.selection_original()
    assert anchor == start and end - 1 <= caret <= end + 1, (anchor, caret, fold)
    assert _hidden(view, fold.start + 1)  # selecting across it leaves it folded
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    copied = QGuiApplication.clipboard().text()
    assert view.original_text[fold.start : fold.end].strip() in copied


def test_dragging_onto_a_marker_or_shift_clicking_it_ends_at_the_folds_edge(comparing, qtbot):
    view, fold, marker = _folded_page(comparing, qtbot)
    start, above = _from_text_above(view, fold)
    port = view.viewport()
    QTest.mousePress(port, LEFT, NONE, above)
    QTest.mouseMove(port, marker)
    QTest.mouseRelease(port, LEFT, NONE, marker)
    assert _outside_folds(view, *view.selection_original()), (view.selection_original(), fold)
    assert _hidden(view, fold.start + 1)
    QTest.mouseClick(port, LEFT, NONE, above)
    QTest.mouseClick(port, LEFT, SHIFT, marker)  # Shift extends the selection: the fold stays shut
    assert _hidden(view, fold.start + 1)
    anchor, caret = view.selection_original()
    assert anchor == start and _outside_folds(view, caret), (anchor, caret, fold)
    end, below = _below(view, fold)
    QTest.mouseClick(port, LEFT, SHIFT, below)
    anchor, caret = view.selection_original()
    assert anchor == start and caret > fold.end and _hidden(view, fold.start + 1)


def test_no_word_is_looked_up_over_a_folds_marker(comparing, qtbot):
    view, fold, marker = _folded_page(comparing, qtbot)
    assert word_under(view, marker) is None


def test_a_click_on_a_long_folds_marker_in_a_book_opens_it_on_a_page_of_text(make_window, qtbot, tmp_path):
    """A book shown a window of blocks at a time (page_window), 110,000 of its characters folded:
    the fold opens where it was clicked, the page at its first lines."""
    window, view, text, fold = _folded_book(make_window, qtbot, tmp_path)
    view.scroll_to_original(fold.start - 200)
    _settled(qtbot, view)
    QTest.mouseClick(view.viewport(), LEFT, NONE, QPoint(100, _marker_row(view, fold)))
    _settled(qtbot, view)
    assert view.folds.folds == [] and not _hidden(view, fold.start + 1)
    assert view.selection_original() == (fold.start, fold.start)
    assert _shows_text(view) and view.top_original() < fold.start < view.visible_range()[1]


def _right_click_menu(view, qtbot, point: QPoint, choose: str | None) -> list[str]:
    """Right-click the page at a viewport point, as the mouse does (through its window, which
    makes the context menu event); the menu's commands (object names), and `choose` clicked in
    it (None: Escape)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    seen: list[str] = []

    def answer() -> None:
        menu = QApplication.activePopupWidget()
        if menu is None:
            QTimer.singleShot(20, answer)
            return
        seen.extend(a.objectName().removeprefix("action_") for a in menu.actions() if not a.isSeparator())
        if choose is None:
            QTest.keyClick(menu, Qt.Key.Key_Escape)
            return
        action = next(a for a in menu.actions() if a.objectName() == f"action_{choose}")
        QTest.mouseClick(menu, LEFT, NONE, menu.actionGeometry(action).center())

    QTimer.singleShot(0, answer)
    window = view.window().windowHandle()
    at = view.viewport().mapTo(view.window(), point)
    QTest.mouseClick(window, Qt.MouseButton.RightButton, NONE, at)
    qtbot.waitUntil(lambda: bool(seen))
    qtbot.wait(50)
    return seen


def test_the_pages_menu_over_a_folds_marker_unfolds_it_and_unfold_all_opens_every_fold(comparing, qtbot):
    view, fold, marker = _folded_page(comparing, qtbot)
    others = [f for f in view.folds.folds if f != fold]
    assert others, "the page has more than one fold"
    start, above = _from_text_above(view, fold)
    # over the text: nothing to unfold there, but Unfold All while anything is folded
    commands = _right_click_menu(view, qtbot, above, None)
    assert "unfold" not in commands and commands[0] == "unfold_all" and "copy" in commands
    # over the marker: Unfold (that fold, the caret at its start, as a click) and Unfold All
    commands = _right_click_menu(view, qtbot, marker, "unfold")
    assert commands[:2] == ["unfold", "unfold_all"]
    assert not _hidden(view, fold.start + 1) and fold not in view.folds.folds
    assert view.folds.folds == others  # the others stay folded
    assert view.selection_original() == (fold.start, fold.start)
    caret = view.caret_original()
    _right_click_menu(view, qtbot, above, "unfold_all")
    assert view.folds.folds == [] and not any(_hidden(view, f.start + 1) for f in others)
    assert view.caret_original() == caret  # it stays where it was
    # nothing folded: neither is offered
    assert not {"unfold", "unfold_all"} & set(_right_click_menu(view, qtbot, above, None))


def test_unfold_given_a_key_opens_the_fold_nearest_the_caret(comparing, qtbot):
    """The commands are the action table's: a key the reader gives Unfold (Help ▸ Keyboard
    Shortcuts) opens the fold by the caret, as the menu opens the one under the mouse."""
    from PySide6.QtGui import QKeySequence

    view, fold, _marker = _folded_page(comparing, qtbot)
    start, _above = _from_text_above(view, fold)
    view.select_original(start, start)
    comparing.actions["unfold"].setShortcut(QKeySequence("Ctrl+Alt+U"))
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    assert fold not in view.folds.folds and not _hidden(view, fold.start + 1)
    assert view.selection_original() == (fold.start, fold.start)
