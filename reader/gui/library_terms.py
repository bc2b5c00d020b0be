"""The selected document's key terms against the library, beside the Library's documents:
worked out in the worker process (reading the document and counting each candidate over the
library takes longer than a frame), shown when done; clicking a term searches the library for
it. A newer selection makes an answer still on its way for an older one stale."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from reader.core.library import jobs
from reader.gui.background import Background

LIMIT = 30


class KeyTermsPanel(QWidget):
    def __init__(self, background: Background, data_dir: str, search: Callable[[str], None], parent=None) -> None:
        super().__init__(parent)
        self.background = background
        self.data_dir = data_dir
        self.search = search
        self.path = ""
        self.terms: list = []
        self.heading = QLabel(self.tr("Key terms against the library"), self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.state = QLabel(self.tr("Choose a document to see its key terms."), self)
        self.state.setTextFormat(Qt.TextFormat.PlainText)
        self.state.setWordWrap(True)
        self.list = QTreeWidget(self)
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setHeaderLabels([self.tr("Term"), self.tr("Here"), self.tr("Elsewhere"), "G²"])
        header = self.list.header()
        header.setStretchLastSection(False)  # the term takes the room, the figures their width
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.list.setToolTip(self.tr("Click a term to search the library for it."))
        self.list.itemClicked.connect(self._clicked)
        self.list.itemActivated.connect(self._clicked)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.heading)
        column.addWidget(self.state)
        column.addWidget(self.list, 1)

    def show_document(self, path: str) -> None:
        """Ask the worker for path's key terms (nothing when path is the one shown)."""
        if not path or path == self.path:
            return
        self.path = path
        self.terms = []
        self.list.clear()
        self.state.setText(self.tr("Finding the key terms…"))
        self.state.show()
        self.background.analyse(
            jobs.document_key_terms,
            (self.data_dir, path, LIMIT),
            lambda terms: self._done(path, terms),
            lambda exc: self._failed(path, exc),
        )

    def _done(self, path: str, terms: list) -> None:
        if path != self.path:
            return
        self.terms = terms
        for term in terms:
            item = QTreeWidgetItem([term.term, str(term.count), str(term.rest), f"{term.g2:.1f}"])
            for column in (1, 2, 3):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.list.addTopLevelItem(item)
        if terms:
            self.state.hide()
        else:
            self.state.setText(self.tr("No term stands out: the document is too short or like the rest."))

    def _failed(self, path: str, exc: BaseException) -> None:
        if path == self.path:
            self.state.setText(self.tr("The key terms could not be found: {reason}").format(reason=exc))
            self.path = ""  # choosing it again tries again

    def _clicked(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        self.search(item.text(0))
