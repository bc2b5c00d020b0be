"""Where Reader keeps what it writes, for the window and the command line alike."""

from __future__ import annotations

import os
from pathlib import Path

from reader import APP_NAME


def data_dir() -> Path:
    """READER_DATA_DIR when set (tests, portable installs), else the platform's app data folder.
    Needs only QtCore, so the headless commands find the same folder without a screen."""
    override = os.environ.get("READER_DATA_DIR")
    if override:
        path = Path(override)
    else:
        from PySide6.QtCore import QCoreApplication, QStandardPaths

        QCoreApplication.setApplicationName(APP_NAME)
        QCoreApplication.setOrganizationName(APP_NAME)
        path = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DataDirError(path, exc.strerror or str(exc)) from None
    if not path.is_dir():
        raise DataDirError(path, "not a folder")
    return path


class DataDirError(OSError):
    """The data folder cannot be made or used; the message names it and the reason."""

    def __init__(self, path: Path, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: {reason}")


def fallback_data_dir() -> Path:
    """Somewhere to keep this run's annotations when the data folder cannot be used."""
    import tempfile

    return Path(tempfile.mkdtemp(prefix="reader-data-"))
