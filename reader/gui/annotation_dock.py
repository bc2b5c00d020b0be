"""The annotation panel: a filter box over a tree of sections and their highlights."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QFrame,
    QLineEdit,
    QScrollArea,
    QStyledItemDelegate,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from reader.core.annotations.styles import HIGHLIGHT_STYLES
from reader.gui.hint_label import hint_label, look_empty, own_viewport
from reader.models.annotation_model import (
    AnnotationFilter,
    AnnotationModel,
    CheckRole,
    ColourRole,
    DateRole,
    IdRole,
    IsGroupRole,
    NoteRole,
)


class AnnotationDelegate(QStyledItemDelegate):
    """A highlight as two lines: its quote beside a colour bar, then its note and date."""

    def sizeHint(self, option, index) -> QSize:
        size = super().sizeHint(option, index)
        if index.data(IsGroupRole):
            return size
        return QSize(size.width(), option.fontMetrics.height() * 2 + 14)

    def paint(self, painter, option, index) -> None:
        if index.data(IsGroupRole):
            option.font.setBold(True)
            super().paint(painter, option, index)
            return
        # QStyle's Python type (its hundreds of enums: 8 ms) is made when a highlight is first
        # painted, not with the dock before the launch's text paints
        from PySide6.QtWidgets import QStyle

        style = option.widget.style() if option.widget else None
        self.initStyleOption(option, index)
        text = option.text
        option.text = ""
        if style:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        painter.save()
        r = option.rect.adjusted(4, 5, -6, -5)
        colour = index.data(ColourRole)
        bar = QRect(r.left(), r.top(), 5, r.height())
        if colour is not None:
            painter.fillRect(bar, colour)
        else:
            painter.fillRect(bar.adjusted(2, 0, -2, 0), option.palette.mid())
        selected = option.state & QStyle.StateFlag.State_Selected
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        fm = option.fontMetrics
        line = fm.height()
        text_rect = QRect(r.left() + 12, r.top(), r.width() - 12, line)
        painter.setPen(option.palette.color(role))
        painter.drawText(
            text_rect,
            Qt.AlignmentFlag.AlignLeft,
            fm.elidedText(text.replace("\n", " "), Qt.TextElideMode.ElideRight, text_rect.width()),
        )
        date = index.data(DateRole) or ""
        small = QFont(option.font)
        small.setPointSizeF(max(6.0, option.font.pointSizeF() * 0.85))
        painter.setFont(small)
        date_width = painter.fontMetrics().horizontalAdvance(date) + 4
        note_rect = QRect(text_rect.left(), r.top() + line + 4, text_rect.width() - date_width - 6, line)
        muted = option.palette.color(role)
        muted.setAlpha(170)
        painter.setPen(muted)
        note = (index.data(NoteRole) or "").replace("\n", " ⏎ ")
        check = index.data(CheckRole)
        if check:  # a highlight re-anchoring moved with low confidence: said before its note
            warning = f"⚠ {check}"
            painter.setPen(QColor("#b35900") if not selected else option.palette.color(role))
            painter.drawText(note_rect, Qt.AlignmentFlag.AlignLeft, warning)
            shift = painter.fontMetrics().horizontalAdvance(warning + "  ")
            note_rect = note_rect.adjusted(shift, 0, 0, 0)
            painter.setPen(muted)
        painter.drawText(
            note_rect,
            Qt.AlignmentFlag.AlignLeft,
            painter.fontMetrics().elidedText(note, Qt.TextElideMode.ElideRight, note_rect.width()),
        )
        painter.drawText(
            QRect(r.right() - date_width, note_rect.top(), date_width, line), Qt.AlignmentFlag.AlignRight, date
        )
        painter.restore()


class AnnotationTree(QTreeView):
    activatedId = Signal(str)
    editRequested = Signal(str)
    deleteRequested = Signal(str)
    _jumped: str | None = None

    def currentChanged(self, current, previous) -> None:
        super().currentChanged(current, previous)
        self._jumped = None

    def current_id(self) -> str | None:
        index = self.currentIndex()
        return index.data(IdRole) if index.isValid() and not index.data(IsGroupRole) else None

    def keyPressEvent(self, event) -> None:
        ident = self.current_id()
        key = event.key()
        if ident and key == Qt.Key.Key_Delete:
            self.deleteRequested.emit(ident)
            return
        if ident and key == Qt.Key.Key_F2:
            self.editRequested.emit(ident)
            return
        if ident and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            # Enter jumps to the passage; Enter again on the same row edits its note
            if self._jumped == ident:
                self.editRequested.emit(ident)
            else:
                self.activatedId.emit(ident)
                self._jumped = ident
            return
        super().keyPressEvent(event)


def first_steps() -> str:
    """What the empty panel says: how a highlight is made, with the keys of the action table
    (reader.gui.actions), so the hint names the keys the commands have."""
    from reader.gui.actions import first_keys

    keys = first_keys()
    colours = f"{keys['colour_1']}–{keys[f'colour_{len(HIGHLIGHT_STYLES)}']}"
    return QCoreApplication.translate(
        "AnnotationDock",
        "No highlights yet.\n\n"
        "Select a passage in the text (drag with the mouse, or press {word} for the word at the caret, "
        "{sentence} for its sentence), then press {highlight} to highlight it, {colours} for a colour, "
        "{underline} to underline it or {note} to write a note.\n\n"
        "Your highlights are listed here by section; {next} and {previous} go from one to the next in the text.",
    ).format(
        word=keys["select_word"],
        sentence=keys["select_sentence"],
        highlight=keys["highlight"],
        colours=colours,
        underline=keys["underline"],
        note=keys["note"],
        next=QKeySequence(keys["next_highlight"]).toString(QKeySequence.SequenceFormat.NativeText),
        previous=QKeySequence(keys["previous_highlight"]).toString(QKeySequence.SequenceFormat.NativeText),
    )


class AnnotationDock(QDockWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(self.tr("Annotations"), parent)
        self.setObjectName("annotationDock")
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        self.filter_edit = QLineEdit(body)
        self.filter_edit.setObjectName("annotationFilter")
        self.filter_edit.setPlaceholderText(self.tr("Filter quotes and notes (either script)"))
        self.filter_edit.setAccessibleName(self.tr("Filter annotations"))
        self.filter_edit.setClearButtonEnabled(True)
        self.model = AnnotationModel(self)
        self.proxy = AnnotationFilter(self)
        self.proxy.setSourceModel(self.model)
        self.tree = AnnotationTree(body)
        own_viewport(self.tree)  # coloured when empty (look_empty)
        self.tree.setObjectName("annotationTree")
        self.tree.setAccessibleName(self.tr("Annotations"))
        self.tree.setModel(self.proxy)
        self.tree.setHeaderHidden(True)
        self.tree.setItemDelegate(AnnotationDelegate(self.tree))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setIndentation(10)
        self.tree.clicked.connect(self._clicked)
        self._tree_frame = self.tree.frameShape()
        self.filter_edit.textChanged.connect(self._filter)
        self.model.modelReset.connect(self.tree.expandAll)
        # an empty panel says how highlights are made (the first start shows nothing else)
        self.hint = hint_label(first_steps(), body, "annotationHint")
        # wrapped to the panel's width, it is taller than a short window's panel: it scrolls
        # there, not cut off at its foot
        self.hint_area = QScrollArea(body, widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
        self.hint_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        viewport = QWidget()  # one of ours: the first wrap of one Qt made is costly (DocumentView._own_viewport)
        viewport.setAutoFillBackground(False)
        self.hint_area.setViewport(viewport)
        self.hint_area.setWidget(self.hint)
        self.hint.setAutoFillBackground(False)
        self.model.modelReset.connect(self._show_hint)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.hint_area, 1)
        layout.addWidget(self.tree, 1)
        self.setWidget(body)
        self.setFocusProxy(self.tree)
        self._show_hint()

    def _show_hint(self) -> None:
        # the empty tree stays, so F6 still reaches the panel, and says the hint to a screen reader
        empty = self.model.rowCount() == 0
        self.hint_area.setVisible(empty)
        # the empty tree a strip under the hint, the hint the room
        look_empty(self.tree, empty, self.tree.fontMetrics().height() * 2, self._tree_frame, self.hint.text())

    def _filter(self, text: str) -> None:
        self.proxy.set_text(text)
        self.tree.expandAll()

    def _clicked(self, index: QModelIndex) -> None:
        ident = index.data(IdRole)
        if ident and not index.data(IsGroupRole):
            self.tree.activatedId.emit(ident)

    def select_id(self, annotation_id: str) -> None:
        index = self.proxy.mapFromSource(self.model.index_of_id(annotation_id))
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)
