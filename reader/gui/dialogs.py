"""The window's small dialogs: choosing documents to open, About. Each gets its parent widget
and what it needs, never the window's insides."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from reader import __version__
from reader.core.formats import open_dialog_filters
from reader.gui.file_dialogs import roomy

# the formats' names as reader.core.formats spells them, marked here for lupdate
FORMAT_LABELS = (
    QT_TRANSLATE_NOOP("Dialogs", "All documents"),
    QT_TRANSLATE_NOOP("Dialogs", "Text files"),
    QT_TRANSLATE_NOOP("Dialogs", "Markdown"),
    QT_TRANSLATE_NOOP("Dialogs", "Web pages"),
    QT_TRANSLATE_NOOP("Dialogs", "Word documents"),
    QT_TRANSLATE_NOOP("Dialogs", "PDF documents"),
    QT_TRANSLATE_NOOP("Dialogs", "EPUB books"),
)
# the labels of Qt's own file dialog (where the desktop has none of its own) that Qt 6's
# catalogues leave in English: they translate "Look in:" and "Files of type:", which the dialog
# no longer asks for. Reader's catalogue answers in Qt's context.
QT_FILE_DIALOG_LABELS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)


def open_filter() -> str:
    """The Open dialog's filter: every document Reader reads first, then each format, then any file."""
    filters = [
        f"{QCoreApplication.translate('Dialogs', label)} ({' '.join(globs)})" for label, globs in open_dialog_filters()
    ]
    return ";;".join([*filters, QCoreApplication.translate("Dialogs", "All files (*)")])


def choose_documents(parent: QWidget, folder: Path | None, title: str = "") -> list[str]:
    """File ▸ Open (or what `title` says: the Library's Add Files): the files chosen (none when
    cancelled), starting in `folder`."""
    with roomy(parent):
        paths, _ = QFileDialog.getOpenFileNames(
            parent,
            title or QCoreApplication.translate("Dialogs", "Open Document"),
            str(folder or ""),
            open_filter(),
        )
    return paths


def choose_version(parent: QWidget, folder: Path | None, title: str) -> list[str]:
    """Compare ▸ With…: the one document to set beside `title` (none when cancelled), in a
    dialog that says so (it said Open Document, and took several files of which one was used)."""
    with roomy(parent):
        path, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("Dialogs", "Compare “{title}” With…").format(title=title),
            str(folder or ""),
            open_filter(),
        )
    return [path] if path else []


def show_about(parent: QWidget) -> None:
    import html

    from reader.core.dictionary import LICENCE

    QMessageBox.about(
        parent,
        QCoreApplication.translate("Dialogs", "About Reader"),
        QCoreApplication.translate(
            "Dialogs",
            "<h3>Reader 研讀 {version}</h3><p>A study reader for Chinese documents: read, mark passages, "
            "write notes and hand them on.</p>",
        ).format(version=__version__)
        + f"<p><small>{html.escape(LICENCE)}</small></p>",  # the dictionary's notice (CC BY-SA 4.0)
    )
