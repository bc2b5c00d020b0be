"""Room for the page: at 800×600 with the Sections and Annotations docks open the page was
170 px wide (the docks kept 300 px each); a first launch's 1280×820 window reached past a
smaller screen."""

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMainWindow

from reader.app import open_settings
from reader.gui.window_fit import PAGE_ROOM, fit_on_screen
from tests.gui.conftest import CONDITION_WAIT_MS


def _body_line_chars(view) -> int:
    """How many characters the widest laid-out line of the page's body text holds."""
    block, most = view.document().firstBlock(), 0
    while block.isValid():
        layout = block.layout()
        for i in range(layout.lineCount()):
            most = max(most, layout.lineAt(i).textLength())
        block = block.next()
    return most


def test_a_small_window_with_both_docks_open_leaves_the_page_room(make_window, qtbot):
    window = make_window()
    assert window.outline_dock.isVisible() and window.annotation_dock.isVisible()
    for width in (800, 1280, 800, 1000):
        window.resize(width, 600)
        qtbot.waitUntil(lambda width=width: window.width() == width)
        qtbot.waitUntil(lambda: window.centralWidget().width() >= PAGE_ROOM, timeout=CONDITION_WAIT_MS)
        assert window.outline_dock.width() > 60 and window.annotation_dock.width() > 60  # still usable
    qtbot.waitUntil(lambda: _body_line_chars(window.view) >= 14, timeout=CONDITION_WAIT_MS)


def test_the_docks_first_width_is_a_share_of_what_the_page_leaves(qtbot, data_dir):
    from reader.gui.main_window import MainWindow

    window = MainWindow(open_settings(data_dir), data_dir, panels_later=True)
    qtbot.addWidget(window)
    window.resize(800, 600)
    window.show()
    qtbot.waitExposed(window)
    window.add_panels()  # at launch, once the window shows
    qtbot.waitUntil(lambda: window.outline_dock.isVisible())
    qtbot.waitUntil(lambda: window.centralWidget().width() >= PAGE_ROOM, timeout=CONDITION_WAIT_MS)
    assert abs(window.outline_dock.width() - window.annotation_dock.width()) <= 2


def test_the_first_window_fits_its_screen(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    free = window.screen().availableGeometry()
    window.resize(free.width() + 480, free.height() + 220)
    fit_on_screen(window)
    assert window.width() <= free.width() and window.height() <= free.height()
    assert free.contains(window.geometry().topLeft())
    window.resize(free.width() - 100, free.height() - 100)
    fit_on_screen(window)  # one that fits is left as it is
    assert (window.width(), window.height()) == (free.width() - 100, free.height() - 100)


def _drag_window_edge(window, qtbot, widths) -> None:
    """Resize as a reader dragging the window's edge does: step by step."""
    for width in widths:
        window.resize(width, 700)
        qtbot.waitUntil(lambda width=width: window.width() == width)
        qtbot.wait(10)


def _drag_separator(window, dock, dx: int) -> None:
    """Drag the separator on the dock's right with the mouse, through the window's platform
    window (where QMainWindow takes the press), in steps of 10 px."""
    x = (dock.geometry().right() + window.centralWidget().geometry().left()) // 2 + 1
    y = window.centralWidget().geometry().center().y()
    handle, none = window.windowHandle(), Qt.KeyboardModifier.NoModifier
    QTest.mousePress(handle, Qt.MouseButton.LeftButton, none, QPoint(x, y))
    for step in range(1, abs(dx) // 10 + 1):
        QTest.mouseMove(handle, QPoint(x + step * 10 * (1 if dx > 0 else -1), y))
    QTest.mouseRelease(handle, Qt.MouseButton.LeftButton, none, QPoint(x + dx, y))


def test_the_docks_get_their_width_back_when_the_window_grows_again(make_window, qtbot):
    """Shrunk to 800 px the docks give way to the page; grown again they kept their narrow
    width and the page took all the room."""
    window = make_window()
    _drag_window_edge(window, qtbot, [1280])
    qtbot.waitUntil(lambda: window.outline_dock.width() > 250, timeout=CONDITION_WAIT_MS)
    before = window.outline_dock.width(), window.annotation_dock.width()
    _drag_window_edge(window, qtbot, range(1240, 799, -40))
    qtbot.waitUntil(lambda: window.centralWidget().width() >= PAGE_ROOM, timeout=CONDITION_WAIT_MS)
    assert window.outline_dock.width() < before[0] - 100
    _drag_window_edge(window, qtbot, range(840, 1281, 40))
    qtbot.waitUntil(
        lambda: (
            abs(window.outline_dock.width() - before[0]) <= 2 and abs(window.annotation_dock.width() - before[1]) <= 2
        ),
        timeout=3000,
    )


def test_a_dock_the_reader_narrowed_keeps_that_width(make_window, qtbot):
    """The width given back is the one the reader chose, not a default."""
    window = make_window()
    _drag_window_edge(window, qtbot, [1280])
    qtbot.waitUntil(lambda: window.outline_dock.width() > 250, timeout=CONDITION_WAIT_MS)
    narrowed = window.outline_dock.width() - 100
    _drag_separator(window, window.outline_dock, -100)
    qtbot.waitUntil(lambda: abs(window.outline_dock.width() - narrowed) <= 2, timeout=CONDITION_WAIT_MS)
    _drag_window_edge(window, qtbot, [1000, 800, 1000, 1280])
    qtbot.waitUntil(lambda: abs(window.outline_dock.width() - narrowed) <= 2, timeout=CONDITION_WAIT_MS)
    qtbot.wait(100)
    assert abs(window.outline_dock.width() - narrowed) <= 2


def test_a_width_restored_from_the_last_session_is_the_one_given_back(make_window, qtbot, data_dir):
    """The reader narrowed the Sections dock and quit: the next launch restores it, and keeps
    that width, not a default, when the window grows."""
    from reader.gui.main_window import MainWindow

    window = make_window()
    _drag_window_edge(window, qtbot, [800])  # the offscreen screen's width: restored as it was
    qtbot.waitUntil(lambda: window.centralWidget().width() >= PAGE_ROOM, timeout=CONDITION_WAIT_MS)
    narrowed = window.outline_dock.width() - 60
    _drag_separator(window, window.outline_dock, -60)
    qtbot.waitUntil(lambda: abs(window.outline_dock.width() - narrowed) <= 2, timeout=CONDITION_WAIT_MS)
    window.save_state()
    again = MainWindow(open_settings(data_dir), data_dir, panels_later=True)  # as at launch
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    again.add_panels()  # once the window shows
    qtbot.waitUntil(lambda: abs(again.outline_dock.width() - narrowed) <= 2, timeout=CONDITION_WAIT_MS)
    qtbot.wait(50)
    _drag_window_edge(again, qtbot, [1000, 1280])
    qtbot.wait(100)
    assert abs(again.outline_dock.width() - narrowed) <= 2
