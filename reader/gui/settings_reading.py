"""The reading comfort chosen in Preferences (reader.gui.reading_prefs), as the settings keep
it (reading/…, a key per ReadingPrefs field): read back checked, as every setting is
(reader.gui.settings), and stored."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.gui.reading_prefs import RANGES, ReadingPrefs
from reader.gui.settings import text_value
from reader.gui.theme import THEMES

if TYPE_CHECKING:
    from reader.gui.settings import Settings


def reading_prefs(settings: Settings) -> ReadingPrefs:
    """The reading comfort stored, each field checked (one missing or unusable: its default)."""
    values = {}
    for name, default in ReadingPrefs._field_defaults.items():  # every field has its default
        key = f"reading/{name}"
        if isinstance(default, bool):
            values[name] = settings.checked_bool(key, default)
            continue
        low, high = RANGES.get(name, (None, None))
        kind = type(default)

        def parse(raw, kind=kind):
            # a number as this process stored it, or as text from the file; never a list
            return kind(raw if isinstance(raw, (int, float)) and kind is not str else text_value(raw))

        def valid(value, name=name, low=low, high=high) -> bool:
            if name == "theme":
                return value in THEMES
            return low is None or low <= value <= high  # NaN is in no range

        values[name] = settings.checked(key, default, parse, valid)
    return ReadingPrefs(**values)


def store_reading_prefs(settings: Settings, prefs: ReadingPrefs) -> None:
    for key, value in prefs._asdict().items():
        settings.setValue(f"reading/{key}", value)
