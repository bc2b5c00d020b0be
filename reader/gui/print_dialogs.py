"""File ▸ Print and File ▸ Export as PDF for one reading, in the script it is shown in."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from reader.gui.export_names import export_stem
from reader.gui.file_dialogs import roomy
from reader.gui.printing import build_print_document, page_layout, print_document, write_pdf
from reader.gui.reading_prefs import ReadingPrefs
from reader.gui.settings_export import export_choice


def print_reading(reading, prefs: ReadingPrefs, parent: QWidget) -> None:
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter  # loaded when first printing

    from reader.core.export.handout_styles import handout_style

    style = handout_style(export_choice(reading.settings).style)  # the hand-out look last chosen
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(page_layout(style))
    # the job's name in the printer's queue, the title of a PDF printed to a file, and that
    # file's name in Qt's dialog (it proposed ~/print.pdf, the PDF untitled)
    printer.setDocName(export_stem("{title}", reading.session.title_in(reading.script)))
    printer.setCreator("Reader 研讀")
    if QPrintDialog(printer, parent).exec():
        try:
            print_document(
                build_print_document(reading.session, reading.script, prefs, printer.resolution(), style),
                printer,
                style,
            )
        except OSError as exc:  # a printer (or its PDF file) that cannot be written to
            _say_failed(parent, printer.outputFileName() or printer.printerName(), exc)


def export_pdf(reading, prefs: ReadingPrefs, parent: QWidget) -> None:
    stem = reading.path.stem if reading.path else "document"
    with roomy(parent):
        path, _ = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("PrintDialogs", "Export as PDF"),
            str(Path.home() / f"{stem}.pdf"),
            QCoreApplication.translate("PrintDialogs", "PDF files (*.pdf)"),
        )
    if not path:
        return
    try:  # whole or not at all: a PDF already there stays as it was
        write_pdf(path, reading.session, reading.script, prefs, export_choice(reading.settings).style)
    except OSError as exc:
        _say_failed(parent, path, exc)
        return
    reading.status(QCoreApplication.translate("PrintDialogs", "Saved {path}").format(path=path), 5000)


def _say_failed(parent: QWidget, target: str, exc: OSError) -> None:
    from PySide6.QtWidgets import QMessageBox  # its type and enums: when a box is first shown

    from reader.models.plain_text import escaped

    title = QCoreApplication.translate("PrintDialogs", "Could not write the PDF")
    QMessageBox.warning(parent, title, escaped(f"{target}\n\n{exc.strerror or exc}"))
