"""The main window: the page in the centre, the section tree and the annotation panel in docks."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QLocale, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QFontDatabase, QGuiApplication, QIcon, QPixmap, QUndoGroup
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from reader import __version__
from reader.core.annotations.model import COLOURS
from reader.core.document import MAX_BYTES, DocumentError
from reader.core.outline import sentence_at
from reader.core.resources import notice_path
from reader.core.scripts import DEFAULT_VARIANT, Script
from reader.core.session import Session
from reader.core.user_words import UserWords, user_words_path
from reader.gui import theme
from reader.gui.actions import (
    ACTIONS,
    CONTEXT_MENU,
    MENUS,
    SEPARATED_AFTER,
    SUBMENUS,
    TOOLBAR,
    attach_text_actions,
    create_actions,
    translate,
)
from reader.gui.annotation_dock import AnnotationDock
from reader.gui.background import Background
from reader.gui.document_view import DocumentView
from reader.gui.keyterms_dock import KeyTermsDock
from reader.gui.message_bar import MessageBar
from reader.gui.palette import highlight_colour
from reader.gui.preferences import PreferencesDialog, ReadingPrefs
from reader.gui.printing import build_print_document, write_pdf
from reader.gui.progress_tracker import ProgressTracker
from reader.gui.reading import Reading
from reader.gui.reattach import ReattachController

RECENT_MAX = 10
SYNC_DELAY_MS = 40
FOCUS_FRAME = """
QTreeView:focus, QListView:focus, QTextEdit:focus, QLineEdit:focus { border: 2px solid palette(highlight); }
QTreeView, QListView, QTextEdit { border: 2px solid transparent; }
"""


def has_chinese_font() -> bool:
    families = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    families += QFontDatabase.families(QFontDatabase.WritingSystem.TraditionalChinese)
    return bool(families)


def colour_icon(name: str) -> QIcon:
    pixmap = QPixmap(16, 16)
    pixmap.fill(highlight_colour(name, 255))
    return QIcon(pixmap)


class MainWindow(QMainWindow):
    """Layout and routing: tabs of Readings in one pane or two side by side, the docks and the
    status bar following the current Reading, and the commands of the action table sent to it."""

    languageChosen = Signal(str)  # the application rebuilds the window in the new language

    def __init__(self, settings, data_dir: Path) -> None:
        super().__init__()
        self.settings = settings
        self.data_dir = Path(data_dir)
        self.current: Reading | None = None
        # the reader's own words (Treat as One Word), shared by every open document
        self.user_words = UserWords.load(user_words_path(self.data_dir))
        self._syncing_tree = False
        self._sync_timer = QTimer(self, singleShot=True, interval=SYNC_DELAY_MS, timeout=self._sync_pages)
        self.background = Background(self)
        self._save_error_shown = False

        self.setStyleSheet(FOCUS_FRAME)
        self.messages = MessageBar(self)
        self.panes = QSplitter(Qt.Orientation.Horizontal, self)
        self.panes.setChildrenCollapsible(False)
        for _ in range(2):
            tabs = QTabWidget(self.panes)
            tabs.setDocumentMode(True)
            tabs.setTabsClosable(True)
            tabs.setMovable(True)
            tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            tabs.tabCloseRequested.connect(lambda i, t=tabs: self.close_reading(self._reading_at(t, i)))
            tabs.currentChanged.connect(lambda _i, t=tabs: self._tab_changed(t))
            self.panes.addWidget(tabs)
        self.panes.widget(1).hide()  # the second pane shows once View ▸ Split is chosen
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.messages)
        column.addWidget(self.panes, 1)
        self.setCentralWidget(central)
        QApplication.instance().focusChanged.connect(self._focus_changed)

        self.outline_tree = QTreeView(self)
        self.outline_tree.setObjectName("outlineTree")
        self.outline_tree.setAccessibleName(self.tr("Sections"))
        self.outline_tree.setHeaderHidden(True)
        self.outline_tree.setUniformRowHeights(True)
        self.outline_tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.outline_tree.clicked.connect(self._tree_chosen)
        self.outline_tree.activated.connect(self._tree_chosen)
        self.outline_dock = QDockWidget(self.tr("Sections"), self)
        self.outline_dock.setObjectName("outlineDock")
        self.outline_dock.setWidget(self.outline_tree)
        self.outline_dock.setFocusProxy(self.outline_tree)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.outline_dock)
        self.annotation_dock = AnnotationDock(self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.annotation_dock)
        tree = self.annotation_dock.tree
        # the panel shows the current reading's annotations: its requests go to that reading
        tree.activatedId.connect(lambda id_: self.editor and self.editor.jump_to(id_))
        tree.editRequested.connect(lambda id_: self.editor and self.editor.edit_note(id_))
        tree.deleteRequested.connect(lambda id_: self.editor and self.editor.remove(id_))
        for widget in (self.outline_tree, tree, self.annotation_dock.filter_edit):
            widget.installEventFilter(self)

        self.keyterm_dock = KeyTermsDock(self)
        self.keyterm_model = self.keyterm_dock.model
        self.keyterm_list = self.keyterm_dock.list
        self.keyterm_list.installEventFilter(self)
        self.keyterm_dock.termChosen.connect(self._term_chosen)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.keyterm_dock)
        self.tabifyDockWidget(self.annotation_dock, self.keyterm_dock)
        self.annotation_dock.raise_()
        self.progress = ProgressTracker(self)

        self.reattach = ReattachController(self, self.messages)
        self.reattach.attached.connect(lambda count: self.controller and self.controller.took_in(count))
        self.undo_group = QUndoGroup(self)

        self.actions = create_actions(self, self._shortcut_overrides())
        self.undo_group.canUndoChanged.connect(self.actions["undo"].setEnabled)
        self.undo_group.canRedoChanged.connect(self.actions["redo"].setEnabled)
        self.actions["undo"].setEnabled(False)
        self.actions["redo"].setEnabled(False)
        for i, name in enumerate(COLOURS, start=1):
            self.actions[f"colour_{i}"].setIcon(colour_icon(name))
        self._build_menus()
        self._build_toolbar()
        choice = str(settings.value("ui/language", ""))
        self.actions[f"language_{choice}" if choice else "language_system"].setChecked(True)
        self.outline_dock.visibilityChanged.connect(self.actions["toggle_outline"].setChecked)
        self.annotation_dock.visibilityChanged.connect(self.actions["toggle_annotations"].setChecked)
        self.keyterm_dock.visibilityChanged.connect(self.actions["toggle_keyterms"].setChecked)
        self.actions["sync_scrolling"].setChecked(settings.value("view/sync_scrolling", "false") == "true")

        self.status_section = QLabel(self)
        self.status_position = QLabel(self)
        self.status_script = QLabel(self)
        self.statusBar().addPermanentWidget(self.progress.label)
        self.statusBar().addWidget(self.status_section, 1)
        self.statusBar().addPermanentWidget(self.status_script)
        self.statusBar().addPermanentWidget(self.status_position)

        self.resize(1280, 820)
        self.resizeDocks([self.outline_dock, self.annotation_dock], [300, 300], Qt.Orientation.Horizontal)
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        state = settings.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        self.zoom_steps = int(settings.value("view/zoom", 0))
        self.prefs = ReadingPrefs.load(settings)
        self.apply_prefs(self.prefs, save=False)
        hints = QGuiApplication.styleHints()
        if hasattr(hints, "colorSchemeChanged"):  # Qt 6.5+: the desktop switched light/dark
            hints.colorSchemeChanged.connect(
                lambda _scheme: self.prefs.theme == "system" and self.apply_prefs(self.prefs, save=False)
            )
        self.setAcceptDrops(True)
        if not has_chinese_font():
            self.messages.show_message(
                self.tr(
                    "No installed font covers Chinese, so the text shows as boxes. Install one, "
                    "for example: sudo apt install fonts-noto-cjk (Debian, Ubuntu) or "
                    "sudo dnf install google-noto-sans-cjk-fonts (Fedora), then restart Reader."
                ),
                error=True,
            )

    # -- the current reading, for the controllers, the action table and tests ---------------
    @property
    def session(self) -> Session | None:
        return self.current.session if self.current else None

    @property
    def view(self) -> DocumentView | None:
        return self.current.view if self.current else None

    @property
    def script(self) -> Script:
        return self.current.script if self.current else Script.ORIGINAL

    @property
    def controller(self):
        return self.current.controller if self.current else None

    @property
    def editor(self):
        return self.current.editor if self.current else None

    @property
    def exchange(self):
        return self.current.exchange if self.current else None

    @property
    def finder(self):
        return self.current.finder if self.current else None

    @property
    def find_bar(self):
        return self.current.finder.bar if self.current else None

    @property
    def strip(self):
        return self.current.finder.strip if self.current else None

    @property
    def outline_model(self):
        return self.current.outline_model if self.current else None

    def readings(self, pane: int | None = None) -> list[Reading]:
        """The open readings, in tab order (of one pane, or of both)."""
        panes = range(self.panes.count()) if pane is None else (pane,)
        out = []
        for p in panes:
            tabs = self.panes.widget(p)
            out += [self._reading_at(tabs, i) for i in range(tabs.count())]
        return out

    def _reading_at(self, tabs: QTabWidget, index: int) -> Reading | None:
        page = tabs.widget(index)
        return page.property("reading") if page is not None else None

    def _pane_of(self, reading: Reading) -> QTabWidget:
        return self.panes.widget(0 if reading in self.readings(0) else 1)

    # -- menus and toolbar -------------------------------------------------------------------
    def _build_menus(self) -> None:
        menus = {}
        for key, title in MENUS:
            menus[key] = self.menuBar().addMenu(translate(title))
            menus[key].setObjectName(f"menu_{key}")
        for key, (parent, title) in SUBMENUS.items():
            menus[key] = QMenu(translate(title), self)
            menus[parent].addMenu(menus[key])
        self.recent_menu = QMenu(self.tr("Open &Recent"), self)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        for spec in ACTIONS:
            if not spec.menu:
                continue
            menu = menus[spec.menu]
            menu.addAction(self.actions[spec.name])
            if spec.name == "open":
                menu.addMenu(self.recent_menu)
            if spec.name in SEPARATED_AFTER:
                menu.addSeparator()

    def _build_toolbar(self) -> None:
        bar = self.addToolBar(self.tr("Main"))
        bar.setObjectName("mainToolbar")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        labels = {
            "open": self.tr("Open"),
            "export_annotations": self.tr("Export"),
            "script_original": "原文",
            "script_simplified": "简体",
            "script_traditional": "繁體",
            "underline": self.tr("Underline"),
            "note": self.tr("Note"),
            "remove_highlight": self.tr("Remove"),
        }
        for name in TOOLBAR:
            if name == "-":
                bar.addSeparator()
                continue
            action = self.actions[name]
            if name in labels:
                action.setIconText(labels[name])
            bar.addAction(action)
            if name.startswith("colour_"):
                bar.widgetForAction(action).setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)

    def _context_menu(self, point) -> None:
        menu = QMenu(self)
        for name in CONTEXT_MENU:
            menu.addSeparator() if name == "-" else menu.addAction(self.actions[name])
        menu.exec(self.view.mapToGlobal(point))

    def _shortcut_overrides(self) -> dict[str, str]:
        self.settings.beginGroup("shortcuts")
        overrides = {key: str(self.settings.value(key)) for key in self.settings.childKeys()}
        self.settings.endGroup()
        return overrides

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for i, (path, title) in enumerate(self.recent_documents(), start=1):
            action = self.recent_menu.addAction(f"&{i % 10} {title} — {Path(path).name}")
            action.setToolTip(path)
            action.triggered.connect(lambda _=False, p=path: self.open_path(p))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(self.tr("(none)")).setEnabled(False)

    def recent_documents(self) -> list[tuple[str, str]]:
        raw = self.settings.value("recent", []) or []
        raw = [raw] if isinstance(raw, str) else raw
        out = []
        for entry in raw:
            path, _, title = str(entry).partition("\t")
            out.append((path, title or Path(path).name))
        return out

    def _remember_recent(self, session: Session) -> None:
        path = str(session.document.path)
        entries = [f"{p}\t{t}" for p, t in self.recent_documents() if p != path]
        self.settings.setValue("recent", [f"{path}\t{session.title}", *entries][:RECENT_MAX])

    # -- documents ---------------------------------------------------------------------------
    def open_path(self, path: Path | str, pane: int | None = None) -> bool:
        """Open a document in a new tab (or come to its tab when it is open already in that
        pane); on failure say why and keep what was open."""
        pane = self._current_pane() if pane is None else pane
        resolved = Path(path).resolve() if path else None
        for reading in self.readings(pane):
            if reading.path is not None and resolved is not None and reading.path.resolve() == resolved:
                self._show_reading(reading)
                return True
        try:
            variant = str(self.settings.value("script/variant", default_variant()))
            session = Session.open(path, self.data_dir, variant=variant, user_words=self.user_words)
        except DocumentError as exc:
            reasons = {
                "missing": self.tr("The file does not exist."),
                "folder": self.tr("This is a folder, not a text file."),
                "too_large": self.tr("The file is too large: Reader opens text files of up to {limit} MB.").format(
                    limit=MAX_BYTES // 2**20
                ),
                "permission": self.tr("You are not allowed to read this file."),
                "binary": self.tr("This is not a text file: it holds binary data."),
                "special": self.tr("This is a device or a pipe, not a file: Reader opens only regular files."),
                "undecodable": self.tr(
                    "The text is in none of the encodings Reader reads (UTF-8, UTF-16, GB18030, Big5)."
                ),
                "empty": self.tr("The file is empty."),
            }
            QMessageBox.warning(
                self,
                self.tr("Cannot open document"),
                self.tr("{file}\n\n{reason}").format(file=exc.path, reason=reasons.get(exc.code, exc.reason)),
            )
            return False
        reading = self._add_reading(session, pane)
        self.reattach.announce(session)
        self.settings.setValue("last/path", str(session.document.path))
        self._remember_recent(session)
        self.progress.start()
        reading.focus()
        self._remember_tabs()
        return True

    def _add_reading(self, session: Session, pane: int) -> Reading:
        reading = Reading(session, self.settings, self.background, self)
        view = reading.view
        view.zoom_steps = self.zoom_steps
        view.set_prefs(self.prefs, theme.is_dark(self.prefs.theme))
        view.setAcceptDrops(False)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._context_menu)
        view.verticalScrollBar().valueChanged.connect(lambda _v, r=reading: self._scrolled(r))
        attach_text_actions(self.actions, view)
        reading.page.setProperty("reading", reading)
        reading.positionChanged.connect(lambda pos, r=reading: r is self.current and self._caret_moved(pos))
        reading.scriptChanged.connect(lambda _s, r=reading: r is self.current and self._script_shown())
        reading.titleChanged.connect(lambda r=reading: self._title_changed(r))
        reading.annotationsChanged.connect(lambda r=reading: r is self.current and self._show_annotations())
        reading.statusMessage.connect(self._status)
        reading.annotationSelected.connect(
            lambda id_, r=reading: r is self.current and self.annotation_dock.select_id(id_)
        )
        reading.termsReady.connect(lambda r=reading: r is self.current and self._show_terms())
        reading.controller.saveFailed.connect(self._save_failed)
        reading.controller.saved.connect(self._saved)
        self.undo_group.addStack(reading.controller.undo_stack)
        tabs = self.panes.widget(pane)
        index = tabs.addTab(reading.page, session.title_in(Script.ORIGINAL))
        tabs.setTabToolTip(index, str(session.document.path or ""))
        self._show_reading(reading)
        reading.start()
        return reading

    def _show_reading(self, reading: Reading) -> None:
        tabs = self._pane_of(reading)
        tabs.setCurrentWidget(reading.page)
        self._make_current(reading)

    def _make_current(self, reading: Reading | None) -> None:
        """The docks, the status bar and the commands follow the reading the reader is in."""
        if reading is self.current:
            return
        self.current = reading
        if reading is None:
            self.outline_tree.setModel(None)
            self.annotation_dock.model.reset(None, None)
            self.keyterm_model.reset([], None)
            self.undo_group.setActiveStack(None)
            self._update_title()
            return
        self.undo_group.setActiveStack(reading.controller.undo_stack)
        self.outline_tree.setModel(reading.outline_model)
        self._show_terms()
        self._script_shown()
        self.progress.changed()

    def _current_pane(self) -> int:
        return 1 if self.current is not None and self.current in self.readings(1) else 0

    def _tab_changed(self, tabs: QTabWidget) -> None:
        reading = self._reading_at(tabs, tabs.currentIndex())
        if reading is not None and (self.current is None or self._pane_of(self.current) is tabs):
            self._make_current(reading)
        elif reading is None and self.current is not None and self.current not in self.readings():
            others = self.readings()
            self._make_current(others[0] if others else None)

    def _focus_changed(self, _old, new) -> None:
        # the page the reader clicked or tabbed into is the current reading
        for reading in self.readings():
            if new is not None and (new is reading.view or reading.page.isAncestorOf(new)):
                self._make_current(reading)
                return

    def step_tab(self, step: int) -> None:
        if self.current is None:
            return
        tabs = self._pane_of(self.current)
        if tabs.count() > 1:
            tabs.setCurrentIndex((tabs.currentIndex() + step) % tabs.count())
            self.current.focus()

    def close_reading(self, reading: Reading | None) -> bool:
        """Close one tab; its annotations are saved first (or the reader chooses to discard)."""
        if reading is None or not self._ask_unsaved(reading):
            return False
        tabs = self._pane_of(reading)
        self.undo_group.removeStack(reading.controller.undo_stack)
        if reading is self.current:
            self.current = None
        tabs.removeTab(tabs.indexOf(reading.page))
        reading.close()
        if self.current is None:
            rest = self.readings()
            current = self._reading_at(tabs, tabs.currentIndex()) or (rest[0] if rest else None)
            if current is not None:
                self._show_reading(current)
                current.focus()
            else:
                self._make_current(None)
        if self.panes.widget(1).isVisible() and not self.readings(1):
            self.actions["split_view"].setChecked(False)
            self.panes.widget(1).hide()
        self._remember_tabs()
        return True

    def on_close_tab(self) -> None:
        self.close_reading(self.current)

    def open_requested(self, path: str) -> None:
        """Another launch handed over a file (or nothing): open it and come forward."""
        if path:
            self.open_path(path)
        if self.isMinimized():
            self.showNormal()
        self.raise_()
        self.activateWindow()

    def _remember_tabs(self) -> None:
        tabs = [[str(r.path) for r in self.readings(p) if r.path] for p in range(self.panes.count())]
        self.settings.setValue("tabs/pane0", tabs[0])
        self.settings.setValue("tabs/pane1", tabs[1])
        self.settings.setValue("tabs/split", self.panes.widget(1).isVisible())
        if self.current is not None and self.current.path:
            self.settings.setValue("tabs/current", str(self.current.path))

    def restore_tabs(self) -> bool:
        """Open the tabs of the last session (those whose files are still there); True when any opened."""

        def listed(key: str) -> list[str]:
            value = self.settings.value(key, []) or []
            return [value] if isinstance(value, str) else [str(v) for v in value]

        current = str(self.settings.value("tabs/current", ""))
        split = str(self.settings.value("tabs/split", "false")).lower() == "true"
        opened = False
        for pane, key in ((0, "tabs/pane0"), (1, "tabs/pane1")):
            if pane == 1 and not split:
                break
            for path in listed(key):
                if Path(path).is_file():
                    if pane == 1 and not self.panes.widget(1).isVisible():
                        self.panes.widget(1).show()
                        self.actions["split_view"].setChecked(True)
                    opened = self.open_path(path, pane) or opened
        chosen = next((r for r in self.readings() if str(r.path) == current), None)
        if chosen is not None:
            self._show_reading(chosen)
            chosen.focus()
        return opened

    def _title_changed(self, reading: Reading) -> None:
        tabs = self._pane_of(reading)
        tabs.setTabText(tabs.indexOf(reading.page), reading.title())
        if reading is self.current:
            self._update_title()

    def _update_title(self) -> None:
        if self.current is None:
            self.setWindowTitle("Reader 研讀")
            return
        suffix = self.tr(" (read-only annotations)") if self.session.read_only else ""
        self.setWindowTitle(f"{self.current.title()}{suffix} — Reader 研讀")

    def _status(self, message: str, timeout_ms: int) -> None:
        if message:
            self.statusBar().showMessage(message, timeout_ms)
        else:
            self.statusBar().clearMessage()

    # -- side by side ------------------------------------------------------------------------
    def on_split_view(self, checked: bool) -> None:
        """Two readings next to each other: the second pane starts with the current document."""
        second = self.panes.widget(1)
        if checked and not second.isVisible():
            second.show()
            if not self.readings(1) and self.current is not None and self.current.path is not None:
                self.open_path(self.current.path, pane=1)
        elif not checked and second.isVisible():
            for reading in self.readings(1):
                if not self.close_reading(reading):
                    self.actions["split_view"].setChecked(True)
                    return
            second.hide()
        self._remember_tabs()

    def on_sync_scrolling(self, checked: bool) -> None:
        self.settings.setValue("view/sync_scrolling", "true" if checked else "false")

    def _scrolled(self, reading: Reading) -> None:
        """With Scroll Together, the page beside follows the current one section by section
        (only the current one leads: the follower's own scrolling never pushes back). Once the
        scrolling pauses: a page laid out as it scrolls tells its place only then."""
        if reading is self.current and self.actions["sync_scrolling"].isChecked() and self.panes.widget(1).isVisible():
            self._sync_timer.start()

    def _sync_pages(self) -> None:
        leader = self.current
        if leader is None or not self.panes.widget(1).isVisible():
            return
        other_tabs = self.panes.widget(1 if leader in self.readings(0) else 0)
        other = self._reading_at(other_tabs, other_tabs.currentIndex())
        if other is not None:
            other.show_section_on_top(*leader.section_on_top())

    # -- scripts -----------------------------------------------------------------------------
    def set_script(self, script: Script) -> None:
        if self.current is not None:
            self.current.set_script(script)

    def set_variant(self, variant: str) -> None:
        self.settings.setValue("script/variant", variant)
        for reading in self.readings():
            reading.set_variant(variant)

    def _script_shown(self) -> None:
        """The toolbar, the panels and the status bar show the current reading's script."""
        reading = self.current
        script = reading.pending_script or reading.script
        self.actions[f"script_{script.value}"].setChecked(True)
        if reading.pending_script is not None:
            return  # shown once the book is converted
        self.keyterm_model.set_view(reading.shown_view())
        self._show_annotations()
        self._update_title()
        self._show_script_status()
        self._caret_moved(reading.view.caret_original())

    def _show_script_status(self) -> None:
        names = {Script.ORIGINAL: self.tr("Original"), Script.SIMPLIFIED: "简体", Script.TRADITIONAL: "繁體"}
        views = self.session.views
        original = {Script.SIMPLIFIED: "简体", Script.TRADITIONAL: "繁體"}.get(
            views.original_script, self.tr("no Chinese detected")
        )
        config = views.plan.config(self.script)
        how = self.tr("OpenCC {config}").format(config=config) if config else self.tr("as written")
        self.status_script.setText(
            self.tr("{view} ({how}); original: {original}").format(view=names[self.script], how=how, original=original)
        )
        simplified_original = views.original_script is not Script.TRADITIONAL
        for variant in ("s2t", "s2tw", "s2twp", "s2hk"):
            action = self.actions[f"variant_{variant}"]
            action.setEnabled(simplified_original)  # a Traditional original is its own 繁體
            action.setChecked(variant == views.plan.traditional if simplified_original else variant == DEFAULT_VARIANT)

    def choose_language(self, choice: str) -> None:
        if choice != str(self.settings.value("ui/language", "")):
            self.settings.setValue("ui/language", choice)
            self.languageChosen.emit(choice)

    def on_cycle_script(self) -> None:
        order = list(Script)
        self.set_script(order[(order.index(self.script) + 1) % len(order)])

    def start_words(self) -> None:
        if self.current is not None:
            self.current.start_words()

    # -- key terms, the dispersion strip, reading progress -----------------------------------
    def _show_terms(self) -> None:
        reading = self.current
        self.keyterm_model.reset(reading.session.key_terms, reading.shown_view() if reading.session.key_terms else None)

    def _term_chosen(self, term) -> None:
        if self.current is not None:
            self.finder.open(term.shown(self.current.shown_view()))

    def on_toggle_keyterms(self, checked: bool) -> None:
        self.keyterm_dock.setVisible(checked)
        if checked:
            self.keyterm_dock.raise_()

    def on_print(self) -> None:
        if self.session is None:
            return
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec():
            build_print_document(self.session, self.script, self.prefs).print_(printer)

    def on_export_pdf(self) -> None:
        if self.session is None:
            return
        stem = self.session.document.path.stem if self.session.document.path else "document"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export as PDF"), str(Path.home() / f"{stem}.pdf"), self.tr("PDF files (*.pdf)")
        )
        if path:
            write_pdf(path, self.session, self.script, self.prefs)
            self.statusBar().showMessage(self.tr("Saved {path}").format(path=path), 5000)

    # -- the section tree --------------------------------------------------------------------
    def _tree_chosen(self, index: QModelIndex) -> None:
        if self._syncing_tree or not index.isValid() or self.current is None:
            return
        self.current.go_to_section(self.outline_model.node(index))

    def _caret_moved(self, pos: int) -> None:
        if self.session is None:
            return
        path = self.session.outline.path_at(pos)
        if path:
            # the deepest node the reader has opened the tree to: reading never unfolds it
            shown = path[0]
            for node in path[1:]:
                if not self.outline_tree.isExpanded(self.outline_model.index_of(shown)):
                    break
                shown = node
            index = self.outline_model.index_of(shown)
            self._syncing_tree = True
            self.outline_tree.setCurrentIndex(index)
            self.outline_tree.scrollTo(index)
            self._syncing_tree = False
            top = path[0]
            label = self.outline_model.data(self.outline_model.index_of(top))
            self.status_section.setText(label)
        else:
            self.status_section.setText("")
        total = len(self.session.text)
        self.status_position.setText(self.tr("Character {pos} of {total}").format(pos=f"{pos:,}", total=f"{total:,}"))

    # -- jumps and history -------------------------------------------------------------------
    def jump(self, start: int, end: int) -> None:
        if self.current is not None:
            self.current.jump(start, end)

    def on_back(self) -> None:
        if self.current is not None:
            self.current.back()

    def on_forward(self) -> None:
        if self.current is not None:
            self.current.forward()

    def on_next_section(self) -> None:
        if self.current is not None:
            self.current.step_section(+1)

    def on_previous_section(self) -> None:
        if self.current is not None:
            self.current.step_section(-1)

    # -- annotations -------------------------------------------------------------------------
    def _show_annotations(self) -> None:
        current = self.annotation_dock.tree.current_id()
        self.annotation_dock.model.reset(self.session, self.current.shown_view())
        if current:
            self.annotation_dock.select_id(current)

    def _save_failed(self, message: str) -> None:
        self._save_error_shown = True
        self.messages.show_message(
            self.tr(
                "Could not save the annotations: {error}. Your changes are kept and saved as soon as writing works again."
            ).format(error=message),
            error=True,
        )

    def _saved(self) -> None:
        if self._save_error_shown:
            self._save_error_shown = False
            self.messages.hide()
            self.statusBar().showMessage(self.tr("Annotations saved."), 3000)

    # -- selection helpers -------------------------------------------------------------------
    def on_select_word(self) -> None:
        if self.view is not None:
            self.view.select_word_at_caret()

    def on_treat_as_one_word(self) -> None:
        """Mark the selection as one word (or no longer) for word moves, selection and key terms, in every document."""
        rng = self.view.selected_range() if self.view is not None else None
        if rng is None:
            self.statusBar().showMessage(self.tr("Select the characters that make one word first."), 4000)
            return
        one = not self.session.treated_as_one_word(*rng)
        try:
            changed = self.session.treat_as_one_word(*rng, one=one)
        except OSError as exc:
            self.statusBar().showMessage(
                self.tr("Could not save your words: {error}").format(error=exc.strerror or exc), 5000
            )
            return
        if changed:
            word = self.current.shown_view().slice(*rng)
            message = (
                self.tr("“{word}” is one word from now on.") if one else self.tr("“{word}” is no longer one word.")
            )
            self.statusBar().showMessage(message.format(word=word), 4000)
            for reading in self.readings():
                reading.rebuild_words()

    def on_select_sentence(self) -> None:
        if self.session is not None:
            self.view.select_original(*sentence_at(self.session.text, self.view.caret_original()))

    def on_copy(self) -> None:
        focus = self.focusWidget()
        if hasattr(focus, "copy") and focus is not self.view:
            focus.copy()
        elif self.view is not None:
            self.view.copy()

    # -- reading comfort ---------------------------------------------------------------------
    def apply_prefs(self, prefs: ReadingPrefs, save: bool = True) -> None:
        self.prefs = prefs
        if save:
            prefs.save(self.settings)
        theme.apply(prefs.theme)
        self.setStyleSheet(FOCUS_FRAME)  # style-sheeted widgets take the new palette only when polished again
        for reading in self.readings():
            reading.view.set_prefs(prefs, theme.is_dark(prefs.theme))
            reading.view.paint_annotations(reading.session.annotations.placed())

    def on_preferences(self) -> None:
        dialog = PreferencesDialog(self.prefs, self)
        dialog.prefsChanged.connect(self.apply_prefs)
        dialog.exec()

    def dragEnterEvent(self, event) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        files = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if files:
            event.acceptProposedAction()
            for path in files:
                self.open_path(path)

    # -- the rest of the commands ------------------------------------------------------------
    def on_open(self) -> None:
        start = str(self.session.document.path.parent) if self.session and self.session.document.path else ""
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Open Document"), start, self.tr("Text files (*.txt *.md);;All files (*)")
        )
        for path in paths:
            self.open_path(path)

    def on_quit(self) -> None:
        self.close()

    def on_undo(self) -> None:
        self.undo_group.undo()

    def on_redo(self) -> None:
        self.undo_group.redo()

    def _zoom(self, step: int | None) -> None:
        for reading in self.readings():
            reading.view.zoom(step)
        self.zoom_steps = self.view.zoom_steps if self.view is not None else 0

    def on_zoom_in(self) -> None:
        self._zoom(+1)

    def on_zoom_out(self) -> None:
        self._zoom(-1)

    def on_zoom_reset(self) -> None:
        self._zoom(None)

    def on_toggle_outline(self, checked: bool) -> None:
        self.outline_dock.setVisible(checked)

    def on_toggle_annotations(self, checked: bool) -> None:
        self.annotation_dock.setVisible(checked)

    def on_full_screen(self, checked: bool) -> None:
        self.showFullScreen() if checked else self.showNormal()

    def _focus_chain(self) -> list[QWidget]:
        def on_screen(widget: QWidget) -> bool:
            # a dock behind another's tab counts as visible but shows nothing
            return widget.isVisible() and not widget.visibleRegion().isEmpty()

        views = [r.view for r in self.readings() if on_screen(r.view)]
        chain = [w for w in (self.outline_tree, *views, self.annotation_dock.tree, self.keyterm_list) if on_screen(w)]
        if self.find_bar is not None and self.find_bar.isVisible():
            chain.append(self.find_bar.edit)
        return chain if self.view in chain else [self.view, *chain]

    def _cycle_focus(self, step: int) -> None:
        if self.view is None:
            return
        chain = self._focus_chain()
        focus = self.focusWidget()
        index = next(
            (i for i, w in enumerate(chain) if w is focus or (focus and w.isAncestorOf(focus))), chain.index(self.view)
        )
        chain[(index + step) % len(chain)].setFocus(Qt.FocusReason.TabFocusReason)

    def on_focus_next(self) -> None:
        self._cycle_focus(+1)

    def on_focus_previous(self) -> None:
        self._cycle_focus(-1)

    def eventFilter(self, obj, event) -> bool:
        if event.type() == event.Type.KeyPress and event.key() == Qt.Key.Key_Escape:
            if obj is self.annotation_dock.filter_edit and obj.text():
                obj.clear()
            elif self.view is not None:
                self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return True
        return super().eventFilter(obj, event)

    def on_shortcuts(self) -> None:
        from reader.gui.shortcuts_dialog import ShortcutsDialog

        ShortcutsDialog(self.actions, self.settings, self).exec()

    def on_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Reader"),
            self.tr(
                "<h3>Reader 研讀 {version}</h3><p>A study reader for Chinese documents: read, mark passages, "
                "write notes and hand them on.</p>"
            ).format(version=__version__),
        )

    # -- closing -----------------------------------------------------------------------------
    def _ask_unsaved(self, reading: Reading) -> bool:
        """True when it is fine to go on (saved now, or the reader chose to discard)."""
        controller = reading.controller
        while controller.dirty and not controller.save():
            answer = QMessageBox.warning(
                self,
                self.tr("Annotations not saved"),
                self.tr(
                    "Your latest highlights and notes could not be saved:\n{error}\n\nTry again, or quit and lose them?"
                ).format(error=controller.last_error),
                QMessageBox.StandardButton.Retry
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Retry,
            )
            if answer == QMessageBox.StandardButton.Discard:
                return True
            if answer == QMessageBox.StandardButton.Cancel:
                return False
        return True

    def save_annotations(self) -> bool:
        """Save every open document's annotations; False when one cannot be saved now."""
        return all([r.controller.save() for r in self.readings()])

    def closeEvent(self, event) -> None:
        if not all(self._ask_unsaved(r) for r in self.readings()):
            event.ignore()
            return
        self.save_state()
        event.accept()

    def save_state(self) -> None:
        """Everything a new window needs to open exactly where this one is."""
        for reading in self.readings():
            reading.remember_position()
        self._remember_tabs()
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("view/zoom", self.zoom_steps)
        self.settings.sync()


def default_variant() -> str:
    """Hong Kong forms for a reader in Hong Kong, Taiwan forms elsewhere."""
    return "s2hk" if QLocale.system().name() in ("zh_HK", "zh_MO") else DEFAULT_VARIANT


def default_document(settings) -> Path:
    last = settings.value("last/path")
    if last and Path(str(last)).is_file():
        return Path(str(last))
    return notice_path()
