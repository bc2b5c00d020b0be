"""The Qt font for a hand-out style's text (core/export/handout_styles.py): the first face of
its chain that is installed, in the style's size, bold where the style says so or where a
stand-in takes the place of a heavy face (小标宋). The PDF embeds what this picks, so on a
machine without the official faces it names a real free face, in a real bold weight."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QFont, QFontDatabase

from reader.core.export.handout_styles import Face, TextStyle


@cache
def _installed() -> frozenset[str]:
    return frozenset(QFontDatabase.families())


def family_for(face: Face, language: str) -> str:
    """The first installed face of the chain; "" where none is (Qt's default then)."""
    installed = _installed()
    return next((name for name in face.chain(language) if name in installed), "")


def style_font(text: TextStyle, language: str, family: str = "") -> QFont:
    """`family` (the command line's --font) overrides the style's chain."""
    chosen = family or family_for(text.face, language)
    font = QFont(chosen) if chosen else QFont()
    font.setPointSizeF(text.size)
    # Noto CJK's localised forms (locl) swap digits in a Latin run ("Article 12", "[1]", a page
    # number) for glyphs its character map lacks, and Qt's PDF writer can then name no text for
    # them: the text layer lost every such digit. The face is already the language's own cut
    # (family_for), so its default forms are the localised ones.
    font.setFeature(QFont.Tag("locl"), 0)
    stand_in = chosen != text.face.east_asian(language)
    if text.bold or (text.face.heavy and stand_in):
        font.setWeight(QFont.Weight.Bold)  # the face's own Bold cut where it has one (Noto CJK does)
    return font
