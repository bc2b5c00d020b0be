"""The Changes panel of a comparison: every change in document order with its section, a kind
filter, the counts, the new and dropped terms, and Note this change / Export."""

from __future__ import annotations

from contextlib import contextmanager

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSignalBlocker,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QTabWidget,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.core.compare.colours import CHANGE_COLOURS, CHANGE_INK, PUNCTUATION_LINE
from reader.core.compare.model import ChangeKind
from reader.gui.flow_layout import FlowLayout
from reader.models.change_model import ChangeModel, ChangeRole, kind_label
from reader.models.plain_text import plain_label

FigureRole = Qt.ItemDataRole.UserRole + 7  # a figures row's FigureChange
TERMS_SHOWN = 200  # the most telling new, dropped and changed terms; the export lists them all


class PanelWideRows(QStyledItemDelegate):
    """Rows as wide as the list, never wider: a list view makes each row as wide as its size
    hint, and with rows of one size that is the first row's (a moved section's, 600 px): every
    row ran past the panel, cut without its "…", under a horizontal scroll bar. As wide as the
    panel, Qt elides each line where the panel ends."""

    def sizeHint(self, option, index) -> QSize:
        hint = super().sizeHint(option, index)
        hint.setWidth(0)
        return hint


class ChangeList(QListView):
    """The changes, no row current until the reader moves to one: Qt made the first current
    itself as the list took the focus, marked there but not shown on the pages, and the
    first ↓ went on to the second change.

    `chosen` is a row to show, once for each thing the reader does: the current row moved (a
    press on another row, ↑, ↓), a click on the row already current (back to it after
    scrolling the pages away), Enter. A press that moves the current row is followed by a
    click, and on desktops where one click activates an item by an activation too: the
    change was shown two or three times for one click (two scrolls, two flashes)."""

    chosen = Signal(QModelIndex)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._mouse = False  # inside a press, release or double click
        self._press_shown = False  # the last press made a row current and that showed it
        self.clicked.connect(self._clicked)
        self.activated.connect(self._activated)

    def setModel(self, model) -> None:
        super().setModel(model)
        self.selectionModel().currentChanged.connect(self._moved)

    def focusInEvent(self, event) -> None:
        model = self.selectionModel()
        current = model.currentIndex()
        with QSignalBlocker(model):  # the focus moves no row: nothing to show or repaint
            super().focusInEvent(event)
            model.setCurrentIndex(current, QItemSelectionModel.SelectionFlag.NoUpdate)

    @contextmanager
    def _by_mouse(self):
        """Inside a press, release or double click (`_mouse`): a move of the current row is the mouse's."""
        self._mouse = True
        try:
            yield
        finally:
            self._mouse = False

    def mousePressEvent(self, event) -> None:
        self._press_shown = False
        with self._by_mouse():
            super().mousePressEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        with self._by_mouse():
            super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event) -> None:
        try:
            with self._by_mouse():
                super().mouseDoubleClickEvent(event)  # its click was shown: the double click is not
        finally:
            self._press_shown = True  # nor the release that ends it

    def _moved(self, index: QModelIndex, previous: QModelIndex) -> None:
        """↑ and ↓ walk the changes: the pages follow the row the reader moves to (they stayed
        on the first one chosen until Enter), the first ↓ to the first change. Not a row made
        current while the reader is elsewhere (the rows filtered again)."""
        if self.hasFocus():
            self._press_shown = self._mouse
            self.chosen.emit(index)

    def _clicked(self, index: QModelIndex) -> None:
        # shown as the press made it current, unless the list did not take the focus (its
        # window not active: a floating panel, a desktop that does not raise on click)
        if not self._press_shown:
            self.chosen.emit(index)

    def _activated(self, index: QModelIndex) -> None:
        if not self._mouse:  # Enter; a click's activation is the click, shown already
            self.chosen.emit(index)


class CompareDock(QDockWidget):
    changeChosen = Signal(object)  # a Change
    termChosen = Signal(object)  # a TermChange
    noteRequested = Signal(object)  # a Change
    exportRequested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(self.tr("Changes"), parent)
        self.setObjectName("compareDock")
        body = QWidget(self)
        column = QVBoxLayout(body)
        column.setContentsMargins(4, 4, 4, 4)
        self.summary = plain_label(QLabel(self.tr("Comparing…"), body))
        self.summary.setWordWrap(True)
        self.filter = QComboBox(body)
        self.filter.setAccessibleName(self.tr("Show changes"))
        self.filter.addItem(self.tr("All changes"), None)
        for kind in (
            ChangeKind.ADDED,
            ChangeKind.REMOVED,
            ChangeKind.REWORDED,
            ChangeKind.MOVED,
            ChangeKind.RENUMBERED,
        ):
            self.filter.addItem(kind_label(kind), kind)
        self.filter.addItem(self.tr("All but punctuation"), "words")
        self.filter.currentIndexChanged.connect(self._filter_changed)
        self.model = ChangeModel(self)
        self._shown = QPersistentModelIndex()  # the change last shown on the pages
        self.list = ChangeList(body)
        self.list.setObjectName("changeList")
        self.list.setAccessibleName(self.tr("Changes"))
        self.list.setModel(self.model)
        # every row is two lines (the kind and section, the quote), each cut to a few words by
        # the model and elided where the panel is narrower (the whole change in its tip): rows
        # of one height, so the view measures one row, not a report's 700 (a wrapped row is
        # measured by laying its text out: 40–75 ms a hundred rows, and all of them again when
        # the list takes the focus, 50–100 ms)
        self.list.setUniformItemSizes(True)
        self.list.setWordWrap(False)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setItemDelegate(PanelWideRows(self.list))
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setAlternatingRowColors(True)  # two lines a change: the stripes tell them apart
        self.list.setSpacing(2)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.chosen.connect(self._chosen)
        self.terms = QListWidget(body)
        self.terms.setObjectName("termChanges")
        self.terms.setAccessibleName(self.tr("New and dropped terms"))
        self.terms.itemActivated.connect(lambda item: self.termChosen.emit(item.data(ChangeRole)))
        self.terms.itemClicked.connect(lambda item: self.termChosen.emit(item.data(ChangeRole)))
        self.figures = QTreeWidget(body)
        self.figures.setObjectName("figureChanges")
        self.figures.setAccessibleName(self.tr("Figures that changed"))
        self.figures.setRootIsDecorated(False)
        self.figures.setHeaderLabels([self.tr("Subject"), self.tr("Before"), self.tr("After")])
        # the values as wide as they need, a quarter of the table at most, and the subject (what
        # the row is about) the rest, elided where long and whole in its tip: in three equal
        # columns a 300 px panel read 城鎮調查失業… beside 2% and 5.2% in wide columns
        header = self.figures.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.figures.viewport().installEventFilter(self)  # the values' share follows its width
        self.figures.itemActivated.connect(lambda item: self.changeChosen.emit(item.data(0, ChangeRole)))
        self.figures.itemClicked.connect(lambda item: self.changeChosen.emit(item.data(0, ChangeRole)))
        self.tabs = tabs = QTabWidget(body)
        tabs.addTab(self.list, self.tr("Changes"))
        tabs.addTab(self.figures, self.tr("Figures"))
        tabs.addTab(self.terms, self.tr("Terms"))
        buttons = QHBoxLayout()
        note = QPushButton(self.tr("&Note This Change"), body)
        note.clicked.connect(self._note)
        export = QPushButton(self.tr("E&xport…"), body)
        export.clicked.connect(self.exportRequested)
        buttons.addWidget(note)
        buttons.addWidget(export)
        self.fold = QToolButton(body)  # Compare ▸ Fold Unchanged Sections (the window sets it)
        self.fold.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        # the filter and Fold Unchanged Sections side by side where the panel has room, else
        # one under the other: in one row they held the panel at least 326 px wide, and the
        # window at least 830 px while comparing (past an 800×600 screen's edge)
        choices = FlowLayout()
        choices.addWidget(self.filter)
        choices.addWidget(self.fold)
        column.addWidget(self.summary)
        column.addLayout(self._legend(body))
        column.addLayout(choices)
        column.addWidget(tabs, 1)
        column.addLayout(buttons)
        self.setWidget(body)
        self.setFocusProxy(self.list)

    def _legend(self, body: QWidget) -> FlowLayout:
        """What each colour means, in the colours the pages use: on as many rows as the panel's
        width needs (reader.gui.flow_layout)."""
        row = FlowLayout()
        looks = {
            kind: f"background: {colour}; color: {CHANGE_INK}; border-radius: 3px;"
            for kind, colour in CHANGE_COLOURS.items()
        }
        # punctuation is not filled but underlined with dots on the page: so in the legend (a
        # label draws one side's border only when its border is set: the first declaration)
        looks[ChangeKind.PUNCTUATION] = f"border: 0 solid transparent; border-bottom: 2px dotted {PUNCTUATION_LINE};"
        for kind, look in looks.items():
            label = QLabel(kind_label(kind), body)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setObjectName(f"legend-{kind.value}")
            label.setStyleSheet(f"{look} padding: 1px 5px;")
            row.addWidget(label)
        return row

    def show_figures(self, figures, shown) -> None:
        """The figures table: every number that changed, its subject and both values, as
        `shown(figure)` says them (subject, old, new, section: in the pages' scripts)."""
        self.figures.clear()
        for figure in figures:
            item = QTreeWidgetItem(self.figures)
            item.setData(0, ChangeRole, figure.change)
            item.setData(0, FigureRole, figure)
        self.relabel_figures(shown)

    def relabel_figures(self, shown) -> None:
        """Each figure's row said again (the pages' scripts changed), in place: the row chosen
        and the table's scroll stay."""
        for row in range(self.figures.topLevelItemCount()):
            item = self.figures.topLevelItem(row)
            subject, old, new, section = shown(item.data(0, FigureRole))
            for column, text in enumerate((subject, old, new)):
                item.setText(column, text)
            item.setToolTip(0, f"{subject}\n{section}")
        self._fit_values()

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.figures.viewport():
            self._fit_values()
        return False

    def _fit_values(self) -> None:
        """The Before and After columns as wide as their longest value (measured here: a view
        not shown yet has laid out no row to measure), a quarter of the table at most."""
        table, header = self.figures, self.figures.header()
        metrics = table.fontMetrics()
        margin = 2 * (table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1)
        rows = [table.topLevelItem(row) for row in range(table.topLevelItemCount())]
        for column in (1, 2):
            need = max(
                [header.sectionSizeHint(column)] + [metrics.horizontalAdvance(i.text(column)) + margin for i in rows]
            )
            header.resizeSection(column, min(need, table.viewport().width() // 4))

    def _filter_changed(self) -> None:
        choice = self.filter.currentData()
        if choice is None:
            self.model.set_kinds(ChangeKind)
        elif choice == "words":
            self.model.set_kinds(k for k in ChangeKind if k is not ChangeKind.PUNCTUATION)
        else:
            self.model.set_kinds((choice,))

    def _chosen(self, index: QModelIndex) -> None:
        change = index.data(ChangeRole)
        if change is not None:
            self._shown = QPersistentModelIndex(index)  # invalid once the rows are filtered again
            self.changeChosen.emit(change)

    def step(self, step: int) -> bool:
        """Compare ▸ Next / Previous Change: the change after (+1) or before (−1) the one last
        shown (the first or the last when none is) made the list's current row and shown, as
        a click shows it; False past either end."""
        rows = self.model.rowCount()
        shown = self._shown  # not the list's current row: Qt makes the first one current unasked
        row = shown.row() + step if shown.isValid() else (0 if step > 0 else rows - 1)
        if not 0 <= row < rows:
            return False
        index = self.model.index(row, 0)
        self.list.setCurrentIndex(index)  # shown by the list's own follow while it has the focus
        self.list.scrollTo(index)
        if not self.list.hasFocus():
            self._chosen(index)
        return True

    def _note(self) -> None:
        change = self.list.currentIndex().data(ChangeRole)
        if change is not None:
            self.noteRequested.emit(change)

    def show_terms(self, table, shown) -> None:
        """The term table: `shown(term)` is how a term reads in the scripts on screen."""
        self.terms.clear()
        names = {
            "new": self.tr("new"),
            "dropped": self.tr("dropped"),
            "more": self.tr("more"),
            "fewer": self.tr("fewer"),
        }
        for term in sorted(table.all(), key=lambda t: t.score, reverse=True)[:TERMS_SHOWN]:
            item = QListWidgetItem(
                f"{shown(term)}  ·  {names.get(term.kind, term.kind)}  {term.count_a} → {term.count_b}", self.terms
            )
            item.setData(ChangeRole, term)
