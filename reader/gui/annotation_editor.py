"""Marking and writing: highlight, recolour, underline, notes and comments, removal, and
stepping between highlights, for the Reading it is given. Every change goes through the
Reading's AnnotationController, so each one can be undone."""

from __future__ import annotations

from PySide6.QtCore import QObject

from reader.core.passages import passage
from reader.gui.back_pointer import BackPointer
from reader.models.annotation_model import quote_in


class AnnotationEditor(QObject):
    reading = BackPointer()  # the Reading owns this controller (reader.gui.back_pointer)

    def __init__(self, reading) -> None:
        super().__init__(reading)
        self.reading = reading
        self.current_colour = "yellow"

    def at_caret(self):
        """The annotation the selection, or else the caret, designates."""
        session = self.reading.session
        anchor, caret = self.reading.view.selection_original()
        return session.annotations.designated(min(anchor, caret), max(anchor, caret))

    def highlight(self, colour: str | None, style: str = "highlight") -> None:
        if not self._can_edit():
            return
        if colour:
            self.current_colour = colour
        rng = self._passage()
        existing = self.at_caret()
        if existing is not None and (rng is None or (existing.start, existing.end) == rng):
            if (existing.colour, existing.style) != (colour, style):
                self._mark(existing, existing.edited(colour=colour, style=style), self.tr("Change highlight"))
            return
        if rng is None:
            self.reading.status(self.tr("Select a passage first (W selects a word, S a sentence)."), 4000)
            return
        annotation = self.reading.session.new_annotation(*rng, colour=colour, style=style)
        self._mark(None, annotation, self.tr("Highlight"))
        self.reading.view.select_original(rng[1], rng[1], ensure_visible=False)

    def _passage(self) -> tuple[int, int] | None:
        """The selection without the blanks at its ends; None when it holds nothing else (a
        line break, the blank line between paragraphs) or nothing is selected."""
        rng = self.reading.view.selected_range()
        return passage(self.reading.session.text, *rng) if rng is not None else None

    def _mark(self, before, after, text: str) -> None:
        """Make or recolour a highlight: the panel's current row becomes it, scrolled into view,
        while the keys stay with the page (AnnotationDock.select_id takes no focus)."""
        self.reading.controller.push(before, after, text)
        self.reading.annotationSelected.emit(after.id)

    def highlight_current(self) -> None:
        self.highlight(self.current_colour)

    def underline(self) -> None:
        self.highlight(self.current_colour, style="underline")

    def note(self) -> None:
        self._note_on_selection(self.current_colour)

    def comment(self) -> None:
        self._note_on_selection(None)

    def _note_on_selection(self, colour: str | None) -> None:
        """Edit the note of the highlight at the caret, or make one on the selection (the word
        at the caret when nothing is selected); colour None makes a comment without highlight."""
        if not self._can_edit():
            return
        existing = self.at_caret()
        if existing is not None:
            self.edit_note(existing.id)
            return
        rng = self._passage()
        if rng is None and self.reading.view.select_word_at_caret():
            rng = self._passage()
        if rng is None:
            self.reading.status(
                self.tr("No word at the caret: select a passage first (W selects a word, S a sentence)."), 4000
            )
            return
        from reader.gui.note_dialog import NoteDialog  # its dialog's widgets: not before a page paints

        dialog = NoteDialog(self.reading.shown_view().slice(*rng), "", self.reading.dialog_parent())
        if dialog.exec():
            self._mark(
                None, self.reading.session.new_annotation(*rng, colour=colour, note=dialog.note), self.tr("Add note")
            )

    def edit_note(self, annotation_id: str) -> None:
        if not self._can_edit():
            return
        a = self.reading.session.annotations.get(annotation_id)
        if a is None:
            return
        quote = quote_in(self.reading.shown_view(), a, self.reading.session.views.mode)
        from reader.gui.note_dialog import NoteDialog

        dialog = NoteDialog(quote, a.note, self.reading.dialog_parent())
        if dialog.exec() and dialog.note != a.note:
            self.reading.controller.push(a, a.edited(note=dialog.note), self.tr("Edit note"))

    def remove(self, annotation_id: str) -> None:
        if not self._can_edit():
            return
        a = self.reading.session.annotations.get(annotation_id)
        if a is not None:
            self.reading.controller.push(a, None, self.tr("Remove highlight"))

    def remove_at_caret(self) -> None:
        a = self.at_caret()
        if a is not None:
            self.remove(a.id)

    def confirm_placement(self) -> None:
        """The reader checked a moved highlight: its new place is kept from now on."""
        if not self._can_edit():
            return
        a = self.at_caret()
        if a is None or not a.needs_check:
            a = next((x for x in self.reading.session.annotations if x.needs_check), None)
            if a is None:
                self.reading.status(self.tr("No highlight is waiting to be checked."), 3000)
                return
            self.reading.jump(a.start, a.end)
        self.reading.controller.push(a, a.confirmed(), self.tr("Confirm place"))

    def jump_to(self, annotation_id: str) -> None:
        a = self.reading.session.annotations.get(annotation_id)
        if a is None or a.orphaned:
            return
        self.reading.jump(a.start, a.end)

    def step(self, direction: int) -> None:
        """To the next (+1) or previous (-1) highlight from the selection's start."""
        caret = min(self.reading.view.selection_original())
        annotations = self.reading.session.annotations
        a = annotations.next_after(caret) if direction > 0 else annotations.previous_before(caret)
        if a is None:
            self.reading.status(self.tr("No more highlights in this direction."), 3000)
            return
        self.reading.jump(a.start, a.end)
        self.reading.annotationSelected.emit(a.id)

    def _can_edit(self) -> bool:
        """The annotations may change (else the reader is told why)."""
        if self.reading.session.read_only:
            self.reading.status(
                self.tr("These annotations are read-only: {reason}.").format(
                    reason=self.reading.session.store.read_only_reason
                ),
                5000,
            )
            return False
        return True
