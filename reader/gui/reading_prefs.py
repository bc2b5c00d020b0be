"""The reader's reading comfort as values: theme, type and punctuation (ReadingPrefs), kept in
QSettings (reader.gui.settings), and the body font they give. Apart from the Preferences dialog
(reader.gui.preferences) that sets them: the window and its page need these before their first
paint, the dialog's widgets only when it opens."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtGui import QFont, QFontDatabase


class ReadingPrefs(
    NamedTuple
):  # a NamedTuple, not a frozen dataclass: made at launch, 2-3 M instructions fewer (issue 32)
    """How the page is set (Preferences): theme, font, spacing and line length."""

    theme: str = "system"
    font_family: str = ""  # "" : the first installed font that covers Chinese
    font_size: float = 14.0  # points, before zoom
    line_height: int = 175  # percent: CJK text without descenders needs air between lines
    paragraph_spacing: float = 0.6  # in lines
    indent: bool = True  # two characters at the start of a paragraph, as Chinese print does
    max_width: int = 38  # characters per line; 0 lets lines run the full width
    clean_punctuation: bool = True


RANGES = {"font_size": (8, 48), "line_height": (100, 300), "paragraph_spacing": (0, 3), "max_width": (0, 200)}
"""What the Preferences dialog's spin boxes allow; a setting outside is not used (Settings)."""


def chinese_families() -> list[str]:
    families = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    families += [f for f in QFontDatabase.families(QFontDatabase.WritingSystem.TraditionalChinese) if f not in families]
    return families


# fonts made for long Chinese text, tried in turn when the reader has chosen none
PREFERRED = (
    "Noto Serif CJK SC",
    "Noto Sans CJK SC",
    "Source Han Serif SC",
    "Source Han Sans SC",
    "Noto Serif CJK TC",
    "Noto Sans CJK TC",
    "PingFang SC",
    "Microsoft YaHei",
    "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei",
)


def body_font(prefs: ReadingPrefs) -> QFont:
    families = chinese_families()
    if prefs.font_family in families:
        family = prefs.font_family
    else:
        family = next((f for f in PREFERRED if f in families), families[0] if families else "")
    font = QFont(family) if family else QFont()
    font.setPointSizeF(prefs.font_size)
    return font
