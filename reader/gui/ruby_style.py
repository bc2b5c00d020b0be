"""How the syllables over the text are written (View ▸ Pinyin): pinyin or Zhuyin, and whether
each is coloured by its tone. Kept in the settings; every page of the window shows the same.

The tone colours are Pleco's default scheme (1 red, 2 green, 3 blue, 4 purple, neutral grey),
one shade for a light page and a lighter one for a dark page, each readable on its background
at the syllables' half size: contrast ≥ 4.5 : 1 on the light, sepia and dark themes' pages
(#ffffff, #f6efdf, #1b1b1b)."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtGui import QColor

from reader.core.tones import NEUTRAL


class RubyStyle(
    NamedTuple
):  # a NamedTuple, not a frozen dataclass: made at launch, 2-3 M instructions fewer (issue 32)
    """How the syllables over the text are written: pinyin or Zhuyin, tone colours or not."""

    zhuyin: bool = False
    """Zhuyin (注音) instead of pinyin."""
    tone_colours: bool = False


TONE_COLOURS: dict[int, tuple[str, str]] = {
    1: ("#c62828", "#ff8a80"),  # red
    2: ("#2e7d32", "#69f0ae"),  # green
    3: ("#1565c0", "#82b1ff"),  # blue
    4: ("#7b1fa2", "#ea80fc"),  # purple
    NEUTRAL: ("#616161", "#bdbdbd"),  # grey
}
"""tone → (on a light page, on a dark page)."""


def tone_colour(tone: int, dark: bool) -> QColor:
    light_shade, dark_shade = TONE_COLOURS.get(tone, TONE_COLOURS[NEUTRAL])
    return QColor(dark_shade if dark else light_shade)


def load(settings) -> RubyStyle:
    return RubyStyle(zhuyin=settings.pinyin_zhuyin, tone_colours=settings.pinyin_tone_colours)


def restore(window) -> None:
    """The View ▸ Pinyin commands checked as the settings say (at launch)."""
    style = load(window.settings)
    window.actions["pinyin_tone_colours"].setChecked(style.tone_colours)
    window.actions["ruby_zhuyin" if style.zhuyin else "ruby_pinyin"].setChecked(True)


def set_style(window, **change) -> None:
    """View ▸ Pinyin ▸ Tone Colours, Pinyin / Zhuyin: kept, and shown on every page at once."""
    style = load(window.settings)._replace(**change)
    window.settings.pinyin_zhuyin = style.zhuyin
    window.settings.pinyin_tone_colours = style.tone_colours
    for reading in window.readings():
        reading.view.pinyin.set_style(style)
