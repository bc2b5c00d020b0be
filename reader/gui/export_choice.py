"""What the export dialog was last set to (kept by reader.gui.settings). A module of its own:
the launch reads the settings but exports nothing, and a frozen dataclass costs about 5 M
instructions to make (issue 32)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class ExportChoice:
    """What the export dialog was last set to."""

    format: str = "docx"  # a hand-out to pass on, the first time
    script: str = ""  # "" : the script on screen
    scope: str = "all"
    colours: tuple[str, ...] | None = None  # None: every colour, and the notes without one
    whole_text: bool = False
    folder: str = field(default_factory=lambda: str(Path.home()))
    style: str = "study"  # a Word hand-out's look (core/export/handout_styles.py)
    summary: bool = False  # a Word hand-out opens with a table of highlights per section and colour
