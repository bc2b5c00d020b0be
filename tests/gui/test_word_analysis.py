"""WordAnalysis on its own: a fake reading whose background keeps each job it is asked for
(the test runs it, in this process, as the window does without a worker), over the notice's
real session."""

from concurrent.futures import Future

from reader.core import analysis
from reader.core.resources import notice_path
from reader.core.session import Session
from reader.core.words import WordBoundaries
from reader.gui.reading_jobs import ReadingJobs
from reader.gui.word_analysis import WordAnalysis
from tests.gui.conftest import WORKER_WAIT_MS
from tests.gui.test_launch import ANALYSIS_IMPORTS_ON_MAIN


class FakeBackground:
    def __init__(self) -> None:
        self.asked: list[tuple] = []

    def analyse(self, fn, args, done, failed=None, unavailable=None, urgent=False):
        self.asked.append((fn, args, done))
        return Future()

    def run(self, work, done, failed=None) -> None:  # a thread's work: here, at once
        done(work())

    def housekeep(self, work, done, failed=None, owner=None) -> None:  # the housekeeping thread's too
        done(work())

    def run_all(self) -> None:
        asked, self.asked = self.asked, []
        for fn, args, done in asked:
            done(fn(*args))


class FakeView:
    def __init__(self) -> None:
        self.words = None
        self.pinyin: list = []

    def show_pinyin(self, readings) -> None:
        self.pinyin.append(readings)


class Emitted:
    def __init__(self) -> None:
        self.count = 0

    def emit(self) -> None:
        self.count += 1


class FakeOutlineModel:
    section_terms = None


class FakeReading:
    def __init__(self, session: Session) -> None:
        self.session = session
        self.closed = False
        self.view = FakeView()
        self.outline_model = FakeOutlineModel()
        self.termsReady = Emitted()
        self.background = FakeBackground()
        self.said: list[str] = []
        self.jobs = ReadingJobs(self)

    def status(self, message: str, timeout_ms: int = 3000) -> None:
        self.said.append(message)


def test_the_words_and_terms_are_asked_once_and_given_to_the_page_and_the_outline(data_dir):
    reading = FakeReading(Session.open(notice_path(), data_dir))
    words = WordAnalysis(reading)
    words.start()
    words.start()  # asked once
    assert [fn for fn, _, _ in reading.background.asked] == [analysis.make_words, analysis.make_terms]
    reading.background.run_all()
    assert reading.view.words is reading.session.words is not None
    assert reading.outline_model.section_terms is reading.session.section_terms
    assert reading.termsReady.count == 1
    words.rebuild()  # the reader's words did not change: nothing cut again
    assert reading.background.asked == []


def test_what_comes_back_after_the_tab_closed_is_dropped(data_dir):
    reading = FakeReading(Session.open(notice_path(), data_dir))
    WordAnalysis(reading).start()
    reading.closed = True
    reading.background.run_all()
    assert reading.view.words is None and reading.termsReady.count == 0


def test_the_words_are_cut_again_when_the_readers_words_change(data_dir):
    reading = FakeReading(Session.open(notice_path(), data_dir))
    words = WordAnalysis(reading)
    words.start()
    reading.background.run_all()
    text = reading.session.text
    start = text.index("工會")
    assert reading.session.treat_as_one_word(start, start + 2, one=True)
    words.rebuild()
    asked = [(fn, args[1]) for fn, args, _ in reading.background.asked]
    assert asked == [(fn, reading.session.user_words.words) for fn in (analysis.make_words, analysis.make_terms)]


def test_the_pinyin_is_read_once_and_shown_again_without_asking(data_dir):
    reading = FakeReading(Session.open(notice_path(), data_dir))
    words = WordAnalysis(reading)
    words.show_pinyin(True)
    assert words.pinyin_on and len(reading.said) == 1
    assert [fn for fn, _, _ in reading.background.asked] == [analysis.make_pinyin]
    reading.background.run_all()
    readings = reading.view.pinyin[-1]
    assert readings is not None
    words.show_pinyin(False)
    assert reading.view.pinyin[-1] is None and not words.pinyin_on
    words.show_pinyin(True)
    assert reading.view.pinyin[-1] is readings and reading.background.asked == []


def test_the_words_once_read_are_held_as_their_gaps_and_answer_the_same(data_dir):
    # the window kept a book's word boundaries as an array of ints: 2.4 MB of 红楼梦
    from array import array

    from reader.core.word_gaps import GapBoundaries

    reading = FakeReading(Session.open(notice_path(), data_dir))
    WordAnalysis(reading).start()
    reading.background.run_all()
    words = reading.session.words
    assert reading.view.words is words and isinstance(words.boundaries, GapBoundaries)
    plain = WordBoundaries(array("i", words.boundaries), words.length)
    for pos in range(words.length):
        assert (words.next(pos), words.previous(pos), words.word_at(pos)) == (
            plain.next(pos),
            plain.previous(pos),
            plain.word_at(pos),
        )


def test_the_caret_moves_by_words_held_as_their_gaps(window, qtbot, words):
    from PySide6.QtCore import Qt

    from reader.core.word_gaps import GapBoundaries

    qtbot.waitUntil(lambda: isinstance(window.view.words.boundaries, GapBoundaries), timeout=WORKER_WAIT_MS)
    start = window.session.text.index("習近平同志")
    window.view.select_original(start, start)
    qtbot.keyClick(window.view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert window.view.caret_original() == start + 3
    qtbot.keyClick(window.view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert window.view.caret_original() == start + 5
    qtbot.keyClick(window.view, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert window.view.caret_original() == start + 3


_OPEN_AFTER_LAUNCH = (
    "import json, os, sys, time\n"
    + ANALYSIS_IMPORTS_ON_MAIN
    + """
from pathlib import Path

from reader.app import create_application, open_settings
from reader.core.resources import notice_path
from reader.gui.main_window import MainWindow

app = create_application([sys.argv[0]])
data = Path(os.environ["READER_DATA_DIR"])
window = MainWindow(open_settings(data), data)
window.show()
window.open_path(notice_path())
deadline = time.monotonic() + 120
while (window.session is None or window.session.words is None) and time.monotonic() < deadline:
    app.processEvents()
    time.sleep(0.005)
words = window.session is not None and window.session.words is not None
window.close()
app.processEvents()
print(json.dumps({"code": 0, "words": words, "on_main": on_main, "imported": "reader.core.analysis" in sys.modules}))
"""
)


def test_the_first_document_opened_in_a_window_imports_the_analysis_jobs_off_the_window_thread(tmp_path):
    """The worker's jobs' module (reader.core.analysis: ~40 ms of imports) is imported in a
    thread when the first page asks for its words: imported on the window's thread just after
    that page's paint, it was the longest stall of opening the notice (58-75 ms)."""
    from tests.gui.test_launch import _run_reader

    result = _run_reader(_OPEN_AFTER_LAUNCH, tmp_path / "data")
    assert result["words"] and result["imported"]
    assert result["on_main"] == []
