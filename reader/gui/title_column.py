"""A table's first column (what each row is: a title) kept readable: the width the other
columns leave it, but never less than TITLE_LEAST, the rest of the row scrolled to instead.

The Library's title column stretched into whatever its other columns, each as wide as its
contents, left: in a window 800 px wide they left it nothing, and every title read "…"."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHeaderView, QTableView

TITLE_LEAST = 180  # px: a dozen characters of a Chinese title


class TitleColumn(QObject):
    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self._table = table
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def fit(self) -> None:
        """The title column as wide as the others leave it, TITLE_LEAST at least (after the
        other columns were sized, and as the table's width changes)."""
        header = self._table.horizontalHeader()
        others = sum(header.sectionSize(c) for c in range(1, header.count()) if not header.isSectionHidden(c))
        header.resizeSection(0, max(TITLE_LEAST, self._table.viewport().width() - others))
