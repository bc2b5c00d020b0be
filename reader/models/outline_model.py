"""The section tree as a Qt item model, labelled in the script being shown."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    Qt,
)
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap, QStandardItem, QStandardItemModel

from reader.core.job_threads import give_way
from reader.core.punctuation import clean_punctuation
from reader.core.scripts import View
from reader.models.plain_text import escaped

if TYPE_CHECKING:  # the outline's module loads after the window's first paint
    from reader.core.outline import Outline, Section
    from reader.models.preview_labels import PreviewLabels

_ROOT = QModelIndex()  # the invalid index Qt passes for "no parent"
_RELABEL = QEvent.Type(QEvent.registerEventType())  # OutlineModel._relabel
_MORE = QEvent.Type(QEvent.registerEventType())  # OutlineModel._fetch_top: the next batch of top-level rows
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable  # made once: an enum's | costs 2 µs
_NO_FLAGS = Qt.ItemFlag.NoItemFlags
RELABEL_EACH_MAX = 200  # labels shown past which a relabel repaints the whole tree at once
ROWS_NEAR = 50  # rows_near: on each side, a tree taller than a screen
TOP_BATCH = 100  # top-level rows made items at a time: 1-2 ms, a tall tree's screen twice over


def kind_names() -> dict[str, str]:
    """Each kind of section's name, in the window's language."""
    return {
        "header": QCoreApplication.translate("OutlineModel", "Document information"),
        "breadcrumb": QCoreApplication.translate("OutlineModel", "Site"),
        "title": QCoreApplication.translate("OutlineModel", "Title"),
        "subtitle": QCoreApplication.translate("OutlineModel", "Subtitle"),
        "author": QCoreApplication.translate("OutlineModel", "Author"),
        "dateline": QCoreApplication.translate("OutlineModel", "Date and source"),
        "heading": QCoreApplication.translate("OutlineModel", "Heading"),
        "paragraph": QCoreApplication.translate("OutlineModel", "Paragraph"),
        "sentence": QCoreApplication.translate("OutlineModel", "Sentence"),
        "item": QCoreApplication.translate("OutlineModel", "Item"),
        "credit": QCoreApplication.translate("OutlineModel", "Editor"),
    }


def kind_name(kind: str) -> str:
    return kind_names().get(kind, kind)


READ_KINDS = ("header", "heading", "paragraph", "credit")  # what reading progress counts
UNLISTED_KINDS = ("credit",)
"""Top-level nodes the tree has no row for: an editor's credit closing a page is no section;
the caret in it is shown on the row before it, where the reader has just been reading."""


@lru_cache(maxsize=1)
def read_icon() -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(QPen(QColor("#2f9e44"), 2.2))
    p.drawPolyline([QPointF(2.5, 7.5), QPointF(5.8, 11), QPointF(11.5, 3.5)])
    p.end()
    return QIcon(pixmap)


@lru_cache(maxsize=1)
def unread_icon() -> QIcon:
    pixmap = QPixmap(14, 14)  # keeps read and unread labels aligned
    pixmap.fill(Qt.GlobalColor.transparent)
    return QIcon(pixmap)


def labeller(
    outline: Outline, view: View | None, convert: Callable[[str], str] | None, clean: bool
) -> Callable[[Section], str]:
    """A node's label as the page shows it: from the view's text (the outline's without one),
    previewed through convert() (one that keeps every length, else the piece as it was), with
    the page's punctuation when clean (both keep every length, so offsets stay valid). Any
    thread."""
    text, to_view = (view.text, view.to_view) if view else (outline.text, lambda p: p)

    def as_page(piece: str) -> str:
        if convert is not None:
            converted = convert(piece)
            piece = converted if len(converted) == len(piece) else piece
        return clean_punctuation(piece) if clean else piece

    return lambda node: outline.label_through(node, text, to_view, as_page)


_NODE = Qt.ItemDataRole.UserRole.value  # an item's node: its place in OutlineModel._nodes
_TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
_ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole.value
_DECORATION = Qt.ItemDataRole.DecorationRole.value


class OutlineModel(QStandardItemModel):
    """The outline's rows as items whose roles Qt keeps in C++, so that a paint of the tree
    runs no Python: as a Python model it was called 1,366 times a paint on 红楼梦 (data() for
    seven roles a row, parent(), flags() …), each call taking the interpreter's lock again, so
    that any other Python thread of the window's made the paint wait (issue 32: stalls). A node's
    children become items when the tree first opens it (fetchMore: a book has 36,000 nodes);
    the top-level rows a batch at once, the rest a batch a turn (_MORE), sooner as the tree
    scrolls or the caret's row is asked for (index_of); the items made are labelled again at
    once when the script changes, the tree told a turn later (_relabel)."""

    def __init__(self, outline: Outline, view: View | None = None, parent=None) -> None:
        super().__init__(0, 1, parent)
        self.invisibleRootItem().setFlags(_NO_FLAGS)  # nothing is dropped on the tree
        self.outline = outline
        self.view = view
        self._nodes: list[Section] = []  # by each item's _NODE number
        self._items: dict[int, tuple[Section, QStandardItem]] = {}  # id(node) → the node and its item
        self._labels: dict[int, str] = {}  # id(node) → the label its item shows
        self._fetched: set[int] = set()  # id() of the nodes whose children are items
        self._changed: dict[int, tuple[Section, str]] = {}  # id(node) → node, text: relabelled since the tree was told
        self._preview: Callable[[str], str] | None = None  # see preview()
        self._relabel_pending = False
        self.clean_punctuation = True
        """Labels as the page shows them: half-width , : ( beside Chinese made full-width
        (the reader's preference, reader.core.punctuation)."""
        self._section_terms: dict = {}  # (start, end) → KeyTerms, once computed
        self.read: set = set()  # (start, end) of the sections read
        self._top_made = 0  # the top-level rows made items: the first, in order
        self._more_pending = False  # a _MORE event posted
        self._top_rows: dict[int, int] | None = None  # id(top-level node) → its row, once asked
        self._top = [node for node in outline.root.children if node.kind not in UNLISTED_KINDS]
        """The top-level nodes with a row, in order."""
        self._fetch_top(TOP_BATCH)

    # Qt asks these of a row when the tree lays it out or opens it, not when it paints: a node
    # not yet opened has children but no child items, made when the tree first opens it
    def hasChildren(self, parent=_ROOT) -> bool:
        if not parent.isValid():
            return bool(self._top)
        return not parent.column() and self.node(parent).has_children

    def canFetchMore(self, parent=_ROOT) -> bool:
        if not parent.isValid():
            return self._top_made < len(self._top)
        node = self.node(parent)
        return id(node) not in self._fetched and node.has_children

    def fetchMore(self, parent=_ROOT) -> None:
        if not parent.isValid():
            self._fetch_top(self._top_made + TOP_BATCH)
        else:
            self._fetch(self.node(parent))

    def _fetch_top(self, end: int) -> None:
        """The top-level rows up to `end` made items, and the next batch asked for a turn later
        until all are: a long text without headings has thousands, whose items took 52 ms at
        once in the window (289 ms at a bare first build, cutting each paragraph's sentences to
        tell its fold, before Section.has_children); the tree's scroll bar is whole a few turns
        after the model is made."""
        top = self._top
        end = min(end, len(top))
        if end > self._top_made:
            nodes, self._top_made = top[self._top_made : end], end
            self.invisibleRootItem().appendRows(self._made(nodes))
        if self._top_made < len(top) and not self._more_pending:
            self._more_pending = True
            QCoreApplication.postEvent(self, QEvent(_MORE), Qt.EventPriority.LowEventPriority.value)

    def _fetch(self, node: Section) -> None:
        if id(node) in self._fetched:
            return
        self._fetched.add(id(node))
        if node.children:
            self._items[id(node)][1].appendRows(self._made(node.children))

    def _made(self, nodes: list[Section]) -> list[QStandardItem]:
        """Items for these nodes, labelled in the script shown."""
        label = labeller(self.outline, self.view, self._preview, self.clean_punctuation)
        kinds = kind_names()
        items = []
        for child in nodes:
            item = QStandardItem()
            item.setFlags(_FLAGS)
            item.setData(len(self._nodes), _NODE)
            if child.has_children:  # its column made now: made with its first rows, in their insertion
                item.setColumnCount(1)
            self._nodes.append(child)
            self._items[id(child)] = (child, item)
            self._labels[id(child)] = made = label(child)
            self._fill(item, child, made, kinds)
            items.append(item)
        return items

    def _fill(self, item: QStandardItem, node: Section, label: str, kinds: dict[str, str]) -> None:
        """The item's roles: its label (a header's kind), what a screen reader and the tooltip
        say, and whether it has been read."""
        kind = kinds.get(node.kind, node.kind)
        item.setText(kinds["header"] if node.kind == "header" else label)
        item.setData(f"{kind} {label}", _ACCESSIBLE)
        item.setData(self._tooltip(node, kind, label), _TOOLTIP)
        if node.kind in READ_KINDS:
            item.setData(read_icon() if (node.start, node.end) in self.read else unread_icon(), _DECORATION)

    @staticmethod
    def _shown(node: Section, label: str) -> str:
        """What the node's row reads."""
        return kind_name("header") if node.kind == "header" else label

    def _tooltip(self, node: Section, kind: str, label: str) -> str:
        tip = f"{kind}: {label}"
        terms = self._section_terms.get((node.start, node.end))
        if terms and self.view is not None:
            shown = "、".join(t.shown(self.view) for t in terms)
            tip += "\n" + QCoreApplication.translate("OutlineModel", "Key terms: {terms}").format(terms=shown)
        if (node.start, node.end) in self.read:
            tip += "\n" + QCoreApplication.translate("OutlineModel", "Read")
        return escaped(tip)

    def _refill(self, keys) -> None:
        """The roles of the items of these nodes (by id) made again, the tree not told (see
        _relabel)."""
        kinds = kind_names()
        blocked = self.blockSignals(True)
        try:
            for key in keys:
                node, item = self._items[key]
                self._fill(item, node, self._labels[key], kinds)
        finally:
            self.blockSignals(blocked)

    @property
    def section_terms(self) -> dict:
        return self._section_terms

    @section_terms.setter
    def section_terms(self, terms: dict) -> None:
        """(start, end) → KeyTerms, named in the sections' tooltips."""
        self._section_terms = terms
        self._refill([key for key, (node, _) in self._items.items() if (node.start, node.end) in terms])

    def rows_near(self, pos: int, rows: int = ROWS_NEAR) -> list[Section]:
        """The top-level nodes around the one holding pos (where the tree opens on a book,
        folded: rows before and after it, as many as a tall tree shows)."""
        top = self._top
        path = self.outline.path_at(pos)
        first = self._listed(path[0]) if path else None
        row = next((r for r, node in enumerate(top) if node is first), 0)
        return top[max(0, row - rows) : row + rows]

    def set_read(self, read: set) -> None:
        turned = self.read ^ set(read)
        self.read = set(read)
        self._refill([key for key, (node, _) in self._items.items() if (node.start, node.end) in turned])
        rows = self.rowCount()
        if rows:
            self.dataChanged.emit(self.index(0, 0), self.index(rows - 1, 0), [Qt.ItemDataRole.DecorationRole])

    def set_view(self, view: View) -> None:
        """Label the tree from `view` (and no longer from a preview)."""
        self.view = view
        self._preview = None
        self._relabel()

    def preview(self, convert: Callable[[str], str], made: PreviewLabels | None = None) -> None:
        """Until the next set_view, label the tree from the view's text through convert()
        (one that keeps every length: a book's page previewed in the script it is being
        converted to, DocumentView.preview_conversion), each label whole in that script.
        made: the labels, made through convert in a thread (preview_labels), if nothing they
        were made from has changed since."""
        self._preview = convert
        if made is not None and made.view is self.view and made.clean == self.clean_punctuation:
            self._relabel({key: label for key, (_, label) in made.labels.items()})
        else:
            self._relabel()

    def preview_labels(
        self, convert: Callable[[str], str], nodes: list[Section] | None = None
    ) -> Callable[[], PreviewLabels]:
        """The work, for any thread, of the labels of the tree's items (or of nodes) made
        through convert() for preview(): converting them on the window's thread (pure-Python
        OpenCC, ~0.2 ms a label) held it 10-12 ms at a book's first switch, in the turn before
        the tree's paint."""
        nodes = [node for node, _ in self._items.values()] if nodes is None else nodes
        view, clean = self.view, self.clean_punctuation
        label = labeller(self.outline, view, convert, clean)

        def work() -> PreviewLabels:
            from reader.models.preview_labels import PreviewLabels  # with a book's first switch

            made = {}
            for node in nodes:
                give_way()  # (the window's housekeeping thread: to the reader's keys and clicks)
                made[id(node)] = (node, label(node))
            return PreviewLabels(view, clean, made)

        return work

    def set_clean_punctuation(self, on: bool) -> None:
        if on != self.clean_punctuation:
            self.clean_punctuation = on
            self._relabel()

    def _relabel(self, made: dict[int, str] | None = None) -> None:
        """The items labelled again at once (made: labels made already, by id(node)); the tree
        told of those whose label changed once the turn that changed them is over (a switch
        relabels more than once), and before the window's next paint (Qt's UpdateRequest is
        of lower priority), so that the tree changes script in the same paint as the page:
        told after that paint, it showed the old script a frame longer than the page, the tab
        and the toolbar. Only the rows whose label changed are repainted: a repaint of the
        whole tree cost 16–20 ms on a book."""
        label = labeller(self.outline, self.view, self._preview, self.clean_punctuation)
        changed = []
        for key, (node, _) in self._items.items():
            new = made.get(key) if made else None
            new = label(node) if new is None else new
            if new != self._labels[key]:
                self._changed.setdefault(key, (node, self._shown(node, self._labels[key])))  # as last painted
                self._labels[key] = new
                changed.append(key)
        self._refill(changed)
        if not self._relabel_pending:
            self._relabel_pending = True
            QCoreApplication.postEvent(self, QEvent(_RELABEL), Qt.EventPriority.NormalEventPriority.value)

    def event(self, event: QEvent) -> bool:
        if event.type() == _MORE:
            self._more_pending = False
            self._fetch_top(self._top_made + TOP_BATCH)
            return True
        if event.type() != _RELABEL:
            return super().event(event)
        self._relabel_pending = False
        changed, self._changed = self._changed, {}
        # of the rows relabelled, those that read as the tree painted them need no repaint (a
        # book's preview and its view arriving: none at all)
        changed = {key: made for key, made in changed.items() if self._shown(made[0], self._labels[key]) != made[1]}
        if len(changed) > RELABEL_EACH_MAX:
            # one signal over the top level repaints the whole view, children included: a
            # signal per parent would cost seconds on a book with thousands of sections
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, 0), [Qt.ItemDataRole.DisplayRole])
            return True
        for node, _ in changed.values():
            index = self.index_of(node)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole])
        return True

    def node(self, index: QModelIndex | QPersistentModelIndex) -> Section:
        return self._nodes[index.data(_NODE)] if index.isValid() else self.outline.root

    def index_of(self, node: Section) -> QModelIndex:
        node = self._listed(node)
        if node is self.outline.root:
            return QModelIndex()
        made = self._items.get(id(node))
        if made is None:  # a node the tree has not shown (the caret's section): its parents opened
            path = [*self._ancestors(node)[1:], node]  # from the top level down
            if self._top_rows is None:
                self._top_rows = {id(top): row for row, top in enumerate(self._top)}
            row = self._top_rows[id(path[0])]
            self._fetch_top((row // TOP_BATCH + 1) * TOP_BATCH)  # the rows above it, and its batch
            for ancestor in path[:-1]:
                self._fetch(ancestor)
            made = self._items[id(node)]
        return made[1].index()

    def _listed(self, node: Section) -> Section:
        """The node, or for one the tree has no row for (UNLISTED_KINDS, only ever at the top
        level) the top-level node with a row before it (the root when there is none)."""
        if node.kind not in UNLISTED_KINDS:
            return node
        top = self.outline.root.children
        above = top[: next((i for i, n in enumerate(top) if n is node), 0)]
        return next((n for n in reversed(above) if n.kind not in UNLISTED_KINDS), self.outline.root)

    def _ancestors(self, node: Section) -> list[Section]:
        """The nodes above node, from the root down."""
        path = [self.outline.root, *self.outline.path_at(node.start)]
        for depth, ancestor in enumerate(path):
            if any(child is node for child in ancestor.children):
                return path[: depth + 1]

        def down(above: list[Section]) -> list[Section] | None:  # a node path_at does not reach (an empty one)
            for child in above[-1].children:
                if child is node:
                    return above
                found = down([*above, child])
                if found:
                    return found
            return None

        return down([self.outline.root]) or []

    def label(self, node: Section) -> str:
        """The node's label as the page shows it: in the script shown, with the page's
        punctuation."""
        made = self._labels.get(id(node))
        if made is None:
            made = labeller(self.outline, self.view, self._preview, self.clean_punctuation)(node)
        return made
