"""Why a document could not be opened, in the reader's words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from reader.core.document import MAX_BYTES, DocumentError
from reader.core.plural import counted, plural


def reason(exc: DocumentError) -> str:
    reasons = {
        "missing": QCoreApplication.translate("OpenErrors", "The file does not exist."),
        "folder": QCoreApplication.translate("OpenErrors", "This is a folder, not a document."),
        "too_large": QCoreApplication.translate(
            "OpenErrors", "The file is too large: Reader opens documents of up to {limit} MB."
        ).format(limit=MAX_BYTES // 2**20),
        "expands": QCoreApplication.translate(
            "OpenErrors", "The file unpacks to far more than a document holds ({detail}); Reader refuses it."
        ).format(detail=exc.reason.removeprefix("the file expands to too much: ")),
        "permission": QCoreApplication.translate("OpenErrors", "You are not allowed to read this file."),
        "binary": QCoreApplication.translate("OpenErrors", "This is not a text file: it holds binary data."),
        "special": QCoreApplication.translate(
            "OpenErrors", "This is a device or a pipe, not a file: Reader opens only regular files."
        ),
        "undecodable": QCoreApplication.translate(
            "OpenErrors", "The text is in none of the encodings Reader reads (UTF-8, UTF-16, GB18030, Big5)."
        ),
        "empty": QCoreApplication.translate("OpenErrors", "The file is empty."),
        "damaged": QCoreApplication.translate("OpenErrors", "The file is damaged and cannot be read."),
        "encrypted": QCoreApplication.translate(
            "OpenErrors", "The file is protected by a password or DRM; Reader opens only unprotected files."
        ),
        "no_text": QCoreApplication.translate(
            "OpenErrors",
            "This PDF has no text layer: its pages are scanned images. Make a searchable PDF with OCR first (for example with ocrmypdf).",
        ),
        "no_article": QCoreApplication.translate(
            "OpenErrors", "Reader found no article on this web page (only menus, links or scripts)."
        ),
        "unsupported": QCoreApplication.translate(
            "OpenErrors", "This is an older Word file (.doc); save it as .docx in Word or LibreOffice."
        ),
    }
    return reasons.get(exc.code, exc.reason)


def describe(exc: DocumentError) -> str:
    """The file and the reason, for the message box."""
    return QCoreApplication.translate("OpenErrors", "{file}\n\n{reason}").format(file=exc.path, reason=reason(exc))


def describe_all(failures: list[DocumentError]) -> str:
    """Several files that could not be opened together (a launch's, a hand-over's): each
    with its reason, in one message."""
    if len(failures) == 1:
        return describe(failures[0])
    head = QCoreApplication.translate("OpenErrors", "{count} files could not be opened:").format(count=len(failures))
    return "\n\n".join([head, *(f"{exc.path}\n{reason(exc)}" for exc in failures)])


def damaged(document) -> str:
    """What the status bar says of a file that opened with characters it could not read."""
    return plural(
        document.damaged,
        QCoreApplication.translate(
            "OpenErrors", "{file}: 1 damaged character could not be read in {encoding} and is shown as �."
        ),
        QCoreApplication.translate(
            "OpenErrors", "{file}: {count} damaged characters could not be read in {encoding} and are shown as �."
        ),
    ).format(file=document.name, count=counted(document.damaged), encoding=document.encoding.upper())
