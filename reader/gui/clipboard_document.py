"""File ▸ New from Clipboard: what the reader copied (a web page's HTML, or plain text) becomes
a document file in the data folder, opened and annotated like any other (core.pasted)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication

from reader.core.pasted import PasteError, paste_document


class PasteFailed(Exception):
    """Why nothing could be made of the clipboard, in the reader's words."""


def save_clipboard(data_dir: Path) -> Path:
    """The new document's path. Raises PasteFailed (nothing to read, or the folder cannot be written)."""
    data = QGuiApplication.clipboard().mimeData()
    try:
        return paste_document(
            data_dir,
            html=data.html() if data is not None and data.hasHtml() else None,
            text=data.text() if data is not None and data.hasText() else None,
        )
    except PasteError:
        raise PasteFailed(
            QCoreApplication.translate("ClipboardDocument", "The clipboard holds no text to read.")
        ) from None
    except OSError as exc:
        raise PasteFailed(
            QCoreApplication.translate("ClipboardDocument", "Could not save the pasted document: {error}").format(
                error=exc.strerror or exc
            )
        ) from None
