"""The status bar's permanent parts: the section read (the caret's, or the page's once it is
scrolled away from the caret: page_place), a book's conversion under way, the script shown and
how it was made, and that place in the document."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QStatusBar, QWidget

from reader.core.plural import counted
from reader.core.progress import share_through
from reader.gui.script_labels import script_status
from reader.models.plain_text import escaped, plain_label

SECTION_CHARS = 8
"""Characters of the section's name the bar keeps before it narrows the other parts."""


class ElidedLabel(QLabel):
    """A status bar part that narrows with the window: its text cut with "…" (in full in its
    tooltip), a gap after it, never drawn into its neighbour. `text()` stays the whole text.

    A label that asks for its whole text's width can't be narrowed by the bar's layout: at
    640 px the parts overran the window and the section's name was clipped under the next
    part. Only what is painted is elided, so no text changes with a resize."""

    def __init__(self, parent: QWidget, keeps: int | None = None, text: str = "") -> None:
        super().__init__(text, parent)
        plain_label(self)  # the section is a heading of the document: text, never markup
        self.keeps = keeps  # asks for only this many characters: it narrows before the others
        gap = self.fontMetrics().averageCharWidth()
        self.setContentsMargins(0, 0, gap, 0)
        # at least "…": a minimum set, not a minimumSizeHint of its own (a Python call at each
        # layout of the bar)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("…") + gap)

    def shown_text(self) -> str:
        """What is painted: the text, elided to the width it has."""
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, self.contentsRect().width())

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        if self.keeps is None:
            return hint
        kept = self.fontMetrics().horizontalAdvance(self.text()[: self.keeps] + "…")
        margins = self.contentsMargins()
        return QSize(min(hint.width(), kept + margins.left() + margins.right()), hint.height())

    def setText(self, text: str) -> None:
        super().setText(text)
        self._tell_whole()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._tell_whole()

    def _tell_whole(self) -> None:
        self.setToolTip(escaped(self.text()) if self.shown_text() != self.text() else "")

    def paintEvent(self, event) -> None:
        # drawn with the painter, not QStyle.drawItemText: QStyle's Python type (its hundreds of
        # enums: 8 ms) is not made before the launch's text paints
        # ended here, not when the frame goes (a profiler or a stack sampler holding the frame
        # kept the painter active past the paint: Qt then crashed; see tests/gui/test_painters_end.py)
        with QPainter(self) as painter:
            painter.setPen(self.palette().color(self.foregroundRole()))
            painter.drawText(self.contentsRect(), int(self.alignment()), self.shown_text())


class StatusLine(QObject):
    def __init__(self, bar: QStatusBar, progress: QLabel) -> None:
        super().__init__(bar)
        # the section's name yields its width first; the script and the place only once it is short
        self.section = ElidedLabel(bar, keeps=SECTION_CHARS)
        self.script, self.position = ElidedLabel(bar), ElidedLabel(bar)
        bar.addPermanentWidget(progress)
        bar.addWidget(self.section, 1)
        # a message takes the section's place while it shows (Qt drew both, one over the other)
        bar.messageChanged.connect(lambda message: self.section.setVisible(not message))
        # a permanent part: a message (a menu's status tips) would take a temporary one away,
        # and the page, a preview meanwhile, would read as done
        self.converting = self._busy_part(bar, self.tr("Converting the document…"))
        bar.addPermanentWidget(self.converting)
        bar.addPermanentWidget(self.script)
        bar.addPermanentWidget(self.position)

    @staticmethod
    def _busy_part(bar: QStatusBar, text: str) -> QWidget:
        """A busy bar (no steps: the worker does not tell how far it is) and what it does."""
        part = QWidget(bar)
        layout = QHBoxLayout(part)
        layout.setContentsMargins(0, 0, 0, 0)
        busy = QProgressBar(part, minimum=0, maximum=0, textVisible=False)
        busy.setFixedSize(48, max(8, bar.fontMetrics().height() // 2))
        layout.addWidget(busy)
        # narrows with the others (it took its whole width at 640 px while they were cut)
        layout.addWidget(ElidedLabel(part, text=text))
        part.hide()
        return part

    def show_position(self, reading, pos: int) -> None:
        path = reading.session.outline.path_at(pos)
        model = reading.outline_model
        self.section.setText(model.data(model.index_of(path[0])) if path else "")
        document = reading.session.document
        total = len(document.text)
        view = reading.view
        # by original offsets, not the scroll bar's (a book's page lays out only the chapters
        # near it: page_window): at the end once the last line is on the page (looked for only
        # with the page at its bottom: the hit test cost each caret move 0.3 ms on the 5 M book)
        bar = view.verticalScrollBar()
        end_shown = view.positions is not None and bar.value() >= bar.maximum() and view.visible_range()[1] >= total
        place = self.tr("Character {pos} of {total} · {share}%").format(
            pos=counted(pos), total=counted(total), share=share_through(pos, total, end_shown)
        )
        if document.pages:  # a PDF: its page numbers, as the printed copy has them
            page = self.tr("Page {page} of {pages}").format(page=document.page_at(pos), pages=len(document.pages))
            place = f"{page} · {place}"
        self.position.setText(place)

    def show_script(self, reading) -> None:
        # a book's page previewed in the script it converts to, too; a variant chosen is named
        # once its page shows
        self.converting.setVisible(reading.pending_script is not None)  # until its view is shown
        original = reading.session.views.original_script
        self.script.setText(script_status(reading.shown_script, reading.shown_config, original))

    def clear(self) -> None:
        for label in (self.section, self.script, self.position):
            label.setText("")
        self.converting.hide()
