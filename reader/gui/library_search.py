"""The Library's Search page: a query over every document, in either script, answered as a
concordance (keyword in context, grouped by document) with the term's history beneath it;
a hit or a document's bar in the chart opens the passage."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QStyledItemDelegate,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from reader.core.library.concordance import QueryError, Searcher
from reader.core.plural import plural
from reader.gui.history_chart import HistoryChart
from reader.models.library_model import PathRole, RangeRole, concordance_model

SEARCH_LIMIT = 500
"""Hits shown in the concordance (the total is counted over the whole library)."""

Run = Callable[..., None]
"""The worker's thread runner: run(fn, done, failed)."""


SECTION_SHARE = 0.3
"""The share of the concordance's width its section column takes at most."""


class ElideLeft(QStyledItemDelegate):
    """The context before a hit cut at its start, so the words next to the hit stay."""

    def initStyleOption(self, option, index) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideLeft


def lay_out_concordance(view: QTreeView) -> None:
    """Keyword in context in the view's width: each document's line across every column, the
    section column at most SECTION_SHARE of the width, the hit whole and the contexts sharing
    the rest (cut at their far ends). Every column was as wide as its longest text: at 800 px
    the document and section column alone took 600 px, and the hits were out of sight."""
    model, root = view.model(), QModelIndex()
    for row in range(model.rowCount()):
        view.setFirstColumnSpanned(row, root, True)
    header = view.header()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
    view.setItemDelegateForColumn(1, ElideLeft(view))
    header.resizeSection(0, min(view.sizeHintForColumn(0), int(view.viewport().width() * SECTION_SHARE)))


class LibrarySearchPage(QWidget):
    def __init__(
        self,
        searcher: Searcher,
        run: Run,
        open_at: Callable[[str, int, int], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.searcher, self._run, self._open_at = searcher, run, open_at
        self._query = ""
        self._stale = False  # the documents changed since the searcher last read them
        self.query_edit = QLineEdit(self)
        self.query_edit.setPlaceholderText(self.tr("Search every document, in either script"))
        self.query_edit.setClearButtonEnabled(True)
        self.query_edit.returnPressed.connect(lambda: self.search(self.query_edit.text()))
        self.total_label = QLabel(self)
        self.total_label.setTextFormat(Qt.TextFormat.PlainText)
        self.hits_view = QTreeView(self)
        self.hits_view.setUniformRowHeights(True)
        self.hits_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.hits_view.activated.connect(self._open_hit)
        self.hits_view.clicked.connect(self._open_hit)
        self.chart = HistoryChart(self)
        self.chart.documentClicked.connect(self._show_document_hits)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.hits_view)
        split.addWidget(self.chart)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        row = QHBoxLayout()
        row.addWidget(self.query_edit, 1)
        row.addWidget(self.total_label)
        column = QVBoxLayout(self)
        column.addLayout(row)
        column.addWidget(split, 1)

    def documents_changed(self) -> None:
        """The library's rows were read again: the next search reads the documents again."""
        self._stale = True

    def search(self, query: str) -> None:
        """The concordance, then the term's history (whose counts give the total), each worked
        out in a thread (a large library takes longer than a frame) and shown when done: the
        first hits come at once, the counting over the whole library after them. A newer
        query makes the answers still on their way for an older one stale."""
        self.query_edit.setText(query)
        searcher, run = self.searcher, self._run
        self._query = query
        stale, self._stale = self._stale, False

        def hits():
            if stale:
                searcher.refresh()
            return searcher.search(query, limit=SEARCH_LIMIT, count=False)

        def failed(exc: BaseException) -> None:
            if self._query == query:
                self.total_label.setText(str(exc) if isinstance(exc, QueryError) else f"{type(exc).__name__}: {exc}")

        def hits_done(concordance) -> None:
            if self._query != query:
                return
            self.hits_view.setModel(concordance_model(concordance, self.hits_view))
            self.hits_view.expandAll()
            lay_out_concordance(self.hits_view)
            self.total_label.setText(self.tr("Counting…"))
            run(lambda: searcher.history(query), lambda points: history_done(points, len(concordance.hits)), failed)

        def history_done(points, shown: int) -> None:
            if self._query != query:
                return
            total, documents = sum(p.count for p in points), sum(1 for p in points if p.count)
            self.total_label.setText(
                self.tr("{occurrences} in {documents} ({shown} shown)").format(
                    occurrences=plural(total, self.tr("1 occurrence"), self.tr("{n} occurrences")).format(n=total),
                    documents=plural(documents, self.tr("1 document"), self.tr("{n} documents")).format(n=documents),
                    shown=shown,
                )
            )
            self.chart.set_points(query, points)

        self.total_label.setText(self.tr("Searching…"))
        run(hits, hits_done, failed)

    def _open_hit(self, index: QModelIndex) -> None:
        path, span = index.data(PathRole), index.data(RangeRole)
        if path and span and index.parent().isValid():
            self._open_at(path, *span)

    def _show_document_hits(self, path: str) -> None:
        model = self.hits_view.model()
        if model is None:
            return
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            if index.data(PathRole) == path:
                self.hits_view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtTop)
                self.hits_view.setCurrentIndex(index)
