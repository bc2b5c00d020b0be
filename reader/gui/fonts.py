"""Whether the machine can show Chinese at all, and what to tell a reader whose cannot."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from reader.gui.reading_prefs import chinese_families


def has_chinese_font() -> bool:
    return bool(chinese_families())


def missing_font_message() -> str:
    return QCoreApplication.translate(
        "Fonts",
        "No installed font covers Chinese, so the text shows as boxes. Install one, "
        "for example: sudo apt install fonts-noto-cjk (Debian, Ubuntu) or "
        "sudo dnf install google-noto-sans-cjk-fonts (Fedora), then restart Reader.",
    )
