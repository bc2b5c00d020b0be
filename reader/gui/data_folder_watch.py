"""The data folder moved or deleted while the window is open (reader.core.data_folder): said
once above the text, what could not be written kept in memory (reading progress, settings;
the notes keep their own, reader.gui.annotation_controller), and written once the folder is
back at its place."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer

from reader.core import data_folder
from reader.core.data_folder import DataFolderGone

RETRY_MS = 5000
"""How often a gone folder is looked for again (the notes' own retry is as often)."""


class DataFolderWatch(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window_ = window
        self.folder = Path(window.data_dir).absolute()
        data_folder.open_folder(self.folder)
        self.held: dict[object, Callable[[], None]] = {}
        """What could not be written, by what it is (a later change of the same replaces it)."""
        self.said = False
        self._timer = QTimer(self, interval=RETRY_MS, timeout=self._look)

    @property
    def gone(self) -> bool:
        return data_folder.gone(self.folder)

    def hold(self, key: object, save: Callable[[], None], error: OSError) -> bool:
        """A write that failed: kept to be done again, and said, when the data folder is gone
        (True); False for any other failure, which the caller says itself."""
        if not isinstance(error, DataFolderGone) and not self.gone:
            return False
        self.held[key] = save
        self.noticed()
        return True

    def noticed(self) -> None:
        """A writer found the data folder gone (or may have): said once, and looked for again."""
        if not self.gone:
            return
        if not self.said:
            self.said = True
            self.window_.messages.show_message(
                self.tr(
                    "The data folder {folder} is gone (moved or deleted?). Nothing is written anywhere else: "
                    "your notes, reading progress and settings are kept and saved there once it is back."
                ).format(folder=self.folder),
                error=True,
            )
        self._timer.start()

    def _look(self) -> None:
        if self.gone:
            return
        self._timer.stop()
        self.save_held()

    def save_held(self) -> bool:
        """Write what was kept; True when nothing is left waiting."""
        for key, save in list(self.held.items()):
            try:
                save()
            except OSError:
                continue
            del self.held[key]
        settings = self.window_.settings
        settings.write_held()
        if self.held or settings.held:
            return False
        if self.said:
            self.said = False
            if str(self.folder) in self.window_.messages.label.text():
                self.window_.messages.hide()
            self.window_.statusBar().showMessage(
                self.tr("The data folder is back: what was kept meanwhile is saved in it."), 5000
            )
        return True

    @property
    def waiting(self) -> bool:
        """Something is kept that could not be written yet."""
        return bool(self.held or self.window_.settings.held)

    def may_close(self) -> bool:
        """Before the window closes: what is kept is written now, or the reader chose to lose
        it (never written elsewhere: nothing then makes the folder again); False: cancelled."""
        from PySide6.QtWidgets import QMessageBox

        while self.waiting and not self.save_held():
            answer = QMessageBox.warning(
                self.window_,
                self.tr("Reading progress and settings not saved"),
                self.tr(
                    "The data folder {folder} is gone (moved or deleted?), so your latest reading progress "
                    "and settings could not be saved in it.\n\nPut it back and try again, or quit and lose them?"
                ).format(folder=self.folder),
                QMessageBox.StandardButton.Retry
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Retry,
            )
            if answer == QMessageBox.StandardButton.Discard:
                self.held.clear()
                self.window_.settings.held.clear()
                return True
            if answer == QMessageBox.StandardButton.Cancel:
                return False
        return True
