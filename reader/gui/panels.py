"""The docks beside the text (sections, annotations, key terms, vocabulary), showing the reading
the reader is in: what they ask for (a section, a highlight, a term) goes to that reading; a
word of the vocabulary goes to its own document (opened when it is not)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt

from reader.core.vocabulary import vocabulary_path
from reader.gui.annotation_dock import AnnotationDock
from reader.gui.compare_dock import CompareDock
from reader.gui.keyterms_dock import KeyTermsDock
from reader.gui.sections_dock import SectionsDock
from reader.gui.vocabulary_dock import VocabularyDock, go_to_word


class Panels(QObject):
    def __init__(self, parent) -> None:
        super().__init__(parent)
        self.reading = None
        self.sections = SectionsDock(parent)
        self.annotations = AnnotationDock(parent)
        self.terms = KeyTermsDock(parent)
        self.changes = CompareDock(parent)  # shown while two versions are compared (gui/comparing.py)
        self.vocabulary = VocabularyDock(vocabulary_path(parent.data_dir), parent)  # read when shown
        self.sections.sectionChosen.connect(lambda node: self.reading and self.reading.go_to_section(node))
        tree = self.annotations.tree
        tree.activatedId.connect(lambda id_: self.reading and self.reading.editor.jump_to(id_))
        tree.editRequested.connect(lambda id_: self.reading and self.reading.editor.edit_note(id_))
        tree.deleteRequested.connect(lambda id_: self.reading and self.reading.editor.remove(id_))
        self.terms.termChosen.connect(
            lambda term: self.reading and self.reading.finder.open(term.shown(self.reading.shown_view()))
        )
        self.vocabulary.wordChosen.connect(lambda item: go_to_word(parent, item))

    def place(self, add: Callable, tabify: Callable) -> None:
        """Dock them (QMainWindow's addDockWidget and tabifyDockWidget): the sections on the
        left, the annotations, key terms, changes and vocabulary on the right, one behind
        another (the last two hidden until asked for)."""
        add(Qt.DockWidgetArea.LeftDockWidgetArea, self.sections)
        for dock in (self.annotations, self.terms, self.changes, self.vocabulary):
            add(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        tabify(self.annotations, self.terms)
        tabify(self.terms, self.changes)
        tabify(self.changes, self.vocabulary)
        self.changes.hide()
        self.vocabulary.hide()
        self.annotations.raise_()

    def check_toggles(self, actions: dict) -> None:
        """View ▸ each panel is checked while the panel shows, however it was shown or closed."""
        for dock, name in (
            (self.sections, "toggle_outline"),
            (self.annotations, "toggle_annotations"),
            (self.terms, "toggle_keyterms"),
            (self.vocabulary, "toggle_vocabulary"),
        ):
            dock.visibilityChanged.connect(actions[name].setChecked)

    def show(self, reading) -> None:
        """Show another reading (None: no document open); its script follows (show_script)."""
        self.reading = reading
        self.sections.set_model(reading.outline_model if reading is not None else None)
        if reading is None:
            self.annotations.model.reset(None, None)
            self.terms.model.reset([], None)
            return
        self.show_terms()

    def show_script(self) -> None:
        """The reading is shown in another script (or its book finished converting)."""
        self.terms.model.set_view(self.reading.shown_view())
        self.show_annotations()

    def show_annotations(self) -> None:
        current = self.annotations.tree.current_id()
        self.annotations.model.reset(self.reading.session, self.reading.shown_view())
        if current:
            self.annotations.select_id(current)

    def show_terms(self) -> None:
        terms = self.reading.session.key_terms
        self.terms.model.reset(terms, self.reading.shown_view() if terms else None)

    def follow(self, pos: int) -> None:
        """The caret moved: the tree marks the section it is in."""
        self.sections.follow(self.reading.session.outline.path_at(pos), page=self.reading.view.viewport())
