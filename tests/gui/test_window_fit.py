"""Room for the page: at 800×600 with the Sections and Annotations docks open the page was
170 px wide (the docks kept 300 px each); a first launch's 1280×820 window reached past a
smaller screen."""

from PySide6.QtWidgets import QMainWindow

from reader.app import open_settings
from reader.gui.window_fit import PAGE_ROOM, fit_on_screen


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
        qtbot.waitUntil(lambda: window.centralWidget().width() >= PAGE_ROOM, timeout=3000)
        assert window.outline_dock.width() > 60 and window.annotation_dock.width() > 60  # still usable
    qtbot.waitUntil(lambda: _body_line_chars(window.view) >= 14, timeout=5000)


def test_the_docks_first_width_is_a_share_of_what_the_page_leaves(qtbot, data_dir):
    from reader.gui.main_window import MainWindow

    window = MainWindow(open_settings(data_dir), data_dir, panels_later=True)
    qtbot.addWidget(window)
    window.resize(800, 600)
    window.show()
    qtbot.waitExposed(window)
    window.add_panels()  # at launch, once the window shows
    qtbot.waitUntil(lambda: window.outline_dock.isVisible())
    qtbot.waitUntil(lambda: window.centralWidget().width() >= PAGE_ROOM, timeout=3000)
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
