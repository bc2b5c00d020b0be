"""File ▸ Reattach Notes…'s dialog: the annotation files whose documents cannot be found, and
those made on a text like the open one, to attach one of them here. In a module of its own so
that its widgets' types load when it is first asked for, not with every page (issue 32)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout

from reader.core.annotations.store_info import StoreInfo
from reader.models.annotation_model import format_date


class ReattachDialog(QDialog):
    def __init__(self, stores: list[StoreInfo], parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reattach Notes"))
        self.stores = stores
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Notes whose documents cannot be found, and notes made on a text like this one. Attach one to the open document:"
                ),
                self,
            )
        )
        self.tree = QTreeWidget(self)
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels([self.tr("Title"), self.tr("Notes"), self.tr("Last change"), self.tr("Was at")])
        for info in stores:
            item = QTreeWidgetItem(
                [info.title, str(info.count), format_date(info.last_change), info.document_path or ""]
            )
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.tree.addTopLevelItem(item)
        self.tree.setCurrentItem(self.tree.topLevelItem(0))
        for column in range(4):
            self.tree.resizeColumnToContents(column)
        self.tree.itemActivated.connect(self.accept)
        layout.addWidget(self.tree)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        attach = buttons.addButton(self.tr("Attach"), QDialogButtonBox.ButtonRole.AcceptRole)
        attach.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(720, 320)

    def chosen(self) -> StoreInfo | None:
        row = self.tree.indexOfTopLevelItem(self.tree.currentItem()) if self.tree.currentItem() else -1
        return self.stores[row] if row >= 0 else None
