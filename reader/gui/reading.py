"""One open document on one page: the session, the script it is shown in, its typeset blocks,
the jumps back and forward, its background work, and the controllers that act on it (find,
marking and notes, export and import, the undo stack).

The window holds any number of Readings (tabs, two side by side) and routes its commands to
the current one; the controllers are handed a Reading, never the window (Mu's `Editor(view)`),
so each tab keeps its own script, position, selection, find and undo history."""

from __future__ import annotations

import threading
import weakref

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from reader.core import analysis, scripts, typeset
from reader.core.collector import set_apart, take_back
from reader.core.identity import new_identity
from reader.core.outline import navigation_stops, sentence_at
from reader.core.scripts import Script
from reader.core.section_levels import Level, section_levels, step_section
from reader.core.session import Session
from reader.gui import background
from reader.gui.after_paint import after_paint
from reader.gui.annotation_controller import AnnotationController
from reader.gui.annotation_editor import AnnotationEditor
from reader.gui.document_view import DocumentView
from reader.gui.edge_overlay import EdgeOverlay
from reader.gui.exchange import AnnotationExchange
from reader.gui.find_controller import FindController
from reader.gui.message_bar import MessageBar
from reader.gui.page_place import PagePlace
from reader.gui.reattach import ReattachController
from reader.gui.settings import Settings
from reader.models.outline_model import OutlineModel

TAKE_BACK_MS = 200
"""From a tab's close to the collector's pass that takes back what was set aside: after the
page and the reading are deleted, each in its own turn."""
TAKE_BACK_WAIT_MS = 30_000
"""How long the pass waits for a closed book that something still holds (below)."""


def take_back_closed(book: weakref.ref, waited_ms: int = 0) -> None:
    """The collector's pass after a tab's close (collector.take_back), once its book (the
    Session) is gone. Background work of the tab's may still hold it (a find's scan, a
    conversion): a pass then walked the whole book (105 ms of the window's thread for the 5 M
    book) and set it aside again with what is alive, so that what it left in cycles, once the
    work let go, waited there for another tab's close. The pass waits for the book instead
    (looked at every TAKE_BACK_MS), up to TAKE_BACK_WAIT_MS: a book that outlives that is held
    in cycles only a pass can free."""
    if book() is not None and waited_ms < TAKE_BACK_WAIT_MS:
        QTimer.singleShot(TAKE_BACK_MS, lambda: take_back_closed(book, waited_ms + TAKE_BACK_MS))
        return
    take_back()


class ReadingPage(QWidget):
    """What a tab shows: the document's messages above, the text with the dispersion strip
    over its right margin (edge_overlay: showing it leaves the page's width alone), the find
    bar below."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.messages = MessageBar(self)  # what concerns this document (its notes file, a failed save)
        self.view = DocumentView(self)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.messages)
        column.addWidget(self.view, 1)
        self.setFocusProxy(self.view)

    def place(self, strip: QWidget, bar: QWidget) -> None:
        self.strip_place = EdgeOverlay(strip, self.view)
        self.layout().addWidget(bar)


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
        self.script = Script.ORIGINAL
        self._pending_script: Script | None = None
        self._preview = None  # the conversion a book's page is previewed through meanwhile (its title too)
        self._converting: set[tuple[Script, str | None]] = set()  # views asked of the worker
        self._jobs: list = []  # the worker's futures for this document
        self._told_unavailable = False
        self._words_started = False
        self._words_for: frozenset[str] | None = None  # the reader's words the last cut was asked with
        self.closed = False  # background work that finishes after the tab closed is dropped
        self._save_error_shown = False
        self.pinyin_on = False  # View ▸ Pinyin
        self._pinyin = None  # the characters' readings from the worker (CharacterReadings)
        self._back: list[int] = []
        self._forward: list[int] = []
        self._levels: list[Level] | None = None  # what Ctrl+PageDown steps along
        # what is typeset apart from body text (title, dateline, headings …), found once per
        # document (a book's outline has tens of thousands of nodes to walk) and kept in the cache
        blocks = session.typeset_blocks
        self.blocks = [(b.start, b.end, b.kind) for b in blocks]

        self.page = ReadingPage()
        self.view = view = self.page.view
        view.line_joins = typeset.line_joins(session.text, blocks)
        view.words = session.words
        view.original_text = session.text
        view.caretMoved.connect(self.positionChanged)
        self.page_place = PagePlace(view)
        self.page_place.moved.connect(self.pageMoved)
        view.wordsWanted.connect(self.start_words)
        self.outline_model = OutlineModel(session.outline, parent=self)
        self.outline_model.section_terms = session.section_terms

        self.controller = AnnotationController(self)
        self.controller.changed.connect(self._annotations_changed)
        self.finder = FindController(self)
        self.page.place(self.finder.strip, self.finder.bar)
        self.editor = AnnotationEditor(self)
        self.exchange = AnnotationExchange(self)
        self.reattach = ReattachController(self.page, self.page.messages)
        self.reattach.attached.connect(self.controller.took_in)
        self.controller.saveFailed.connect(self._save_failed)
        self.controller.saved.connect(self._saved)

    def preparing_page(self):
        """Typeset the page's document ahead of typeset(), when the script it opens in is at
        hand, in short steps (a generator: a book's page is typeset over turns of the event
        loop, reader.gui.turns.in_slices)."""
        view = self.session.views.cached(self.settings.document_script(self.key))
        if view is not None:
            yield from self.view.preparing(view, self.blocks)

    def typeset(self) -> None:
        """The page, in the script last chosen for the document (laid out later, in slices)."""
        self.controller.set_session(self.session)
        self.set_script(self.settings.document_script(self.key))

    def place(self) -> None:
        """Where the reader left off (once the page has its size in the window), and the words."""
        self.reattach.announce(self.session)
        pos = min(self.settings.document_position(self.key), len(self.session.text))
        self.view.select_original(pos, pos, ensure_visible=False)
        self.view.scroll_to_original(pos, margin=self.view.viewport().height() // 4)
        # the words are cut in the worker process (or read from the cache): asked for once the
        # page is painted (starting the worker put the first sight of a book off by 26 ms)
        after_paint(self.view.viewport(), self.start_words)
        if len(self.session.text) > background.BACKGROUND_CHARS:
            # after the page's first paint too: a thread loading OpenCC beside that paint made
            # each of its calls into Qt wait for the interpreter (a 270 ms stall on 红楼梦)
            after_paint(self.view.viewport(), self._warm_previews)

    def _warm_previews(self) -> None:
        """A book converts in the worker, but the page on screen is previewed here at once
        (DocumentView.preview_conversion): its converters are loaded now, in a thread, not
        on the window's thread at the first switch (a 160–540 ms stall on 红楼梦). The book's
        mode is read there too, and the rules of that mode compiled (22 ms and 10 ms of the
        window's first preview turn on 红楼梦)."""
        views = self.session.views
        configs = [c for c in (views.plan.config(Script.SIMPLIFIED), views.plan.config(Script.TRADITIONAL)) if c]
        threading.Thread(target=lambda: [scripts.warm(c, views.mode) for c in configs], daemon=True).start()

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

    # -- scripts -----------------------------------------------------------------------------
    @property
    def pending_script(self) -> Script | None:
        """The script a book is being converted to in the background, if any."""
        return self._pending_script

    @property
    def shown_script(self) -> Script:
        """The script on the page: while a book converts, the one its page is previewed in."""
        return self._pending_script if self._preview is not None and self._pending_script else self.script

    def set_script(self, script: Script) -> None:
        session = self.session
        view = session.views.cached(script)  # made already, or kept on disk from an earlier run
        if view is None and len(session.text) > background.BACKGROUND_CHARS:
            self._convert_in_background(script)
            return
        self._pending_script = None
        self._preview = None
        self.script = script
        view = view or session.view(script)
        self.view.show_view(view, self.blocks)
        self.outline_model.clean_punctuation = self.view.prefs.clean_punctuation  # as the page
        self.outline_model.set_view(view)
        self._annotations_changed()
        self.finder.repaint()
        self.settings.set_document_script(self.key, script)
        self.scriptChanged.emit(script)
        self.titleChanged.emit()
        self.positionChanged.emit(self.view.caret_original())

    def _convert_in_background(self, script: Script) -> None:
        """A book converts in the worker process; the page on screen converts now."""
        session = self.session
        config = session.views.plan.config(script)
        self._pending_script = script
        self.status(self.tr("Converting the document…"), 0)
        if self.view.positions is None:
            # nothing on the page yet (a book opened in a script not converted before): its
            # original meanwhile, the page on screen previewed, the whole view swapped in later
            self.view.show_view(session.view(Script.ORIGINAL), self.blocks)
            self.outline_model.set_view(session.view(Script.ORIGINAL))
        convert = self.view.preview_conversion(config, script, session.views.mode)
        if convert is not None:  # the tree's labels and the title as the page's text: each whole in the new script
            self.outline_model.preview(convert)
            self._preview = convert
        self.scriptChanged.emit(script)  # the status line names the script previewed
        if convert is not None:
            self.titleChanged.emit()  # the tab and the window's title, with the page (not when the view arrives)
        if (script, config) in self._converting:
            return  # asked for already: shown when it comes
        self._converting.add((script, config))

        def done(packed) -> None:
            self._converting.discard((script, config))
            if self.closed:
                return
            view = session.adopt_view(packed)
            if self._pending_script is script and session.views.cached(script) is not None:
                # the page's text made in a thread (8-12 ms on 红楼梦), shown in a turn after:
                # one turn held the window 60–90 ms of its own time on 红楼梦 with both
                typesetter = self.view.typesetter
                made_from, work = typesetter.display_text_work(view)

                def made(text: str) -> None:
                    if not self.closed:
                        typesetter.keep(made_from, text)
                        self._converted(script)

                self.background.run(work, made)

        def failed(exc: BaseException) -> None:
            self._converting.discard((script, config))
            if self.closed or self._pending_script is not script:
                return
            self.status(self.tr("Could not convert the document: {error}").format(error=exc), 8000)
            self.set_script(self.script)  # back to the view shown before, without the preview

        self._track(
            self.background.analyse(
                analysis.make_view, (session.analysis_ref(), script), done, failed, self._worker_unavailable
            )
        )

    def _converted(self, script: Script) -> None:
        """A book's view from the worker, its page text made: shown, if still wanted."""
        if not self.closed and self._pending_script is script and self.session.views.cached(script) is not None:
            self.status("", 1)
            self.set_script(script)

    def _track(self, future) -> None:
        """Keep a job's future, to cancel it if the tab closes before the worker takes it up."""
        if future is not None:
            self._jobs = [f for f in self._jobs if not f.done()] + [future]

    def _worker_unavailable(self, reason: str) -> None:
        if not self.closed and not self._told_unavailable:
            self._told_unavailable = True
            self.status(
                self.tr(
                    "The analysis process is not available ({reason}): the window analyses the document "
                    "itself, and may answer slowly until it is done."
                ).format(reason=reason),
                10000,
            )

    def set_variant(self, variant: str) -> None:
        if self.session.views.plan.traditional != variant:
            self.session.views.set_variant(variant)
            self.set_script(self._pending_script or self.script)  # a book converting: the script asked for

    def shown_view(self):
        """The view on screen: right after a book opens, self.script may name a view not yet
        converted (set_script converts it in the background and shows it when done)."""
        return self.session.views.cached(self.script) or self.session.view(Script.ORIGINAL)

    def title(self) -> str:
        """The title in the script on the page: while a book converts, as its preview writes it."""
        return self.session.title_in(self.script, self._preview)

    version = ""
    """Which version this is, while compared with another (reader.gui.comparing): shown in its tab."""

    def tab_title(self) -> str:
        """The title, and the version while comparing: 中华人民共和国公司法 · 2018-10-26."""
        return f"{self.title()} · {self.version}" if self.version else self.title()

    def set_version(self, version: str) -> None:
        self.version = version
        self.titleChanged.emit()

    # -- words and key terms (jieba, in the worker process) ----------------------------------
    def start_words(self) -> None:
        if self._words_started:
            return
        self._words_started = True
        session = self.session
        if session.words is not None and not session.words_stale:
            return
        ref = session.analysis_ref()
        user_words = session.user_words.words
        self._words_for = user_words
        # the Simplified view comes along when it is a conversion not at hand (find needs it)
        send_view = session.views.cached(Script.SIMPLIFIED) is None

        def words_done(result) -> None:
            if self.closed:
                return
            if session.adopt_words(result):
                self.view.words = session.words

        def terms_done(packed) -> None:
            if self.closed:
                return
            if session.adopt_terms(packed, user_words):
                self.outline_model.section_terms = session.section_terms
                self.termsReady.emit()

        # both at once: the worker takes them in order and counts the terms on the words it cut
        unavailable = self._worker_unavailable
        self._track(
            self.background.analyse(analysis.make_words, (ref, user_words, send_view), words_done, None, unavailable)
        )
        self._track(self.background.analyse(analysis.make_terms, (ref, user_words), terms_done, None, unavailable))

    def rebuild_words(self) -> None:
        """The reader's own words changed: cut the words and count the key terms again."""
        if self._words_for is not None and self._words_for != self.session.user_words.words:
            self._words_started = False
            self.start_words()

    def show_pinyin(self, on: bool) -> None:
        """View ▸ Pinyin: the syllables are read in the worker (jieba and pypinyin stay out of
        the window) once, then drawn over the page in every script."""
        self.pinyin_on = on
        if not on:
            self.view.show_pinyin(None)
            return
        if self._pinyin is not None:
            self.view.show_pinyin(self._pinyin)
            return

        def done(result) -> None:
            self._pinyin = result
            if not self.closed and self.pinyin_on:
                self.view.show_pinyin(result)

        self.status(self.tr("Reading the pinyin…"), 2000)
        ref, user_words = self.session.analysis_ref(), self.session.user_words.words
        # on screen at once: before the book's background work waiting in the worker
        pinyin = self.background.analyse(
            analysis.make_pinyin, (ref, user_words), done, None, self._worker_unavailable, urgent=True
        )
        self._track(pinyin)

    # -- jumps and history -------------------------------------------------------------------
    def jump(self, start: int, end: int) -> None:
        self._back.append(self.view.caret_original())
        self._forward.clear()
        self.view.reveal(start, end)

    def back(self) -> None:
        if self._back:
            self._forward.append(self.view.caret_original())
            pos = self._back.pop()
            self.view.reveal(pos, pos)

    def forward(self) -> None:
        if self._forward:
            self._back.append(self.view.caret_original())
            pos = self._forward.pop()
            self.view.reveal(pos, pos)

    def go_to_section(self, node) -> None:
        """Caret to the section's start, the section at the top of the page, marked briefly."""
        self.jump(node.start, node.start)
        self.view.scroll_to_original(node.start, margin=24)
        self.view.flash(node.start, node.end)

    def step_section(self, direction: int, finer: bool = False) -> None:
        """Ctrl+PageDown/Up: to the next or previous section at the level the reader is on
        (reader.core.section_levels); with `finer` (Shift), one level finer."""
        if self._levels is None:  # a book's outline is walked once, on the first step
            self._levels = section_levels(self.session.outline)
        target = step_section(self._levels, self.view.caret_original(), direction, finer)
        if target is not None:
            self.go_to_section(target)

    def section_on_top(self) -> tuple[int, float]:
        """Which section is at the top of the page (its index among the navigation stops) and
        how far into it: what two pages scrolled together share."""
        top = self.view.top_original()
        stops = navigation_stops(self.session.outline)
        index = max(0, sum(1 for n in stops if n.start <= top) - 1)
        if not stops:
            return 0, top / max(1, len(self.session.text))
        node = stops[index]
        return index, (top - node.start) / max(1, node.end - node.start)

    def show_section_on_top(self, index: int, fraction: float) -> None:
        stops = navigation_stops(self.session.outline)
        if not stops:
            self.view.scroll_to_original(int(fraction * len(self.session.text)))
        elif 0 <= index < len(stops):
            node = stops[index]
            self.view.scroll_to_original(node.start + int(fraction * (node.end - node.start)))

    # -- annotations -------------------------------------------------------------------------
    def _annotations_changed(self) -> None:
        self.view.paint_annotations(self.session.annotations.placed())
        self.annotationsChanged.emit()

    def close(self) -> None:
        """Stop what runs for this document (the page goes with its tab)."""
        self.remember_position()
        self.closed = True
        self._pending_script = None
        for job in self._jobs:
            job.cancel()  # those the worker has not taken up yet
        # a future keeps its callbacks, which hold this reading: let go of them, so that
        # reference counting frees the closed tab and its book (not a pass of the collector)
        self._jobs = []
        self.controller.set_session(None)
        # each in a turn of its own, the window answering between them (a 5 M-character book
        # at load 7: 106 ms of the window thread's time in one turn): Qt's laid-out document
        # goes with the page, then the book's Python objects with this reading (reference
        # counting frees them), then one pass of the collector takes back what was set aside
        self.page.deleteLater()
        QTimer.singleShot(0, self.deleteLater)
        book = weakref.ref(self.session)
        QTimer.singleShot(TAKE_BACK_MS, lambda: take_back_closed(book))

    def focus(self) -> None:
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- saving, said on the page ------------------------------------------------------------
    def _save_failed(self, message: str) -> None:
        self._save_error_shown = True
        self.page.messages.show_message(
            self.tr(
                "Could not save the annotations: {error}. Your changes are kept and saved as soon as writing works again."
            ).format(error=message),
            error=True,
        )

    def _saved(self) -> None:
        if self._save_error_shown:
            self._save_error_shown = False
            self.page.messages.hide()
            self.status(self.tr("Annotations saved."))

    # -- the reader's own words --------------------------------------------------------------
    def treat_selection_as_one_word(self) -> bool:
        """Edit ▸ Treat as One Word: the selection becomes one word for word moves, selection
        and key terms in every document (or no longer, when it is one). True when the list of
        the reader's words changed, so every open document cuts its words again."""
        rng = self.view.selected_range()
        if rng is None:
            self.status(self.tr("Select the characters that make one word first."), 4000)
            return False
        one = not self.session.treated_as_one_word(*rng)
        try:
            changed = self.session.treat_as_one_word(*rng, one=one)
        except OSError as exc:
            self.status(self.tr("Could not save your words: {error}").format(error=exc.strerror or exc), 5000)
            return False
        if changed:
            message = (
                self.tr("“{word}” is one word from now on.") if one else self.tr("“{word}” is no longer one word.")
            )
            self.status(message.format(word=self.shown_view().slice(*rng)), 4000)
        return changed

    def select_sentence(self) -> None:
        self.view.select_original(*sentence_at(self.session.text, self.view.caret_original()))
