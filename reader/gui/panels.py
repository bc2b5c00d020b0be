"""The docks beside the text (sections, annotations, key terms, vocabulary), showing the reading
the reader is in: what they ask for (a section, a highlight, a term) goes to that reading; a
word of the vocabulary goes to its own document (opened when it is not).

The two hidden until asked for (the changes of a comparison, the vocabulary) are made when
first asked for: made with the others, they and their modules were half the docks' time
before the launch's text could paint (issue 32)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt

from reader.gui.annotation_dock import AnnotationDock
from reader.gui.keyterms_dock import KeyTermsDock
from reader.gui.sections_dock import SectionsDock
from reader.gui.window_fit import keep_page_room

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDockWidget

    from reader.gui.compare_dock import CompareDock
    from reader.gui.main_window import MainWindow
    from reader.gui.vocabulary_dock import VocabularyDock


LATER = ("changes", "vocabulary")
"""The docks made when first asked for, by the names of their properties (and _name, unmade)."""
RESTORED = ("vocabulary",)
"""Those of them the next launch makes if they showed: not the changes, whose comparison does
not come back (its panel said Comparing… over an empty list); it comes where it was at the
next comparison."""


def add_to(window: MainWindow) -> None:
    """The docks added to the window (its add_panels, once), where the reader left them."""
    window.panels = panels = Panels(window)
    panels.place(window.addDockWidget, window.tabifyDockWidget)
    window.outline_dock, window.annotation_dock, window.keyterm_dock = panels.sections, panels.annotations, panels.terms
    window.outline_tree = panels.sections.tree
    window.keyterm_model, window.keyterm_list = panels.terms.model, panels.terms.list
    window.focus_cycle.watch(
        window.outline_tree, window.annotation_dock.tree, window.annotation_dock.filter_edit, window.keyterm_list
    )
    panels.check_toggles(window.actions)  # View ▸ each panel, checked while it shows
    dock_widths = keep_page_room(window, [window.outline_dock, window.annotation_dock])
    settings = window.settings
    if settings.window_state is not None:
        panels.make(settings.later_docks)  # the ones left open, so the layout is restored over them too
        # docks added to a window on screen are shown by calls Qt has queued (QLayout's
        # addChildWidget): those first, or they would show a dock restoreState hides
        QCoreApplication.sendPostedEvents(None, QEvent.Type.MetaCall)
        window.restoreState(settings.window_state)
        dock_widths.remember_soon()  # the widths the reader left the docks at


class Panels(QObject):
    def __init__(self, parent) -> None:
        super().__init__(parent)
        self.reading = None
        self.sections = SectionsDock(parent)
        self.annotations = AnnotationDock(parent)
        self.terms = KeyTermsDock(parent)
        self._changes: CompareDock | None = None
        self._vocabulary: VocabularyDock | None = None
        self.sections.sectionChosen.connect(lambda node: self.reading and self.reading.go_to_section(node))
        tree = self.annotations.tree
        tree.activatedId.connect(lambda id_: self.reading and self.reading.editor.jump_to(id_))
        tree.editRequested.connect(lambda id_: self.reading and self.reading.editor.edit_note(id_))
        tree.deleteRequested.connect(lambda id_: self.reading and self.reading.editor.remove(id_))
        self.terms.termChosen.connect(
            lambda term: self.reading and self.reading.finder.open(term.shown(self.reading.shown_view()))
        )

    @property
    def changes(self) -> CompareDock:
        """The changes of a comparison (gui/comparing.py shows it while two versions are compared)."""
        if self._changes is None:
            from reader.gui.compare_dock import CompareDock

            window = self.parent()
            self._changes = self._docked(CompareDock(window))
            self._changes.fold.setDefaultAction(window.actions["compare_fold"])  # Compare ▸ Fold Unchanged Sections
        return self._changes

    @property
    def vocabulary(self) -> VocabularyDock:
        """The reader's vocabulary (View ▸ Vocabulary); its file is read when it shows."""
        if self._vocabulary is None:
            from reader.core.vocabulary import vocabulary_path
            from reader.gui.vocabulary_dock import VocabularyDock, go_to_word

            window = self.parent()
            self._vocabulary = self._docked(VocabularyDock(vocabulary_path(window.data_dir), window))
            self._vocabulary.wordChosen.connect(lambda item: go_to_word(window, item))
            self._vocabulary.visibilityChanged.connect(window.actions["toggle_vocabulary"].setChecked)
        return self._vocabulary

    def shown_later(self) -> list[str]:
        """The docks made when first asked for that show now (Settings.later_docks: the next
        launch makes them with the others, where the reader left them)."""
        docks = ((name, getattr(self, f"_{name}")) for name in RESTORED)
        return [name for name, dock in docks if dock is not None and dock.isVisible()]

    def make(self, names: list[str]) -> None:
        """Make these docks now (the names shown_later gave), before the window's layout is
        restored: it puts them, and the tab that was in front, where they were."""
        for name in names:
            if name in RESTORED:  # a layout saved before may still name the changes
                getattr(self, name)

    def _docked(self, dock: QDockWidget) -> QDockWidget:
        """A dock made after the others: on the right behind the key terms, hidden, unless the
        window's saved layout says where the reader left it (QMainWindow.restoreDockWidget)."""
        window = self.parent()
        if not window.restoreDockWidget(dock):
            window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
            window.tabifyDockWidget(self.terms, dock)
            dock.hide()
        return dock

    def place(self, add: Callable, tabify: Callable) -> None:
        """Dock them (QMainWindow's addDockWidget and tabifyDockWidget): the sections on the
        left, the annotations and key terms on the right, one behind the other (the changes
        and the vocabulary join them when first asked for, _docked)."""
        add(Qt.DockWidgetArea.LeftDockWidgetArea, self.sections)
        for dock in (self.annotations, self.terms):
            add(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        tabify(self.annotations, self.terms)
        self.annotations.raise_()

    def check_toggles(self, actions: dict) -> None:
        """View ▸ each panel is checked while the panel shows, however it was shown or closed."""
        for dock, name in (
            (self.sections, "toggle_outline"),
            (self.annotations, "toggle_annotations"),
            (self.terms, "toggle_keyterms"),
        ):  # the vocabulary's when it is made (vocabulary)
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
