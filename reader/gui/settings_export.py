"""What the export dialog was last set to, as the settings keep it (export/…): read back
checked, as every setting is (reader.gui.settings), and stored."""

from __future__ import annotations

from dataclasses import asdict
from typing import TYPE_CHECKING

from reader.core.script_names import Script
from reader.gui.settings import path_value, text_value

if TYPE_CHECKING:
    from reader.gui.export_choice import ExportChoice
    from reader.gui.settings import Settings


def _handout_style(name: str) -> bool:
    """A hand-out style Reader has (the exporters load when first used, not at launch)."""
    from reader.core.export.handout_styles import HANDOUT_STYLES

    return name in (style.name for style in HANDOUT_STYLES)


def export_values(settings: Settings) -> dict:
    """The export choices stored and usable, by ExportChoice's field (those missing or reset
    take its defaults): Settings.check_all reads them without making one."""
    checked, checked_bool = settings.checked, settings.checked_bool
    read = {
        "format": checked("export/format", None, text_value),
        "script": checked("export/script", None, text_value, lambda s: s in ("", *Script)),
        "scope": checked("export/scope", None, text_value),
        # one string, not a list: QSettings' INI files give a one-item list back as a plain string
        "colours": checked("export/colours", None, lambda raw: tuple(n for n in text_value(raw).split(",") if n)),
        "whole_text": checked_bool("export/whole_text", None),
        "folder": checked("export/folder", None, path_value),
        "style": checked("export/style", None, text_value, _handout_style),
        "summary": checked_bool("export/summary", None),
    }
    return {name: value for name, value in read.items() if value is not None}


def export_choice(settings: Settings) -> ExportChoice:
    """What the export dialog was last set to (its defaults for what is not stored)."""
    from reader.gui.export_choice import ExportChoice  # with the export dialog, not at launch

    return ExportChoice(**export_values(settings))


def store_export_choice(settings: Settings, choice: ExportChoice) -> None:
    for key, value in asdict(choice).items():
        if key == "colours":
            if value is None:  # every colour: nothing to store
                settings.remove("export/colours")
                continue
            value = ",".join(value)
        settings.setValue(f"export/{key}", value)
