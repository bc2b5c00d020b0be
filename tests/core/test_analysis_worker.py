"""The analysis jobs in a worker process give exactly what this process gives (issue 16)."""

import os
from pathlib import Path

from reader.core import analysis
from reader.core.document import load_document
from reader.core.keyterms import analyse
from reader.core.outline import build_outline
from reader.core.scripts import Script, ScriptViews
from reader.core.words import WordBoundaries
from reader.core.worker_process import WorkerProcess

MENGZI = Path(__file__).parents[1] / "corpus" / "mengzi-gutenberg-big5.txt"


def alive(pid: int) -> bool:
    """Whether a process runs (Linux: /proc)."""
    try:
        state = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    return "State:\tZ" not in state  # a zombie has ended, its parent not yet told


def test_the_worker_process_gives_what_this_process_gives(tmp_path):
    doc = load_document(MENGZI)
    views = ScriptViews(doc.text, variant="s2hk")
    ref = analysis.DocumentRef(
        doc.text, doc.content_hash, views.original_script, "s2hk", doc.headings, str(tmp_path / "cache")
    )
    user_words = frozenset({"梁惠王", "齊宣王"})
    pool = WorkerProcess()
    try:
        words = pool.submit(analysis.make_words, ref, user_words).result(timeout=120)
        terms = pool.submit(analysis.make_terms, ref, user_words).result(timeout=120)
        simplified = pool.submit(analysis.make_view, ref, Script.SIMPLIFIED).result(timeout=120)
        worker = pool.submit(analysis.ping).result(timeout=120)
    finally:
        pool.close()
    assert worker != os.getpid()

    here = views.get(Script.SIMPLIFIED)
    assert simplified.view() == here and words.simplified.view() == here
    expected = WordBoundaries.from_view(here, user_words)
    got = words.words()
    assert list(got.boundaries) == list(expected.boundaries) and got.length == expected.length
    assert got.user_words == user_words
    document, sections = analyse(views, build_outline(doc.text, doc.headings), user_words=user_words)
    assert terms.document() == document
    assert dict(terms.sections()) == dict(sections)
    # compact on the way back: arrays of ints, not lists of objects
    assert words.boundaries.typecode == "i" and terms.occurrences.typecode == "i"


def test_an_idle_worker_gives_back_jiebas_dictionary_and_cuts_again_after(tmp_path):
    import time

    doc = load_document(MENGZI)
    ref = analysis.DocumentRef(doc.text, doc.content_hash, Script.TRADITIONAL, cache_dir=str(tmp_path / "cache"))
    pool = WorkerProcess()
    try:
        first = pool.submit(analysis.make_words, ref, frozenset()).result(timeout=120)
        # a job straight after another finds the dictionary still there (the countdown restarts)
        assert pool.submit(analysis.memory_held).result(timeout=60) == {"jieba": True, "views": True}
        time.sleep(analysis.RELEASE_SECONDS + 1.0)
        assert pool.submit(analysis.memory_held).result(timeout=60) == {"jieba": False, "views": False}
        other = analysis.DocumentRef("宝玉往潇湘馆来。", "a-hash", Script.SIMPLIFIED)
        again = pool.submit(analysis.make_words, other, frozenset()).result(timeout=120)
        assert list(again.words().boundaries)  # cut with the dictionary loaded again
        assert list(pool.submit(analysis.make_words, ref, frozenset()).result(timeout=120).boundaries) == list(
            first.boundaries
        )
    finally:
        pool.close()


def test_a_prepared_book_finds_jiebas_dictionary_loaded_for_its_words(tmp_path):
    import time

    worker = WorkerProcess()
    try:
        assert worker.submit(analysis.memory_held).result(timeout=60)["jieba"] is False
        worker.submit(analysis.prepare_path, str(MENGZI), str(tmp_path / "cache")).result(timeout=120)
        # loaded while the window opens the book, and kept past the usual idle second for its words
        deadline = time.monotonic() + 60
        while not worker.submit(analysis.memory_held).result(timeout=60)["jieba"] and time.monotonic() < deadline:
            time.sleep(0.2)
        time.sleep(analysis.RELEASE_SECONDS + 1.0)
        assert worker.submit(analysis.memory_held).result(timeout=60)["jieba"] is True
    finally:
        worker.close()


def test_a_worker_whose_window_was_killed_leaves_too():
    import signal
    import subprocess
    import sys
    import time

    code = (
        "import os, signal\n"
        "from reader.core import analysis\n"
        "from reader.core.worker_process import WorkerProcess\n"
        "print(WorkerProcess().submit(analysis.ping).result(timeout=60), flush=True)\n"
        "os.kill(os.getpid(), signal.SIGKILL)  # a crash: nothing shuts the worker down\n"
    )
    window = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    worker = int(window.stdout.readline())
    assert window.wait(timeout=60) == -signal.SIGKILL

    deadline = time.monotonic() + 10
    while alive(worker) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not alive(worker)


def test_a_worker_whose_window_died_while_it_started_leaves_too():
    # the window gives its own pid: a window killed before its worker's initializer ran
    # made the worker watch init (pid 1), and the worker lived on, holding its memory
    import subprocess
    import sys

    gone = subprocess.Popen(["true"])
    gone.wait()
    code = f"import time\nfrom reader.core import analysis\nanalysis.worker_init({gone.pid})\ntime.sleep(60)\n"
    worker = subprocess.run([sys.executable, "-c", code], timeout=30, capture_output=True, text=True)
    assert worker.returncode == 0, worker.stderr


def test_a_document_sent_to_the_worker_leaves_no_copy_on_the_windows_text():
    """CPython keeps the UTF-8 form it makes of a pickled str on the str for good: the book's
    text in the window grew by 3 bytes a character (issue 32). The reference comes back whole,
    a lone surrogate (as a damaged file's text may hold) and the file's headings included."""
    import pickle
    import sys

    from reader.core.formats import HeadingHint

    text = "".join(chr(0x4E00 + i % 5000) for i in range(20_000))
    size = sys.getsizeof(text)
    ref = analysis.DocumentRef(
        text, "hash", Script.SIMPLIFIED, headings=(HeadingHint(0, 4, 1),), cache_dir="/tmp/x", title="書名"
    )
    back = pickle.loads(pickle.dumps(ref))
    assert sys.getsizeof(text) == size
    assert back == ref
    assert back.text == text and back.headings == ref.headings and back.title == "書名"
    damaged = analysis.DocumentRef(text + "\ud800 尾", "hash", Script.SIMPLIFIED)
    assert pickle.loads(pickle.dumps(damaged)) == damaged


def test_an_urgent_job_ending_while_a_background_job_runs_releases_nothing_it_uses(monkeypatch):
    """An urgent job runs beside the background job running (reader.core.job_threads): its end
    started the idle countdown, and jieba's dictionary and the documents kept were released a
    second later in the middle of the background job's cut."""
    import functools
    import threading
    import time

    monkeypatch.setattr(analysis, "_in_worker", True)
    released = []
    monkeypatch.setattr(analysis, "release_memory", lambda: released.append(time.monotonic()))
    running, finish = threading.Event(), threading.Event()

    @functools.partial(analysis._job, idle=0.05)
    def background() -> None:
        running.set()
        finish.wait(30)

    @functools.partial(analysis._job, idle=0.05)
    def urgent() -> int:
        return 1

    thread = threading.Thread(target=background)
    thread.start()
    try:
        assert running.wait(30)
        assert urgent() == 1
        time.sleep(0.4)
        assert released == []
    finally:
        finish.set()
        thread.join()
    deadline = time.monotonic() + 10
    while not released and time.monotonic() < deadline:  # once every job is over, as before
        time.sleep(0.02)
    assert len(released) == 1
