"""The Library window: the documents (sort, filter, open), search across all of them as a
concordance with the term's history, and the notebook. One per main window; the documents
open in that window, at the hit or the note chosen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from reader.core.library import jobs
from reader.core.library.catalogue import Catalogue
from reader.core.library.concordance import Searcher
from reader.core.library.rows import Rows
from reader.core.plural import plural
from reader.core.session import annotations_folder
from reader.gui.file_dialogs import roomy
from reader.gui.folder_watch import folder_watch_of
from reader.gui.library_indexer import LibraryIndexer
from reader.gui.library_remove import LibraryRemover
from reader.gui.library_search import LibrarySearchPage
from reader.gui.library_tags import TagChoice, TagEditor
from reader.gui.library_terms import KeyTermsPanel
from reader.gui.notebook_view import NotebookView
from reader.gui.settings_export import export_choice
from reader.gui.title_column import TitleColumn
from reader.gui.window_fit import fit_on_screen
from reader.models.library_model import LibraryFilter, LibraryModel, PathRole

REFRESH_MS = 1000
"""While a folder is indexed, the rows are read again at most once a second."""


class LibraryWindow(QWidget):
    rows_shown = Signal()
    """The documents' rows were read again and are shown."""

    def __init__(self, window, parent=None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.window_ = window
        self.data_dir = Path(window.data_dir)
        self.setWindowTitle(self.tr("Library"))
        self.resize(1100, 700)
        fit_on_screen(self)  # at 800×600 its right columns and the status line were off the screen
        self.setAcceptDrops(True)
        self.catalogue = Catalogue(self.data_dir)
        self.searcher = Searcher(self.catalogue)
        self.indexer = LibraryIndexer(window.background, self.data_dir, self)
        self.indexer.progress.connect(self._progress)
        self._refresh_soon = QTimer(self, singleShot=True, interval=REFRESH_MS, timeout=self.refresh)
        self.indexer.added.connect(lambda _: self._refresh_soon.isActive() or self._refresh_soon.start())
        self.indexer.finished.connect(self._finished)
        self.folder_watch = folder_watch_of(window)
        self.folder_watch.scanned.connect(self._watched)
        self.folder_watch.indexed.connect(lambda _: self.refresh())
        self._reading = self._read_again = False  # a read of the rows under way; another asked for meanwhile
        self._after_read: list = []  # what waits for the rows being read
        self._rows_read = 0  # reads shown
        self._fit_when_shown = False  # the columns to be fitted to their rows when the table is shown

        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._documents_page(), self.tr("Documents"))
        self.search_page = LibrarySearchPage(self.searcher, window.background.run, self._open_at, self)
        self.tabs.addTab(self.search_page, self.tr("Search"))
        self.notebook = NotebookView(
            self.catalogue,
            annotations_folder(self.data_dir),
            self._open_at,
            self,
            word_style=lambda: export_choice(window.settings).style,
        )
        self.tabs.addTab(self.notebook, self.tr("Notebook"))
        self.tabs.currentChanged.connect(self._tab_shown)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.notebook.exported.connect(self.status.setText)
        self.bar = QProgressBar(self)
        self.bar.hide()
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.bar)
        column = QVBoxLayout(self)
        column.addWidget(self.tabs, 1)
        column.addLayout(bottom)
        self.refresh()
        # members.json holds the tags; the database's copy checked against it in the worker
        window.background.analyse(
            jobs.follow_members, (str(self.data_dir),), lambda changed: changed and self.refresh()
        )
        self._rebuilding = self.catalogue.report.rebuilt
        news = self.catalogue.members_news()  # another computer's list merged, a damaged one kept aside
        if news:
            self.status.setText(self.tr("Library list: {news}.").format(news="; ".join(news)))
        if self._rebuilding:
            self.status.setText(self._rebuild_message(self.catalogue.report.set_aside_name))
            self.indexer.rebuild()

    def take_in_members(self) -> None:
        """members.json changed while the window is open (a sync tool brought the other
        computer's list, or a conflict copy of it): merged in the worker, the database made
        to follow it, the rows read again and what came said (reader.gui.synced_watch)."""
        self.window_.background.analyse(jobs.take_in_members, (str(self.data_dir),), self._took_in_members)

    def _took_in_members(self, taken: tuple[bool, list[str]]) -> None:
        changed, news = taken

        def say() -> None:  # after the rows are read again (their count is said then)
            if news:
                self.status.setText(self.tr("Library list: {news}.").format(news="; ".join(news)))

        if changed:
            self.refresh(then=say)
        else:
            say()

    def _rebuild_message(self, set_aside: str) -> str:
        if set_aside:
            return self.tr(
                "The library's catalogue was damaged: it is set aside as {name} and built again from"
                " your documents and notes (none is lost)…"
            ).format(name=set_aside)
        return self.tr("The library's catalogue was missing: building it again from your documents and notes…")

    def _tab_shown(self, index: int) -> None:
        """Keys go where the page is used: the filter, the query, the notebook's text filter;
        the notebook read again (notes made and tags given since)."""
        if self.tabs.widget(index) is self.notebook:
            self.notebook.reload()
        (self.filter_edit, self.search_page.query_edit, self.notebook.text)[index].setFocus()

    # -- documents ---------------------------------------------------------------------------

    def _documents_page(self) -> QWidget:
        page = QWidget(self)
        self.filter_edit = QLineEdit(page)
        self.filter_edit.setPlaceholderText(self.tr("Filter by title or path (either script)"))
        self.filter_edit.setClearButtonEnabled(True)
        add_files = QPushButton(self.tr("Add Files…"), page)
        add_folder = QPushButton(self.tr("Add Folder…"), page)
        watch_folder = QPushButton(self.tr("Watch Folder…"), page)
        add_files.clicked.connect(self.choose_files)
        add_folder.clicked.connect(self.choose_folder)
        watch_folder.clicked.connect(self.choose_watched_folder)
        self.model = LibraryModel(self)
        self.proxy = LibraryFilter(self)
        self.proxy.setSourceModel(self.model)
        self.filter_edit.textChanged.connect(self.proxy.set_text)
        self.tag_choice = TagChoice(page)
        self.tag_choice.chosen.connect(self.proxy.set_tag)
        self.filter_edit.textChanged.connect(self._show_count)  # after the filter: its count
        self.tag_choice.chosen.connect(self._show_count)
        self.table = QTableView(page)
        self.table.setModel(self.proxy)
        self.tag_editor = TagEditor(self.table, self.catalogue, self.window_.background.run, self)
        self.tag_editor.changed.connect(lambda: self.refresh(then=self._fit_columns))
        self.tag_editor.failed.connect(lambda message: self.status.setText(self.tr("Not tagged: {reason}").format(
            reason=message)))  # fmt: skip
        self.remover = LibraryRemover(self.table, self.catalogue, self.window_.background.run, self)
        self.remover.removed.connect(lambda said: self.refresh(then=lambda: self.status.setText(said)))
        self.remover.failed.connect(lambda message: self.status.setText(self.tr("Not removed: {reason}").format(
            reason=message)))  # fmt: skip
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setResizeContentsPrecision(0)  # fit the rows in view: all took 0.3 s
        self.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.title_column = TitleColumn(self.table)
        self.table.activated.connect(self._open_row)
        self.key_terms = KeyTermsPanel(self.window_.background, str(self.data_dir), self.search, page)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _: self.key_terms.show_document(current.siblingAtColumn(0).data(PathRole) or "")
        )
        split = QSplitter(Qt.Orientation.Horizontal, page)
        split.addWidget(self.table)
        split.addWidget(self.key_terms)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        row = QHBoxLayout()
        row.addWidget(self.filter_edit, 1)
        row.addWidget(self.tag_choice)
        row.addWidget(add_files)
        row.addWidget(add_folder)
        row.addWidget(watch_folder)
        column = QVBoxLayout(page)
        column.addLayout(row)
        column.addWidget(split, 1)
        return page

    def refresh(self, then=None) -> None:
        """Read the rows again from the catalogue (after indexing, tagging), keeping the sort and
        the filter; then(), if given, once they are shown. Read in the worker (reader.core.library
        .rows says why), one read at a time: asked for during one, another follows it."""
        if then is not None:
            self._after_read.append(then)
        if self._reading:
            self._read_again = True
            return
        self._reading, self._read_again = True, False
        self.window_.background.analyse(jobs.library_rows, (str(self.data_dir),), self._show_rows, self._read_failed)

    def _read_failed(self, exc: BaseException) -> None:
        self._reading = False
        self.status.setText(self.tr("The library could not be read: {reason}").format(reason=exc))

    def _show_rows(self, read: Rows) -> None:
        self._reading = False
        if self._read_again:  # asked for since this read began: shown, and the next one after it
            self.refresh()
        self._rows_read += 1
        self.search_page.documents_changed()
        self.model.set_rows(read.rows)
        self.tag_choice.set_tags(read.all_tags)
        self.notebook.tag_choice.set_tags(read.all_tags)
        if self._rows_read == 1:
            self._fit_columns()
        self._show_count()
        if not self._reading:  # the last read asked for: what waited for it runs
            waiting, self._after_read = self._after_read, []
            for then in waiting:
                then()
            self.rows_shown.emit()

    def _fit_columns(self) -> None:
        """The columns as wide as the rows in view need (precision 0): when the rows are first
        shown, after adding and tagging, not on every read while a folder is indexed (with
        the rows sorted by title, the rows in view change at each read: tens of ms each). A
        hidden table would measure every row: it is fitted when shown."""
        if not self.table.isVisible():
            self._fit_when_shown = True
            return
        self._fit_when_shown = False
        for column in range(1, self.model.columnCount()):
            self.table.resizeColumnToContents(column)
        self.title_column.fit()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._fit_when_shown:
            QTimer.singleShot(0, self, self._fit_columns)

    def _show_count(self, *_) -> None:
        self.status.setText(
            self._counted(
                (self.tr("1 document"), self.tr("{n} documents")),
                (self.tr("{shown} of 1 document"), self.tr("{shown} of {n} documents")),
            )
        )

    def _counted(self, documents: tuple[str, str], filtered: tuple[str, str]) -> str:
        """How many documents (how many of them the filter shows, while one is set; and how
        many of their files have gone: shown missing); each text given in its two English
        forms, for one document and for any other count."""
        n = len(self.model.rows)
        text = plural(n, *(filtered if self.proxy.filtering() else documents)).format(n=n, shown=self.proxy.rowCount())
        missing = self.model.missing()
        if missing:
            gone = plural(
                missing, self.tr("1 file missing (its notes kept)"), self.tr("{n} files missing (their notes kept)")
            )
            text += " · " + gone.format(n=missing)
        return text

    def _open_row(self, index: QModelIndex) -> None:
        path = index.siblingAtColumn(0).data(PathRole)
        if path:
            self.window_.open_path(path)

    # -- adding ------------------------------------------------------------------------------

    def choose_files(self) -> None:
        from reader.gui.dialogs import choose_documents

        paths = choose_documents(self, None, self.tr("Add Files to the Library"))  # not "Open Document"
        if paths:
            self.add([str(p) for p in paths])

    def choose_folder(self) -> None:
        with roomy(self):
            folder = QFileDialog.getExistingDirectory(self, self.tr("Add a Folder to the Library"))
        if folder:
            self.add([folder])

    def choose_watched_folder(self) -> None:
        """A folder the library keeps up with: its files added now, and new and changed ones
        whenever they appear (reader.gui.folder_watch)."""
        with roomy(self):
            folder = QFileDialog.getExistingDirectory(self, self.tr("Watch a Folder for the Library"))
        if folder:
            self.watch_folder(folder)

    def watch_folder(self, folder: str) -> None:
        self.status.setText(self.tr("Watching {folder}: looking for documents…").format(folder=folder))
        self.folder_watch.watch(folder)

    def _watched(self, scan) -> None:
        """A look over the watched folders: files gone are shown missing (their notes kept)."""
        if scan.gone or scan.absent:
            self.refresh()
        if scan.absent:
            absent = self.tr("watched folders not found: {folders}").format(folders=", ".join(scan.absent))
            self.status.setText(f"{self.status.text()} · {absent}")

    def add(self, paths: list[str]) -> None:
        self.bar.setRange(0, 0)
        self.bar.show()
        self.status.setText(self.tr("Looking for documents…"))
        self.indexer.add(paths)

    def _progress(self, done: int, total: int, path: str) -> None:
        self.bar.setRange(0, total)
        self.bar.setValue(done)
        self.bar.show()
        self.status.setText(self.tr("Indexing {done} of {total}: {name}").format(
            done=done + 1, total=total, name=Path(path).name))  # fmt: skip

    def _finished(self, results: list) -> None:
        self.bar.hide()
        failed = [r for r in results if r.status == "failed"]
        self._refresh_soon.stop()
        if self._rebuilding and not self.indexer.busy:
            self._rebuilding = False
            self.catalogue.rebuilt()
        self.refresh(then=lambda: self._say_added(failed))

    def _say_added(self, failed: list) -> None:
        self._fit_columns()
        message = self._counted(
            (self.tr("1 document in the library"), self.tr("{n} documents in the library")),
            (self.tr("{shown} of 1 document in the library"), self.tr("{shown} of {n} documents in the library")),
        )
        if failed:
            reasons = "; ".join(r.message for r in failed[:3])
            message += " · " + self.tr("{n} could not be read: {reasons}").format(n=len(failed), reasons=reasons)
        self.status.setText(message)

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            self.add(paths)

    # -- search --------------------------------------------------------------------------------

    def search(self, query: str) -> None:
        """Search every document for query: the Search page's concordance and history."""
        self.tabs.setCurrentWidget(self.search_page)
        self.search_page.search(query)

    def _open_at(self, path: str, start: int, end: int) -> None:
        self.window_.open_path(path, then=lambda reading: reading.jump(start, end))


def library_of(window) -> LibraryWindow:
    """The main window's Library window, made when first asked for."""
    library = getattr(window, "library_window", None)
    if library is None:
        library = window.library_window = LibraryWindow(window)
    return library
