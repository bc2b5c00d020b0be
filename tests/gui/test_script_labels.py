"""The status bar names the script on the page with the View menu's words, in each interface
language: it said "繁體 (OpenCC s2tw)" (OpenCC's file name) where the menu said
"Traditional: Taiwan", and "原文（未轉換）；原文：繁體" (原文 twice) for the original."""

import pytest
from PySide6.QtCore import Qt

from reader.core.script_names import Script
from reader.gui.language import install
from reader.gui.script_labels import without_mnemonic

SHOWN = {  # as written, then View ▸ Traditional (Taiwan's forms), then View ▸ Traditional: Hong Kong
    "en": (
        "Original: 简体",
        "Traditional: Taiwan (converted from 简体)",
        "Traditional: Hong Kong (converted from 简体)",
    ),
    "zh_CN": ("原文：简体", "繁体：台湾（由简体转换）", "繁体：香港（由简体转换）"),
    "zh_TW": ("原文：简体", "繁體：臺灣（由简体轉換）", "繁體：香港（由简体轉換）"),
}


@pytest.fixture
def english():
    yield
    install("en")


@pytest.mark.parametrize("language", list(SHOWN))
def test_the_status_bar_names_a_traditional_view_as_the_view_menu_does(make_window, qtbot, tmp_path, english, language):
    install(language)
    doc = tmp_path / "通知.txt"
    doc.write_text("关于学习宣传贯彻党的二十大精神的通知\n\n各级工会要认真学习，进一步发展经济。\n", encoding="utf-8")
    window = make_window(doc)
    said = window.status_line.script
    written, taiwan, hong_kong = SHOWN[language]
    assert said.text() == written
    qtbot.keyClick(window.view, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)  # View ▸ Traditional
    qtbot.waitUntil(lambda: window.current.shown_script is Script.TRADITIONAL)
    qtbot.waitUntil(lambda: said.text() == taiwan)
    checked = window.actions["variant_s2tw"]
    assert checked.isChecked() and said.text().startswith(without_mnemonic(checked.text()))
    window.actions["variant_s2hk"].trigger()  # View ▸ Traditional: Hong Kong
    qtbot.waitUntil(lambda: said.text() == hong_kong)
    assert said.text().startswith(without_mnemonic(window.actions["variant_s2hk"].text()))
    qtbot.keyClick(window.view, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)  # back to the original
    qtbot.waitUntil(lambda: said.text() == written)


def test_a_menus_accelerator_is_left_out_of_its_name():
    assert without_mnemonic("Traditional: Tai&wan") == "Traditional: Taiwan"
    assert without_mnemonic("繁體：臺灣(&W)") == "繁體：臺灣"
    assert without_mnemonic("Notes && Highlights") == "Notes & Highlights"


def test_a_traditional_original_reads_as_written_in_its_own_script(window, qtbot, english):
    # the notice is written in 繁體: no variant, nothing converted
    assert window.status_line.script.text() == "Original: 繁體"
    qtbot.keyClick(window.view, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.status_line.script.text() == "繁體 (as written)")
    qtbot.keyClick(window.view, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.status_line.script.text() == "简体 (converted from 繁體)")
