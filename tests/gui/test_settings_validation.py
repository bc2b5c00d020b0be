"""A hand-edited or damaged settings file never stops a launch: every value is checked (type and
range) as it is read, an unusable one falls back to its default, and the window says which."""

from __future__ import annotations

import random
import time

import pytest
from PySide6.QtWidgets import QApplication

from reader.app import open_settings
from reader.core.document import load_document
from reader.core.identity import new_identity
from reader.core.resources import notice_path
from reader.gui.main_window import MainWindow
from reader.gui.settings import RECENT_MAX, default_variant
from reader.gui.settings_reading import reading_prefs
from tests.gui.conftest import CONDITION_WAIT_MS

SECONDS = 5.0
"""The most CPU a launch may take (time.process_time, this process's threads; ~0.3 s when a
setting is sane): a value that makes the window lay out or fill for ever is caught, and a
loaded machine, which puts off the same work without adding to it, is not."""


def launch(qtbot, data_dir) -> MainWindow:
    """What reader.app.run does with a settings file: the window, its tabs or the notice, shown."""
    window = MainWindow(open_settings(data_dir), data_dir)
    qtbot.addWidget(window)
    if not window.restore_tabs():
        window.open_path(notice_path())
    window.show()
    qtbot.waitExposed(window)
    QApplication.processEvents()
    return window


def write_ini(data_dir, text: str) -> None:
    (data_dir / "settings.ini").write_text(text, encoding="utf-8")


@pytest.mark.parametrize(
    ("ini", "key"),
    [
        ("[view]\nzoom=10000\n", "view/zoom"),
        ("[script]\nvariant=s2xx\n", "script/variant"),
        ("[ui]\nlanguage=tlh_KL\n", "ui/language"),
        ("[recent]\nsize=100000000\n1\\path=/nowhere.txt\n1\\title=x\n", "recent/size"),
        ("[reading]\nfont_size=nan\nline_height=-5\ntheme=<b>x</b>\n", "reading/font_size"),
    ],
)
def test_a_hand_edited_value_falls_back_and_the_window_says_which(qtbot, data_dir, ini, key):
    write_ini(data_dir, ini)
    started = time.process_time()
    window = launch(qtbot, data_dir)
    assert time.process_time() - started < SECONDS
    qtbot.waitUntil(lambda: window.messages.isVisible(), timeout=CONDITION_WAIT_MS)
    said = window.messages.label.text()
    assert "reset to their defaults" in said and key in said
    settings = window.settings
    assert window.zoom_steps == 0 if "zoom" in ini else True
    assert settings.variant == default_variant() and settings.language == ""
    assert len(settings.recent()) <= RECENT_MAX
    prefs = reading_prefs(settings)
    assert 8 <= prefs.font_size <= 48 and 100 <= prefs.line_height <= 300 and prefs.theme == "system"


def test_good_values_are_kept_and_nothing_is_said(qtbot, data_dir):
    write_ini(data_dir, "[view]\nzoom=3\n[script]\nvariant=s2hk\n[ui]\nlanguage=zh_TW\n[reading]\nfont_size=20\n")
    window = launch(qtbot, data_dir)
    QApplication.processEvents()
    assert window.zoom_steps == 3 and window.settings.variant == "s2hk" and window.settings.language == "zh_TW"
    assert reading_prefs(window.settings).font_size == 20
    assert window.settings.problems == [] and not window.messages.isVisible()


def _keys(document_key: str) -> dict[str, list[str]]:
    """Every key Reader keeps, by INI section (documents under the notice's own key)."""
    return {
        "ui": ["language"],
        "view": ["zoom", "sync_scrolling"],
        "window": ["geometry", "state"],
        "reading": [
            "theme",
            "font_family",
            "font_size",
            "line_height",
            "paragraph_spacing",
            "indent",
            "max_width",
            "clean_punctuation",
        ],
        "script": ["variant"],
        "documents": [f"{document_key}\\script", f"{document_key}\\position"],
        "last": ["path"],
        "recent": ["size", "1\\path", "1\\title", "2\\path", "2\\title"],
        "tabs": ["pane0", "pane1", "split", "current"],
        "export": ["format", "script", "scope", "colours", "whole_text", "folder"],
        "shortcuts": ["colour_1", "find", "zoom_in"],
    }


def _character(rnd: random.Random) -> str:
    code = rnd.randint(0x20, 0x2FFFF)
    return "?" if 0xD800 <= code <= 0xDFFF else chr(code)  # no lone surrogates: not UTF-8


def _random_value(rnd: random.Random) -> str:
    return rnd.choice(
        [
            lambda: str(rnd.randint(-(10**30), 10**30)),
            lambda: str(rnd.randint(-3, 3)),
            lambda: "10000",
            lambda: "100000000",
            lambda: "-1",
            lambda: rnd.choice(["nan", "inf", "-inf", "1e308", "1.5", "0"]),
            lambda: rnd.choice(["true", "false", "yes", "", "none", "@Invalid()"]),
            lambda: rnd.choice(['<img src="/dev/zero">', "<b>x</b>", '<a href="x">y</a>']),
            lambda: rnd.choice(["zh_XX", "s2xx", "original", "simplified", "dark", "md", "/nowhere/x.txt"]),
            lambda: "a, b, c",
            lambda: "@ByteArray(" + "".join(rnd.choice("ab\\x0") for _ in range(rnd.randint(0, 30))) + ")",
            lambda: "@Variant(\\0\\0\\0\\x7f\\0\\0\\0\\x10junk)",
            lambda: "".join(_character(rnd) for _ in range(rnd.randint(1, 40))),
            lambda: "x" * rnd.randint(1000, 100_000),
        ]
    )()


def fuzzed_ini(rnd: random.Random, document_key: str) -> str:
    lines = []
    for section, keys in _keys(document_key).items():
        lines.append(f"[{section}]")
        for key in keys:
            if rnd.random() < 0.8:
                value = _random_value(rnd).replace("\r", " ").replace("\n", " ")
                lines.append(f"{key}={value}")
    return "\n".join(lines) + "\n"


def test_random_values_for_every_key_never_stop_a_launch(qtbot, tmp_path, monkeypatch):
    notice = load_document(notice_path())
    document_key = new_identity(notice.path, notice.content_hash)
    rnd = random.Random(25)
    for trial in range(30):
        data_dir = tmp_path / f"data{trial}"
        data_dir.mkdir()
        monkeypatch.setenv("READER_DATA_DIR", str(data_dir))
        ini = fuzzed_ini(rnd, document_key)
        write_ini(data_dir, ini)
        started = time.process_time()
        window = launch(qtbot, data_dir)
        took = time.process_time() - started
        assert took < SECONDS, (trial, took, ini[:2000])
        assert window.current is not None and window.isVisible(), (trial, ini[:2000])
        window.close()
