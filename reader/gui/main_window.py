"""The main window: the page in the centre, the section tree and the annotation panel in docks."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QLocale, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QFontDatabase, QGuiApplication, QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from reader import __version__
from reader.core import typeset
from reader.core.annotations.model import COLOURS
from reader.core.annotations.store import store_key
from reader.core.document import MAX_BYTES, DocumentError
from reader.core.keyterms import analyse
from reader.core.outline import navigation_stops, sentence_at
from reader.core.resources import notice_path
from reader.core.scripts import DEFAULT_VARIANT, Script
from reader.core.session import Session
from reader.core.words import WordBoundaries
from reader.gui import background, theme
from reader.gui.actions import ACTIONS, MENUS, SUBMENUS, create_actions, translate
from reader.gui.annotation_controller import AnnotationController
from reader.gui.annotation_dock import AnnotationDock
from reader.gui.annotation_editor import AnnotationEditor
from reader.gui.background import Background
from reader.gui.document_view import DocumentView
from reader.gui.exchange import AnnotationExchange
from reader.gui.find_controller import FindController
from reader.gui.keyterms_dock import KeyTermsDock
from reader.gui.message_bar import MessageBar
from reader.gui.palette import highlight_colour
from reader.gui.preferences import PreferencesDialog, ReadingPrefs
from reader.gui.printing import build_print_document, write_pdf
from reader.gui.progress_tracker import ProgressTracker
from reader.gui.reattach import ReattachController
from reader.models.outline_model import OutlineModel

RECENT_MAX = 10
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
    languageChosen = Signal(str)  # the application rebuilds the window in the new language

    def __init__(self, settings, data_dir: Path) -> None:
        super().__init__()
        self.settings = settings
        self.data_dir = Path(data_dir)
        self.session: Session | None = None
        self.script = Script.ORIGINAL
        self._back: list[int] = []
        self._forward: list[int] = []
        self._syncing_tree = False
        self.background = Background(self)
        self._words_started: set[str] = set()
        self._pending_script: Script | None = None
        self._save_error_shown = False
        self._blocks: list[tuple[int, int, str]] = []

        self.setStyleSheet(FOCUS_FRAME)
        self.view = DocumentView(self)
        self.view.caretMoved.connect(self._caret_moved)
        self.view.wordsWanted.connect(self.start_words)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.messages = MessageBar(self)
        self.finder = FindController(self)
        self.find_bar = self.finder.bar
        self.strip = self.finder.strip
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.messages)
        page = QHBoxLayout()
        page.setSpacing(0)
        page.addWidget(self.view, 1)
        page.addWidget(self.strip)
        column.addLayout(page, 1)
        column.addWidget(self.find_bar)
        self.setCentralWidget(central)

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
        self.editor = AnnotationEditor(self)
        tree.activatedId.connect(self.editor.jump_to)
        tree.editRequested.connect(self.editor.edit_note)
        tree.deleteRequested.connect(self.editor.remove)
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
        self.exchange = AnnotationExchange(self)

        self.controller = AnnotationController(self)
        self.reattach = ReattachController(self, self.messages)
        self.reattach.attached.connect(self.controller.took_in)
        self.controller.changed.connect(self._annotations_changed)
        self.controller.saveFailed.connect(self._save_failed)
        self.controller.saved.connect(self._saved)

        self.actions = create_actions(self, self.view, self._shortcut_overrides())
        self.controller.undo_stack.canUndoChanged.connect(self.actions["undo"].setEnabled)
        self.controller.undo_stack.canRedoChanged.connect(self.actions["redo"].setEnabled)
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
        self.view.zoom_steps = int(settings.value("view/zoom", 0))
        self.prefs = ReadingPrefs.load(settings)
        self.apply_prefs(self.prefs, save=False)
        hints = QGuiApplication.styleHints()
        if hasattr(hints, "colorSchemeChanged"):  # Qt 6.5+: the desktop switched light/dark
            hints.colorSchemeChanged.connect(
                lambda _scheme: self.prefs.theme == "system" and self.apply_prefs(self.prefs, save=False)
            )
        self.setAcceptDrops(True)
        self.view.setAcceptDrops(False)
        if not has_chinese_font():
            self.messages.show_message(
                self.tr(
                    "No installed font covers Chinese, so the text shows as boxes. Install one, "
                    "for example: sudo apt install fonts-noto-cjk (Debian, Ubuntu) or "
                    "sudo dnf install google-noto-sans-cjk-fonts (Fedora), then restart Reader."
                ),
                error=True,
            )

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
            if spec.name in (
                "reattach_notes",
                "export_pdf",
                "redo",
                "copy",
                "preferences",
                "find_previous",
                "select_sentence",
                "remove_highlight",
                "previous_highlight",
                "previous_section",
                "forward",
                "reset_progress",
                "cycle_script",
                "variant_s2hk",
                "zoom_reset",
                "language_zh_TW",
            ):
                menu.addSeparator()

    def _build_toolbar(self) -> None:
        bar = self.addToolBar(self.tr("Main"))
        bar.setObjectName("mainToolbar")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for name, label in (("open", self.tr("Open")), ("export_annotations", self.tr("Export"))):
            self.actions[name].setIconText(label)
            bar.addAction(self.actions[name])
        bar.addSeparator()
        for name, label in (("script_original", "原文"), ("script_simplified", "简体"), ("script_traditional", "繁體")):
            self.actions[name].setIconText(label)
            bar.addAction(self.actions[name])
        bar.addSeparator()
        for i in range(1, 6):
            bar.addAction(self.actions[f"colour_{i}"])
        for name, label in (
            ("underline", self.tr("Underline")),
            ("note", self.tr("Note")),
            ("remove_highlight", self.tr("Remove")),
        ):
            self.actions[name].setIconText(label)
            bar.addAction(self.actions[name])
        bar.addSeparator()
        bar.addAction(self.actions["find"])
        for name in ("colour_1", "colour_2", "colour_3", "colour_4", "colour_5"):
            button = bar.widgetForAction(self.actions[name])
            if button:
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)

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

    def _remember_recent(self) -> None:
        path = str(self.session.document.path)
        entries = [f"{p}\t{t}" for p, t in self.recent_documents() if p != path]
        self.settings.setValue("recent", [f"{path}\t{self.session.title}", *entries][:RECENT_MAX])

    # -- documents ---------------------------------------------------------------------------
    def _doc_key(self) -> str:
        doc = self.session.document
        return "documents/" + store_key(doc.path, doc.content_hash)

    def open_path(self, path: Path | str) -> bool:
        """Open a document; on failure say why and keep what was open."""
        try:
            session = Session.open(path, self.data_dir, variant=str(self.settings.value("script/variant", default_variant())))
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
        if self.session is not None:
            self._remember_position()
            if not self._ask_unsaved():
                return False  # the reader chose to keep the edits that could not be saved
        self.session = session
        # what is typeset apart from body text (title, dateline, headings …), found once per
        # document: a book's outline has tens of thousands of nodes to walk
        blocks = typeset.blocks(session.outline)
        self._blocks = [(b.start, b.end, b.kind) for b in blocks]
        self.view.forget_documents()
        self.view.line_joins = typeset.line_joins(session.text, blocks)
        self.view.words = session.words
        self.view.original_text = session.text
        self.finder.reset()
        self._back.clear()
        self._forward.clear()
        self.messages.hide()
        self.controller.set_session(session)
        self.outline_model = OutlineModel(session.outline, parent=self)
        self.outline_model.section_terms = session.section_terms
        self.keyterm_model.reset(session.key_terms, None)
        self.outline_tree.setModel(self.outline_model)
        self.reattach.announce(session)
        script = Script(self.settings.value(self._doc_key() + "/script", Script.ORIGINAL.value))
        self.set_script(script)
        pos = int(self.settings.value(self._doc_key() + "/position", 0))
        self.view.select_original(pos, pos, ensure_visible=False)
        self.view.scroll_to_original(pos, margin=self.view.viewport().height() // 4)
        self.settings.setValue("last/path", str(session.document.path))
        self._remember_recent()
        self._update_title()
        self.progress.start()
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        # jieba takes about half a second to load: start it once the window has painted
        QTimer.singleShot(300, self.start_words)
        return True

    def open_requested(self, path: str) -> None:
        """Another launch handed over a file (or nothing): open it and come forward."""
        if path:
            self.open_path(path)
        if self.isMinimized():
            self.showNormal()
        self.raise_()
        self.activateWindow()

    def _remember_position(self) -> None:
        if self.session is not None:
            self.settings.setValue(self._doc_key() + "/position", self.view.caret_original())
            self.settings.setValue(self._doc_key() + "/script", self.script.value)

    def _update_title(self) -> None:
        if self.session is None:
            self.setWindowTitle("Reader 研讀")
            return
        title = self.session.title_in(self.script)
        suffix = self.tr(" (read-only annotations)") if self.session.read_only else ""
        self.setWindowTitle(f"{title}{suffix} — Reader 研讀")

    # -- scripts -----------------------------------------------------------------------------
    def set_script(self, script: Script) -> None:
        if self.session is None:
            return
        session = self.session
        if session.views.cached(script) is None and len(session.text) > background.BACKGROUND_CHARS:
            # a book converts in the background; the page on screen converts now
            self._pending_script = script
            self.actions[f"script_{script.value}"].setChecked(True)
            self.statusBar().showMessage(self.tr("Converting the document…"))
            self.view.preview_conversion(session.views.plan.config(script), self.script)

            def done(_view) -> None:
                if session is self.session and self._pending_script is script:
                    self.statusBar().clearMessage()
                    self.set_script(script)

            # started once the preview has painted: the worker competes for the interpreter
            QTimer.singleShot(150, lambda: self.background.run(lambda: session.view(script), done))
            return
        self._pending_script = None
        self.script = script
        view = self.session.view(script)
        self.view.show_view(view, self._blocks)
        self.outline_model.set_view(view)
        self.keyterm_model.set_view(view)
        self.actions[f"script_{script.value}"].setChecked(True)
        self._annotations_changed()
        self.finder.repaint()
        self._update_title()
        self._show_script_status()
        self._caret_moved(self.view.caret_original())
        self.settings.setValue(self._doc_key() + "/script", script.value)

    def set_variant(self, variant: str) -> None:
        self.settings.setValue("script/variant", variant)
        if self.session is not None and self.session.views.plan.traditional != variant:
            self.session.views.set_variant(variant)
            self.set_script(self.script)

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

    # -- words (jieba, in the background) ----------------------------------------------------
    def start_words(self) -> None:
        session = self.session
        if session is None or session.document.content_hash in self._words_started:
            return
        self._words_started.add(session.document.content_hash)

        def terms_done(result) -> None:
            session.key_terms, session.section_terms = result
            if session is self.session:
                self.keyterm_model.reset(session.key_terms, session.view(self.script))
                self.outline_model.section_terms = session.section_terms

        def done(boundaries) -> None:
            session.words = boundaries
            if session is self.session:
                self.view.words = boundaries
            # key terms use the same tokenizer: computed once it is loaded
            self.background.run(lambda: analyse(session.views, session.outline), terms_done)

        self.background.run(lambda: WordBoundaries.from_view(session.view(Script.SIMPLIFIED)), done)

    # -- key terms, the dispersion strip, reading progress -----------------------------------
    def _term_chosen(self, term) -> None:
        if self.session is not None:
            self.finder.open(term.shown(self.session.view(self.script)))

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
        if self._syncing_tree or not index.isValid():
            return
        self._go_to_section(self.outline_model.node(index))

    def _go_to_section(self, node) -> None:
        """Caret to the section's start, the section at the top of the page, marked briefly."""
        self.jump(node.start, node.start)
        self.view.scroll_to_original(node.start, margin=24)
        self.view.flash(node.start, node.end)

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
        self._back.append(self.view.caret_original())
        self._forward.clear()
        self.view.reveal(start, end)

    def on_back(self) -> None:
        if self._back:
            self._forward.append(self.view.caret_original())
            pos = self._back.pop()
            self.view.reveal(pos, pos)

    def on_forward(self) -> None:
        if self._forward:
            self._back.append(self.view.caret_original())
            pos = self._forward.pop()
            self.view.reveal(pos, pos)

    def on_next_section(self) -> None:
        self._step_section(+1)

    def on_previous_section(self) -> None:
        self._step_section(-1)

    def _step_section(self, direction: int) -> None:
        if self.session is None:
            return
        caret = self.view.caret_original()
        stops = navigation_stops(self.session.outline)
        if direction > 0:
            target = next((n for n in stops if n.start > caret), None)
        else:
            target = next((n for n in reversed(stops) if n.start < caret), None)
        if target is not None:
            self._go_to_section(target)

    # -- annotations -------------------------------------------------------------------------
    def _annotations_changed(self) -> None:
        if self.session is None:
            return
        current = self.annotation_dock.tree.current_id()
        # only a view that exists: right after a book opens, self.script may name a view not yet
        # converted (set_script converts it in the background and calls this again)
        view = self.session.views.cached(self.script) or self.session.view(Script.ORIGINAL)
        self.annotation_dock.model.reset(self.session, view)
        self.view.paint_annotations(self.session.annotations.placed())
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

    def _context_menu(self, point) -> None:
        menu = QMenu(self)
        menu.addAction(self.actions["copy"])
        menu.addSeparator()
        for i in range(1, 6):
            menu.addAction(self.actions[f"colour_{i}"])
        for name in ("underline", "note", "remove_highlight"):
            menu.addAction(self.actions[name])
        menu.addSeparator()
        menu.addAction(self.actions["select_word"])
        menu.addAction(self.actions["select_sentence"])
        menu.exec(self.view.mapToGlobal(point))

    # -- selection helpers -------------------------------------------------------------------
    def on_select_word(self) -> None:
        self.view.select_word_at_caret()

    def on_select_sentence(self) -> None:
        if self.session is not None:
            self.view.select_original(*sentence_at(self.session.text, self.view.caret_original()))

    def on_copy(self) -> None:
        focus = self.focusWidget()
        if hasattr(focus, "copy") and focus is not self.view:
            focus.copy()
        else:
            self.view.copy()

    # -- reading comfort ---------------------------------------------------------------------
    def apply_prefs(self, prefs: ReadingPrefs, save: bool = True) -> None:
        self.prefs = prefs
        if save:
            prefs.save(self.settings)
        theme.apply(prefs.theme)
        self.setStyleSheet(FOCUS_FRAME)  # style-sheeted widgets take the new palette only when polished again
        self.view.set_prefs(prefs, theme.is_dark(prefs.theme))
        if self.session is not None:
            self.view.paint_annotations(self.session.annotations.placed())

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
            self.open_path(files[0])

    # -- the rest of the commands ------------------------------------------------------------
    def on_open(self) -> None:
        start = str(self.session.document.path.parent) if self.session and self.session.document.path else ""
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open Document"), start, self.tr("Text files (*.txt);;All files (*)")
        )
        if path:
            self.open_path(path)

    def on_quit(self) -> None:
        self.close()

    def on_undo(self) -> None:
        self.controller.undo_stack.undo()

    def on_redo(self) -> None:
        self.controller.undo_stack.redo()

    def on_zoom_in(self) -> None:
        self.view.zoom(+1)

    def on_zoom_out(self) -> None:
        self.view.zoom(-1)

    def on_zoom_reset(self) -> None:
        self.view.zoom(None)

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

        chain = [
            w for w in (self.outline_tree, self.view, self.annotation_dock.tree, self.keyterm_list) if on_screen(w)
        ]
        if self.find_bar.isVisible():
            chain.append(self.find_bar.edit)
        return chain if self.view in chain else [self.view, *chain]

    def _cycle_focus(self, step: int) -> None:
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
            else:
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
    def _ask_unsaved(self) -> bool:
        """True when it is fine to go on (saved now, or the reader chose to discard)."""
        while self.controller.dirty and not self.controller.save():
            answer = QMessageBox.warning(
                self,
                self.tr("Annotations not saved"),
                self.tr(
                    "Your latest highlights and notes could not be saved:\n{error}\n\nTry again, or quit and lose them?"
                ).format(error=self.controller.last_error),
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

    def closeEvent(self, event) -> None:
        if not self._ask_unsaved():
            event.ignore()
            return
        self.save_state()
        event.accept()

    def save_state(self) -> None:
        """Everything a new window needs to open exactly where this one is."""
        self._remember_position()
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("view/zoom", self.view.zoom_steps)
        self.settings.sync()


def default_variant() -> str:
    """Hong Kong forms for a reader in Hong Kong, Taiwan forms elsewhere."""
    return "s2hk" if QLocale.system().name() in ("zh_HK", "zh_MO") else DEFAULT_VARIANT


def default_document(settings) -> Path:
    last = settings.value("last/path")
    if last and Path(str(last)).is_file():
        return Path(str(last))
    return notice_path()
