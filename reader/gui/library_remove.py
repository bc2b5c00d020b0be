"""Remove from Library (Delete, and the table's context menu): the selected documents taken out
of the library's list and index. Their files and notes are kept; adding a file again brings it
back. The removal is remembered in members.json (reader.core.library.members_sync), so the
other computer's list, brought by a sync tool, does not bring the document back."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QTableView

from reader.core.library.catalogue import Catalogue
from reader.core.plural import plural
from reader.models.library_model import IdentityRole


class LibraryRemover(QObject):
    removed = Signal(str)
    """What was removed, said in the reader's language."""
    failed = Signal(str)

    def __init__(self, table: QTableView, catalogue: Catalogue, run: Callable, parent: QObject | None = None) -> None:
        """`run(work, done, failed)`: work in a thread (Background.run), as tagging is."""
        super().__init__(parent)
        self.table, self.catalogue, self.run = table, catalogue, run
        self.action = QAction(self.tr("Remove from Library"), table)
        self.action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Delete), QKeySequence(Qt.Key.Key_Backspace)])
        self.action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.action.triggered.connect(self.remove_selected)
        table.addAction(self.action)

    def remove_selected(self) -> None:
        model = self.table.selectionModel()
        identities = [i.data(IdentityRole) for i in model.selectedRows()] if model is not None else []
        if not identities:
            return

        def work() -> int:
            for identity in identities:
                self.catalogue.forget(identity)
            return len(identities)

        said = plural(
            len(identities),
            self.tr("1 document removed from the library (its file and notes are kept)."),
            self.tr("{n} documents removed from the library (their files and notes are kept)."),
        ).format(n=len(identities))
        self.run(work, lambda _n: self.removed.emit(said), lambda exc: self.failed.emit(str(exc)))
