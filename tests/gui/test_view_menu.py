"""The View menu: the page's commands first, its submenus (Pinyin, Language) last, set apart."""

from PySide6.QtWidgets import QMenu


def test_the_view_menu_ends_with_pinyin_and_language_after_a_separator(window):
    view = window.findChild(QMenu, "menu_view")
    items = view.actions()
    entries = [
        "-" if a.isSeparator() else (a.menu().objectName() or a.text()) if a.menu() else a.objectName() or a.text()
        for a in items
    ]
    submenus = [i for i, a in enumerate(items) if a.menu() is not None]
    assert len(submenus) == 2 and submenus == [len(items) - 2, len(items) - 1], entries
    assert [items[i].menu().title().replace("&", "") for i in submenus] == ["Pinyin", "Language"]
    assert items[submenus[0] - 1].isSeparator(), entries  # grouped apart from the toggles above
    # the script commands lead the menu now, the toggles (panels, full screen, tabs) before the submenus
    first = next(a for a in items if not a.isSeparator())
    assert first is window.actions["script_original"]
    toggles = [items.index(window.actions[name]) for name in ("toggle_outline", "full_screen", "previous_tab")]
    assert max(toggles) < submenus[0]


def test_previous_tab_shows_the_keys_a_reader_presses_and_they_work(window, qtbot):
    """The View menu said Ctrl+Shift+Backtab (X11's name for what Shift+Tab sends) beside
    Previous Tab: it says Ctrl+Shift+Tab, and those keys, as X11 sends them, still go back."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QKeySequence

    from tests.gui.test_status_line import CIVIL_CODE

    view = window.findChild(QMenu, "menu_view")
    previous = window.actions["previous_tab"]
    assert previous in view.actions()
    assert previous.shortcut().toString(QKeySequence.SequenceFormat.PortableText) == "Ctrl+Shift+Tab"
    first = window.current
    assert window.open_path(CIVIL_CODE)
    qtbot.waitUntil(lambda: window.current is not first)
    shift_ctrl = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window.view, Qt.Key.Key_Backtab, shift_ctrl)
    qtbot.waitUntil(lambda: window.current is first)
