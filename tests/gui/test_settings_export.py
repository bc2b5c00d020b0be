"""The export dialog's last choices as the settings keep them (reader.gui.settings_export)."""

from reader.gui.export_choice import ExportChoice
from reader.gui.settings import Settings
from reader.gui.settings_export import export_choice, store_export_choice


def test_export_choice_reads_back_after_a_restart(tmp_path):
    s = Settings(tmp_path / "settings.ini")
    store_export_choice(s, ExportChoice("docx", "simplified", "noted", ("green", "none"), True, "/tmp"))
    s.sync()
    again = Settings(s.fileName())
    assert export_choice(again) == ExportChoice("docx", "simplified", "noted", ("green", "none"), True, "/tmp")
    assert again.value("export/colours") == "green,none"  # one string on disk, as before


def test_every_colour_stores_no_colours(tmp_path):
    s = Settings(tmp_path / "settings.ini")
    store_export_choice(s, ExportChoice(colours=("green",)))
    store_export_choice(s, ExportChoice(colours=None))
    assert s.value("export/colours") is None and export_choice(s).colours is None
