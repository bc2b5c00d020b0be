"""Opening a document in a window that is on screen (reader.gui.opening)."""

from tests.gui.conftest import WORKER_WAIT_MS
from tests.gui.test_launch import _run_reader

_FIRST_OPEN = """
import json, os, sys, threading, time
from pathlib import Path

from reader.app import create_application, open_settings
from reader.core.resources import notice_path
from reader.gui.main_window import MainWindow

PAGE = ("reader.gui.reading", "reader.gui.document_view", "reader.core.session", "reader.core.scripts")
LIBRARY = ("reader.gui.library_indexer", "reader.core.library.jobs", "sqlite3")
# the worker starts once the page is painted: what its start imports beyond the page's modules
WORKER = ("reader.core.worker_process", "reader.core.worker_loop")
on_main = []

class Spy:
    def find_spec(self, name, path=None, target=None):
        if name in PAGE + LIBRARY + WORKER and threading.current_thread() is threading.main_thread():
            on_main.append(name)
        return None

app = create_application([])
data = Path(os.environ["READER_DATA_DIR"])
window = MainWindow(open_settings(data), data)
window.show()
app.processEvents()
sys.meta_path.insert(0, Spy())
returned = window.open_path(notice_path())
deadline = time.monotonic() + 60
while (window.current is None or "reader.gui.library_indexer" not in sys.modules) and time.monotonic() < deadline:
    app.processEvents()
    time.sleep(0.005)
for _ in range(20):  # the catalogue's job sent
    app.processEvents()
    time.sleep(0.005)
seen_on_main = list(on_main)
from reader.core.library.catalogue import Catalogue  # noqa: E402 - after the watch

while not any(e.path == str(notice_path().resolve()) for e in Catalogue(data).entries()) and time.monotonic() < deadline:
    app.processEvents()
    time.sleep(0.005)
print(json.dumps({
    "code": 0,
    "returned": returned,
    "on_main": seen_on_main,
    "catalogued": time.monotonic() < deadline,
    "title": window.current.session.title if window.current else None,
    "tabs": len(window.readings()),
}))
window.close()
"""


def test_the_first_document_of_a_window_on_screen_loads_its_page_modules_off_the_window_thread(tmp_path):
    """A window that opened nothing at launch (or a benchmark's): its first document, even a
    short one, is made in a thread with its page's modules (they stalled the window 330 ms),
    and its tab comes once it is made; once painted it joins the library, which starts the
    worker: the modules of both are imported in a thread too."""
    result = _run_reader(_FIRST_OPEN, tmp_path / "data")
    assert result["on_main"] == []
    assert result["returned"] is True
    assert result["title"].startswith("全國總工會")
    assert result["tabs"] == 1
    assert result["catalogued"]


_PAGE_MODULES = """
import json, os, sys
from pathlib import Path

from reader.app import create_application, open_settings
from reader.core.resources import notice_path
from reader.gui.main_window import MainWindow

app = create_application([])
data = Path(os.environ["READER_DATA_DIR"])
window = MainWindow(open_settings(data), data)
window.open_path(notice_path())  # not on screen yet: opened at once, here
print(json.dumps({"code": 0, "title": window.session.title, "loaded": sorted(sys.modules)}))
"""

NOT_FOR_A_PAGE = (
    "reader.core.pinyin",  # the readings come from the worker, when pinyin is shown
    "uuid",  # a new note's id
)


def test_a_page_is_made_without_the_modules_of_the_worker_pinyin_and_new_notes(tmp_path):
    result = _run_reader(_PAGE_MODULES, tmp_path / "data")
    assert result["title"].startswith("全國總工會")
    assert [m for m in NOT_FOR_A_PAGE if m in result["loaded"]] == []


def test_a_book_opened_maps_its_large_blocks_on_their_own(make_window, qtbot, tmp_path, monkeypatch):
    """A book's texts, display texts and the worker's answers are freed blocks of megabytes:
    once one opens, such blocks get pages of their own (reader.core.heap), which go back to the
    system when freed instead of staying with the window (issue 32)."""
    from reader.core import heap
    from reader.gui.opening import STAGED_CHARS

    mapped: list[bool] = []
    monkeypatch.setattr(heap, "large_blocks_mapped", lambda: mapped.append(True))
    window = make_window()
    assert not mapped  # the notice: nothing of a book's size
    book = tmp_path / "book.txt"
    book.write_text("第一回\n\n" + "天下大事，分久必合，合久必分。\n" * (STAGED_CHARS // 15 + 1), encoding="utf-8")
    assert window.open_path(book)
    qtbot.waitUntil(
        lambda: window.current is not None and window.current.path == book.resolve(), timeout=WORKER_WAIT_MS
    )
    assert mapped
