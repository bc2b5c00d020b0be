"""Closing a tab frees its book by reference counting: a closed tab's objects left in cycles
waited for a full pass of the collector, which walked everything the book held (225 ms for a
5 M-character book, the window stalled at the close)."""

import functools
import gc
import threading
import weakref
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from reader.core import collector
from reader.core.scripts import Script
from reader.gui import closed_tab
from tests.gui.conftest import WORKER_WAIT_MS

from .test_analysis_background import commit

MENGZI = Path(__file__).parents[1] / "corpus" / "mengzi-gutenberg-big5.txt"


@pytest.fixture
def collector_off(monkeypatch):
    """No pass of the collector from here on: neither its own nor the one a close runs."""
    monkeypatch.setattr(closed_tab, "take_back", lambda: None)
    yield
    gc.enable()
    gc.collect()


def test_a_closed_tabs_session_and_reading_are_freed_without_the_collector(make_window, qtbot, collector_off):
    window = make_window()
    assert window.open_path(MENGZI)  # a book: outlined, converted and cut in the worker
    reading = window.current
    reading.set_script(Script.SIMPLIFIED)
    qtbot.waitUntil(lambda: window.script is Script.SIMPLIFIED, timeout=WORKER_WAIT_MS)
    reading.start_words()
    # the worker's niced words and terms of a book: over 60 s at load 11-16 beside four busy loops
    qtbot.waitUntil(lambda: window.view.words is not None and bool(window.session.key_terms), timeout=WORKER_WAIT_MS)
    qtbot.keyClick(window.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(reading.finder.bar.edit.hasFocus)
    commit(reading.finder.bar.edit, "孟子")
    qtbot.waitUntil(lambda: bool(window.current.finder.hits), timeout=WORKER_WAIT_MS)
    qtbot.keyClick(reading.finder.bar.edit, Qt.Key.Key_Return)
    session, tab, outline = weakref.ref(reading.session), weakref.ref(reading), weakref.ref(reading.session.outline)
    del reading
    gc.disable()
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: tab() is None, timeout=WORKER_WAIT_MS)
    assert session() is None and outline() is None
    assert window.current is not None and "全國總工會" in window.session.text  # the notice is left


def test_a_tab_sets_its_books_outline_apart_until_it_closes(make_window, qtbot, passes):
    """The tab that shows a book keeps its outline out of the collector's passes; its close
    gives back what is still alive (here the notice's tab)."""
    window = make_window()
    assert window.open_path(MENGZI)
    nodes = list(window.session.outline.root.walk(False))  # what was made: sentences are cut when asked for
    assert len(nodes) > 100
    walked = {id(o) for o in gc.get_objects()}
    assert not any(id(node) in walked for node in nodes)
    del nodes, walked
    book = weakref.ref(window.session)
    qtbot.keyClick(window.view, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    # the pass after the close, not a fixed wait for it (its timer came late at load 10+)
    qtbot.waitUntil(lambda: "全國總工會" in window.session.text and passes_for(passes, book), timeout=WORKER_WAIT_MS)
    notice = list(window.session.outline.root.walk(False))
    walked = {id(o) for o in gc.get_objects()}
    assert not any(id(node) in walked for node in notice)  # set apart again


def _hold(release: threading.Event, book) -> bool:
    """A job of the tab's that holds its book until released (or the test is long over)."""
    return release.wait(600) and book is not None


@pytest.fixture
def passes(monkeypatch):
    """The collector's passes after a close, each by the book whose close it followed (each
    still the real one): an earlier test's close may still have its pass waiting (at load 10+
    one came in the next test, which counted it as its own)."""
    counted: list[weakref.ref] = []
    closing: list[weakref.ref] = []
    take_back_closed = closed_tab.take_back_closed

    def for_book(book: weakref.ref, waited_ms: int = 0) -> None:
        closing.append(book)
        try:
            take_back_closed(book, waited_ms)
        finally:
            closing.pop()

    def take_back() -> None:
        counted.append(closing[-1] if closing else None)
        collector.take_back()

    monkeypatch.setattr(closed_tab, "take_back_closed", for_book)
    monkeypatch.setattr(closed_tab, "take_back", take_back)
    monkeypatch.setattr(closed_tab, "TAKE_BACK_MS", 50)
    yield counted
    gc.unfreeze()  # the next tests expect a collector that walks everything


def passes_for(passes: list, book: weakref.ref) -> int:
    """The passes that followed this book's close."""
    return sum(1 for b in passes if b is book)


def close_while_a_job_holds_the_book(window, qtbot, in_a_cycle: bool):
    """Ctrl+W on a book that a job of its tab holds until released; (the book, release, finished)."""
    assert window.open_path(MENGZI)
    reading = window.current
    session = reading.session
    if in_a_cycle:
        session.in_a_cycle = [session]  # only a pass of the collector can free it
    release, finished = threading.Event(), threading.Event()
    reading.background.run(functools.partial(_hold, release, session), lambda _held: finished.set())
    book = weakref.ref(session)
    del reading, session
    qtbot.keyClick(window.view, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "全國總工會" in window.session.text, timeout=WORKER_WAIT_MS)
    return book, release, finished


def test_the_pass_after_a_close_waits_for_a_book_a_job_still_holds(make_window, qtbot, passes):
    """A pass while a job of the closed tab still held its book walked the whole book (105 ms
    of the window's thread for the 5 M book) and set it aside again."""
    window = make_window()
    book, release, finished = close_while_a_job_holds_the_book(window, qtbot, in_a_cycle=False)
    try:
        qtbot.wait(400)  # eight times the wait before the pass
        assert book() is not None and passes_for(passes, book) == 0
        release.set()
        qtbot.waitUntil(finished.is_set, timeout=WORKER_WAIT_MS)
        qtbot.waitUntil(lambda: book() is None and passes_for(passes, book) == 1, timeout=WORKER_WAIT_MS)
    finally:
        release.set()


def test_a_closed_book_in_cycles_that_a_job_held_is_collected_once_it_lets_go(make_window, qtbot, passes, monkeypatch):
    """The pass set a book a job still held aside again with what is alive: its objects in
    cycles stayed out of every later pass, until another tab's close."""
    monkeypatch.setattr(closed_tab, "TAKE_BACK_WAIT_MS", 1500, raising=False)
    window = make_window()
    book, release, finished = close_while_a_job_holds_the_book(window, qtbot, in_a_cycle=True)
    try:
        qtbot.wait(300)
        release.set()
        qtbot.waitUntil(finished.is_set, timeout=WORKER_WAIT_MS)
        qtbot.waitUntil(lambda: book() is None, timeout=WORKER_WAIT_MS)
    finally:
        release.set()


def test_a_closed_tabs_housekeeping_still_waiting_is_dropped_and_lets_its_book_go(
    make_window, qtbot, notice_copy, collector_off
):
    """The window's queue (reader.gui.housekeeping) held a closed tab's tasks, and so its
    reading and book, until their turn came; then it spent the window's idle time on them."""
    from reader.gui.housekeeping import housekeeping

    window = make_window()
    queue = housekeeping()
    started, release = threading.Event(), threading.Event()
    # a task of the window's own runs: whatever is asked after it waits
    queue.run(lambda: (started.set(), release.wait(60)), lambda _made: None)
    try:
        qtbot.waitUntil(started.is_set)
        assert window.open_path(notice_copy)
        reading = window.current
        reading.script_switch.warm_previews()  # its converters and tree labels, asked of the queue
        assert queue.busy
        tab, session = weakref.ref(reading), weakref.ref(reading.session)
        del reading
        gc.disable()
        window.view.setFocus()
        qtbot.keyClick(window.view, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: tab() is None and session() is None, timeout=10000)  # the queue still held
    finally:
        release.set()
