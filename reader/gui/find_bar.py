"""The find bar under the text: query in either script, n / N count, Enter and Shift+Enter."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from reader.models.plain_text import plain_label


class FindBar(QWidget):
    queryChanged = Signal(str)
    nextRequested = Signal()
    previousRequested = Signal()
    closed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        label = QLabel(self.tr("&Find:"), self)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("findEdit")
        self.edit.setAccessibleName(self.tr("Find text"))
        self.edit.setPlaceholderText(self.tr("Search in either script: 学习 or 學習"))
        self.edit.setClearButtonEnabled(True)
        label.setBuddy(self.edit)
        self.count = plain_label(QLabel(self))
        self.count.setObjectName("findCount")
        self.count.setMinimumWidth(80)
        previous = QToolButton(self, icon=QIcon.fromTheme("go-up"), text="▲", toolTip=self.tr("Previous (Shift+Enter)"))
        following = QToolButton(self, icon=QIcon.fromTheme("go-down"), text="▼", toolTip=self.tr("Next (Enter)"))
        close = QToolButton(self, icon=QIcon.fromTheme("window-close"), text="✕", toolTip=self.tr("Close (Esc)"))
        for button in (previous, following, close):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        previous.clicked.connect(self.previousRequested)
        following.clicked.connect(self.nextRequested)
        close.clicked.connect(self.close_bar)
        for w in (label, self.edit, self.count, previous, following, close):
            layout.addWidget(w)
        self.edit.textChanged.connect(self.queryChanged)
        self.edit.installEventFilter(self)

    def open_bar(self, text: str | None = None) -> None:
        was_open = self.isVisible()
        self.show()  # before the text: hits are marked only while the bar is open
        if text and text != self.edit.text():
            self.edit.setText(text)
        elif not was_open or text:
            self.queryChanged.emit(self.edit.text())
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.closed.emit()

    def set_count(self, current: int | None, total: int) -> None:
        if not self.edit.text():
            self.count.setText("")
        elif total == 0:
            self.count.setText(self.tr("No match"))
        else:
            self.count.setText(f"{(current or 0) + 1} / {total}")

    def eventFilter(self, obj, event) -> bool:
        if obj is self.edit and event.type() == event.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                    self.previousRequested.emit()
                else:
                    self.nextRequested.emit()
                return True
            if key == Qt.Key.Key_Escape:
                self.close_bar()
                return True
        return super().eventFilter(obj, event)
