"""What the worker process reads in one open document: its words (jieba), its key terms and
section terms, cut once (again when the reader's own words change), and the pinyin over the
page (View ▸ Pinyin). jieba and pypinyin stay out of the window. Handed the reading (Mu's
`Editor(view)`): its session, view, outline model, background and jobs."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

from PySide6.QtCore import QCoreApplication

from reader.core.scripts import Script
from reader.gui.back_pointer import BackPointer
from reader.gui.background import with_jobs


class WordAnalysis:
    reading = BackPointer()  # the Reading owns this (reader.gui.back_pointer: no cycle)

    def __init__(self, reading) -> None:
        self.reading = reading
        self._started = False
        self._asked_with: frozenset[str] | None = None  # the reader's words the last cut was asked with
        self.pinyin_on = False  # View ▸ Pinyin
        self._pinyin = None  # the characters' readings from the worker (CharacterReadings)
        self._when_read: list[Callable[[], None]] = []  # see when_read

    def when_read(self, then: Callable[[], None]) -> None:
        """Call then() once the worker has read the document (its words and key terms come,
        or were at hand when start() was called): a core is free again then."""
        self._when_read.append(then)

    def _read(self) -> None:
        # the boundaries compacted first (1.8 MB of 红楼梦 given back): the housekeeping runs
        # one task at a time, and the previews' warm-up asked for below takes longer
        self._compact_words()
        waiting, self._when_read = self._when_read, []
        for then in waiting:
            then()

    def _compact_words(self) -> None:
        """The words' boundaries, kept for the caret and the mouse, held as their gaps (2.4 MB
        of 红楼梦 → 0.6), made in the housekeeping thread and swapped in on the window's."""
        words = self.reading.session.words
        if words is None:
            return
        from reader.core.word_gaps import compact_boundaries  # with the words, after the text paints

        def compacted(boundaries) -> None:
            words.boundaries = boundaries  # the same boundaries: whoever holds these words may keep them

        self.reading.background.housekeep(lambda: compact_boundaries(words.boundaries), compacted, owner=self.reading)

    def start(self) -> None:
        if self._started:
            return
        self._started = True
        reading = self.reading
        session = reading.session
        if session.words is not None and not session.words_stale:
            self._read()
            return
        ref = session.analysis_ref()
        user_words = session.user_words.words
        self._asked_with = user_words
        # the Simplified view comes along when it is a conversion not at hand (find needs it)
        send_view = session.views.cached(Script.SIMPLIFIED) is None

        def words_done(result) -> None:
            if reading.closed:
                return
            if session.adopt_words(result):
                reading.view.words = session.words

        def terms_done(packed) -> None:
            if reading.closed:
                return
            if session.adopt_terms(packed, user_words):
                reading.outline_model.section_terms = session.section_terms
                reading.termsReady.emit()
            self._read()

        def send(analysis: ModuleType) -> None:
            if reading.closed:
                return
            # both at once: the worker takes them in order and counts the terms on the words it cut
            jobs, analyse = reading.jobs, reading.background.analyse
            unavailable = jobs.worker_unavailable
            jobs.track(analyse(analysis.make_words, (ref, user_words, send_view), words_done, None, unavailable))
            jobs.track(analyse(analysis.make_terms, (ref, user_words), terms_done, None, unavailable))

        with_jobs(reading.background, send)

    def rebuild(self) -> None:
        """The reader's own words changed: cut the words and count the key terms again."""
        if self._asked_with is not None and self._asked_with != self.reading.session.user_words.words:
            self._started = False
            self.start()

    def show_pinyin(self, on: bool) -> None:
        """View ▸ Pinyin: the syllables are read in the worker (jieba and pypinyin stay out of
        the window) once, then drawn over the page in every script."""
        reading = self.reading
        self.pinyin_on = on
        if not on:
            reading.view.show_pinyin(None)
            return
        if self._pinyin is not None:
            reading.view.show_pinyin(self._pinyin)
            return

        # said until the syllables come (a law's took 5-10 s on a busy machine: a message of
        # 2 s left the page as it was with nothing said), then taken away if still shown
        said = QCoreApplication.translate("Reading", "Reading the pinyin…")
        reading.status(said, 0)

        def done(result) -> None:
            self._pinyin = result
            if not reading.closed and self.pinyin_on:
                reading.view.show_pinyin(result)
            _take_back(reading, said)

        def failed(exc: BaseException) -> None:
            _take_back(reading, said)
            raise exc  # as a job's own error is, when no one asks for it

        ref, user_words = reading.session.analysis_ref(), reading.session.user_words.words

        def send(analysis: ModuleType) -> None:
            if reading.closed:
                return
            # on screen at once: before the book's background work waiting in the worker
            reading.jobs.track(
                reading.background.analyse(
                    analysis.make_pinyin,
                    (ref, user_words),
                    done,
                    failed,
                    reading.jobs.worker_unavailable,
                    urgent=True,
                )
            )

        with_jobs(reading.background, send)


def _take_back(reading, said: str) -> None:
    """Clear the status bar's message if it is still `said` (not one shown since)."""
    window = getattr(reading.view, "window", None)  # the page's window (none: a page on its own)
    bar = getattr(window(), "statusBar", None) if window is not None and not reading.closed else None
    if bar is not None and bar().currentMessage() == said:
        bar().clearMessage()
