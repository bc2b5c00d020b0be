"""File ▸ Open Recent: the documents opened last, newest first, filled as the menu opens."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMenu

from reader.gui.settings import Settings
from reader.models.plain_text import escaped


class RecentMenu(QMenu):
    openRequested = Signal(str)

    def __init__(self, settings: Settings, parent=None) -> None:
        super().__init__(self.tr("Open &Recent"), parent)
        self.settings = settings
        self.aboutToShow.connect(self.fill)

    def fill(self) -> None:
        self.clear()
        for i, entry in enumerate(self.settings.recent(), start=1):
            action = self.addAction(f"&{i % 10} {entry.title} — {Path(entry.path).name}")
            action.setToolTip(escaped(entry.path))
            action.triggered.connect(lambda _=False, p=entry.path: self.openRequested.emit(p))
        if self.isEmpty():
            self.addAction(self.tr("(none)")).setEnabled(False)
