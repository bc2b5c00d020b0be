"""What the window says above the text as it opens (reader.gui.launch_messages); the settings
reset: tests/gui/test_settings_validation.py, another computer's words and settings:
tests/gui/test_sync_while_open.py."""

from reader.gui.main_window import MainWindow


def test_a_missing_chinese_font_is_announced(monkeypatch, qtbot, data_dir):
    monkeypatch.setattr("reader.gui.launch_messages.has_chinese_font", lambda: False)
    from reader.app import open_settings

    w = MainWindow(open_settings(data_dir), data_dir)
    qtbot.addWidget(w)
    w.show()
    assert w.messages.isVisible() and "fonts-noto-cjk" in w.messages.label.text()
