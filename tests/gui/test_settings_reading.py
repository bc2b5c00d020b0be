"""Preferences' reading comfort as the settings keep it (reader.gui.settings_reading)."""

from reader.gui.reading_prefs import ReadingPrefs
from reader.gui.settings import Settings
from reader.gui.settings_reading import reading_prefs, store_reading_prefs


def test_reading_prefs_read_back_typed_after_a_restart(tmp_path):
    s = Settings(tmp_path / "settings.ini")
    store_reading_prefs(s, ReadingPrefs(theme="dark", font_size=17.5, indent=False))
    s.sync()
    assert reading_prefs(Settings(s.fileName())) == ReadingPrefs(theme="dark", font_size=17.5, indent=False)


def test_hand_edited_reading_prefs_fall_back_to_defaults(tmp_path):
    ini = tmp_path / "settings.ini"
    ini.write_text("[reading]\nfont_size=huge\ntheme=neon\n", encoding="utf-8")
    s = Settings(ini)
    prefs = reading_prefs(s)
    assert prefs.font_size == ReadingPrefs().font_size and prefs.theme == "system"
    assert s.problems == ["reading/theme = neon", "reading/font_size = huge"]
