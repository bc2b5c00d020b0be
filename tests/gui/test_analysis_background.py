"""A book's analysis in the worker process (issue 16): script switches, words and key terms
come from it; a closed tab's late results are dropped; a dead worker loses nothing; what the
window still does itself on a long document goes in slices or only for the page on screen."""

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from reader.core import analysis, scripts
from reader.core.line_units import without_page_chars
from reader.core.scripts import Script
from reader.gui import background
from reader.gui.background import WORKER, Background
from tests.gui.conftest import WORKER_WAIT_MS
from tests.gui.test_launch import ANALYSIS_IMPORTS_ON_MAIN
from tests.gui.worker_queue import follow, keep_busy

MENGZI = Path(__file__).parents[1] / "corpus" / "mengzi-gutenberg-big5.txt"
SHORT = 200  # characters: a label or a query, not a paragraph


@pytest.fixture(autouse=True)
def _worker_welcome_again():
    yield
    WORKER.reopen()  # a test that killed the worker leaves the next one a fresh start


def _spy_on_this_process(monkeypatch) -> list:
    """Record the heavy analysis done in this process (the page's preview is allowed)."""
    here = []
    real_convert, real_ends = scripts.convert_with_map, analysis.word_ends

    def convert(text, config, script, by_words=True, **how):
        # a label or a query (scripts.convert: the tree's rows previewed) is cut into words
        # where jieba is loaded already, as an earlier test may have loaded it in this process
        if (by_words and len(text) > SHORT) or len(text) > background.BACKGROUND_CHARS:
            here.append(("convert", len(text)))
        return real_convert(text, config, script, by_words, **how)

    def ends(text, user_words=(), **how):
        here.append(("words", len(text)))
        return real_ends(text, user_words, **how)

    monkeypatch.setattr(scripts, "convert_with_map", convert)
    monkeypatch.setattr(analysis, "word_ends", ends)
    return here


def test_a_books_script_words_and_terms_come_from_the_worker(make_window, qtbot, monkeypatch):
    here = _spy_on_this_process(monkeypatch)
    window = make_window(MENGZI)
    assert len(window.session.text) > background.BACKGROUND_CHARS
    window.current.set_script(Script.SIMPLIFIED)
    assert window.current.pending_script is Script.SIMPLIFIED  # not converted here, at once
    qtbot.waitUntil(lambda: window.script is Script.SIMPLIFIED, timeout=WORKER_WAIT_MS)
    assert "孟子见梁惠王" in window.view.toPlainText()
    window.current.start_words()
    qtbot.waitUntil(lambda: window.view.words is not None and bool(window.session.key_terms), timeout=WORKER_WAIT_MS)
    assert here == []
    assert WORKER.pid() not in (None, os.getpid())
    text = window.session.text
    start = text.index("梁惠王")
    assert window.view.words.word_at(start) == (start, start + 3)
    assert window.keyterm_model.rowCount() == 30


def test_a_closed_tabs_late_results_are_dropped(make_window, qtbot, monkeypatch):
    from reader.gui.reading_jobs import ReadingJobs

    # every job the tab sends (its own list drops a job as soon as it is done, which on a fast
    # run can be before the next is sent)
    jobs = []
    track = ReadingJobs.track
    monkeypatch.setattr(ReadingJobs, "track", lambda self, future: (jobs.append(future), track(self, future)))
    window = make_window()
    jobs.clear()  # the launch's notice
    assert window.open_path(MENGZI)
    reading, session = window.current, window.session
    reading.set_script(Script.SIMPLIFIED)
    reading.start_words()
    jobs = [job for job in jobs if job is not None]
    assert len(jobs) == 3
    # every result the worker sends back reaches the window's thread through the one relay,
    # in the order sent: seen here right after the reading's own callback was offered it
    delivered = []
    relay = background._relay()
    seen = lambda _callback, value: delivered.append(value)  # noqa: E731 - disconnected below
    relay.deliver.connect(seen)
    # the worker has taken one up (it may be busy with the library's first): that one cannot
    # be cancelled, so its result comes back after the close. Waited for without running the
    # event loop: a quick job (the view) finished meanwhile is delivered after the close, as
    # a late result is (waiting in the loop, it could be delivered before)
    import time

    deadline = time.monotonic() + WORKER_WAIT_MS / 1000
    while not any(job.running() or job.done() for job in jobs) and time.monotonic() < deadline:
        time.sleep(0.001)
    assert any(job.running() or job.done() for job in jobs), "the worker took up no job"
    assert window.close_reading(reading)
    try:
        qtbot.waitUntil(lambda: all(job.done() for job in jobs), timeout=WORKER_WAIT_MS)
        late = [job.result() for job in jobs if not job.cancelled()]
        assert late  # at least one result came back after the close
        # and each reached the window's thread (not a fixed wait: under load it can come later)
        qtbot.waitUntil(lambda: all(any(value is result for value in delivered) for result in late))
    finally:
        relay.deliver.disconnect(seen)
    assert session.words is None and not session.key_terms
    assert (Script.SIMPLIFIED, "tw2s") not in session.views._cache
    assert window.current is not reading and window.script is Script.ORIGINAL


def _die_in_the_worker(what: str) -> str:
    if analysis._in_worker:  # in the worker: it dies on the job
        os._exit(3)
    return f"{what}, made here"


def test_a_job_whose_worker_dies_is_done_here_and_said(qtbot):
    runner = Background()
    results, reasons = [], []
    runner.analyse(_die_in_the_worker, ("words",), results.append, fell_back=reasons.append)
    qtbot.waitUntil(lambda: bool(results), timeout=WORKER_WAIT_MS)
    assert results == ["words, made here"]
    assert "WorkerDied" in reasons[0]
    runner.analyse(analysis.ping, (), results.append)  # the next job starts another worker
    qtbot.waitUntil(lambda: len(results) == 2, timeout=WORKER_WAIT_MS)
    assert results[1] != os.getpid()


def test_without_a_worker_the_window_analyses_and_says_so(make_window, qtbot, monkeypatch):
    monkeypatch.setenv("READER_NO_WORKER", "1")
    from reader.gui.reading import Reading

    said = []  # what the reading tells the status bar, from its first moment (words start at once)
    told = Reading.status
    monkeypatch.setattr(
        Reading, "status", lambda self, message, ms=3000: (said.append(message), told(self, message, ms))
    )
    window = make_window(MENGZI)
    window.current.start_words()
    qtbot.waitUntil(lambda: window.view.words is not None and bool(window.session.key_terms), timeout=WORKER_WAIT_MS)
    assert any("not available" in message and "READER_NO_WORKER" in message for message in said)
    window.current.set_script(Script.SIMPLIFIED)
    qtbot.waitUntil(lambda: window.script is Script.SIMPLIFIED, timeout=WORKER_WAIT_MS)


def _long_book(tmp_path, chapters: int) -> Path:
    paragraph = "宝玉往潇湘馆来，黛玉在潇湘馆里看书，紫鹃出了潇湘馆，宝钗回到蘅芜苑。" * 6
    book = tmp_path / "book.txt"
    book.write_text("".join(f"第{i}回 潇湘馆\n\n{paragraph}\n\n" for i in range(1, chapters + 1)), encoding="utf-8")
    return book


def test_only_the_hits_near_the_page_are_painted(make_window, qtbot, tmp_path):
    window = make_window(_long_book(tmp_path, 300))
    finder = window.current.finder
    finder.open("潇湘馆")
    # a book's find runs in a thread; its hits are marked a turn after the page's jump
    qtbot.waitUntil(lambda: len(finder.hits) > 1000 and bool(window.view.layers.shown.get("hits")))
    hits = finder.hits
    painted = window.view.layers.shown["hits"]
    assert 0 < len(painted) < len(hits) // 5
    top, bottom = window.view.visible_range()
    on_screen = [h for h in hits if h.start < bottom and h.end > top]
    to_qt = window.view.positions.to_qt
    starts = {s.cursor.selectionStart() for s in painted}
    assert on_screen and all(to_qt(h.start) in starts for h in on_screen)
    bar = window.view.verticalScrollBar()
    bar.setValue(bar.maximum())  # the end of the book: its hits are painted once there
    qtbot.waitUntil(
        lambda: any(s.cursor.selectionStart() >= to_qt(hits[-1].start) for s in window.view.layers.shown["hits"])
    )


def test_a_long_books_script_changes_keeping_its_page(make_window, qtbot, tmp_path, monkeypatch):
    # 90,000 characters, taken for a book: laid out in slices, its script changed in place
    monkeypatch.setattr("reader.gui.script_swap.SWAP_MIN_CHARS", 50_000)
    monkeypatch.setattr("reader.gui.layout_slicer.SLICED_CHARS", 50_000)
    window = make_window(_long_book(tmp_path, 420))
    view = window.view
    text = window.session.text
    deep = text.index("第300回")
    window.resize(window.width() - 120, window.height())  # laid out again from the top, in slices
    view.scroll_to_original(deep)
    assert view.coords.scroll_pending is not None  # not laid out so far yet: once it is
    qtbot.waitUntil(lambda: view.coords.scroll_pending is None, timeout=10000)
    assert abs(view.top_original() - deep) < 200
    start = text.index("潇湘馆", deep)
    view.select_original(start, start + 3)
    window.editor.highlight("yellow")
    window.current.set_script(Script.TRADITIONAL)
    qtbot.waitUntil(lambda: window.script is Script.TRADITIONAL, timeout=WORKER_WAIT_MS)
    traditional = window.session.view(Script.TRADITIONAL)
    qtbot.waitUntil(lambda: not view.pages.swapping, timeout=10000)
    assert view.toPlainText() == view.typesetter.display_text(traditional)
    assert abs(view.top_original() - deep) < 200  # still on the same page
    highlight = window.view.layers.shown["highlights"][0].cursor
    assert highlight.selectedText() == "瀟湘館"


def test_a_books_switch_goes_before_the_background_work_waiting(make_window, qtbot, tmp_path, monkeypatch):
    """The reader waits for a book's new script: asked for while the worker runs one job with
    three more waiting (a 5 M book's first switch waited 8 s behind its library indexing), its
    conversion is made right after the one running."""
    monkeypatch.setattr("reader.gui.script_swap.SWAP_MIN_CHARS", 50_000)
    window = make_window(_long_book(tmp_path, 420))
    order = []  # as the worker's courier settles them, one at a time
    waiting = keep_busy(order)
    follow(monkeypatch, analysis.make_view, "switch", order)
    qtbot.keyClick(window.view, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)  # View ▸ 繁體
    qtbot.waitUntil(lambda: window.script is Script.TRADITIONAL, timeout=WORKER_WAIT_MS)
    qtbot.waitUntil(lambda: all(job.done() for job in waiting), timeout=WORKER_WAIT_MS)
    assert order == ["switch", "background", "background", "background"]


def test_a_long_file_is_outlined_in_the_worker_before_it_opens(qtbot, data_dir, monkeypatch):
    from reader.core.session import Session

    monkeypatch.setattr(background, "PREPARE_BYTES", 10_000)
    ready, runner = [], Background()
    runner.prepare(MENGZI, data_dir, ready.append)
    qtbot.waitUntil(lambda: bool(ready), timeout=WORKER_WAIT_MS)
    assert ready[0].path == MENGZI.resolve()  # the worker's Document: the window need not read it again
    session = Session.open(MENGZI, data_dir)
    assert session.prepared and session.views.original_script is Script.TRADITIONAL
    short = []
    runner.prepare(data_dir / "no such file.txt", data_dir, short.append)
    assert short == [None]  # at once: the open that follows says what is wrong


def test_a_book_opened_is_prepared_before_the_background_work_waiting(qtbot, data_dir, monkeypatch):
    """The reader waits for a book to open: its preparing in the worker goes right after the
    job running, not behind the background work waiting (the library's indexing of the last)."""
    monkeypatch.setattr(background, "PREPARE_BYTES", 10_000)
    order = []
    waiting = keep_busy(order)
    Background().prepare(MENGZI, data_dir, lambda _document: order.append("book"))
    qtbot.waitUntil(lambda: "book" in order and all(job.done() for job in waiting), timeout=WORKER_WAIT_MS)
    assert order[0] == "book"


def test_a_book_opens_in_turns_at_the_place_left_off_without_laying_out_above_it(
    make_window, qtbot, tmp_path, monkeypatch
):
    # 215,000 characters taken for a book: opened over several turns of the event loop, and
    # the caret put back near its end only once the slices have laid the layout out that far
    # (placing it at once made Qt lay out everything above it: 0.3 s near the end of a novel)
    from reader.core.document import load_document
    from reader.core.identity import new_identity

    monkeypatch.setattr("reader.gui.opening.STAGED_CHARS", 50_000)
    from PySide6.QtCore import QTimer

    # the slices wait 1.5 s instead of for the first paint: time to look before they run
    monkeypatch.setattr("reader.gui.layout_slicer.after_paint", lambda page, fn: QTimer.singleShot(1500, fn))
    window = make_window()
    book = _long_book(tmp_path, 1000)
    document = load_document(book)
    deep = document.text.index("第990回")
    window.settings.set_document_position(new_identity(document.path, document.content_hash), deep)
    assert window.open_path(book)
    assert window.current.path != book.resolve()  # not yet: the window answers between the turns
    qtbot.waitUntil(lambda: window.current.path == book.resolve(), timeout=10000)
    view = window.view
    assert view.caret_original() == deep  # as the status bar and the saved position see it
    qt = view.positions.to_qt(deep)
    # only the blocks around the place are laid out (page_window): none far above it
    assert view.document().findBlock(qt).layout().lineCount() > 0
    assert view.document().findBlock(view.positions.to_qt(deep // 2)).layout().lineCount() == 0
    qtbot.waitUntil(lambda: not view._slicer.active, timeout=WORKER_WAIT_MS)
    assert view.textCursor().position() == qt and view.caret_original() == deep
    assert abs(view.top_original() - deep) < 300


def test_a_book_opened_in_a_script_not_converted_yet_shows_its_original_meanwhile(make_window, qtbot, data_dir):
    from reader.app import open_settings
    from reader.core.document import load_document
    from reader.core.identity import new_identity

    document = load_document(MENGZI)
    settings = open_settings(data_dir)  # the last session left it in 简体, never converted here
    settings.set_document_script(new_identity(document.path, document.content_hash), Script.SIMPLIFIED)
    settings.sync()
    window = make_window(MENGZI)
    assert window.current.pending_script is Script.SIMPLIFIED  # converting in the worker
    # not an empty page meanwhile: the original, whose part on screen is previewed in 简体
    page = without_page_chars(window.view.toPlainText())  # a dateline's joiners are the page's alone
    last_words = document.text.rstrip().rsplit("\n", 1)[-1][-8:]  # far below the screen: not previewed
    assert len(page) == len(document.text) and last_words in page
    qtbot.waitUntil(lambda: window.script is Script.SIMPLIFIED, timeout=WORKER_WAIT_MS)
    qtbot.waitUntil(lambda: not window.view.pages.swapping, timeout=10000)
    assert "孟子见梁惠王" in window.view.toPlainText()


def test_a_books_first_preview_finds_its_converter_loaded_off_the_windows_thread(make_window, qtbot, monkeypatch):
    # OpenCC's dictionaries took 0.16 s on the window's thread (0.5 s under load) at a book's
    # first switch: a switch before they are warmed (once the worker has read the book) finds
    # them loaded by the preview's own thread
    import threading

    import opencc

    scripts._opencc.cache_clear()
    made_here = []
    real_init = opencc.OpenCC.__init__

    def init(self, *args, **kwargs):
        made_here.append(threading.current_thread() is threading.main_thread())
        real_init(self, *args, **kwargs)

    monkeypatch.setattr(opencc.OpenCC, "__init__", init)
    window = make_window(MENGZI)
    window.current.set_script(Script.SIMPLIFIED)
    assert window.current.pending_script is Script.SIMPLIFIED  # previewed, converting in the worker
    qtbot.waitUntil(lambda: window.script is Script.SIMPLIFIED, timeout=WORKER_WAIT_MS)
    assert made_here and not any(made_here)


def commit(widget, text: str) -> None:
    """Chinese typed as an input method gives it: a commit string (QTest types Latin-1 only)."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def test_typing_a_query_on_a_book_leaves_the_scan_to_a_thread_and_keeps_the_last_query(make_window, qtbot, tmp_path):
    window = make_window(_long_book(tmp_path, 300))
    finder = window.current.finder
    qtbot.keyClick(window.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(finder.bar.edit.hasFocus)
    commit(finder.bar.edit, "蘅芜")
    assert finder.hits == []  # the key press returned before the book was scanned
    qtbot.keyClick(finder.bar.edit, Qt.Key.Key_Backspace)
    qtbot.keyClick(finder.bar.edit, Qt.Key.Key_Backspace)
    commit(finder.bar.edit, "潇")  # typed on while earlier scans may still run
    commit(finder.bar.edit, "湘")
    text = window.session.text
    qtbot.waitUntil(lambda: len(finder.hits) == text.count("潇湘"))
    qtbot.wait(300)  # a thread's hits for an older query never replace the last one's
    assert len(finder.hits) == text.count("潇湘") and all(text[h.start : h.end] == "潇湘" for h in finder.hits)
    assert finder.current is not None and finder.bar.count.text()
    qtbot.keyClick(finder.bar.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: finder.current is not None)


def test_stepping_through_a_books_hits_moves_the_current_one_and_leaves_the_others_painted(
    make_window, qtbot, tmp_path
):
    window = make_window(_long_book(tmp_path, 300))
    finder = window.current.finder
    finder.open("潇湘馆")
    layers = window.view.layers
    # (a book's hits are marked a turn after the page's jump to the first)
    qtbot.waitUntil(lambda: len(finder.hits) > 1000 and finder.current is not None and bool(layers.shown.get("hits")))
    painted = list(layers.shown["hits"])
    ticks = None
    for _ in range(3):
        before = finder.current
        qtbot.keyClick(finder.bar.edit, Qt.Key.Key_Return)
        assert finder.current == before + 1
        current = layers.shown["current_hit"][0].cursor
        hit = finder.hits[finder.current]
        assert (current.selectionStart(), current.selectionEnd()) == (
            window.view.positions.to_qt(hit.start),
            window.view.positions.to_qt(hit.end),
        )
        # the thousands of other hits were not made again for a step (36 ms each in a novel)
        shown = layers.shown["hits"]
        assert len(shown) == len(painted) and all(a is b for a, b in zip(shown, painted))
        rows = finder.strip.tick_rows()  # nor the strip's ticks
        assert ticks is None or rows is ticks
        ticks = rows


def test_a_books_hits_are_marked_in_a_turn_after_the_page_jumps_to_the_first(make_window, qtbot, tmp_path, monkeypatch):
    # marked in the turn the hits came, before the jump, a book's thousands of hits were made for
    # the page before it, then again after it, and the jump's blocks laid out (page_window) in
    # the same turn: 10-16 ms of the window's own time on 红楼梦
    window = make_window(_long_book(tmp_path, 300))
    finder, view = window.current.finder, window.view
    order: list[tuple[str, bool]] = []
    inside: list[int] = []
    real_show_found, real_reveal, real_paint_hits = finder._show_found, view.reveal, view.paint_hits

    def show_found(*args, **kwargs):
        inside.append(1)
        try:
            return real_show_found(*args, **kwargs)
        finally:
            inside.clear()

    monkeypatch.setattr(finder, "_show_found", show_found)
    monkeypatch.setattr(view, "reveal", lambda *a: (order.append(("jump", bool(inside))), real_reveal(*a)))
    monkeypatch.setattr(view, "paint_hits", lambda *a: (order.append(("marks", bool(inside))), real_paint_hits(*a)))
    finder.open("潇湘馆")
    qtbot.waitUntil(lambda: bool(view.layers.shown.get("hits")))
    assert order[:2] == [("jump", True), ("marks", False)]
    hit = finder.hits[finder.current]
    assert view.selection_original() == (hit.start, hit.end)


def test_a_find_closed_before_its_scan_ends_neither_marks_nor_moves_the_page(make_window, qtbot, tmp_path):
    window = make_window(_long_book(tmp_path, 300))
    finder = window.current.finder
    bar = window.view.verticalScrollBar()
    qtbot.keyClick(window.view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bar.value() > 0)
    view = window.view  # the layout below settles: waited for, not a fixed 300 ms (load 10+)
    qtbot.waitUntil(lambda: not view._slicer.active and not view.pages.swapping)
    qtbot.wait(300)
    at_the_end = bar.value()
    qtbot.keyClick(window.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(finder.bar.edit.hasFocus)
    commit(finder.bar.edit, "宝钗")  # no hit after the caret: a find would go to the first, at the top
    qtbot.keyClick(finder.bar.edit, Qt.Key.Key_Escape)
    qtbot.wait(500)  # the thread's hits came meanwhile
    assert not finder.bar.isVisible()
    assert not window.view.layers.shown.get("hits") and not window.view.layers.shown.get("current_hit")
    assert bar.value() >= at_the_end > 0  # still at the end: no jump to a hit at the top


def test_a_job_sent_while_the_worker_starts_is_done_when_its_answer_comes(qtbot, monkeypatch):
    """The future handed out for a job sent while the worker starts ended after the job's
    answer was handed to the window: its answer could be read while the future still said it
    was running (the test below failed so once, in a full run begun at load 16). The future is
    settled before the answer goes to the window; held a moment here to show it."""
    import threading
    import time

    from reader.gui.background import shutdown_worker

    shutdown_worker()  # the worker not running: the job waits for its start, from a thread
    WORKER.reopen()
    settle = background._settle

    def slow_settle(standing, future):
        time.sleep(0.3)  # a busy machine's thread, late to settle the handed-out future
        settle(standing, future)

    monkeypatch.setattr(background, "_settle", slow_settle)
    seen = []
    job = Background().analyse(abs, (-7,), lambda value: seen.append((value, job.done())))
    assert threading.main_thread() is threading.current_thread() and job is not None
    qtbot.waitUntil(lambda: bool(seen), timeout=WORKER_WAIT_MS)
    assert seen == [(7, True)]


def test_the_worker_is_started_off_the_window_thread_and_its_first_jobs_kept_in_order(qtbot, monkeypatch):
    """The first job starts the worker from a thread: starting its process (the pool's, once)
    waited 15-35 ms on the window's thread, just after a page's first paint
    at launch. The jobs sent meanwhile reach the worker in the order sent (the key terms
    count on the words cut before them), and a job cancelled before it is sent is not sent."""
    import threading

    from reader.gui.background import shutdown_worker

    shutdown_worker()  # a fresh start, whatever the tests before left running
    WORKER.reopen()
    started_in, sent = [], []
    real_start, real_submit = WORKER._start, WORKER.submit
    gate = threading.Event()  # the start waits until the jobs below are all asked for

    def start():
        started_in.append(threading.current_thread())
        gate.wait(30)
        return real_start()

    monkeypatch.setattr(WORKER, "_start", start)
    monkeypatch.setattr(WORKER, "submit", lambda fn, *args, **kw: sent.append(args[0]) or real_submit(fn, *args, **kw))
    runner = Background()
    results = []
    jobs = [runner.analyse(abs, (n,), results.append) for n in range(3)]
    assert threading.main_thread() not in started_in  # returned without starting anything here
    cancelled = runner.analyse(abs, (-9,), results.append)
    assert cancelled.cancel()
    last = runner.analyse(abs, (3,), results.append)
    gate.set()

    def all_four_back() -> None:
        # what was where, said if they never come (once, at load 16 in a run of tests/gui)
        process = WORKER._process
        assert len(results) == 4, {
            "results": results,
            "sent": sent,
            "started in": [t.name for t in started_in],
            "sends waiting": len(WORKER._sends),
            "sending": WORKER._sending,
            "closing": WORKER.closing,
            "reason": WORKER.reason,
            "jobs": [job._state for job in [*jobs, last]],
            "worker": process and (process.pid, process._process.poll(), len(process._sent), len(process._waiting)),
        }

    qtbot.waitUntil(all_four_back, timeout=WORKER_WAIT_MS)
    assert sent == [0, 1, 2, 3]  # in order, the cancelled one never sent
    assert started_in and threading.main_thread() not in started_in
    assert all(job.done() and not job.cancelled() for job in [*jobs, last])
    assert WORKER.running()
    assert runner.analyse(abs, (4,), results.append) is not None  # the worker is up: sent at once
    assert sent[-1] == 4


_PREPARE_A_BOOK = (
    "import json, os, sys, time\n"
    + ANALYSIS_IMPORTS_ON_MAIN
    + """
from pathlib import Path

from reader.app import create_application
from reader.gui.background import Background, shutdown_worker

app = create_application([sys.argv[0]])
ready = []
Background().prepare(Path(sys.argv[1]), Path(os.environ["READER_DATA_DIR"]), ready.append)
deadline = time.monotonic() + 120
while not ready and time.monotonic() < deadline:
    app.processEvents()
    time.sleep(0.005)
shutdown_worker()
path = str(getattr(ready[0], "path", None)) if ready else None
print(json.dumps({"code": 0, "path": path, "on_main": on_main, "imported": "reader.core.analysis" in sys.modules}))
"""
)


def test_a_book_prepared_before_any_page_imports_the_analysis_jobs_off_the_window_thread(tmp_path):
    """A file over PREPARE_BYTES opened before any page has asked for its words (a book opened
    from the library or a file dialog in a window that opened nothing at launch) is prepared
    in the worker; the jobs' module it sends (reader.core.analysis: ~40 ms of imports) is
    imported in a thread, as a first page's words are (background.with_jobs), not on the
    window's thread."""
    from tests.gui.test_launch import _run_reader

    book = Path(__file__).parents[1] / "corpus" / "hongloumeng.txt"
    assert book.stat().st_size >= background.PREPARE_BYTES
    result = _run_reader(_PREPARE_A_BOOK, tmp_path / "data", str(book))
    assert result["path"] == str(book.resolve()) and result["imported"]
    assert result["on_main"] == []
