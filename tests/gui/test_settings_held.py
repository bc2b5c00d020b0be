"""Settings changed while the data folder is gone: held, read back, written once it is back
(reader.gui.settings_held; the window's side is in test_data_folder_gone.py)."""

from reader.core import data_folder
from reader.gui.settings_held import HeldSettings


def test_changes_are_held_while_the_folder_is_gone_and_written_when_it_is_back(tmp_path):
    folder = tmp_path / "資料"
    folder.mkdir()
    (folder / "settings.ini").write_text("[old]\na=1\nb=2\n", encoding="utf-8")
    data_folder.open_folder(folder)
    s = HeldSettings(folder / "settings.ini")
    told = []
    s.when_held = lambda: told.append(True)
    folder.rename(tmp_path / "moved")
    s.setValue("view/zoom", 3)
    s.remove("old")
    assert s.value("view/zoom") == 3 and s.value("old/a") is None  # reads see what is held
    s.sync()
    assert told and not folder.exists()  # nothing made at the old place
    (tmp_path / "moved").rename(folder)
    s.write_held()
    assert s.held == {}
    written = (folder / "settings.ini").read_text(encoding="utf-8")
    assert "zoom=3" in written and "[old]" not in written
