"""Help ▸ Keyboard Shortcuts: every action of the table with its keys; change them and keep them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QKeySequenceEdit,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from reader.gui.actions import ACTIONS, command_name, key_sequences, shown_keys
from reader.gui.window_fit import fit_on_screen
from reader.models.plain_text import plain_label


def conflicts(bindings: dict[str, list[QKeySequence]]) -> dict[str, list[str]]:
    """Key text → the actions that share it, for every key bound more than once."""
    owners: dict[str, list[str]] = {}
    for name, keys in bindings.items():
        for key in keys:
            owners.setdefault(key.toString(QKeySequence.SequenceFormat.PortableText), []).append(name)
    return {key: names for key, names in owners.items() if len(names) > 1}


class ShortcutsDialog(QDialog):
    def __init__(self, actions, settings, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.actions = actions
        self.settings = settings
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Select a command and press Enter to change its keys."), self))
        self.list = QTreeWidget(self)
        self.list.setObjectName("shortcutList")
        self.list.setHeaderLabels([self.tr("Command"), self.tr("Keys")])
        self.list.setRootIsDecorated(False)
        self.list.itemActivated.connect(self._edit)
        layout.addWidget(self.list)
        row = QHBoxLayout()
        self.editor = QKeySequenceEdit(self)
        self.editor.setObjectName("shortcutEditor")
        self.editor.setAccessibleName(self.tr("New keys"))
        self.editor.setEnabled(False)
        self.editor.editingFinished.connect(self._apply)
        reset = QPushButton(self.tr("&Reset All to Defaults"), self)
        reset.clicked.connect(self._reset)
        # no default button: Enter on a command (to change its keys) reached the dialog's
        # default too, Reset All (every changed shortcut back to its default), or Close
        reset.setAutoDefault(False)
        row.addWidget(QLabel(self.tr("&Keys:"), self, buddy=self.editor))
        row.addWidget(self.editor, 1)
        row.addWidget(reset)
        layout.addLayout(row)
        self.error = plain_label(QLabel(self))
        self.error.setStyleSheet("color: #b00020")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._fill()
        self.resize(560, 620)
        fit_on_screen(self, move=False)  # at 800×600 its Close button was below the screen's edge

    def _fill(self) -> None:
        self.list.clear()
        for spec in ACTIONS:
            action = self.actions[spec.name]
            keys = ", ".join(
                k.toString(QKeySequence.SequenceFormat.NativeText) for k in shown_keys(spec, action.shortcuts())
            )
            item = QTreeWidgetItem([command_name(action.text()), keys])
            item.setData(0, Qt.ItemDataRole.UserRole, spec.name)
            self.list.addTopLevelItem(item)
        self.list.resizeColumnToContents(0)
        self.list.setCurrentItem(self.list.topLevelItem(0))

    def _edit(self, item: QTreeWidgetItem) -> None:
        self._editing = item.data(0, Qt.ItemDataRole.UserRole)
        self.editor.setEnabled(True)
        self.editor.clear()
        self.editor.setFocus()

    def _apply(self) -> None:
        name = getattr(self, "_editing", None)
        sequence = self.editor.keySequence()
        if not name or sequence.isEmpty():
            return
        bindings = {n: list(a.shortcuts()) for n, a in self.actions.items()}
        bindings[name] = [sequence]
        clash = conflicts(bindings).get(sequence.toString(QKeySequence.SequenceFormat.PortableText))
        if clash:
            other = next(n for n in clash if n != name)
            self.error.setText(
                self.tr("{keys} is already used by “{other}”.").format(
                    keys=sequence.toString(QKeySequence.SequenceFormat.NativeText),
                    other=command_name(self.actions[other].text()),
                )
            )
            return
        self.error.clear()
        self.actions[name].setShortcuts([sequence])
        self.settings.set_shortcut(name, sequence.toString(QKeySequence.SequenceFormat.PortableText))
        self.editor.setEnabled(False)
        self._fill()

    def _reset(self) -> None:
        self.settings.reset_shortcuts()
        for spec in ACTIONS:
            self.actions[spec.name].setShortcuts(key_sequences(spec))
        self._fill()
