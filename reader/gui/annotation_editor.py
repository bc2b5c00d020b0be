"""Marking and writing: highlight, recolour, underline, notes and comments, removal, and
stepping between highlights. Every change goes through the window's AnnotationController, so
each one can be undone."""

from __future__ import annotations

from PySide6.QtCore import QObject

from reader.gui.note_dialog import NoteDialog


class AnnotationEditor(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.current_colour = "yellow"

    def at_caret(self):
        """The annotation the selection, or else the caret, designates."""
        session = self.window.session
        if session is None:
            return None
        anchor, caret = self.window.view.selection_original()
        return session.annotations.designated(min(anchor, caret), max(anchor, caret))

    def highlight(self, colour: str | None, style: str = "highlight") -> None:
        if not self._can_edit():
            return
        if colour:
            self.current_colour = colour
        rng = self.window.view.selected_range()
        existing = self.at_caret()
        if existing is not None and (rng is None or (existing.start, existing.end) == rng):
            if (existing.colour, existing.style) != (colour, style):
                self.window.controller.push(
                    existing, existing.edited(colour=colour, style=style), self.tr("Change highlight")
                )
            return
        if rng is None:
            self.window.statusBar().showMessage(
                self.tr("Select a passage first (W selects a word, S a sentence)."), 4000
            )
            return
        annotation = self.window.session.new_annotation(*rng, colour=colour, style=style)
        self.window.controller.push(None, annotation, self.tr("Highlight"))
        self.window.view.select_original(rng[1], rng[1], ensure_visible=False)

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
        rng = self.window.view.selected_range()
        if rng is None:
            self.window.view.select_word_at_caret()
            rng = self.window.view.selected_range()
        if rng is None:
            return
        view = self.window.session.view(self.window.script)
        dialog = NoteDialog(view.slice(*rng), "", self.window)
        if dialog.exec():
            self.window.controller.push(
                None,
                self.window.session.new_annotation(*rng, colour=colour, note=dialog.note),
                self.tr("Add note"),
            )

    def edit_note(self, annotation_id: str) -> None:
        if not self._can_edit():
            return
        a = self.window.session.annotations.get(annotation_id)
        if a is None:
            return
        dialog = NoteDialog(self.window.annotation_dock.model.quote(a), a.note, self.window)
        if dialog.exec() and dialog.note != a.note:
            self.window.controller.push(a, a.edited(note=dialog.note), self.tr("Edit note"))

    def remove(self, annotation_id: str) -> None:
        if not self._can_edit():
            return
        a = self.window.session.annotations.get(annotation_id)
        if a is not None:
            self.window.controller.push(a, None, self.tr("Remove highlight"))

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
            a = next((x for x in self.window.session.annotations if x.needs_check), None)
            if a is None:
                self.window.statusBar().showMessage(self.tr("No highlight is waiting to be checked."), 3000)
                return
            self.window.jump(a.start, a.end)
        self.window.controller.push(a, a.confirmed(), self.tr("Confirm place"))

    def jump_to(self, annotation_id: str) -> None:
        a = self.window.session.annotations.get(annotation_id) if self.window.session else None
        if a is None or a.orphaned:
            return
        self.window.jump(a.start, a.end)

    def step(self, direction: int) -> None:
        """To the next (+1) or previous (-1) highlight from the selection's start."""
        if self.window.session is None:
            return
        caret = min(self.window.view.selection_original())
        annotations = self.window.session.annotations
        a = annotations.next_after(caret) if direction > 0 else annotations.previous_before(caret)
        if a is None:
            self.window.statusBar().showMessage(self.tr("No more highlights in this direction."), 3000)
            return
        self.window.jump(a.start, a.end)
        self.window.annotation_dock.select_id(a.id)

    def _can_edit(self) -> bool:
        """A document is open and its annotations may change (else the reader is told why)."""
        session = self.window.session
        if session is None:
            return False
        if session.read_only:
            self.window.statusBar().showMessage(
                self.tr("These annotations are read-only: they were saved by a newer Reader."), 5000
            )
            return False
        return True
