"""Settings changed while the data folder is gone (reader.core.data_folder): held in memory.

QSettings would make the folder again at its old path (it makes the folders a settings file
needs, at any change and when it is destroyed), so a change made while the folder is gone is
kept out of it and written by `write_held` once the folder is back. Reads see the held changes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings

REMOVED = object()
"""What a key removed while the folder is gone holds."""


class HeldSettings(QSettings):
    """A QSettings INI file that holds its changes while its data folder is gone."""

    def __init__(self, path: Path | str) -> None:
        super().__init__(str(path), QSettings.Format.IniFormat)
        self.held: dict[str, object] = {}
        """Changes made while the data folder is gone, in order; a removed key holds REMOVED."""
        self.when_held: Callable[[], None] | None = None
        """Told when a change is held (the window says the folder is gone)."""

    def _folder_gone(self) -> bool:
        from reader.core.data_folder import gone_at

        return gone_at(Path(self.fileName())) is not None

    def setValue(self, key: str, value) -> None:  # noqa: N802 (QSettings' name)
        if self.held or self._folder_gone():
            self.held.pop(key, None)  # a later change goes after the earlier ones
            self.held[key] = value
            self._told()
            return
        super().setValue(key, value)

    def remove(self, key: str) -> None:
        if self.held or self._folder_gone():
            for name in [k for k in self.held if k == key or k.startswith(key + "/")]:
                del self.held[name]
            self.held[key] = REMOVED
            self._told()
            return
        super().remove(key)

    def _told(self) -> None:
        if self.when_held is not None:
            self.when_held()

    def value(self, key: str, default=None, type=None):  # noqa: A002 (QSettings' name)
        if self.held:
            found = self._held_value(key)
            if found is not None:
                return None if found is REMOVED else found
        return super().value(key, default) if type is None else super().value(key, default, type)

    def _held_value(self, key: str):
        for name in reversed(self.held):
            if name == key:
                return self.held[name]
            if self.held[name] is REMOVED and key.startswith(name + "/"):
                return REMOVED
        return None

    def sync(self) -> None:
        if not self.held:  # nothing is in QSettings unwritten while the folder is gone
            super().sync()

    def write_held(self) -> None:
        """Write the changes kept while the data folder was gone, once it is back."""
        if not self.held or self._folder_gone():
            return
        held, self.held = self.held, {}
        for key, value in held.items():
            if value is REMOVED:
                super().remove(key)
            else:
                super().setValue(key, value)
        super().sync()
