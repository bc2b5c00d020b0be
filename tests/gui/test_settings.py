"""The typed settings: what is stored reads back as it was, old and hand-edited files included."""

from pathlib import Path

from PySide6.QtCore import QByteArray

from reader.core.scripts import Script
from reader.gui.settings import RECENT_MAX, Settings, TabsState


def reopened(settings: Settings) -> Settings:
    settings.sync()
    return Settings(settings.fileName())


def test_values_read_back_typed_after_a_restart(tmp_path):
    s = Settings(tmp_path / "settings.ini")
    s.language = "zh_TW"
    s.zoom = -2
    s.sync_scrolling = True
    s.variant = "s2hk"
    s.geometry = QByteArray(b"\x01\x02")
    s.set_document_position("doc", 1234)
    s.set_document_script("doc", Script.TRADITIONAL)
    s.tabs = TabsState((("/a.txt", "/b.txt"), ("/b.txt",)), True, "/b.txt")
    again = reopened(s)
    assert again.language == "zh_TW" and again.zoom == -2 and again.sync_scrolling is True
    assert again.variant == "s2hk" and again.geometry == QByteArray(b"\x01\x02")
    assert again.document_position("doc") == 1234 and again.document_script("doc") is Script.TRADITIONAL
    assert again.tabs == TabsState((("/a.txt", "/b.txt"), ("/b.txt",)), True, "/b.txt")


def test_one_tab_and_no_tab_read_back_as_lists(tmp_path):
    # QSettings' INI format stores a one-item list as a plain string and an empty one as ""
    s = Settings(tmp_path / "settings.ini")
    s.tabs = TabsState((("/only.txt",), ()), False, "")
    assert reopened(s).tabs.panes == (("/only.txt",), ())


def test_hand_edited_nonsense_falls_back_to_defaults(tmp_path):
    ini = tmp_path / "settings.ini"
    ini.write_text(
        "[view]\nzoom=lots\nsync_scrolling=maybe\n[documents]\ndoc\\position=-5\ndoc\\script=cyrillic\n",
        encoding="utf-8",
    )
    s = Settings(ini)
    assert s.zoom == 0 and s.sync_scrolling is False
    assert s.document_position("doc") == 0 and s.document_script("doc") is Script.ORIGINAL


def test_recent_documents_are_an_array_newest_first_without_repeats(tmp_path):
    s = Settings(tmp_path / "settings.ini")
    for i in range(RECENT_MAX + 3):
        s.remember_recent(f"/docs/{i}.txt", f"第{i}號")
    s.remember_recent("/docs/5.txt", "第五號")
    recent = reopened(s).recent()
    assert len(recent) == RECENT_MAX
    assert recent[0].path == "/docs/5.txt" and recent[0].title == "第五號"
    assert [r.path for r in recent].count("/docs/5.txt") == 1
    assert recent[1].path == f"/docs/{RECENT_MAX + 2}.txt"
    stored = Path(s.fileName()).read_text(encoding="utf-8")  # a QSettings array, not joined strings
    assert f"size={RECENT_MAX}" in stored and "1\\path=/docs/5.txt" in stored and "\t" not in stored


def test_the_old_recent_list_is_read_and_replaced(tmp_path):
    ini = tmp_path / "settings.ini"
    s = Settings(ini)
    s.setValue("recent", ["/old/a.txt\t通知", "/old/b.txt"])  # how Reader kept it before
    s.sync()
    s = Settings(ini)
    assert [(r.path, r.title) for r in s.recent()] == [("/old/a.txt", "通知"), ("/old/b.txt", "b.txt")]
    s.remember_recent("/new.txt", "新")
    assert [r.path for r in reopened(s).recent()] == ["/new.txt", "/old/a.txt", "/old/b.txt"]


def test_shortcuts_are_kept_and_reset(tmp_path):
    s = Settings(tmp_path / "settings.ini")
    s.set_shortcut("find", "Ctrl+J")
    assert reopened(s).shortcuts() == {"find": "Ctrl+J"}
    s.reset_shortcuts()
    assert reopened(s).shortcuts() == {}


def test_the_docks_left_open_read_back_whatever_the_file_holds(tmp_path):
    """Settings.later_docks: the names written read back after a restart (one name as INI
    stores it, several, none); a value that is no name is left out, never an error."""
    settings = Settings(tmp_path / "settings.ini")
    settings.later_docks = ["vocabulary"]
    assert reopened(settings).later_docks == ["vocabulary"]
    settings.later_docks = ["changes", "vocabulary"]
    assert reopened(settings).later_docks == ["changes", "vocabulary"]
    settings.later_docks = []
    assert reopened(settings).later_docks == []
    settings.setValue("window/later_docks", 5)
    assert reopened(settings).later_docks == []
