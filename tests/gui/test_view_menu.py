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
