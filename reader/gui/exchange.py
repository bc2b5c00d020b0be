"""Annotations out and in: the export dialog and file, Markdown on the clipboard, and import
with its report. It presents core.export for the Reading it is given.

The exporters, the importer and the dialog load when first used: every reading has an
exchange, and importing them all cost each launch 6 ms before the window could paint."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QGuiApplication

from reader.core.atomic import atomic_write
from reader.core.plural import plural
from reader.core.scripts import DEFAULT_VARIANT, TO_SIMPLIFIED, Script
from reader.gui import palette
from reader.gui.back_pointer import BackPointer
from reader.models.annotation_model import format_date
from reader.models.plain_text import escaped

if TYPE_CHECKING:
    from reader.core.export import Labels


_DATE = "{year}-{month:02}-{day:02} {hour:02}:{minute:02}"  # the source text of the date's translation


class AnnotationExchange(QObject):
    reading = BackPointer()  # the Reading owns this controller (reader.gui.back_pointer)

    def __init__(self, reading) -> None:
        super().__init__(reading)
        self.reading = reading

    def current_section(self):
        return self.reading.session.outline.group_at(self.reading.view.caret_original())

    def export_labels(self) -> Labels:
        """The words an export adds, in the interface language; dates in its locale."""
        from reader.core.export import Labels, date_format

        # a translation gives the date its own order (2026年12月5日 14:30); English keeps the locale's
        date = self.tr("{year}-{month:02}-{day:02} {hour:02}:{minute:02}")  # lupdate reads literals only
        return Labels(
            orphans=self.tr("Not found in the current text"),
            no_colour=self.tr("no colour"),
            underline=self.tr("underline"),
            colours=palette.labels(),  # the style table's names, translated
            format_date=format_date if date == _DATE else date_format(date),
            highlight_style=self.tr("{colour}"),
            underline_style=self.tr("{colour}, {underline}"),
            source=self.tr("{source}"),
            separator=self.tr(" · "),
            converted=self.tr("quotes converted to {script} from the original {original}"),
            section=self.tr("Section"),
            total=self.tr("Total"),
        )

    def export_to(
        self,
        fmt: str,
        script: Script,
        scope: str,
        path: Path,
        colours: frozenset[str] | None = None,
        whole_text: bool = False,
        style: str = "study",
        summary: bool = False,
    ) -> bool:
        """Write the export; `colours` (style names, NO_COLOUR) None means all of them. A PDF
        is the whole document with every highlight, as printed (gui/printing.py). Nothing is
        written when no annotation is chosen: the reader is told why (nothing_to_export)."""
        from PySide6.QtWidgets import QMessageBox  # its type and enums: when a box is first shown

        from reader.core.export import gather, render_bytes

        if self.nothing_to_export():
            return False
        data = gather(
            self.reading.session,
            script,
            scope,
            self.current_section(),
            self.export_labels(),
            colours,
            whole_text,
            style=style,
            summary=summary,
        )
        if not data.items and fmt != "pdf":  # the PDF is the whole document: its scope and colours are off
            self._tell(self.tr("None of the annotations is in the chosen scope and colours: nothing was exported."))
            return False
        try:
            # whole or not at all: an export that fails half-way never replaces the last good one
            atomic_write(Path(path), self._pdf(script, style) if fmt == "pdf" else render_bytes(data, fmt), shared=True)
        except OSError as exc:
            QMessageBox.warning(
                self.reading.dialog_parent(), self.tr("Export failed"), escaped(f"{path}\n\n{exc.strerror or exc}")
            )
            return False
        said = plural(
            len(data.items), self.tr("Exported 1 annotation to {path}"), self.tr("Exported {n} annotations to {path}")
        )
        self.reading.status(said.format(n=len(data.items), path=path), 5000)
        return True

    def _pdf(self, script: Script, style: str) -> bytes:
        """The printed document in the hand-out `style` as a PDF's bytes."""
        from reader.gui.printing import pdf_bytes

        return pdf_bytes(self.reading.session, script, self.reading.view.prefs, style)

    def file_stem(self) -> str:
        """The name an export proposes: the document's title with " notes" (学习笔记 in
        Chinese), without the characters a file name cannot hold. Its words are in the
        title's script, the page's, not the interface's (a 繁體 title with 学习笔记 mixed the
        two): the name is the document's, as the hand-out's text is in the page's script."""
        session = self.reading.session
        title = session.title_in(self.reading.script) or (session.document.path.stem if session.document.path else "")
        words = self.tr("{title} notes") if title else self.tr("notes")
        script = self.reading.script
        script = session.views.original_script if script is Script.ORIGINAL else script
        config = TO_SIMPLIFIED if script is Script.SIMPLIFIED else session.views.plan.traditional or DEFAULT_VARIANT
        from reader.gui.export_names import export_stem  # with an export: its Han pattern not at launch

        return export_stem(words, title, config)

    def nothing_to_export(self) -> bool:
        """The document has no annotation: said, so no command writes an empty hand-out or
        copies one; every way out (Export, Copy as Markdown) asks this first."""
        if len(self.reading.session.annotations):
            return False
        self._tell(self.tr("This document has no annotations yet, so there is nothing to export."))
        return True

    def _tell(self, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox  # its type and enums: when a box is first shown

        QMessageBox.information(self.reading.dialog_parent(), self.tr("Export Annotations"), text)

    def export_dialog(self) -> None:
        from reader.gui.export_dialog import ExportDialog

        if self.nothing_to_export():  # before the dialog: no choices to make for nothing
            return
        dialog = ExportDialog(
            self.reading.settings, self.file_stem(), self.reading.script, self.reading.dialog_parent()
        )
        if dialog.exec():
            chosen = dialog.choice()
            self.export_to(
                chosen.format,
                chosen.script,
                chosen.scope,
                chosen.path,
                chosen.colours,
                chosen.whole_text,
                chosen.style,
                chosen.summary,
            )

    def copy_markdown(self) -> None:
        from reader.core.export import gather, render

        if self.nothing_to_export():  # the clipboard keeps what it held
            return
        QGuiApplication.clipboard().setText(
            render(gather(self.reading.session, self.reading.script, labels=self.export_labels()), "md")
        )
        self.reading.status(self.tr("Annotations copied as Markdown."), 3000)

    def import_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog  # its type (and its enums) when first asked for

        from reader.gui.file_dialogs import roomy

        with roomy(self.reading.dialog_parent()):
            path, _ = QFileDialog.getOpenFileName(
                self.reading.dialog_parent(),
                self.tr("Import Annotations"),
                "",
                self.tr("Annotation files (*.json);;All files (*)"),
            )
        if path:
            self.import_from(Path(path))

    def import_from(self, path: Path) -> bool:
        from PySide6.QtWidgets import QMessageBox  # its type and enums: when a box is first shown

        from reader.core.export.importing import ForeignSourceError, plan_import
        from reader.core.export.webanno import AnnotationImportError, parse

        try:
            imported = parse(path.read_text(encoding="utf-8"))
            try:
                changes, report = plan_import(self.reading.session, imported)
            except ForeignSourceError as exc:
                answer = QMessageBox.question(
                    self.reading.dialog_parent(),
                    self.tr("Import annotations"),
                    escaped(
                        self.tr(
                            "These annotations were made on another document:\n{sources}\n\nImport them into this one?"
                        ).format(sources="\n".join(exc.sources[:3]))
                    ),
                )
                if answer != QMessageBox.StandardButton.Yes:
                    return False
                changes, report = plan_import(self.reading.session, imported, allow_foreign=True)
        except (OSError, UnicodeDecodeError, AnnotationImportError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) else str(exc)
            QMessageBox.warning(
                self.reading.dialog_parent(), self.tr("Cannot import annotations"), escaped(f"{path}\n\n{reason}")
            )
            return False
        if changes:
            self.reading.controller.push_many(changes, self.tr("Import annotations"))
        QMessageBox.information(
            self.reading.dialog_parent(),
            self.tr("Annotations imported"),
            self.tr(
                "{added} added, {updated} updated, {unchanged} already present, {orphaned} not found in the text."
            ).format(added=report.added, updated=report.updated, unchanged=report.unchanged, orphaned=report.orphaned),
        )
        return True
