"""One open document on one page: the session, its typeset blocks, and the collaborators that
act on it, each with one job, that Reading builds, wires and coordinates: the script shown and
the switch to another (script_switch), the jumps and section steps (reading_navigation), the
words, key terms and pinyin from the worker (word_analysis), the worker's jobs (reading_jobs),
the tab's widget (reading_page), what is said about saving (save_notice), Treat as One Word
(one_word), what a close lets go of (closed_tab), and the controllers (find, marking and
notes, export and import, the undo stack).

The window holds any number of Readings (tabs, two side by side) and routes its commands to
the current one; the controllers are handed a Reading, never the window (Mu's `Editor(view)`),
so each tab keeps its own script, position, selection, find and undo history."""

from __future__ import annotations

import weakref

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from reader.core.collector import set_apart
from reader.core.identity import new_identity
from reader.core.outline import sentence_at
from reader.core.scripts import Script
from reader.core.session import Session
from reader.gui import background
from reader.gui.after_paint import after_paint
from reader.gui.annotation_controller import AnnotationController
from reader.gui.annotation_editor import AnnotationEditor
from reader.gui.exchange import AnnotationExchange
from reader.gui.find_controller import FindController
from reader.gui.glyph_warm import warm_glyphs
from reader.gui.housekeeping import housekeeping
from reader.gui.page_place import PagePlace
from reader.gui.reading_jobs import ReadingJobs
from reader.gui.reading_navigation import ReadingNavigation
from reader.gui.reading_page import ReadingPage
from reader.gui.reattach import ReattachController
from reader.gui.save_notice import SaveNotice
from reader.gui.script_switch import ScriptSwitch
from reader.gui.settings import Settings
from reader.gui.word_analysis import WordAnalysis
from reader.models.outline_model import OutlineModel


class Reading(QObject):
    scriptChanged = Signal(object)  # Script: the view shown changed (or was converted)
    annotationsChanged = Signal()
    positionChanged = Signal(int)  # the caret, an original offset
    pageMoved = Signal(int)  # the page scrolled and at rest: the original offset read (page_place)
    titleChanged = Signal()
    statusMessage = Signal(str, int)  # a short message for the status bar, and for how long (ms)
    annotationSelected = Signal(str)  # the editor stepped to a highlight: the panel shows it
    termsReady = Signal()  # key terms and section terms computed (in the background)

    def __init__(self, session: Session, settings: Settings, runner: background.Background, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        set_apart()  # the book's objects, out of the collector's passes until the tab closes
        self.settings = settings
        settings.adopt_document(self.key, new_identity(session.document.path, session.document.content_hash))
        self.background = runner
        self.script_switch = ScriptSwitch(self)  # the script shown, and the switch to another
        self.jobs = ReadingJobs(self)  # the worker's futures for this document
        self.closed = False  # background work that finishes after the tab closed is dropped
        # what is typeset apart from body text (title, dateline, headings …), found once per
        # document (a book's outline has tens of thousands of nodes to walk) and kept in the cache
        blocks = session.typeset_blocks
        self.blocks = [(b.start, b.end, b.kind) for b in blocks]

        self.page = ReadingPage()
        self.view = view = self.page.view
        view.line_joins = session.line_joins
        view.words = session.words
        view.original_text = session.text
        view.caretMoved.connect(self.positionChanged)
        self.page_place = PagePlace(view)
        self.navigation = ReadingNavigation(view, session)
        self.page_place.moved.connect(self.pageMoved)
        view.wordsWanted.connect(self.start_words)
        self.outline_model = OutlineModel(session.outline, parent=self)
        self.outline_model.section_terms = session.section_terms
        # the tree's first paint of a book's rows rendered their glyphs (30-45 ms on 红楼梦):
        # drawn ahead, once the page has painted (the tree paints after them, SectionsDock.follow)
        place = min(self.settings.document_position(self.key), len(session.text))
        model = self.outline_model
        warm_glyphs((model.label(node) for node in model.rows_near(place)), after=self.view.viewport())
        self.words = WordAnalysis(self)

        self.controller = AnnotationController(self)
        self.controller.changed.connect(self.annotations_changed)
        self.finder = FindController(self)
        self.page.place(self.finder.strip, self.finder.bar)
        self.editor = AnnotationEditor(self)
        self.exchange = AnnotationExchange(self)
        self.reattach = ReattachController(self.page, self.page.messages)
        self.reattach.attached.connect(self.controller.took_in)
        self.controller.syncNews.connect(self.reattach.announce_sync)
        self.save_notice = SaveNotice(self)  # a failed save said on the page, until one works
        self.controller.saveFailed.connect(self.save_notice.failed)
        self.controller.saved.connect(self.save_notice.saved)

    def _first_view(self):
        """The view the page shows first: the script it opens in, when that view is at hand; a
        book's original while that script converts in the worker (ScriptSwitch: a view kept on
        no disk, as after an upgrade of Reader or with the cache pruned); else None (a short
        text, converted at once)."""
        views = self.session.views
        view = views.cached(self.settings.document_script(self.key))
        if view is None and len(self.session.text) > background.BACKGROUND_CHARS:
            view = views.cached(Script.ORIGINAL)
        return view

    def preparing_page(self):
        """Typeset the page's document ahead of typeset(), when the view it shows first is at
        hand, in short steps (a generator: a book's page is typeset over turns of the event
        loop, reader.gui.turns.in_slices). A book reopened in a script whose view was not on
        disk showed its original typeset in one turn: 66-70 ms of the window's own time on
        红楼梦 in 繁體 (issue 32: a "warm" reopen whose cache missed stalled 163 ms)."""
        view = self._first_view()
        if view is not None:
            yield from self.view.preparing(view, self.blocks)

    def page_text_ahead(self, then) -> None:
        """Make the page's text for the view it shows first (display_text: wrapped lines joined,
        punctuation cleaned) in a thread, then call then() on the window's thread: on the 5 M
        book it held the first slice of preparing_page 80-110 ms of the window's own time."""
        view = self._first_view()
        if view is None or len(view.text) < background.BACKGROUND_CHARS:
            then()
            return
        typesetter = self.view.typesetter
        made_from, work = typesetter.display_text_work(view)
        # failed: then() all the same, which makes it here (and says what went wrong)
        self.background.run(work, lambda text: (typesetter.keep(made_from, text), then()), lambda _exc: then())

    def typeset(self) -> None:
        """The page, in the script last chosen for the document (laid out later, in slices)."""
        self.controller.set_session(self.session)
        self.set_script(self.settings.document_script(self.key))

    def place(self) -> None:
        """Where the reader left off (once the page has its size in the window), and the words."""
        self.reattach.announce(self.session)
        if self.session.progress_news is not None:  # the progress file's findings, said with the notes'
            from reader.gui import progress_news

            progress_news.say(self.page.messages, self.session.progress_news)
        pos = min(self.settings.document_position(self.key), len(self.session.text))
        self.view.select_original(pos, pos, ensure_visible=False)
        self.view.scroll_to_original(pos, margin=self.view.viewport().height() // 4)
        # the words are cut in the worker process (or read from the cache): asked for once the
        # page is painted (starting the worker put the first sight of a book off by 26 ms)
        after_paint(self.view.viewport(), self._painted)
        if len(self.session.text) > background.BACKGROUND_CHARS:
            # once the worker has read the book: a thread loading OpenCC beside the page's first
            # paint made each of its calls into Qt wait for the interpreter (a 270 ms stall on
            # 红楼梦), and beside the worker's reading, for a core (opening 红楼梦 stalled
            # 142-191 ms, 42 without it)
            self.words.when_read(self.script_switch.warm_previews)

    def _painted(self) -> None:
        """The page has been painted: the window's housekeeping may run (when it is idle), and
        the words are asked for."""
        housekeeping().open()
        self.start_words()

    @property
    def path(self):
        return self.session.document.path

    @property
    def folder(self):
        """Where the document's file is (None for one without a file): where Open starts."""
        return self.path.parent if self.path is not None else None

    @property
    def key(self) -> str:
        """What the settings know this document by: its identity (reader.core.identity)."""
        return self.session.store.identity

    def remember_position(self) -> None:
        self.settings.set_document_position(self.key, self.view.caret_original())
        self.settings.set_document_script(self.key, self.script)

    def status(self, message: str, timeout_ms: int = 3000) -> None:
        self.statusMessage.emit(message, timeout_ms)

    def dialog_parent(self) -> QWidget:
        return self.page.window()

    # -- scripts (script_switch) -------------------------------------------------------------
    @property
    def script(self) -> Script:
        """The script whose view is on the page (while a book converts, the one before)."""
        return self.script_switch.script

    @property
    def pending_script(self) -> Script | None:
        """The script a book is being converted to in the background, if any."""
        return self.script_switch.pending

    @property
    def shown_script(self) -> Script:
        """The script on the page: while a book converts, the one its page is previewed in."""
        return self.script_switch.shown

    @property
    def shown_config(self) -> str | None:
        """The OpenCC configuration of the text on the page (None: as written)."""
        return self.script_switch.shown_config

    def set_script(self, script: Script) -> None:
        self.script_switch.set_script(script)
        # the window's housekeeping waits until the page shows the script (a book's: converted
        # in the worker, previewed, then swapped in over turns)
        this = weakref.ref(self)
        housekeeping().hold_while(lambda: (r := this()) is not None and not r.closed and r.switching)

    @property
    def switching(self) -> bool:
        """Whether a script asked for is on its way to the page (converted, or swapped in)."""
        return self.pending_script is not None or self.view.pages.swapping

    def set_variant(self, variant: str) -> None:
        self.script_switch.set_variant(variant)

    def shown_view(self):
        return self.script_switch.shown_view()

    def title(self) -> str:
        return self.script_switch.title()

    version = ""
    """Which version this is, while compared with another (reader.gui.comparing): shown in its tab."""

    def tab_title(self) -> str:
        """The title, and the version while comparing, first: 2018-10-26 · 中华人民共和国公司法."""
        return self.tab_prefix() + self.title()

    def tab_prefix(self) -> str:
        """What a tab keeps whole before its title, however narrow (workspace.TitleTabs): the
        version while comparing. After the title, two versions' tabs both read
        中华人民共和国公司法 · 2… at 1000×700."""
        return f"{self.version} · " if self.version else ""

    def set_version(self, version: str) -> None:
        self.version = version
        self.titleChanged.emit()

    # -- words, key terms and pinyin (word_analysis) -----------------------------------------
    def start_words(self) -> None:
        self.words.start()

    def rebuild_words(self) -> None:
        self.words.rebuild()

    @property
    def pinyin_on(self) -> bool:
        """View ▸ Pinyin, for this tab."""
        return self.words.pinyin_on

    def show_pinyin(self, on: bool) -> None:
        self.words.show_pinyin(on)

    # -- moving about (reading_navigation) ----------------------------------------------------
    def jump(self, start: int, end: int) -> None:
        self.navigation.jump(start, end)

    def back(self) -> None:
        self.navigation.back()

    def forward(self) -> None:
        self.navigation.forward()

    def go_to_section(self, node) -> None:
        self.navigation.go_to_section(node)

    def step_section(self, direction: int, finer: bool = False) -> None:
        self.navigation.step_section(direction, finer)

    def section_on_top(self) -> tuple[int, float]:
        return self.navigation.section_on_top()

    def show_section_on_top(self, index: int, fraction: float) -> None:
        self.navigation.show_section_on_top(index, fraction)

    # -- annotations -------------------------------------------------------------------------
    def annotations_changed(self) -> None:
        self.view.paint_annotations(self.session.annotations.placed())
        self.annotationsChanged.emit()

    def close(self) -> None:
        """Stop what runs for this document (the page goes with its tab)."""
        self.remember_position()
        self.closed = True
        self.script_switch.pending = None
        self.jobs.cancel()
        housekeeping().drop(self, self.view)  # its tasks still waiting in the window's queue
        self.controller.set_session(None)
        from reader.gui.closed_tab import let_go  # when a tab closes: not at launch

        let_go(self)

    def focus(self) -> None:
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- the reader's own words --------------------------------------------------------------
    def treat_selection_as_one_word(self) -> bool:
        """Edit ▸ Treat as One Word (reader.gui.one_word)."""
        from reader.gui.one_word import treat_selection_as_one_word  # with the command

        return treat_selection_as_one_word(self)

    def select_word(self) -> None:
        """W: the word at the caret; said where there is none (the blank line between paragraphs)."""
        if not self.view.select_word_at_caret():
            self.status(self.tr("No word at the caret."), 3000)

    def select_sentence(self) -> None:
        self.view.select_original(*sentence_at(self.session.text, self.view.caret_original()))
