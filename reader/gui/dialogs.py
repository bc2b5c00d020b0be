"""The window's small dialogs: choosing documents to open, About. Each gets its parent widget
and what it needs, never the window's insides."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from reader import __version__


def choose_documents(parent: QWidget, folder: Path | None) -> list[str]:
    """File ▸ Open: the files chosen (none when cancelled), starting in `folder`."""
    paths, _ = QFileDialog.getOpenFileNames(
        parent,
        QCoreApplication.translate("Dialogs", "Open Document"),
        str(folder or ""),
        QCoreApplication.translate("Dialogs", "Text files (*.txt *.md);;All files (*)"),
    )
    return paths


def show_about(parent: QWidget) -> None:
    QMessageBox.about(
        parent,
        QCoreApplication.translate("Dialogs", "About Reader"),
        QCoreApplication.translate(
            "Dialogs",
            "<h3>Reader 研讀 {version}</h3><p>A study reader for Chinese documents: read, mark passages, "
            "write notes and hand them on.</p>",
        ).format(version=__version__),
    )
