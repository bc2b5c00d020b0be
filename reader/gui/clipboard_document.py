"""File ▸ New from Clipboard: what the reader copied (a web page's HTML, or plain text) becomes
a document file in the data folder, opened and annotated like any other (core.pasted)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication

from reader.core.document import MAX_BYTES
from reader.core.pasted import PasteError, paste_document


def _reason(exc: PasteError) -> str:
    return {
        "binary": QCoreApplication.translate(
            "ClipboardDocument", "the clipboard holds binary data (a NUL character), not text"
        ),
        "too_large": QCoreApplication.translate(
            "ClipboardDocument", "the clipboard holds more text than a document may have ({limit} MB)"
        ).format(limit=MAX_BYTES // 2**20),
        "undecodable": QCoreApplication.translate(
            "ClipboardDocument", "the clipboard's text holds characters that cannot be saved"
        ),
    }.get(exc.code, str(exc))


class PasteFailed(Exception):
    """Why nothing could be made of the clipboard, in the reader's words. `refused`: the
    clipboard holds something that is not a document (binary, too large), which the window
    says in a message box, not only in the status bar."""

    def __init__(self, message: str, refused: bool = False) -> None:
        super().__init__(message)
        self.refused = refused


def save_clipboard(data_dir: Path) -> Path:
    """The new document's path. Raises PasteFailed (nothing to read, or the folder cannot be written)."""
    data = QGuiApplication.clipboard().mimeData()
    try:
        return paste_document(
            data_dir,
            html=data.html() if data is not None and data.hasHtml() else None,
            text=data.text() if data is not None and data.hasText() else None,
        )
    except PasteError as exc:
        if exc.code == "empty":
            raise PasteFailed(
                QCoreApplication.translate("ClipboardDocument", "The clipboard holds no text to read.")
            ) from None
        raise PasteFailed(
            QCoreApplication.translate(
                "ClipboardDocument",
                "Nothing was saved: {reason}. The clipboard still holds it; paste it into a text editor to see it.",
            ).format(reason=_reason(exc)),
            refused=True,
        ) from None
    except OSError as exc:
        raise PasteFailed(
            QCoreApplication.translate("ClipboardDocument", "Could not save the pasted document: {error}").format(
                error=exc.strerror or exc
            )
        ) from None
