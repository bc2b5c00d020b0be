"""Tags in the Library window: given to or taken from every selected document at once (the
table's context menu, and Ctrl+T), and a choice of tag that filters a list. The tags are kept
in the catalogue's members.json (reader.core.library.catalogue), so a rebuild keeps them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QInputDialog, QMenu, QTableView, QWidget

from reader.core.library.catalogue import Catalogue
from reader.core.plural import plural
from reader.models.library_model import IdentityRole, TagsRole


class TagChoice(QComboBox):
    """'Every tag' and each tag the library has: what a list is filtered by."""

    chosen = Signal(object)  # the tag, or None for every document

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.currentIndexChanged.connect(lambda _: self.chosen.emit(self.currentData()))
        self.set_tags([])

    def set_tags(self, tags: list[str]) -> None:
        """The tags offered, keeping the one chosen while it is still there."""
        current = self.currentData()
        self.blockSignals(True)
        self.clear()
        self.addItem(self.tr("Every tag"), None)
        for tag in tags:
            self.addItem(tag, tag)
        found = self.findData(current) if current is not None else 0
        self.setCurrentIndex(max(0, found))
        self.blockSignals(False)
        if current is not None and found < 0:
            self.chosen.emit(None)  # the tag went: every document again


class TagEditor(QObject):
    """Add Tag… (Ctrl+T) and Remove Tag ▸ for the documents selected in the Library's table."""

    changed = Signal()
    failed = Signal(str)

    def __init__(self, table: QTableView, catalogue: Catalogue, run: Callable, parent: QObject | None = None) -> None:
        """`run(work, done, failed)`: work in a thread (Background.run): the worker indexing a
        batch holds the database for seconds, and the window waits for nothing."""
        super().__init__(parent)
        self.table = table
        self.catalogue = catalogue
        self.run = run
        self.dialog: QInputDialog | None = None
        self.add_action = QAction(self.tr("Add Tag…"), table)
        self.add_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_T))
        self.add_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.add_action.triggered.connect(self.ask)
        table.addAction(self.add_action)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self.show_menu)

    def selected(self) -> list[tuple[str, tuple[str, ...]]]:
        """(identity, tags) of each selected document."""
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return [(i.data(IdentityRole), i.data(TagsRole)) for i in rows]

    def menu(self) -> QMenu:
        menu = QMenu(self.table)
        chosen = self.selected()
        menu.addAction(self.add_action)
        for action in self.table.actions():  # the table's other commands (Remove from Library)
            if action is not self.add_action:
                action.setEnabled(bool(chosen))
                menu.addAction(action)
        self.add_action.setEnabled(bool(chosen))
        tags = sorted({t for _, tags in chosen for t in tags})
        remove = menu.addMenu(self.tr("Remove Tag"))
        remove.setEnabled(bool(tags))
        for tag in tags:
            remove.addAction(tag).triggered.connect(self._apply_later([i for i, _ in chosen], remove=[tag]))
        return menu

    def show_menu(self, pos) -> None:
        self.menu().popup(self.table.viewport().mapToGlobal(pos))

    def ask(self) -> None:
        """The tag to give every selected document: typed, or one the library has (not modal:
        the window goes on answering)."""
        identities = [i for i, _ in self.selected()]
        if not identities:
            return
        dialog = self.dialog = QInputDialog(self.table)
        dialog.setWindowTitle(self.tr("Add Tag"))
        dialog.setLabelText(
            plural(len(identities), self.tr("Tag for 1 document:"), self.tr("Tag for {n} documents:")).format(
                n=len(identities)
            )
        )
        dialog.setComboBoxEditable(True)
        dialog.setComboBoxItems(self.catalogue.all_tags())
        dialog.setTextValue("")
        dialog.textValueSelected.connect(self._apply_later(identities))
        dialog.open()

    def _apply_later(self, identities: list[str], remove: list[str] = ()) -> Callable:
        def apply(value="") -> None:
            add = [value] if isinstance(value, str) and value and not remove else []
            self.run(
                lambda: self.catalogue.tag(identities, add=add, remove=remove),
                lambda changed: changed and self.changed.emit(),
                lambda exc: self.failed.emit(str(exc)),
            )

        return apply
