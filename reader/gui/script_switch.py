"""Which script one open document is shown in, and the switch to another: at once for a
document at hand, in the worker process for a book (its page previewed meanwhile, the whole
view swapped in when it comes), and the Traditional variant. Handed the reading (Mu's
`Editor(view)`): its session, page, outline model, settings, background and signals."""

from __future__ import annotations

from types import ModuleType

from PySide6.QtCore import QCoreApplication

from reader.core import scripts
from reader.core.scripts import Script
from reader.gui import background
from reader.gui.back_pointer import BackPointer
from reader.gui.glyph_warm import warm_glyphs


class ScriptSwitch:
    reading = BackPointer()  # the Reading owns this (reader.gui.back_pointer: no cycle)

    def __init__(self, reading) -> None:
        self.reading = reading
        self.script = Script.ORIGINAL
        self.pending: Script | None = None  # the script a book is being converted to in the background
        self._preview = None  # the conversion a book's page is previewed through meanwhile (its title too)
        self._previewed_as: tuple[Script, str] | None = None  # and its script and OpenCC configuration
        self._converting: set[tuple[Script, str | None]] = set()  # views asked of the worker

    @property
    def shown(self) -> Script:
        """The script on the page: while a book converts, the one its page is previewed in."""
        # the preview's own: another switch asked meanwhile shows when its preview or view comes
        return self._previewed_as[0] if self._preview is not None and self.pending else self.script

    @property
    def shown_config(self) -> str | None:
        """The OpenCC configuration the page's text was made with (None: as written). A
        variant chosen is named once its page shows: before, the plan names it already."""
        if self._preview is not None and self.pending:
            return self._previewed_as[1]
        positions = self.reading.view.positions
        return positions.view.config if positions is not None else self.reading.session.views.plan.config(self.script)

    def warm_previews(self) -> None:
        """A book converts in the worker, but the page on screen is previewed here
        (DocumentView.preview_conversion, in a thread of its own): its converters are loaded
        now, in the housekeeping thread (reader.gui.housekeeping), so that the first preview
        comes without waiting for them (0.15–0.5 s on 红楼梦), with the book's mode read and the
        rules of that mode compiled. Called once the worker has read the book (Reading.place):
        beside that reading it cost the window's turns a core."""
        reading = self.reading
        views = reading.session.views
        plans = [(s, views.plan.config(s)) for s in (Script.SIMPLIFIED, Script.TRADITIONAL)]
        plans = [(s, c) for s, c in plans if c]
        model = reading.outline_model
        # and the tree's rows near the caret in each script, whose glyphs are drawn ahead: the
        # tree's first paint in a new script rendered them (25-30 ms on 红楼梦, 6-10 warm)
        nodes = model.rows_near(reading.view.caret_original())
        # (the book's mode read in the thread, as the preview's: 11-22 ms on 红楼梦)
        labels = [
            model.preview_labels(lambda piece, c=c: scripts.convert(piece, c, views.mode), nodes) for _, c in plans
        ]

        # in the housekeeping thread, a task each (100-200 ms of Python a configuration), after
        # the window's other housekeeping and only while the window is idle
        for _, config in plans:
            reading.background.housekeep(
                lambda config=config: scripts.warm(config, views.mode), lambda _none: None, owner=reading
            )
        reading.background.housekeep(
            lambda: [label for work in labels for _, label in work().labels.values()],
            lambda made: None if reading.closed else warm_glyphs(made),
            owner=reading,
        )

    def set_script(self, script: Script) -> None:
        reading = self.reading
        session = reading.session
        scripts.keep_converters(session.views)  # for its previews until its views are made
        view = session.views.cached(script)  # made already, or kept on disk from an earlier run
        if view is None and len(session.text) > background.BACKGROUND_CHARS:
            self._convert_in_background(script)
            return
        self.pending = None
        self._preview = None
        self.script = script
        view = view or session.view(script)
        reading.view.show_view(view, reading.blocks)
        scripts.release_converters()  # when no document open has a view left to preview
        reading.outline_model.clean_punctuation = reading.view.prefs.clean_punctuation  # as the page
        reading.outline_model.set_view(view)
        reading.annotations_changed()
        reading.finder.repaint()
        reading.settings.set_document_script(reading.key, script)
        reading.scriptChanged.emit(script)
        reading.titleChanged.emit()
        reading.positionChanged.emit(reading.view.caret_original())

    def _convert_in_background(self, script: Script) -> None:
        """A book converts in the worker process; the page on screen converts now."""
        reading = self.reading
        session = reading.session
        config = session.views.plan.config(script)
        self.pending = script  # the status line shows it converting (a part no message hides)
        if reading.view.positions is None:
            # nothing on the page yet (a book opened in a script not converted before): its
            # original meanwhile, the page on screen previewed, the whole view swapped in later
            reading.view.show_view(session.view(Script.ORIGINAL), reading.blocks)
            reading.outline_model.set_view(session.view(Script.ORIGINAL))
        preview = reading.view.preview_conversion(config, script, session.views.mode)
        if preview is not None:  # converted in a thread, put in the page in a turn after
            labels = reading.outline_model.preview_labels(preview.convert)  # and the tree's, in the same thread
            reading.background.run(
                lambda: (preview.work(), labels()),
                lambda made: self._previewed(script, config, preview, *made),
            )
        # the commands and the status line name what the page shows: until the preview (or the
        # view) comes, the script before (a command the reader chose was checked by Qt already)
        reading.scriptChanged.emit(script)
        if (script, config) in self._converting:
            return  # asked for already: shown when it comes
        self._converting.add((script, config))

        def done(packed) -> None:
            self._converting.discard((script, config))
            if reading.closed:
                return
            view = session.adopt_view(packed)
            if self.pending is script and session.views.cached(script) is not None:
                # the page's text made in a thread (8-12 ms on 红楼梦), shown in a turn after:
                # one turn held the window 60–90 ms of its own time on 红楼梦 with both
                typesetter = reading.view.typesetter
                made_from, work = typesetter.display_text_work(view)

                def made(text: str) -> None:
                    if not reading.closed:
                        typesetter.keep(made_from, text)
                        self._converted(script)

                reading.background.run(work, made)

        def failed(exc: BaseException) -> None:
            self._converting.discard((script, config))
            if reading.closed or self.pending is not script:
                return
            reading.status(
                QCoreApplication.translate("Reading", "Could not convert the document: {error}").format(error=exc), 8000
            )
            self.set_script(self.script)  # back to the view shown before, without the preview

        def send(analysis: ModuleType) -> None:  # the worker's jobs, imported in a thread
            if reading.closed:
                self._converting.discard((script, config))
                return
            # the reader waits for it: before the background work waiting in the worker (indexing
            # a 5 M book for the library held a first switch 8 s behind it)
            reading.jobs.track(
                reading.background.analyse(
                    analysis.make_view,
                    (session.analysis_ref(), script),
                    done,
                    failed,
                    reading.jobs.worker_unavailable,
                    urgent=True,
                )
            )

        background.with_jobs(reading.background, send)

    def _previewed(self, script: Script, config: str, preview, shown: str | None, labels=None) -> None:
        """The page on screen converted (PagePreview.work): in the page, if still wanted, and
        the tree's labels (those shown made in the same thread: OutlineModel.preview_labels),
        the tab, the window's title and the status line with it, each whole in the new script
        (not when the view arrives)."""
        reading = self.reading
        if reading.closed or self.pending is not script or not reading.view.apply_preview(preview, shown):
            return
        reading.outline_model.preview(preview.convert, labels)
        self._preview, self._previewed_as = preview.convert, (script, config)
        reading.scriptChanged.emit(script)
        reading.titleChanged.emit()

    def _converted(self, script: Script) -> None:
        """A book's view from the worker, its page text made: shown, if still wanted."""
        reading = self.reading
        if not reading.closed and self.pending is script and reading.session.views.cached(script) is not None:
            self.set_script(script)

    def set_variant(self, variant: str) -> None:
        session = self.reading.session
        if session.views.plan.traditional != variant:
            session.views.set_variant(variant)
            self.set_script(self.pending or self.script)  # a book converting: the script asked for

    def shown_view(self):
        """The view on screen: right after a book opens, self.script may name a view not yet
        converted (set_script converts it in the background and shows it when done)."""
        session = self.reading.session
        return session.views.cached(self.script) or session.view(Script.ORIGINAL)

    def title(self) -> str:
        """The title in the script on the page: while a book converts, as its preview writes it."""
        return self.reading.session.title_in(self.script, self._preview)
