"""Library ▸ Stop Watching: the watched folders, filled as the menu opens; choosing one stops
watching it (reader.core.library.watching.unwatch). The documents found in it stay in the
library with their notes and reading progress: only new and changed files stop being added."""

from __future__ import annotations

from PySide6.QtWidgets import QMenu

from reader.models.plain_text import escaped

STATUS_MS = 8000


class StopWatchingMenu(QMenu):
    def __init__(self, window) -> None:
        super().__init__(self.tr("Sto&p Watching"), window)
        self.setObjectName("menu_stop_watching")
        self.window_ = window
        self.aboutToShow.connect(self.fill)

    def fill(self) -> None:
        from reader.core.library.watching import watched_folders  # the library loads when used

        self.clear()
        for folder in watched_folders(self.window_.data_dir):
            action = self.addAction(folder.replace("&", "&&"))
            action.setToolTip(escaped(folder))
            action.triggered.connect(lambda _=False, f=folder: self.stop(f))
        if self.isEmpty():
            self.addAction(self.tr("(no folder watched)")).setEnabled(False)

    def stop(self, folder: str) -> None:
        from reader.gui.folder_watch import folder_watch_of

        folder_watch_of(self.window_).unwatch(folder)
        message = self.tr("Stopped watching {folder}: its documents and notes stay in the library.")
        self.window_.statusBar().showMessage(message.format(folder=folder), STATUS_MS)


def own_menus(window) -> dict[str, QMenu]:
    """The Library menu's parts the window fills itself, by their name in actions.FOLLOWED_BY_MENU."""
    return {"stop_watching": StopWatchingMenu(window)}
