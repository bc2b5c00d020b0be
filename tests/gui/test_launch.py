"""What the window's thread does around the window's first paint at launch (reader.app.run shows
the window, then opens the launch's files just after its first paint: open_at_launch)."""

import json
import threading
from pathlib import Path

from PySide6.QtCore import Qt

from reader.app import open_at_launch, open_settings
from reader.core.annotations import locate
from reader.core.annotations.model import Annotation
from reader.core.annotations.store import AnnotationStore, StoreState
from reader.core.resources import notice_path
from reader.core.session import annotations_folder
from reader.gui.main_window import MainWindow
from tests.gui.conftest import WORKER_WAIT_MS


def _used_folder_without_fingerprints(data_dir, tmp_path, n: int = 30) -> None:
    """Stores of earlier documents, each with a note, none with a fingerprint (as an older
    Reader, or another tool, wrote them)."""
    folder = annotations_folder(data_dir)
    for i in range(n):
        text = f"第{i}篇。" + "天下大勢，分久必合，合久必分。" * (i + 1)
        path = tmp_path / f"earlier-{i}.txt"
        path.write_text(text, encoding="utf-8")
        store = AnnotationStore(folder, path, f"hash-{i}", f"earlier {i}", text)
        store.save(StoreState([Annotation.on_text(text, 0, 2)]))
        raw = json.loads(store.path.read_text(encoding="utf-8"))
        raw["document"]["fingerprint"] = []
        store.path.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")


def test_stores_without_fingerprints_cost_no_fingerprint_before_the_window_shows(
    qtbot, data_dir, tmp_path, monkeypatch
):
    _used_folder_without_fingerprints(data_dir, tmp_path)
    made = []
    real = locate.fingerprint
    monkeypatch.setattr(locate, "fingerprint", lambda text, *a: made.append(len(text)) or real(text, *a))
    window = MainWindow(open_settings(data_dir), data_dir)
    qtbot.addWidget(window)
    assert window.open_path(notice_path())  # nothing stored for it: every store is looked at
    assert window.current is not None and window.current.session.load_result.status == "new"
    assert made == []  # no stored file has a fingerprint to compare with
    window.show()
    qtbot.waitExposed(window)


def test_a_store_with_a_fingerprint_is_still_compared(data_dir, tmp_path, monkeypatch):
    """The other side: where a store can be compared, the fingerprint is made and an edited
    copy of a moved document still finds its notes."""
    folder = annotations_folder(data_dir)
    text = (Path(__file__).parents[1] / "corpus" / "hongloumeng.txt").read_text(encoding="utf-8")[:4000]
    gone = tmp_path / "moved-away.txt"
    store = AnnotationStore(folder, gone, "old-hash", "old", text)
    store.save(StoreState([Annotation.on_text(text, 0, 2)]))
    made = []
    real = locate.fingerprint
    monkeypatch.setattr(locate, "fingerprint", lambda t, *a: made.append(len(t)) or real(t, *a))
    edited = text + "後漢桓帝時。"
    found = AnnotationStore(folder, tmp_path / "here.txt", "new-hash", "new", edited)
    assert made and found.path == store.path and found.attached_from is not None


def test_a_book_beside_the_stores_of_short_documents_costs_no_fingerprint(tmp_path, monkeypatch):
    """A data folder Reader has used: stores of short documents, each with the fingerprint
    Reader writes. A book opened for the first time cannot be half alike to any of them (their
    sizes say so), so its fingerprint (0.6 s for 红楼梦, on the launch's path) is not made; a
    store of a text of the book's size is still compared (the test above)."""
    folder = annotations_folder(tmp_path / "data")
    book = (Path(__file__).parents[1] / "corpus" / "hongloumeng.txt").read_text(encoding="utf-8")[:300000]
    for i in range(20):
        piece = book[i * 15000 : i * 15000 + 12000]
        path = tmp_path / f"earlier-{i}.txt"
        path.write_text(piece, encoding="utf-8")
        AnnotationStore(folder, path, f"hash-{i}", f"earlier {i}", piece).save(
            StoreState([Annotation.on_text(piece, 0, 2)])
        )
    made = []
    real = locate.fingerprint
    monkeypatch.setattr(locate, "fingerprint", lambda t, *a: made.append(len(t)) or real(t, *a))
    found = AnnotationStore(folder, tmp_path / "book.txt", "book-hash", "book", book)
    assert made == [] and found.candidates == [] and found.attached_from is None


def test_a_launch_open_is_read_in_a_thread_and_says_so_meanwhile(qtbot, data_dir):
    """The launch's files are read in a thread after the window's first paint: open_at_launch
    returns at once, the status bar says "Opening…" until they are in, then is cleared."""
    window = MainWindow(open_settings(data_dir), data_dir)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.launching = True
    open_at_launch(window, window.settings, str(notice_path()), None)
    assert window.current is None  # not read on the window's thread
    assert window.statusBar().currentMessage() == "Opening…"
    qtbot.waitUntil(lambda: not window.launching, timeout=WORKER_WAIT_MS)
    assert window.current is not None and window.current.path == notice_path().resolve()
    assert window.statusBar().currentMessage() != "Opening…"


BOOK = Path(__file__).parents[1] / "corpus" / "hongloumeng.txt"


def _plain_run(text: str, near: int, length: int = 6) -> int:
    """Where `length` characters without a line break or space start, at or after `near`."""
    while any(c.isspace() for c in text[near : near + length]):
        near += 1
    return near


def test_a_book_opened_at_launch_comes_in_while_the_reader_scrolls_and_marks(qtbot, data_dir, tmp_path, monkeypatch):
    """A book named at launch is read in a thread and typeset in slices: the event loop runs
    all along (old code: not once until the book was in). The reader pages down and marks a
    passage while the rest is still laid out; that mark and a note stored by an earlier
    session sit on their passages of the original text."""
    from PySide6.QtCore import Qt, QTimer

    from reader.core.session import Session

    book = tmp_path / "book.txt"
    book.write_text(BOOK.read_text(encoding="utf-8")[:300_000], encoding="utf-8")
    earlier = Session.open(book, data_dir)
    deep = _plain_run(earlier.text, 250_000)
    earlier.apply(None, earlier.new_annotation(deep, deep + 6, note="前回的筆記"))
    earlier.save()
    stored_exact = earlier.text[deep : deep + 6]

    made_in = []  # the threads the book's Session (its outline, its store found) is made in
    real_init = Session.__init__
    monkeypatch.setattr(
        Session,
        "__init__",
        lambda self, *a, **k: made_in.append(threading.current_thread()) or real_init(self, *a, **k),
    )
    window = MainWindow(open_settings(data_dir), data_dir)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    ticks = []
    beat = QTimer(window, interval=5, timeout=lambda: ticks.append(1))
    beat.start()
    window.launching = True
    open_at_launch(window, window.settings, str(book), None)
    assert window.current is None and not ticks  # nothing read on the window's thread
    qtbot.waitUntil(lambda: window.current is not None, timeout=WORKER_WAIT_MS)
    assert len(ticks) > 1  # the window answered while the book was read and typeset
    assert made_in and threading.main_thread() not in made_in
    view = window.view
    for _ in range(3):  # the reader pages on while the rest of the book is laid out
        qtbot.keyClick(view, Qt.Key.Key_PageDown)
    text = window.session.text
    mark = _plain_run(text, 100, 4)
    view.select_original(mark, mark + 4)
    qtbot.keyClick(view, Qt.Key.Key_1)  # a highlight, made before the book is all in
    qtbot.waitUntil(lambda: not window.launching, timeout=WORKER_WAIT_MS)

    by_note = {a.note: a for a in window.session.annotations}
    old = by_note["前回的筆記"]
    assert (old.start, old.end, old.exact) == (deep, deep + 6, stored_exact)
    new = next(a for a in window.session.annotations if a.note != "前回的筆記")
    assert (new.start, new.end, new.exact) == (mark, mark + 4, text[mark : mark + 4])

    def painted_over(start: int, end: int) -> bool:  # a highlight's selection covers that passage
        return any(s.cursor.selectedText() == text[start:end] for s in view.layers.shown.get("highlights", []))

    view.scroll_to_original(deep)
    qtbot.waitUntil(lambda: painted_over(deep, deep + 6), timeout=WORKER_WAIT_MS)
    view.scroll_to_original(0)
    qtbot.waitUntil(lambda: painted_over(mark, mark + 4), timeout=WORKER_WAIT_MS)


_LAUNCH_WATCH = """
import sys, threading  # json once the launch is over: NOT_IMPORTED_UNTIL_USED
import reader.app as app

on_main, first_import = set(), {}
painted = []

class Spy:
    def find_spec(self, name, path=None, target=None):
        main = threading.current_thread() is threading.main_thread()
        if name.split(".")[0] in ("jieba", "opencc", "pypinyin") and main:
            on_main.add(name)
        first_import.setdefault(name, {"main": main, "before_paint": not painted, "thread": threading.get_ident()})
        return None

sys.meta_path.insert(0, Spy())
before_paint, at_text_paint = [], []

def at_paint():  # the modules in when the smoke test says the text has painted
    if not at_text_paint:
        at_text_paint.extend(sys.modules)
        from PySide6 import QtCore, QtGui, QtWidgets  # the Python types PySide6 has made so far
        at_text_paint.extend(f"PySide6.QtWidgets.{name}" for name in vars(QtWidgets))
        at_text_paint.extend(f"PySide6.QtGui.{name}" for name in vars(QtGui))
        at_text_paint.extend(f"PySide6.QtCore.{name}" for name in vars(QtCore))

real = app.open_at_launch
app.open_at_launch = lambda *a, **k: (painted.append(1), before_paint.extend(sys.modules), real(*a, **k))
from tests.gui.smoke_watch import smoke_test
code = smoke_test(at_paint, sys.argv[1:])
import json
print(json.dumps({"code": code, "before_paint": before_paint, "at_text_paint": at_text_paint,
                  "on_main": sorted(on_main), "first_import": first_import}))
"""

NOT_ON_THE_WINDOW_THREAD_BEFORE_THE_FIRST_PAINT = (
    # the page and the analysis: what a document needs, not the empty window (imported in the
    # thread that reads the launch's file: reader.gui.opening.import_page_modules)
    "reader.gui.reading",
    "reader.gui.document_view",
    "reader.core.session",
    "reader.core.outline",
    # a document's script views and their rules (the window needs only the scripts' names,
    # reader.core.script_names), and the similarity fingerprint (only when a text is compared)
    "reader.core.scripts",
    "reader.core.script_rules",
    "reader.core.fingerprint",
    "reader.core.analysis",
    "reader.core.keyterms",
    # the docks: added once the window has shown (MainWindow.add_panels)
    "reader.gui.panels",
    "reader.gui.annotation_dock",
    # the worker's start
    "reader.core.worker_process",
    # what closes Reader on a signal (reader.gui.quit_signals): set up once the window is painted
    "reader.gui.quit_signals",
)

NOT_BEFORE_THE_FIRST_PAINT = (
    # what a command asks for: the library, exports, comparing, the dictionary
    "reader.core.library",
    "reader.gui.library_view",
    "reader.gui.library_indexer",
    "reader.core.export",
    "reader.gui.export_dialog",
    "reader.gui.comparing",
    "reader.core.dictionary",
    "reader.gui.word_lookup",
    "reader.gui.preferences",  # the dialog (the window takes its values from reader.gui.reading_prefs)
    # heavy libraries
    "jieba",
    "opencc",
    "pypinyin",
    "docx",
    "lxml",
    "pypdfium2",
    "genanki",
    "sqlite3",
    # the single-instance server's sockets: set up after the window's first paint (reader.app.run)
    "PySide6.QtNetwork",
    "socket",  # closing on a signal wakes the loop through a pipe (reader.gui.quit_signals)
)


NOT_BEFORE_THE_TEXT_PAINTS = (
    # the docks hidden until asked for (the changes of a comparison, the vocabulary): made, and
    # their modules imported, when first asked for (reader.gui.panels)
    "reader.gui.compare_dock",
    "reader.models.change_model",
    "reader.core.compare",
    "reader.gui.vocabulary_dock",
    "reader.models.vocabulary_model",
    "reader.core.vocabulary",
    # the open and compare dialogs (their QFileDialog): imported when asked for
    "reader.gui.dialogs",
    # the shipped files' folder is found from the package's spec (reader.core.resources)
    "importlib.resources",
    # a tab's tooltip is escaped by hand (reader.models.plain_text): the html module's tables of
    # entities cost 9 M instructions to import
    "html",
    # the sections' levels Ctrl+PageDown steps along (reader.gui.reading_navigation): with the
    # first step
    "reader.core.section_levels",
    # the note dialog (imported when a note is written) and what gives the heap back (ctypes:
    # when a job's result has come)
    "reader.gui.note_dialog",
    "ctypes",
    # QStyle's Python type, its hundreds of enums made with it (8 ms): once a highlight is
    # painted in the annotations dock
    "PySide6.QtWidgets.QStyle",
    # File ▸ Reattach Notes…'s dialog and its items' type: when the dialog is first asked for
    "reader.gui.reattach_dialog",
    "PySide6.QtWidgets.QTreeWidgetItem",
    # what closes Reader on a signal (and the single-instance server, which the smoke test
    # does not start: test_the_server_listens_once_the_launchs_text_has_painted)
    "reader.gui.quit_signals",
    # pickle (what the worker's failures are told by, with the worker's module)
    "pickle",
    # QDir's Python type: the single-instance lock needs it only when another launch holds it
    "PySide6.QtCore.QDir",
)


ANALYSIS_IMPORTS_ON_MAIN = """
import threading

on_main = []


class Spy:  # who imports the worker's jobs' module first: on_main names it if the window's thread
    def find_spec(self, name, path=None, target=None):
        if name == "reader.core.analysis" and threading.current_thread() is threading.main_thread():
            on_main.append(name)
        return None


sys.meta_path.insert(0, Spy())
"""
"""A script's prelude (after `import sys`) for _run_reader: `on_main` lists reader.core.analysis
if the window's thread is the one that imports it."""


def _run_reader(code: str, data_dir: Path, *args: str) -> dict:
    """Run code (which ends by printing a JSON object with the app's exit "code") in a fresh
    interpreter, offscreen, with its own data folder; that object, the exit code checked."""
    import os
    import subprocess
    import sys

    env = dict(os.environ, READER_DATA_DIR=str(data_dir), QT_QPA_PLATFORM="offscreen")
    out = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=Path(__file__).parents[2],
        timeout=300,
    )
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["code"] == 0, out.stderr[-2000:]
    assert out.returncode == 0, out.stderr[-2000:]  # and the process ended cleanly after it
    return result


def test_the_window_paints_before_the_modules_of_documents_and_commands_load(tmp_path):
    """What the first paint does not need is not imported by the window's thread before it
    (the page's modules in a thread beside it), the commands' modules and the heavy libraries
    not at all; jieba, OpenCC and pypinyin never on the window's thread."""
    result = _run_reader(_LAUNCH_WATCH, tmp_path / "data", str(BOOK))
    loaded, first = set(result["before_paint"]), result["first_import"]
    assert [m for m in NOT_BEFORE_THE_FIRST_PAINT if m in loaded] == []
    on_main_before = [
        m
        for m in NOT_ON_THE_WINDOW_THREAD_BEFORE_THE_FIRST_PAINT
        if m in first and first[m]["main"] and first[m]["before_paint"]  # the worker's: after the smoke test ends
    ]
    assert on_main_before == []
    assert result["on_main"] == []


def test_the_notice_paints_before_the_hidden_docks_modules_load(tmp_path):
    """The launch's text paints before what only a dock hidden until asked for needs."""
    result = _run_reader(_LAUNCH_WATCH, tmp_path / "data")
    assert result["at_text_paint"]
    assert [m for m in NOT_BEFORE_THE_TEXT_PAINTS if m in result["at_text_paint"]] == []


NOT_IMPORTED_BEFORE_THE_NOTICE_PAINTS = (
    # what a fresh data folder's launch of the notice never uses, each 1-9 M instructions of it
    # (issue 32): the catalogues argparse's help texts look for (locale, with a dashed word
    # only: reader.cli._window_files), the fuzzy re-anchoring of a note whose quote the text lost
    # (difflib), the sync copies of a store not yet written (glob), find's index
    # (reader.core.search, with the first find), and what a format that marks its headings is
    # read into (reader.core.formats.base)
    "locale",
    "difflib",
    "glob",
    "reader.core.search",
    "reader.core.formats.base",
    # the annotation record (its two frozen dataclasses: 11 M instructions), with the first
    # annotation read or made; a fresh folder's document has an empty set
    "reader.core.annotations.model",
    # PySide's Python types, each made with all its enums at its first touch (even an import
    # of its name), that the launch does not use: the glyph warmer's scratch image (its first
    # draw comes after the paint), pinyin's transforms and laid-out syllables (pinyin is off),
    # and what finds Qt's own translations (an English launch needs none): 3.8 M instructions;
    # the message box, imported where one is shown (its enums: 4-5 M)
    "PySide6.QtWidgets.QMessageBox",
    "PySide6.QtGui.QImage",
    "PySide6.QtGui.QTransform",
    "PySide6.QtGui.QStaticText",
    "PySide6.QtCore.QLibraryInfo",
    "PySide6.QtCore.QTranslator",
)


NOT_IMPORTED_UNTIL_USED = (
    # imported where they are used, which a fresh folder's launch of the notice does not do
    # (issue 32: 1-25 M instructions each): json and datetime (a store, a progress file, a
    # cached analysis or a note's time to read or write), secrets and hmac (an export's
    # temporary file), concurrent.futures (the worker's first job, after the paint), the
    # stores' heads and what a store says of itself (a folder with stores), a display text's changes (made in the housekeeping
    # thread), a book's page estimate (a windowed book), the placing of pinyin's syllables
    # (pinyin is off until asked for), what closing a tab, dropping a file, comparing and
    # Treat as One Word do, an export's proposed name (its Han pattern), and the words'
    # boundaries (they come from the worker's analysis, after the paint)
    "json",
    "datetime",
    "secrets",
    "hmac",
    "concurrent.futures",
    "reader.core.annotations.store_heads",
    "reader.core.annotations.store_info",
    "reader.core.text_changes",
    "reader.gui.page_estimate",
    "reader.gui.ruby_layout",
    "reader.core.zhuyin",
    "reader.gui.unsaved",
    "reader.gui.closed_tab",
    "reader.gui.file_drops",
    "reader.gui.compare_launch",
    "reader.gui.one_word",
    "reader.gui.export_names",
    "reader.core.words",
    "reader.core.word_gaps",
)


def test_the_notice_paints_in_a_fresh_folder_before_the_modules_it_does_not_use_load(tmp_path):
    result = _run_reader(_LAUNCH_WATCH, tmp_path / "data")
    assert result["at_text_paint"]
    assert [m for m in NOT_IMPORTED_BEFORE_THE_NOTICE_PAINTS if m in result["at_text_paint"]] == []
    assert [m for m in NOT_IMPORTED_UNTIL_USED if m in result["at_text_paint"]] == []


_NOTES_AT_TEXT_PAINT = """
import sys
from PySide6.QtWidgets import QApplication
from reader.gui.main_window import MainWindow

seen = {}

def at_paint():  # what the page and the notes panel show when the smoke test says the text has painted
    if not seen:
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
        seen["highlighted"] = [s.cursor.selectedText() for s in window.view.extraSelections()]
        seen["listed"] = window.annotation_dock.model.rowCount()
        seen["json"] = "json" in sys.modules

from tests.gui.smoke_watch import smoke_test
code = smoke_test(at_paint)
import json
print(json.dumps({"code": code, **seen}))
"""


def test_the_notices_notes_show_in_the_first_frame_of_its_text(tmp_path):
    """A data folder with a note on the notice: its store is read (json with it) before the
    text paints, and the text's first frame shows the highlight and the notes panel lists it."""
    from reader.core.session import Session

    data_dir = tmp_path / "data"
    session = Session.open(notice_path(), data_dir)
    start = session.text.index("團結奮斗")
    session.apply(None, session.new_annotation(start, start + 4, colour="yellow", note="團結"))
    session.save()
    result = _run_reader(_NOTES_AT_TEXT_PAINT, data_dir)
    assert result["highlighted"] == ["團結奮斗"]
    assert result["listed"] == 1 and result["json"]


def test_one_thread_imports_the_page_and_the_docks_modules_at_launch(tmp_path):
    """The thread that reads the launch's file imports the docks' modules too, one after the
    other: imported in a second thread at the same time, the two threads and the window's
    took turns at the interpreter lock, and each of the window's turns then took about twice
    its own time."""
    first = _run_reader(_LAUNCH_WATCH, tmp_path / "data")["first_import"]
    page, docks = first["reader.gui.reading"], first["reader.gui.panels"]
    assert not page["main"] and not docks["main"]
    assert docks["thread"] == page["thread"]


_DOCKS_AT_CLOSE = """
import json, sys
from PySide6.QtWidgets import QDockWidget, QTabBar
from reader.gui.main_window import MainWindow

seen = {}
real = MainWindow.save_state

def save_state(self):
    seen.update(sections=self.outline_dock.isVisible(), notes=self.annotation_dock.isVisible(), title=self.windowTitle())
    shows = lambda name: (dock := self.findChild(QDockWidget, name)) is not None and dock.isVisible()
    seen.update(vocabulary=shows("vocabularyDock"), changes=shows("compareDock"))
    seen.update(in_front=[bar.tabText(bar.currentIndex()) for bar in self.findChildren(QTabBar) if bar.parent() is self])
    real(self)

MainWindow.save_state = save_state
from reader.cli import main
code = main(["--smoke-test"])
print(json.dumps({"code": code, **seen}))
"""


def test_the_docks_made_after_the_first_paint_are_where_the_reader_left_them(qtbot, data_dir):
    """The launch adds the docks once the window has shown: a dock the reader closed stays
    closed, one left open is open, as the last window left them."""
    window = MainWindow(open_settings(data_dir), data_dir)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.outline_dock.close()
    assert window.annotation_dock.isVisible()
    window.save_state()
    result = _run_reader(_DOCKS_AT_CLOSE, data_dir)
    assert (result["sections"], result["notes"]) == (False, True)


def test_a_hard_wrapped_text_opened_at_launch_finds_its_line_joins_off_the_window_thread(qtbot, data_dir, monkeypatch):
    """Which line breaks only wrap a paragraph is a walk over the whole text (34 ms on the
    window's thread for the 5 M book): it is made with the Session, in the thread that reads
    the launch's file, and the page takes it from there."""
    from reader.core import typeset

    wrapped = Path(__file__).parents[1] / "corpus" / "mengzi-gutenberg-big5.txt"
    walked_in = []
    real = typeset.line_joins
    monkeypatch.setattr(typeset, "line_joins", lambda *a: walked_in.append(threading.current_thread()) or real(*a))
    window = MainWindow(open_settings(data_dir), data_dir)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.launching = True
    open_at_launch(window, window.settings, str(wrapped), None)
    qtbot.waitUntil(lambda: not window.launching, timeout=WORKER_WAIT_MS)
    session = window.current.session
    assert window.view.line_joins == real(session.text, session.typeset_blocks) != []
    assert walked_in and threading.main_thread() not in walked_in


def test_a_panel_made_when_asked_for_and_left_open_is_open_at_the_next_launch(qtbot, data_dir):
    """The vocabulary is made when first shown (reader.gui.panels): left showing at close, the
    next launch has it showing, where it was, its tab in front; the changes of a comparison, never asked for,
    stay unmade and hidden."""
    window = MainWindow(open_settings(data_dir), data_dir)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.actions["toggle_vocabulary"].trigger()
    qtbot.waitUntil(window.panels.vocabulary.isVisible)
    assert window.actions["toggle_vocabulary"].isChecked()
    assert window.dockWidgetArea(window.panels.vocabulary) == Qt.DockWidgetArea.RightDockWidgetArea
    window.save_state()
    result = _run_reader(_DOCKS_AT_CLOSE, data_dir)
    assert (result["vocabulary"], result["changes"], result["notes"]) == (True, False, True)
    assert "Vocabulary" in result["in_front"]  # its tab in front, as it was


WORKER_ONLY = ("reader.core.analysis", "reader.core.forked", "reader.core.parallel_convert", "reader.core.heap")


def test_the_pages_modules_do_not_import_the_workers_jobs():
    """The thread that imports the page's modules before the text paints reads a cached
    analysis (reader.core.analysis_read) without the jobs' module and its tools, which the
    window imports with its first job."""
    import subprocess
    import sys

    code = "import json, sys; import reader.gui.reading, reader.gui.panels; print(json.dumps(sorted(sys.modules)))"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=Path(__file__).parents[2], check=True
    )
    loaded = set(json.loads(out.stdout))
    assert "reader.core.analysis_read" in loaded
    assert [m for m in WORKER_ONLY if m in loaded] == []


NOT_TO_OPEN_A_NEW_TEXT = (
    # what the worker sends back and the jobs take (imported with the first job), the key terms,
    # and the conversion rules' tables (with the first conversion): about 30 M instructions
    # before the notice's first launch painted (issue 32)
    "reader.core.analysis_codec",
    "reader.core.analysis_refs",
    "reader.core.keyterms",
    "reader.core.script_rules",
)


def test_a_new_text_opens_without_the_analysis_jobs_types_the_key_terms_or_the_conversion_rules(tmp_path):
    """A document opened for the first time in a fresh data folder (the notice at the first
    launch): its Session is made, its script told and its outline built without them."""
    import subprocess
    import sys

    code = (
        "import json, sys; import reader.gui.reading, reader.gui.panels\n"
        "from reader.core.analysis_cache import engine_version\n"
        "from reader.core.resources import notice_path\n"
        "from reader.core.session import Session\n"
        f"session = Session.open(notice_path(), {str(tmp_path / 'data')!r})\n"
        "print(json.dumps({'modules': sorted(sys.modules), 'script': session.views.original_script.value,\n"
        "                  'engine': engine_version.cache_info().currsize}))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=Path(__file__).parents[2], check=True
    )
    result = json.loads(out.stdout)
    assert result["script"] == "traditional"
    assert [m for m in NOT_TO_OPEN_A_NEW_TEXT if m in result["modules"]] == []
    assert result["engine"] == 0  # the cache's keys were not made


_PATTERNS_WATCH = """
import json, re, sys
compiled = []
real = re._compile
flags = {}
re._compile = lambda pattern, flag: (compiled.append(pattern), flags.setdefault(pattern, flag), real(pattern, flag))[-1]
at_text_paint = []

def at_paint():
    if not at_text_paint:
        at_text_paint.extend(p for p in compiled if isinstance(p, str))

from tests.gui.smoke_watch import smoke_test
code = smoke_test(at_paint)
from reader.core import datelines, fingerprint, outline, zhuyin
from reader.core.annotations import sync_copies
from reader.core.formats import base
from reader.gui import narrow_runs, page_typesetting
source = lambda p: getattr(p, "pattern", p)
not_yet = {
    # the heading grammar's 第 rules (laws', books' parts, chapters, articles): a notice has no
    # line starting with 第 and does not try them
    **{rule.name: source(getattr(rule, "source", rule.pattern)) for rule in outline.HEADING_RULES if "第" in source(getattr(rule, "source", rule.pattern))[:5]},
    # what a date in a line is checked for once one is found, the fingerprint's, the sync
    # copies' names, a format reader's spaces, Zhuyin's spelling
    "before a date": source(datelines._BEFORE_FIELD), "after a date": source(datelines._AFTER_FIELD),
    "fingerprint": source(fingerprint._NOT_THREE_BYTES), "spaces": source(base._SPACES),
    "zhuyin": source(zhuyin._SPELLED), **{f"sync copy {i}": source(t) for i, t in enumerate(sync_copies._TAGS)},
    # a case report's name (a line ending in 案), a table of contents' line (目录), a heading's
    # body text in clauses (only after a line that may be a heading by itself)
    "case name": source(outline._CASE_NAME), "contents": source(outline._CONTENTS), "prose": source(outline._PROSE),
    # the runs of digits and Latin letters that keep their own spacing while pinyin is shown
    "narrow runs": source(narrow_runs._RUNS),
    # a list's item that goes on with the next (…；或), tried on a numbered line; the block
    # breaks of a text with breaks other than line feeds
    "list goes on": source(outline._LIST_GOES_ON), "block breaks": source(page_typesetting._BLOCK_BREAK),
    # a sentence's semicolons, split at only when it holds one (each class of several marks above
    # U+00FF costs about 2.5 M instructions to compile: Python's re maps the whole BMP for it)
    "semicolons": source(outline._SEMICOLON),
}
# the outline's clause ends, full stops, label stops and sentence ends: looked for as sets of characters
marks = [
    p for p in at_text_paint
    if p in ("[,，:：︰;；﹔、。！？!?．]", "[。！？．]", "[,，:：︰;；﹔。！？!?．]", r"[。！？!?…．]+[」』”’）)》\\"']*")
]
# a class over the ideographs' ranges (reader.core.char_classes.HAN, or any range of thousands
# of the BMP's code points): 10-28 M instructions to compile, whatever else the class holds
import re._constants as c, re._parser as parser

def subpatterns(value):
    if isinstance(value, parser.SubPattern):
        yield value
    elif isinstance(value, (tuple, list)):
        for part in value:
            yield from subpatterns(part)

def bmp_spans(tree):  # how many of the BMP's code points each range of the pattern's classes spans
    for op, av in tree:
        if op is c.IN:
            yield from (min(v[1], 0xFFFF) - v[0] for k, v in av if k is c.RANGE)
        for sub in subpatterns(av):
            yield from bmp_spans(sub)

wide = [p for p in at_text_paint if max(bmp_spans(parser.parse(p, flags[p])), default=0) > 5000]
# a date in Chinese numerals (二〇二三年三月五日, 民國七十四年五月一日), which the notice does not
# write, and the class of every figure a date or time was matched with (about 1 M instructions
# each class): the notice's date and time are matched in figures folded to one character each
numerals = [p for p in at_text_paint if "年(?:十[一二]?|[一二三四五六七八九])月" in p or "〇○零一二三四五六七八九十]" in p]
# a distributor's notice is looked for in every header line: compiled caseless, the case tables
# of its literals cost 7 M instructions (it is searched in the line lowercased)
caseless = [p for p in at_text_paint if flags[p] & re.IGNORECASE and "gutenberg" in p]
print(json.dumps({"code": code, "compiled": sorted(name for name, p in not_yet.items() if p in at_text_paint),
                  "wide": wide, "numerals": numerals, "caseless": caseless, "marks": marks}))
"""


_DATACLASSES_WATCH = """
import dataclasses, json
made = []
real = dataclasses._process_class
dataclasses._process_class = lambda cls, *a: (made.append(cls.__qualname__), real(cls, *a))[-1]
at_text_paint = []

def at_paint():
    if not at_text_paint:
        at_text_paint.extend(made)

from tests.gui.smoke_watch import smoke_test
code = smoke_test(at_paint)
print(json.dumps({"code": code, "made": at_text_paint}))
"""

NOT_MADE_BEFORE_THE_NOTICE_PAINTS = (
    # dataclasses the launch of the notice in a fresh folder does not use: each costs 2-7 M
    # instructions to make (Python 3.11 compiles each of its methods with exec; issue 32): what
    # the export dialog was last set to, a converted view's map, a comparison's folds, a book's
    # page and tree previewed in the script it converts to
    "ExportChoice",
    "Segment",
    "Fold",
    "PagePreview",
    "PreviewLabels",
)


def test_the_notice_paints_before_the_dataclasses_it_does_not_use_are_made(tmp_path):
    made = _run_reader(_DATACLASSES_WATCH, tmp_path / "data")["made"]
    assert "Outline" in made  # the watch sees the launch's
    assert [name for name in NOT_MADE_BEFORE_THE_NOTICE_PAINTS if name in made] == []


NOT_DATACLASSES = (
    # immutable records the launch uses, made as NamedTuples (a frozen dataclass costs 2-3 M
    # instructions more to make), and the page window's view of a document's blocks (a plain class)
    "ScriptPlan",
    "Block",
    "Recent",
    "TabsState",
    "Entry",
    "DocumentInfo",
    "Run",
    "Balance",
    "Padding",
    "Soft",
    "Ragged",
    "HighlightStyle",
    "FormatInfo",
    "_Read",
    "_DocBlocks",
    "Document",
    "HeadingRule",
    "ReadingPrefs",
    "RubyStyle",
    "ActionSpec",
)


def test_the_records_the_notices_launch_uses_are_not_made_as_dataclasses(tmp_path):
    made = _run_reader(_DATACLASSES_WATCH, tmp_path / "data")["made"]
    assert "Outline" in made
    assert [name for name in NOT_DATACLASSES if name in made] == []


def test_the_notice_paints_before_the_patterns_it_does_not_use_are_compiled(tmp_path):
    """Issue 32: compiling a pattern costs the launch 0.5-28 M instructions (Python's re builds a
    class of ideographs code point by code point); the notice's text paints before those it
    does not use are compiled, and no class of the ideographs' ranges is compiled before it
    (export names' [\u3400-\u9fff] was, written in escapes the test then looked for as text)."""
    result = _run_reader(_PATTERNS_WATCH, tmp_path / "data")
    assert result["compiled"] == []
    assert result["wide"] == []
    assert result["numerals"] == []
    assert result["caseless"] == []
    assert result["marks"] == []


_REPORT_ORDER = """
import json, sys
import reader.gui.after_paint as after_paint
import reader.gui.opening as opening

order = []
real_run = after_paint._AfterPaint._run

def run(self):  # the work queued to run just after a widget's paint (the page's words, the library's job)
    order.append("after the paint: " + type(self.widget.parent() or self.widget).__name__)
    real_run(self)

after_paint._AfterPaint._run = run
real_import = opening.import_page_modules

def import_page_modules():  # the page's class once its module is in (imported in a thread)
    real_import()
    from reader.gui.document_view import DocumentView

    real_paint = DocumentView.paintEvent
    DocumentView.paintEvent = lambda self, event: (real_paint(self, event), order.append("text painted"))

opening.import_page_modules = import_page_modules

from tests.gui.smoke_watch import smoke_test
code = smoke_test(lambda: order.append("reported"))
print(json.dumps({"code": code, "order": order}))
"""


def test_the_smoke_test_reports_the_text_painted_before_the_work_that_waits_for_that_paint(tmp_path):
    """--smoke-test says "painted" once the page has painted the text (which
    benchmarks/launch_instructions.py counts up to), and before the work queued for just
    after that paint runs (the page's words, the library's job): the old report came after it."""
    order = _run_reader(_REPORT_ORDER, tmp_path / "data")["order"]
    assert "text painted" in order and "reported" in order
    reported = order.index("reported")
    assert order.index("text painted") < reported
    assert [step for step in order[:reported] if step == "after the paint: DocumentView"] == []


_LAYOUT_WATCH = """
import json, sys
import reader.gui.opening as opening

sizes, balanced, painted = [], [], []
real_import = opening.import_page_modules

def import_page_modules():  # the page's classes once their modules are in (imported in a thread)
    real_import()
    from reader.gui.document_view import DocumentView
    from reader.gui.title_balance import TitleBalancer

    real_set, real_balance = DocumentView.setDocument, TitleBalancer._balance

    def set_document(self, doc):  # every size Qt's layout gives the document on the page
        doc.documentLayout().documentSizeChanged.connect(
            lambda size: painted or sizes.append([size.width(), size.height()])
        )
        real_set(self, doc)

    def balance(self, *args):
        painted or balanced.append(args[1].text())
        return real_balance(self, *args)

    DocumentView.setDocument, TitleBalancer._balance = set_document, balance

opening.import_page_modules = import_page_modules

from tests.gui.smoke_watch import smoke_test
code = smoke_test(lambda: painted.append(1))
print(json.dumps({"code": code, "sizes": sizes, "balanced": balanced}))
"""


def test_the_notice_is_laid_out_once_at_its_width_with_its_titles_balanced_before_its_first_paint(tmp_path):
    """Issue 32: the launch's page lays the notice out at the width it is read at, its titles
    balanced first, each title once. It was laid out without the scroll bar (416 px), then
    beside it, then its titles were balanced and it was laid out again from the top: four
    sizes before the first paint, for one."""
    result = _run_reader(_LAYOUT_WATCH, tmp_path / "data")
    sizes = result["sizes"]
    assert sizes and all(size == sizes[-1] for size in sizes), sizes
    assert len(result["balanced"]) == len(set(result["balanced"])) == 4  # title, subtitle, dateline, breadcrumb


_PAINTED_SPY = """
import reader.gui.opening as opening

painted = []
real_import = opening.import_page_modules


def import_page_modules():  # the page's class once its module is in (imported in a thread)
    real_import()
    from reader.gui.document_view import DocumentView

    real_paint = DocumentView.paintEvent
    DocumentView.paintEvent = lambda self, event: (real_paint(self, event), painted.append(1))


opening.import_page_modules = import_page_modules
"""
"""A launch script's prelude: `painted` is non-empty once the page has painted its text."""


_SERVER_WATCH = (
    _PAINTED_SPY
    + """
import json, sys
import reader.gui.single_instance as instance
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

server_made = []
real_server = instance.InstanceServer.__init__

def server(self, *args):
    server_made.append(bool(painted))
    real_server(self, *args)
    QTimer.singleShot(0, QApplication.instance().closeAllWindows)

instance.InstanceServer.__init__ = server
from reader.cli import main
code = main([])
print(json.dumps({"code": code, "server_made": server_made}))
"""
)


def test_the_server_listens_once_the_launchs_text_has_painted(tmp_path):
    """The single-instance server (QtNetwork and its socket: 26 M instructions) is set up once
    the launch's text has painted, not before it (a later launch waits for it)."""
    assert _run_reader(_SERVER_WATCH, tmp_path / "data")["server_made"] == [True]


_FOLDERS_WATCH = (
    _PAINTED_SPY
    + """
import json
import reader.gui.main_window as main_window
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

main_window.WATCH_AFTER_MS = 0  # a launch slower than the watch's countdown (a big book, a loaded machine)
watched = []
real_start = main_window.MainWindow._start_watching

def start_watching(self):
    watched.append(bool(painted))
    real_start(self)
    QTimer.singleShot(0, QApplication.instance().closeAllWindows)

main_window.MainWindow._start_watching = start_watching
from reader.cli import main
code = main([])
print(json.dumps({"code": code, "watched": watched}))
"""
)


def test_the_watched_folders_are_looked_over_once_the_launchs_text_has_painted(tmp_path):
    """The library's watch (its modules, sqlite3, a job to the worker) waits for the launch's
    text however long that takes: its countdown starts at the text's first paint."""
    assert _run_reader(_FOLDERS_WATCH, tmp_path / "data")["watched"] == [True]


_SERVER_WITHOUT_TEXT = """
import json
import reader.app as app
import reader.gui.single_instance as instance
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

real_open = app.open_at_launch
app.open_at_launch = lambda *a, then=None: real_open(*a)  # as if the text never painted
app.LISTEN_LATEST_MS = 300
server_made = []
real_server = instance.InstanceServer.__init__

def server(self, *args):
    server_made.append(1)
    real_server(self, *args)
    QTimer.singleShot(0, QApplication.instance().closeAllWindows)

instance.InstanceServer.__init__ = server
from reader.cli import main
code = main([])
print(json.dumps({"code": code, "server_made": server_made}))
"""


def test_the_server_listens_in_time_when_the_text_is_slow_to_paint(tmp_path):
    """A text that has not painted LISTEN_LATEST_MS after the window does not keep the server
    (which a later launch waits for) and the signals' handling from being set up."""
    assert _run_reader(_SERVER_WITHOUT_TEXT, tmp_path / "data")["server_made"] == [1]


_CLOSED_WHILE_IMPORTING = """
import json, sys, threading, time
import reader.app as app
import reader.gui.opening as opening
import reader.gui.thread_exit as thread_exit
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

importing, finished, ends = threading.Event(), [], []
real_import, real_end = opening.import_module, thread_exit.end_pyside_work

def import_module(name):  # in the thread opening the launch's file, inside its PySide work block
    module = real_import(name)
    if name == "reader.gui.panels":  # the page's last module: held until the app's end waits for it
        importing.set()
        while not thread_exit.under_way_at_end():
            time.sleep(0.005)
        finished.append(name)
    return module

def end_pyside_work(*args):  # reader.app.run's, once its event loop has ended
    ends.append(real_end(*args))
    return ends[-1]

opening.import_module, thread_exit.end_pyside_work = import_module, end_pyside_work
real_open = app.open_at_launch

def close_once_importing():
    if importing.is_set():
        QApplication.instance().closeAllWindows()
    else:
        QTimer.singleShot(1, close_once_importing)

def open_at_launch(*args, **kwargs):
    real_open(*args, **kwargs)
    close_once_importing()

app.open_at_launch = open_at_launch
from reader.cli import main
code = main(sys.argv[1:])
print(json.dumps({"code": code, "finished": finished, "ends": ends}))
"""


def test_a_launch_closed_while_its_pages_modules_load_ends_cleanly(tmp_path):
    """Closed while the thread that opens the launch's file still imports the page's modules,
    the app waits for them before the interpreter finishes (thread_exit.end_pyside_work): that thread,
    ended inside PySide's making of a type, took the process down with SIGSEGV on its way out.
    The import is held open until the app's end is seen waiting for it, not for as long as some
    work takes (a forced import walking PySide's types outlasted the 1 s wait at load 8), so the
    test says the same at any load: the end waited (True) and the import came out before the
    process went on to its end."""
    result = _run_reader(_CLOSED_WHILE_IMPORTING, tmp_path / "data", str(BOOK))
    assert result["ends"] == [True]
    assert result["finished"] == ["reader.gui.panels"]


_PASSES_WATCH = """
import gc, json
import reader.core.collector as collector
import reader.gui.single_instance as instance
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

passes, at_pause, at_done = [], [], []
gc.callbacks.append(lambda phase, info: phase == "start" and passes.append(info["generation"]))
real_pause, real_done, real_server = collector.pause_for_launch, collector.launch_done, instance.InstanceServer.__init__

def pause():  # reader.cli.main, once it knows a window is asked for
    at_pause.append(len(passes))
    real_pause()

def done():  # once the launch's text has painted (reader.app.run's listen), then at the window's close
    at_done.append({"passes": len(passes)})
    real_done()
    at_done[-1]["enabled"] = gc.isenabled()

def server(self, *args):  # made just after: the launch is over
    real_server(self, *args)
    QTimer.singleShot(0, QApplication.instance().closeAllWindows)

collector.pause_for_launch, collector.launch_done, instance.InstanceServer.__init__ = pause, done, server
from reader.cli import main
code = main([])
print(json.dumps({"code": code, "at_pause": at_pause, "at_done": at_done}))
"""


def test_the_collector_makes_no_pass_until_the_launchs_text_has_painted(tmp_path):
    """The window's launch makes its modules, classes and widgets without the collector's
    passes walking them (70-odd young passes, 30 M instructions before the notice painted);
    the passes resume once the text has painted. Counted from the pause (reader.cli.main): a
    pass while reader.cli itself is imported, compiled from source in a fresh clone, comes
    before it (CI saw one), and counted as the pause ends, not later."""
    watched = _run_reader(_PASSES_WATCH, tmp_path / "data")
    assert len(watched["at_pause"]) == 1
    assert watched["at_done"][0] == {"passes": watched["at_pause"][0], "enabled": True}


_CLASSES_AT_PAINT = """
import json, sys
import PySide6.QtWidgets as widgets

seen = {}

def classes():  # which of PySide's widget classes exist once the text has painted
    seen["at_paint"] = sorted(name for name in ("QWizard", "QCalendarWidget", "QMdiArea") if name in widgets.__dict__)

from tests.gui.smoke_watch import smoke_test
code = smoke_test(classes)
print(json.dumps({"code": code, **seen}))
"""


def test_the_launch_makes_no_widget_classes_it_does_not_use_before_its_text_paints(tmp_path):
    """PySide makes a class (and its enums) when first used. Wrapping a widget Qt made as a
    plain QWidget (a scroll area's viewport) made it try every QWidget subclass for a more
    derived type, QWizard, QCalendarWidget, QMdiArea and 60-odd more: 41 M instructions of the
    notice's launch. The page's and the annotation hint's viewports are made by Reader."""
    assert _run_reader(_CLASSES_AT_PAINT, tmp_path / "data")["at_paint"] == []


def test_the_pages_own_viewport_is_set_up_as_qt_sets_up_a_text_edits(qtbot):
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QTextEdit

    from reader.gui.document_view import DocumentView

    page, plain = DocumentView(), QTextEdit()
    qtbot.addWidget(page)
    qtbot.addWidget(plain)
    plain.setReadOnly(True)
    plain.setTextInteractionFlags(page.textInteractionFlags())
    for viewport in (page.viewport(), plain.viewport()):
        assert viewport.backgroundRole() == QPalette.ColorRole.Base
        assert viewport.autoFillBackground()
        assert viewport.focusProxy() is viewport.parentWidget()
    assert page.viewport().cursor().shape() == plain.viewport().cursor().shape() == Qt.CursorShape.IBeamCursor
    assert page.document().documentLayout().paintDevice() is page.viewport()
