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
    path.mkdir(parents=True, exist_ok=True)
    return path
