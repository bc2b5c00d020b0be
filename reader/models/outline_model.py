"""The section tree as a Qt item model, labelled in the script being shown."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    Qt,
)
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap

from reader.core.punctuation import clean_punctuation
from reader.core.scripts import View
from reader.models.plain_text import escaped

if TYPE_CHECKING:  # the outline's module loads after the window's first paint
    from reader.core.outline import Outline, Section

_ROOT = QModelIndex()  # the invalid index Qt passes for "no parent"
_RELABEL = QEvent.Type(QEvent.registerEventType())  # OutlineModel._relabel
_DISPLAY = Qt.ItemDataRole.DisplayRole.value  # roles as Qt passes them, plain ints
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable  # made once: an enum's | costs 2 µs
_NO_FLAGS = Qt.ItemFlag.NoItemFlags
RELABEL_EACH_MAX = 200  # labels shown past which a relabel repaints the whole tree at once
ROWS_NEAR = 50  # rows_near: on each side, a tree taller than a screen


def kind_name(kind: str) -> str:
    names = {
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
    return names.get(kind, kind)


READ_KINDS = ("header", "heading", "paragraph", "credit")  # what reading progress counts


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


@dataclass(frozen=True)
class PreviewLabels:
    """Labels made through a preview's conversion (OutlineModel.preview_labels), and what
    they were made from."""

    view: View | None
    clean: bool
    labels: dict[int, tuple[Section, str]]


class OutlineModel(QAbstractItemModel):
    def __init__(self, outline: Outline, view: View | None = None, parent=None) -> None:
        super().__init__(parent)
        self.outline = outline
        self.view = view
        self._labels: dict[int, tuple[Section, str]] = {}  # id(node) → the node and its label, made when asked
        self._shown: dict[int, tuple[Section, str | None]] = {}  # the labels before a relabel (_relabel)
        self._preview: Callable[[str], str] | None = None  # see preview()
        self._relabel_pending = False
        self.clean_punctuation = True
        """Labels as the page shows them: half-width , : ( beside Chinese made full-width
        (the reader's preference, reader.core.punctuation)."""
        self.section_terms: dict = {}  # (start, end) → KeyTerms, once computed
        self.read: set = set()  # (start, end) of the sections read
        # Qt asks for parents by child: each node's parent and row, noted for a node's children
        # when Qt first asks for one of them (a book has 36,000 nodes: noting them all held
        # the window for 15 ms, or 100 when the collector ran)
        self._parent: dict[int, tuple[Section, int]] = {}
        self._up: dict[int, QModelIndex] = {}  # and each one's parent's index, which Qt asks for most
        self._noted: set[int] = set()
        self._note(outline.root)

    def _note(self, node: Section) -> None:
        if id(node) not in self._noted:
            self._noted.add(id(node))
            up = self.index_of(node)
            for row, child in enumerate(node.children):
                self._parent[id(child)] = (node, row)
                self._up[id(child)] = up

    def _locate(self, node: Section) -> tuple[Section, int]:
        """The parent and row of a node Qt has not been shown yet (the caret's section)."""
        for ancestor in [self.outline.root, *self.outline.path_at(node.start)]:
            self._note(ancestor)
            if id(node) in self._parent:
                return self._parent[id(node)]
        for ancestor in self.outline.root.walk():  # a node path_at does not reach (an empty one)
            self._note(ancestor)
        return self._parent[id(node)]

    def rows_near(self, pos: int, rows: int = ROWS_NEAR) -> list[Section]:
        """The top-level nodes around the one holding pos (where the tree opens on a book,
        folded: rows before and after it, as many as a tall tree shows)."""
        top = self.outline.root.children
        path = self.outline.path_at(pos)
        row = next((r for r, node in enumerate(top) if path and node is path[0]), 0)
        return top[max(0, row - rows) : row + rows]

    def set_read(self, read: set) -> None:
        self.read = set(read)
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
        made: the labels shown, made through convert in a thread (preview_labels), if nothing
        they were made from has changed since."""
        self._preview = convert
        self._relabel()
        if made is not None and made.view is self.view and made.clean == self.clean_punctuation:
            self._labels.update(made.labels)

    def preview_labels(
        self, convert: Callable[[str], str], nodes: list[Section] | None = None
    ) -> Callable[[], PreviewLabels]:
        """The work, for any thread, of the labels the tree shows (or those of nodes) made
        through convert() for preview(): converting them on the window's thread (pure-Python
        OpenCC, ~0.2 ms a label) held it 10-12 ms at a book's first switch, in the turn before
        the tree's paint."""
        nodes = [node for node, _ in self._labels.values()] if nodes is None else nodes
        view, clean = self.view, self.clean_punctuation
        label = labeller(self.outline, view, convert, clean)

        def work() -> PreviewLabels:
            return PreviewLabels(view, clean, {id(node): (node, label(node)) for node in nodes})

        return work

    def _relabel(self) -> None:
        """The labels made again when asked for; the tree told of the rows whose label changed
        once the turn that changed them is over (a switch relabels more than once), and before
        the window's next paint (Qt's UpdateRequest is of lower priority), so that the tree
        changes script in the same paint as the page: told after that paint, it showed the old
        script a frame longer than the page, the tab and the toolbar. Only the rows shown whose
        label changed are repainted: a repaint of the whole tree cost 16–20 ms on a book."""
        if self._relabel_pending:  # labels made meanwhile may have been painted: told again
            self._shown.update({key: (node, None) for key, (node, _) in self._labels.items()})
        else:
            self._shown = self._labels
            self._relabel_pending = True
            QCoreApplication.postEvent(self, QEvent(_RELABEL), Qt.EventPriority.NormalEventPriority.value)
        self._labels = {}

    def event(self, event: QEvent) -> bool:
        if event.type() != _RELABEL:
            return super().event(event)
        self._relabel_pending = False
        shown, self._shown = self._shown, {}
        if len(shown) > RELABEL_EACH_MAX:
            # one signal over the top level repaints the whole view, children included: a
            # signal per parent would cost seconds on a book with thousands of sections
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, 0), [Qt.ItemDataRole.DisplayRole])
            return True
        # the labels the tree asked for are the only ones it shows; of these, those unchanged
        # need no repaint (a book's preview and its view arriving: none at all)
        for node, label in shown.values():
            if self.label(node) != label:
                index = self.index_of(node)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole])
        return True

    def node(self, index: QModelIndex | QPersistentModelIndex) -> Section:
        return index.internalPointer() if index.isValid() else self.outline.root

    def index_of(self, node: Section) -> QModelIndex:
        if node is self.outline.root:
            return QModelIndex()
        _, row = self._parent.get(id(node)) or self._locate(node)
        return self.createIndex(row, 0, node)

    # Qt calls the five below from C++ ~1,000 times per paint of the tree (a call across costs
    # more than its answer): each answers in one step, never calling another of them back
    # through Qt (QAbstractItemModel's hasIndex and hasChildren each ask rowCount and
    # columnCount again), and a parent's index is made once, when its children are noted.
    def index(self, row: int, column: int, parent=_ROOT) -> QModelIndex:
        node = parent.internalPointer() if parent.isValid() else self.outline.root
        children = node.children
        if column or not 0 <= row < len(children):
            return QModelIndex()
        if id(node) not in self._noted:
            self._note(node)
        return self.createIndex(row, 0, children[row])

    def parent(self, index=_ROOT):
        if not index.isValid():
            return QModelIndex()
        node = index.internalPointer()
        up = self._up.get(id(node))
        if up is None:
            self._locate(node)
            up = self._up[id(node)]
        return up

    def rowCount(self, parent=_ROOT) -> int:
        if not parent.isValid():
            return len(self.outline.root.children)
        return 0 if parent.column() else len(parent.internalPointer().children)

    def hasChildren(self, parent=_ROOT) -> bool:
        if not parent.isValid():
            return bool(self.outline.root.children)
        return not parent.column() and bool(parent.internalPointer().children)

    def columnCount(self, parent=_ROOT) -> int:
        return 1

    def set_clean_punctuation(self, on: bool) -> None:
        if on != self.clean_punctuation:
            self.clean_punctuation = on
            self._relabel()

    def label(self, node: Section) -> str:
        """The node's label as the page shows it: in the script shown, with the page's
        punctuation."""
        made = self._labels.get(id(node))
        if made is None:
            label = labeller(self.outline, self.view, self._preview, self.clean_punctuation)
            made = self._labels[id(node)] = (node, label(node))
        return made[1]

    def data(self, index: QModelIndex, role: int = _DISPLAY):
        # the delegate asks seven roles of each row it paints (font, alignment, colours, check
        # state …): those with no answer cost one look-up
        answer = _ANSWERS.get(role)
        if answer is None or not index.isValid():
            return None
        return answer(self, index.internalPointer())

    def _display(self, node: Section) -> str:
        if node.kind == "header":
            return kind_name("header")
        return self.label(node)

    def _decoration(self, node: Section) -> QIcon | None:
        if node.kind not in READ_KINDS:
            return None
        return read_icon() if (node.start, node.end) in self.read else unread_icon()

    def _tooltip(self, node: Section) -> str:
        tip = f"{kind_name(node.kind)}: {self.label(node)}"
        terms = self.section_terms.get((node.start, node.end))
        if terms and self.view is not None:
            shown = "、".join(t.shown(self.view) for t in terms)
            tip += "\n" + QCoreApplication.translate("OutlineModel", "Key terms: {terms}").format(terms=shown)
        if (node.start, node.end) in self.read:
            tip += "\n" + QCoreApplication.translate("OutlineModel", "Read")
        return escaped(tip)

    def _accessible(self, node: Section) -> str:
        return f"{kind_name(node.kind)} {self.label(node)}"

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        return _FLAGS if index.isValid() else _NO_FLAGS


# the roles data() answers, each by a method of the class (a table of the model's own bound
# methods would make a cycle that keeps a closed tab's model and outline until the collector)
_ANSWERS = {
    _DISPLAY: OutlineModel._display,
    Qt.ItemDataRole.DecorationRole.value: OutlineModel._decoration,
    Qt.ItemDataRole.ToolTipRole.value: OutlineModel._tooltip,
    Qt.ItemDataRole.AccessibleTextRole.value: OutlineModel._accessible,
}
