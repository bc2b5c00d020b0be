"""The main window: layout and routing. The readings sit in the workspace (tabs, two panes
side by side); the docks, the status bar and the commands of the action table follow the
current reading (reader.gui.follow_current), and every document's own work happens in its Reading."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QGuiApplication, QUndoGroup
from PySide6.QtWidgets import QMainWindow, QVBoxLayout, QWidget

from reader.core import packed_dict
from reader.core.data_folder import open_folder
from reader.core.script_names import Script
from reader.core.user_words import UserWords, user_words_path
from reader.gui import library_menu, ruby_style, saved_tabs, theme
from reader.gui.actions import build_menus, create_actions, fill_toolbar
from reader.gui.background import Background
from reader.gui.focus import FocusCycle
from reader.gui.follow_current import FollowCurrent
from reader.gui.hover_lookup import HoverLookup
from reader.gui.launch_messages import say_at_launch
from reader.gui.message_bar import MessageBar
from reader.gui.opening import Opener
from reader.gui.progress_tracker import ProgressTracker
from reader.gui.reading_prefs import ReadingPrefs
from reader.gui.recent_menu import RecentMenu
from reader.gui.settings import Settings
from reader.gui.settings_reading import reading_prefs, store_reading_prefs
from reader.gui.status_line import StatusLine
from reader.gui.workspace import Workspace, of_current

if TYPE_CHECKING:
    from reader.gui.comparing import Comparing
    from reader.gui.reading import Reading
    from reader.gui.word_lookup import WordLookup


WATCH_AFTER_MS = 2000
"""The library's watched folders are looked over this long after the launch's text has painted
(watch_folders_soon: the first document first)."""


class MainWindow(QMainWindow):
    languageChosen = Signal(str)  # the application rebuilds the window in the new language

    session = of_current("session")
    view = of_current("view")
    controller = of_current("controller")
    editor = of_current("editor")
    exchange = of_current("exchange")
    find_bar = of_current("finder.bar")
    strip = of_current("finder.strip")
    outline_model = of_current("outline_model")

    def __init__(self, settings: Settings, data_dir: Path, panels_later: bool = False) -> None:
        """`panels_later`: the docks are added by add_panels(), once the window has shown
        (reader.app.run: their modules and widgets were a third of the time to the first paint)."""
        super().__init__()
        self.settings = settings
        self.data_dir = Path(data_dir)
        open_folder(self.data_dir)  # never made again if it goes (self.data_folder says so)
        settings.when_held = lambda: self.data_folder.noticed()
        self.launching = False
        """reader.app.run opens the launch's files right after the window's first paint: those
        open one after another, each read in a thread (no worker to start first)."""
        self.opener = Opener(self)
        # the reader's own words (Treat as One Word), shared by every open document
        self.user_words = UserWords.load(user_words_path(self.data_dir))
        self.background = Background(self)
        packed_dict.pack_in_this_process()  # the window converts pages and labels, the worker books
        self.undo_group = QUndoGroup(self)
        theme.apply(reading_prefs(settings).theme)  # before any widget, so each is polished once, in the theme
        self.setStyleSheet(theme.FOCUS_FRAME)

        self.messages = MessageBar(self)  # what concerns the whole window (a missing font, the data folder)
        self.workspace = Workspace(self)
        self.follow = FollowCurrent(self)  # the docks, the status bar and the title: the current reading's
        self.workspace.closeRequested.connect(self.close_reading)
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.messages)
        column.addWidget(self.workspace, 1)
        self.setCentralWidget(central)

        self.comparing: Comparing | None = None
        self.focus_cycle = FocusCycle(self._panes, lambda: self.view, self)

        self.actions = create_actions(self, settings.shortcuts())
        self.undo_group.canUndoChanged.connect(self.actions["undo"].setEnabled)
        self.undo_group.canRedoChanged.connect(self.actions["redo"].setEnabled)
        self.recent_menu = RecentMenu(settings, self)
        self.recent_menu.openRequested.connect(self.open_path)
        build_menus(self.menuBar(), self.actions, {"recent": self.recent_menu, **library_menu.own_menus(self)})
        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("mainToolbar")
        fill_toolbar(toolbar, self.actions)
        self.actions[f"language_{settings.language}" if settings.language else "language_system"].setChecked(True)
        self.actions["sync_scrolling"].setChecked(settings.sync_scrolling)
        self.workspace.sync_scrolling = settings.sync_scrolling
        ruby_style.restore(self)  # View ▸ Pinyin ▸ Zhuyin, Tone Colours
        self.hover = HoverLookup(self)  # Edit ▸ Look Up Under the Mouse

        self.progress = ProgressTracker(self)
        self.status_line = StatusLine(self.statusBar(), self.progress.label)
        self.resize(1280, 820)
        if settings.geometry is not None:
            self.restoreGeometry(settings.geometry)
        self.panels = None
        if not panels_later:
            self.add_panels()
        self.zoom_steps = settings.zoom
        self.apply_prefs(reading_prefs(settings), save=False)
        theme.on_desktop_scheme(lambda: self.prefs.theme == "system" and self.apply_prefs(self.prefs, save=False))
        self.setAcceptDrops(True)
        say_at_launch(self)  # a missing font, settings reset or from another computer

    @property
    def compare_dock(self):
        """The changes of a comparison: made when first asked for (reader.gui.panels)."""
        return self.panels.changes

    def add_panels(self) -> None:
        """The docks beside the text, where the reader left them (once: reader.gui.panels)."""
        if self.panels is None:
            from reader.gui.panels import add_to

            add_to(self)

    @cached_property
    def data_folder(self):
        """The data folder moved or deleted while open: said, and what it should hold kept till
        it is back (made when first needed: reader.gui.data_folder_watch)."""
        from reader.gui.data_folder_watch import DataFolderWatch

        return DataFolderWatch(self)

    # -- the readings ------------------------------------------------------------------------
    @cached_property
    def word_lookup(self) -> WordLookup:
        """Look Up Word (Ctrl+D): the dictionary and its popup, loaded when first asked for, not
        on every launch's path (15 ms of imports)."""
        from reader.gui.word_lookup import WordLookup

        return WordLookup(self.data_dir, self.background, self)

    @property
    def current(self) -> Reading | None:
        return self.workspace.current

    @property
    def script(self) -> Script:
        return self.current.script if self.current is not None else Script.ORIGINAL

    def readings(self, pane: int | None = None) -> list[Reading]:
        return self.workspace.readings(pane)

    def open_path(self, path: Path | str, pane: int | None = None, then=None, prepare: bool = False) -> bool:
        """Open a document in a new tab (reader.gui.opening): False when it cannot be read."""
        return self.opener.open_path(path, pane, then, prepare)

    def close_reading(self, reading: Reading | None) -> bool:
        """Close one tab; its annotations are saved first (or the reader chooses to discard)."""
        from reader.gui.unsaved import may_close  # the commands' modules: with the command, not at launch

        if reading is None or not may_close(reading.controller, self):
            return False
        if self.comparing is not None and reading in self.comparing.readings():
            self.stop_comparing()
        self.undo_group.removeStack(reading.controller.undo_stack)
        self.workspace.remove(reading)
        self.actions["split_view"].setChecked(self.workspace.is_split())
        self.settings.tabs = self.workspace.state()
        return True

    def restore_tabs(self) -> bool:
        return saved_tabs.restore(self)

    def split(self, on: bool, fill: bool = True) -> None:
        """View ▸ Split: two readings side by side; the second pane starts with the current
        document (`fill`). Unsplitting closes the second pane's tabs (asking about unsaved notes)."""
        if on and not self.workspace.is_split():
            self.workspace.set_split(True)
            if fill and self.current is not None and self.current.path is not None:
                self.open_path(self.current.path, pane=1)
        elif not on and self.workspace.is_split():
            for reading in self.readings(1):
                if not self.close_reading(reading):
                    break
            self.workspace.set_split(bool(self.readings(1)))
        self.actions["split_view"].setChecked(self.workspace.is_split())
        self.settings.tabs = self.workspace.state()

    def compare_with(self) -> None:
        from reader.gui import compare_launch  # with the command, not at launch

        compare_launch.compare_with(self)

    def stop_comparing(self) -> None:
        from reader.gui import compare_launch

        compare_launch.stop(self)

    def set_sync_scrolling(self, on: bool) -> None:
        self.settings.sync_scrolling = self.workspace.sync_scrolling = on

    # -- F6 ----------------------------------------------------------------------------------
    def _panes(self) -> list[QWidget]:
        """F6 goes round these (those on screen), in this order."""
        views = [r.view for r in self.readings()]
        bar = [self.find_bar.edit] if self.find_bar is not None and self.find_bar.isVisible() else []
        if self.panels is None:  # at launch, before the docks come
            return [*views, *bar]
        return [self.outline_tree, *views, self.annotation_dock.tree, self.keyterm_list, *bar]

    # -- commands that reach beyond one reading ----------------------------------------------
    def set_variant(self, variant: str) -> None:
        self.settings.variant = variant
        for reading in self.readings():
            reading.set_variant(variant)

    def choose_language(self, choice: str) -> None:
        if choice != self.settings.language:
            self.settings.language = choice
            self.languageChosen.emit(choice)

    def treat_as_one_word(self) -> None:
        """Mark the selection as one word (or no longer) in every document; their words are cut again."""
        if self.current is not None and self.current.treat_selection_as_one_word():
            for reading in self.readings():
                reading.rebuild_words()

    def copy(self) -> None:
        focus = self.focusWidget()
        if hasattr(focus, "copy") and focus is not self.view:
            focus.copy()
        elif self.view is not None:
            self.view.copy()

    def apply_prefs(self, prefs: ReadingPrefs, save: bool = True) -> None:
        self.prefs = prefs
        if save:
            store_reading_prefs(self.settings, prefs)
        palette = QGuiApplication.palette()
        theme.apply(prefs.theme)
        if QGuiApplication.palette() != palette:  # polishing every widget again: 11 ms at launch
            self.setStyleSheet(theme.FOCUS_FRAME)  # style-sheeted widgets take the new palette only when polished again
        for reading in self.readings():
            reading.view.set_prefs(prefs, theme.is_dark(prefs.theme))
            reading.view.paint_annotations(reading.session.annotations.placed())
            reading.outline_model.set_clean_punctuation(prefs.clean_punctuation)

    def zoom(self, step: int | None) -> None:
        """Zoom every page alike (None: back to the reader's type size)."""
        for reading in self.readings():
            reading.view.zoom(step)
        self.zoom_steps = self.view.zoom_steps if self.view is not None else 0

    def dragEnterEvent(self, event) -> None:  # files dropped on the window open
        from reader.gui.file_drops import accept_files  # with a drag, not at launch

        accept_files(event)

    def dropEvent(self, event) -> None:
        from reader.gui.file_drops import open_dropped

        open_dropped(event, self.open_path)

    # -- closing -----------------------------------------------------------------------------
    def save_annotations(self) -> bool:
        """Save every open document's annotations; False when one cannot be saved now."""
        return all([r.controller.save() for r in self.readings()])

    def watch_folders_soon(self) -> None:
        """Look over the watched folders WATCH_AFTER_MS from now (reader.app: once the launch's
        text has painted). Counted from the window's making, a launch slower than that (a big
        book, a loaded machine) imported the library and sent its job before its text painted."""
        QTimer.singleShot(WATCH_AFTER_MS, self, self._start_watching)

    def _start_watching(self) -> None:
        from reader.gui.folder_watch import start_watching  # the library loads when used

        start_watching(self)

    def closeEvent(self, event) -> None:
        from reader.gui.unsaved import may_close

        if not all(may_close(r.controller, self) for r in self.readings()):
            event.ignore()
            return
        self.save_state()
        watch = self.__dict__.get("data_folder")  # made only when the folder was found gone
        if watch is not None and not watch.may_close():
            event.ignore()
            return
        event.accept()
        library = getattr(self, "library_window", None)
        if library is not None:  # a window of its own, but this one's: it went on running Reader
            library.close()

    def save_state(self) -> None:
        """Everything a new window needs to open exactly where this one is."""
        for reading in self.readings():
            reading.remember_position()
        self.settings.tabs = self.workspace.state()
        self.settings.geometry = self.saveGeometry()
        if self.panels is not None:  # closed before the docks came: the last layout stays
            self.settings.window_state = self.saveState()
            self.settings.later_docks = self.panels.shown_later()
        self.settings.zoom = self.zoom_steps
        self.settings.sync()
