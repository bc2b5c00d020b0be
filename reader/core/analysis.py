"""The heavy analysis of a document as jobs: a whole view's conversion, jieba's word
boundaries, key terms, and what opening needs (outline, script, fingerprint).

The window runs these in a worker process (reader.gui.background), so a book's seconds of
OpenCC and jieba never hold the window's interpreter; the same functions run in a thread when
there is no worker, and from the command line. Each job is a plain function of a DocumentRef:
it looks in the disk cache first, makes what is missing, keeps it there and returns it in the
compact forms of reader.core.analysis_codec.

Within one process the last few documents' views and word ends stay in memory, so the key
terms reuse the words the boundaries were cut from instead of cutting the book again."""

from __future__ import annotations

import functools
import os
import sys
import threading
import time
from array import array
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, ParamSpec, TypeVar

from reader.core import recently_read
from reader.core.analysis_cache import cache_key, engine_version
from reader.core.analysis_codec import (
    PackedView,
    PackedWords,
    Prepared,
    prepared_entry,
    terms_entry,
    terms_from_entry,
)

# what the window reads of an analysis, in a module of its own (it does not import the jobs'
# tools below); named here too, where the jobs and their tests have always found them
from reader.core.analysis_read import (  # noqa: F401 - re-exported
    headings_digest,
    load_prepared,
    load_view,
    prepared_key,
    view_key,
)
from reader.core.analysis_refs import DocumentRef, WordsResult
from reader.core.collector import collector_paused
from reader.core.forked import Helper
from reader.core.heap import give_back_memory, large_blocks_mapped
from reader.core.keyterms import PackedTerms, analyse_packed, median_idf, section_ranges
from reader.core.parallel_convert import convert_on_two_cores
from reader.core.scripts import Script, ScriptViews, View
from reader.core.user_words import fingerprint as words_fingerprint
from reader.core.words import (
    WordBoundaries,
    cut_ready,
    release_tokenizer,
    tokenizer_loaded,
    user_word_spans,
    with_user_words,
    word_ends,
)

if TYPE_CHECKING:
    from reader.core.analysis_cache import AnalysisCache, Entry
    from reader.core.pinyin import CharacterReadings  # pypinyin's tables load on first use

_in_worker = False  # set in the worker process (worker_init)
P = ParamSpec("P")
R = TypeVar("R")

TOP_TERMS = 30
SECTION_TERMS = 3
KEEP_DOCUMENTS = 2  # documents whose views and word ends a process keeps between jobs
FORK_FINGERPRINT_CHARS = 100_000
"""From this length the fingerprint is taken by a forked helper (reader.core.forked) while the
outline is built: a novel's takes 0.2-0.4 s, as long as its outline."""
WORKER_SWITCH_INTERVAL = 0.0005
"""How long a thread of the worker waits for the interpreter before asking for it (seconds)."""
AFTER_PREPARE_SECONDS = 15.0
"""A book prepared (prepare_path) is opened, painted, and then its words are asked for: what the
worker keeps for them (the dictionary it loads meanwhile) is released only after this long."""
RELEASE_SECONDS = 1.0
"""A worker with no job for this long gives back jieba's dictionary and the documents it kept
(release_memory): jobs come in bursts (a document opened: its words, then its terms), and
between bursts the worker held 26 MB of dictionary and a book's views for nothing. A later cut
loads the dictionary again in 0.1-0.3 s, in the worker; views and words are read from the disk
cache in milliseconds."""


# -- keys ------------------------------------------------------------------------------------
def words_key(doc: DocumentRef, config: str | None, user_words: frozenset[str]) -> str:
    return cache_key("words", doc.content_hash, simplified=config, user_words=words_fingerprint(user_words))


def terms_key(doc: DocumentRef, config: str | None, user_words: frozenset[str]) -> str:
    return cache_key(
        "terms",
        doc.content_hash,
        simplified=config,
        user_words=words_fingerprint(user_words),
        headings=headings_digest(doc.headings),
        top=TOP_TERMS,
        per_section=SECTION_TERMS,
    )


# -- per-process memory of recent documents --------------------------------------------------
_lock = threading.Lock()
_views: OrderedDict[str, ScriptViews] = OrderedDict()
_ends: OrderedDict[tuple, array] = OrderedDict()
_prepared: OrderedDict[str, Prepared] = OrderedDict()
"""The last documents' outlines: the key terms ask for the outline prepare_path made moments
before (reading it back from the disk cache took 0.1-0.2 s for a novel)."""


def _views_of(doc: DocumentRef) -> ScriptViews:
    with _lock:
        views = _views.get(doc.content_hash)
        if views is None:
            cache = doc.cache

            def load(script: Script, config: str) -> View | None:
                return load_view(cache, doc.content_hash, script, config)

            views = ScriptViews(doc.text, doc.original_script, doc.variant, load=load)
            _views[doc.content_hash] = views
        _views.move_to_end(doc.content_hash)
        while len(_views) > KEEP_DOCUMENTS:
            _views.popitem(last=False)
    views.set_variant(doc.variant)
    return views


def _kept_in(cache: AnalysisCache | None, key: str, entry: Callable[[], Entry]) -> None:
    """What this process kept in memory (make_prepared's outline, _view_made's view) is in the
    cache the window reads too: written again where that cache no longer holds it (pruned
    since, or another data folder's), else marked used there as a read from the disk is."""
    if cache is not None and not cache.touch(key):
        cache.put(key, entry())


def _remember_ends(key: tuple, ends: array) -> None:
    with _lock:
        _ends[key] = ends
        while len(_ends) > KEEP_DOCUMENTS:
            _ends.popitem(last=False)


def forget() -> None:
    """Drop what this process keeps of recent documents (tests; memory)."""
    global _last_comparison
    with _lock:
        _views.clear()
        _ends.clear()
        _prepared.clear()
        _last_comparison = None
    recently_read.forget()


# -- the jobs --------------------------------------------------------------------------------
def _job(fn: Callable[P, R], idle: float = RELEASE_SECONDS) -> Callable[P, R]:
    """A job: in the worker process, what the next job might use is released after `idle`
    seconds without one (the memory its work freed goes back to the system once its answer is
    sent: reader.core.worker_loop)."""

    @functools.wraps(fn)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        _release_later(None)  # at work again: nothing is released meanwhile
        try:
            return fn(*args, **kwargs)
        finally:
            _release_later(idle if _in_worker else None, ended=True)

    return run


_release_timer: threading.Timer | None = None
_jobs_running = 0
"""Jobs of this module running now: an urgent job runs while a background one does
(reader.core.job_threads), and the end of the first must not release what the other uses."""


def _release_later(seconds: float | None, ended: bool = False) -> None:
    """A job starts (None: the worker's idle countdown to release_memory stops) or ends
    (`ended`: the countdown of `seconds` starts again once no other job runs)."""
    global _release_timer, _jobs_running
    with _lock:
        if _release_timer is not None:
            _release_timer.cancel()
        _release_timer = None
        _jobs_running += -1 if ended else 1
        if seconds is not None and _jobs_running == 0:
            _release_timer = threading.Timer(seconds, release_memory)
            _release_timer.daemon = True
            _release_timer.start()


def release_memory() -> None:
    """Give back what only the next job might use: jieba's dictionary and the documents kept."""
    from reader.core.job_threads import at_work

    with at_work():  # its locks taken (a timer's thread): no helper is forked meanwhile
        release_tokenizer()
        forget()
        give_back_memory()


def memory_held() -> dict[str, bool]:
    """Whether this process holds jieba's dictionary and documents' views (tests)."""
    with _lock:
        return {"jieba": tokenizer_loaded(), "views": bool(_views)}


@_job
def make_view(doc: DocumentRef, script: Script) -> PackedView:
    """One script view of the whole document, with its offset map."""
    return PackedView.of(_view_made(doc, script))


def _view_made(doc: DocumentRef, script: Script) -> View:
    """The view from memory or the disk cache; else converted now and kept there."""
    views = _views_of(doc)
    known = views.cached(script)  # the original itself, or one made before
    if known is not None:
        if known.config is not None:  # a conversion, kept in this process: in the cache too
            _kept_in(doc.cache, view_key(doc.content_hash, script, known.config), lambda: PackedView.of(known).entry())
        return known
    if views.cut is None and views.plan.config(Script.SIMPLIFIED) is None:
        views.cut = _cut_kept(doc)
    # what views.get(script) would convert, a long text's second half by a forked helper
    view = views.put(convert_on_two_cores(doc.text, views.plan.config(script), script, views.mode, views.cut))
    cache = doc.cache
    if cache is not None:
        cache.put(view_key(doc.content_hash, script, views.plan.config(script)), PackedView.of(view).entry())
    return view


def _cut_kept(doc: DocumentRef) -> array | None:
    """jieba's own cut of a Simplified original as the words job kept it on disk (without the
    reader's words), or None."""
    cache = doc.cache
    entry = cache.get(words_key(doc, None, frozenset())) if cache else None
    try:
        return PackedWords.from_entry(entry).view_ends if entry is not None else None
    except (KeyError, ValueError):
        return None


def _simplified(doc: DocumentRef) -> tuple[View, str | None]:
    """The Simplified view (jieba segments it) and its configuration (None: the original)."""
    return _view_made(doc, Script.SIMPLIFIED), _views_of(doc).plan.config(Script.SIMPLIFIED)


@_job
def make_words(doc: DocumentRef, user_words: frozenset[str], send_view: bool = True) -> WordsResult:
    """jieba's word boundaries with the reader's words, and (send_view) the Simplified view
    they were cut in when that is a conversion."""
    user_words = frozenset(user_words)
    simplified, config = _simplified(doc)
    key = words_key(doc, config, user_words)
    cache = doc.cache
    entry = cache.get(key) if cache else None
    packed = None
    if entry is not None:
        try:
            packed = PackedWords.from_entry(entry)
        except (KeyError, ValueError):
            packed = None
    cut = None  # jieba's own cut of the text (without the reader's words), when known here
    if packed is None or packed.user_words != user_words:
        cut = word_ends(simplified.text, (), both_cores=True)
        ends = with_user_words(simplified.text, cut, user_words)
        words = WordBoundaries.from_ends(simplified, ends, user_words)
        packed = PackedWords(words.boundaries, words.length, user_words, ends)
        if cache is not None:
            cache.put(key, packed.entry())
    elif not user_word_spans(simplified.text, user_words):
        cut = packed.view_ends  # no word of the reader's in the text: the same words
    _remember_ends((doc.content_hash, config, user_words), packed.view_ends)
    if config is None and cut is not None:
        # the text itself was cut: jieba's own cut of the original, which converting it to
        # Traditional splits at instead of cutting it again (with the reader's words in the
        # text too: the first switch cut a whole book again)
        _views_of(doc).cut = cut
    view = PackedView.of(simplified) if send_view and config is not None else None
    return WordsResult(packed.boundaries, packed.length, user_words, view)


@_job
def make_terms(doc: DocumentRef, user_words: frozenset[str]) -> PackedTerms:
    """The document's key terms and each section's, counted on the words make_words cut."""
    user_words = frozenset(user_words)
    simplified, config = _simplified(doc)
    key = terms_key(doc, config, user_words)
    cache = doc.cache
    entry = cache.get(key) if cache else None
    if entry is not None:
        try:
            return terms_from_entry(entry)
        except (KeyError, ValueError, UnicodeDecodeError):
            pass
    prepared = make_prepared(doc)
    with _lock:
        ends = _ends.get((doc.content_hash, config, user_words))
    packed = analyse_packed(simplified, section_ranges(prepared.outline), TOP_TERMS, SECTION_TERMS, user_words, ends)
    if cache is not None:
        cache.put(key, terms_entry(packed))
    return packed


@_job
def make_pinyin(doc: DocumentRef, user_words: frozenset[str]) -> CharacterReadings:
    """Pinyin over the text: every Chinese character's syllable, read on the Simplified view with
    jieba's words (reader.core.pinyin), in original offsets."""
    from reader.core.pinyin import character_readings

    user_words = frozenset(user_words)
    simplified, config = _simplified(doc)
    with _lock:
        ends = _ends.get((doc.content_hash, config, user_words))
    if ends is None:
        ends = word_ends(simplified.text, user_words)
    return character_readings(simplified, ends)


def make_prepared(doc: DocumentRef) -> Prepared:
    """The outline, the original script and the similarity fingerprint, kept for the next open."""
    from reader.core.fingerprint import fingerprint
    from reader.core.outline import build_outline

    key = prepared_key(doc.content_hash, doc.headings, doc.title)
    with _lock:
        prepared = _prepared.get(key)
    cache = doc.cache
    if prepared is None:
        prepared = load_prepared(cache, doc.text, doc.content_hash, doc.headings, doc.title)
    else:  # without it in the cache the window's open reads, the window outlined the book itself
        _kept_in(cache, key, lambda: prepared_entry(prepared))
    if prepared is None:
        # the MinHash on the second core (in the worker) while this process builds the outline
        sketch = Helper(fingerprint, doc.text) if len(doc.text) >= FORK_FINGERPRINT_CHARS else None
        outline = build_outline(doc.text, doc.headings, doc.title)
        prepared = Prepared.made(outline, doc.original_script, sketch.result() if sketch else fingerprint(doc.text))
        if cache is not None:
            cache.put(key, prepared_entry(prepared))
    with _lock:
        _prepared[key] = prepared
        while len(_prepared) > KEEP_DOCUMENTS:
            _prepared.popitem(last=False)
    return prepared


@functools.partial(_job, idle=AFTER_PREPARE_SECONDS)
def prepare_path(path: str, cache_dir: str):
    """Read a document file and keep what opening it needs (outline, script, fingerprint) in
    the cache, so that the window's own open of it takes milliseconds. The Document read,
    handed to the window, which then never reads the file itself (DocumentError when it
    cannot be read)."""
    from reader.core.document import load_document

    document = load_document(path)
    ref = DocumentRef.of_document(document, cache_dir)
    with collector_paused():
        prepared = make_prepared(ref)
    # the window has the library catalogue the book next (jobs.add_batch): read once
    recently_read.remember(document, prepared.outline, prepared.fingerprint)
    if _in_worker:
        # the words and key terms jobs follow once the window has opened the book: jieba's
        # dictionary loads meanwhile (0.1-0.3 s), and the median of its IDF table is found
        # (0.1 s), beside the window's own work instead of before the cut and the terms
        threading.Thread(target=_ready_for_words, daemon=True).start()
    return document


def _ready_for_words() -> None:
    from reader.core.job_threads import at_work, nice_this_thread

    nice_this_thread()  # started by the urgent prepare, un-niced; this is for the words to come
    # jieba's dictionary loads under reader.core.words' lock: a helper forked meanwhile (a
    # switch's conversion) waited for that lock in its copy for ever (job_threads.fork_gate)
    with at_work():
        cut_ready()
        median_idf()


# -- comparing two versions -----------------------------------------------------------------
@dataclass(frozen=True)
class ComparisonResult:
    """What the window shows of a comparison: every change in document order and the term
    table. The Comparison itself (both documents cut into sections, paragraphs and words)
    stays in the process that made it, for an export (render_comparison)."""

    changes: list
    terms: object  # reader.core.compare.terms.TermTable, or None: make_comparison_terms makes it
    pairs: list  # the SectionPairs: which sections match, and how (the unchanged ones fold)
    figures: tuple = ()  # reader.core.compare.figures.FigureChange: every number that changed


_last_comparison: tuple[tuple, object] | None = None


def _comparison(a: DocumentRef, b: DocumentRef, user_words: frozenset[str]):
    """The comparison of A (older) with B, on the words make_words cut (from the cache or made
    now), kept for the next call on the same two texts."""
    global _last_comparison
    from reader.core.compare import Source, compare

    user_words = frozenset(user_words)
    key = (a.content_hash, a.variant, b.content_hash, b.variant, user_words)
    with _lock:
        if _last_comparison is not None and _last_comparison[0] == key:
            return _last_comparison[1]

    def source(doc: DocumentRef) -> Source:
        words = make_words.__wrapped__(doc, user_words, send_view=False).words()
        return Source(doc.text, make_prepared(doc).outline, _views_of(doc), words, user_words, doc.title)

    comparison = compare(source(a), source(b))
    with _lock:
        _last_comparison = (key, comparison)
    return comparison


@_job
def make_comparison(a: DocumentRef, b: DocumentRef, user_words: frozenset[str]) -> ComparisonResult:
    """Compare two documents in the worker: aligning, the word diffs of every section pair
    and the term table run there, so the window's interpreter is never held by them (in a
    thread of the window's process, each of the window's Python calls waited for the lock: a
    key term list took 130 ms to lay out beside a law's comparison)."""
    from reader.core.compare.figures import figure_changes

    comparison = _comparison(a, b, user_words)
    changes = comparison.changes()
    figures = tuple(figure_changes(changes, comparison.b.text))
    # the term table (a third of a second for two reports: both documents cut whole) is a job
    # of its own (make_comparison_terms), so the window paints the changes without waiting for it
    return ComparisonResult(changes, None, list(comparison.pairs), figures)


@_job
def make_comparison_terms(a: DocumentRef, b: DocumentRef, user_words: frozenset[str]):
    """New, dropped and more or less frequent terms of the comparison make_comparison made
    (kept in this process, or made again)."""
    from reader.core.compare import term_changes

    return term_changes(_comparison(a, b, user_words))


@_job
def render_comparison(
    a: DocumentRef,
    b: DocumentRef,
    user_words: frozenset[str],
    fmt: str,
    terms,
    titles: tuple[str, str],
    labels: dict[str, str] | None = None,
) -> str | bytes:
    """The comparison exported (reader.core.compare.render): the one make_comparison made, kept
    in this process, or made again."""
    from reader.core.compare import render

    return render(_comparison(a, b, user_words), fmt, terms=terms, titles=titles, labels=labels)


# -- the worker process ----------------------------------------------------------------------
def worker_init(parent: int | None = None, niced: bool = True) -> None:
    """Run once in each worker process: below the window in the scheduler's eyes, so a busy
    machine gives the window its turn first; and with the engine digest made before any job.
    `parent` is the window's process id, given by the window: a window killed while its
    worker was still starting would otherwise be taken for init, and the worker outlive it.
    `niced` False: the process keeps the window's nice value (the worker's loop nices only the
    thread of its background jobs, where a thread has a nice value of its own: job_threads)."""
    global _in_worker
    from reader.core.forked import allow_fork
    from reader.core.job_threads import nice_process

    _in_worker = True
    large_blocks_mapped()
    allow_fork()  # no Qt here: helpers forked for jieba's cut share the loaded dictionary
    # jieba's dictionary loads in a thread while this one sends and receives a book's text
    # through the pipe, 64 KB at a time, each read or write taking the interpreter back: after
    # 0.5 ms of waiting, not the default 5 (40 of them cost a prepared book 0.2-1.5 s)
    sys.setswitchinterval(WORKER_SWITCH_INTERVAL)
    parent = os.getppid() if parent is None else parent
    threading.Thread(target=_leave_with_parent, args=(parent,), daemon=True).start()
    if niced:
        nice_process()
    engine_version()


def _leave_with_parent(parent: int, every: float = 1.0) -> None:
    # a window killed or crashed never shuts its worker down, which would then wait for jobs
    # for ever, holding its memory; re-parented (to init), the worker knows its window is gone
    while True:
        time.sleep(every)
        if os.getppid() != parent:
            os._exit(0)


def ping() -> int:
    """A job that does nothing: proves the worker answers (tests, start-up)."""
    return os.getpid()
