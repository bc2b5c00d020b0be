"""Room for Qt's own file dialog (Open, Export …). Where the platform has no native dialog
(a Linux desktop without a platform theme, Xvfb), Qt shows its widget dialog at its least size:
its sidebar's places cut to "Co…", sizes to "693…tes" and types to "pla…ent" while the names
had 190 px. The static functions (QFileDialog.getOpenFileNames …) make that dialog themselves;
while one runs, the dialog's parent is watched for it (the ChildPolished event Qt sends while
the dialog is set up) and the dialog, as it shows, is given a reader's room: a sensible size,
the names the rest. A native dialog has no such widgets and is left as it is."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject

if TYPE_CHECKING:  # the dialog's widget types when a dialog is first opened, not at launch
    from PySide6.QtWidgets import QFileDialog, QWidget

SIZE = (880, 540)
"""The dialog's size at the interface's 9-10 pt font: room for a path's names and every column."""
WIDEST = 0.95
"""Of the screen's free room, the most the dialog takes."""
COLUMN_TEXTS = ("", "1,023.9 KiB", "Markdown document", "2026-12-31 23:59")
"""What each column after the names needs room for (Size, Type, Date Modified)."""
SIDEBAR_TEXT = "Computer"


class _Watch(QObject):
    """On the dialog's parent: the dialog made (its ChildPolished, which Qt sends while the
    dialog is still being set up: it sizes itself after); on the dialog: its Show."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.dialogs: list[QObject] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.ChildPolished:
            from PySide6.QtWidgets import QFileDialog

            child = event.child()
            if isinstance(child, QFileDialog) and child not in self.dialogs:
                self.dialogs.append(child)
                child.installEventFilter(self)
        elif kind == QEvent.Type.Show and watched in self.dialogs:
            watched.removeEventFilter(self)
            give_room(watched)
        return False


@contextmanager
def roomy(parent: QWidget | None) -> Iterator[None]:
    """While the block runs, a Qt file dialog opened on `parent` is given room (give_room)."""
    if parent is None:
        yield
        return
    watch = _Watch(parent)
    parent.installEventFilter(watch)
    try:
        yield
    finally:
        parent.removeEventFilter(watch)
        watch.deleteLater()


def give_room(dialog: QFileDialog) -> None:
    """Qt's widget dialog made roomy: its size, each column as wide as its texts need at
    least (a wider one the reader set, kept by Qt across runs, stays), the names the rest."""
    from PySide6.QtWidgets import QHeaderView, QListView, QSplitter, QTreeView

    tree = dialog.findChild(QTreeView, "treeView")
    if tree is None:  # a native dialog: none of Qt's widgets
        return
    metrics = dialog.fontMetrics()
    scale = metrics.height() / 17  # the sizes are for a 17 px line (DejaVu Sans 9 pt)
    width, height = (round(n * max(1.0, scale)) for n in SIZE)
    screen = dialog.screen().availableGeometry() if dialog.screen() else None
    if screen is not None:
        width = min(width, round(screen.width() * WIDEST))
        height = min(height, round(screen.height() * WIDEST))
    dialog.resize(max(width, dialog.width()), max(height, dialog.height()))
    header = tree.header()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    pad = 3 * metrics.horizontalAdvance("M")  # the sort arrow and the cells' margins
    for column, text in enumerate(COLUMN_TEXTS[1:], start=1):
        if column < header.count():
            header.resizeSection(column, max(header.sectionSize(column), metrics.horizontalAdvance(text) + pad))
    sidebar = dialog.findChild(QListView, "sidebar")
    splitter = dialog.findChild(QSplitter, "splitter")
    if sidebar is not None and splitter is not None:
        sizes = splitter.sizes()
        need = metrics.horizontalAdvance(SIDEBAR_TEXT) + 3 * pad // 2  # its icon and margins
        if len(sizes) == 2 and sizes[0] < need:
            splitter.setSizes([need, max(1, sum(sizes) - need)])
