"""A document typeset off screen in slices (reader.gui.text_swap.DocumentSwap), handed over
once it is whole; or dropped when the reader moves on."""

from PySide6.QtCore import QTimer
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QWidget

from reader.gui.text_swap import DocumentSwap
from tests.gui.conftest import WORKER_WAIT_MS


def _typesetting(paragraphs: int, built: list[int]):
    """A document of 500-character paragraphs, 20 paragraphs a step; the document last."""
    doc = QTextDocument()
    cursor = QTextCursor(doc)
    for n in range(paragraphs):
        if n:
            cursor.insertBlock()
        cursor.insertText(f"第{n:03d}段" + "紅" * 495)
        built.append(n)
        if n % 20 == 19:
            yield None
    yield doc


def test_the_document_comes_typeset_in_turns(qtbot):
    built: list[int] = []
    ready: list[QTextDocument] = []
    swap = DocumentSwap()
    swap.start(_typesetting(400, built), ready.append)
    assert swap.active and not built  # nothing in the turn of the switch itself
    qtbot.waitUntil(lambda: bool(ready), timeout=WORKER_WAIT_MS)
    [doc] = ready
    assert not swap.active
    assert doc.blockCount() == 400 and doc.toPlainText().count("紅") == 400 * 495


def test_a_swap_stopped_before_it_ends_hands_nothing_over(qtbot):
    # the reader switched again, or another document opened, in the same turn
    built: list[int] = []
    ready: list[QTextDocument] = []
    swap = DocumentSwap()
    swap.start(_typesetting(400, built), ready.append)
    swap.stop()
    qtbot.wait(300)
    assert not swap.active and not ready and not built


class _Page(QWidget):
    """A widget that notes its paints among the swap's steps."""

    def __init__(self, events: list[str]) -> None:
        super().__init__()
        self.events = events

    def paintEvent(self, event) -> None:
        self.events.append("paint")


def _shown_page(qtbot) -> tuple[list[str], _Page]:
    events: list[str] = []
    page = _Page(events)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    return events, page


def test_a_swap_after_a_change_on_the_page_takes_its_first_step_after_the_pages_paint(qtbot):
    # the page just took the new script: the window's paint that follows (the page's and the
    # tree's, 25–40 ms on 红楼梦) and a first slice in one turn held the window 40–60 ms
    events, page = _shown_page(qtbot)
    qtbot.waitUntil(lambda: "paint" in events)
    events.clear()
    built = _Noted(events)
    ready: list[QTextDocument] = []
    swap = DocumentSwap()
    swap.start(_typesetting(100, built), ready.append, after_paint_of=page)
    QTimer.singleShot(0, page.update)  # as the page's text document asks for its repaint: later
    assert swap.active
    qtbot.waitUntil(lambda: bool(ready), timeout=WORKER_WAIT_MS)
    assert events[0] == "paint" and events.count("step") == 100


def test_a_swap_stopped_before_the_pages_paint_never_steps(qtbot):
    events, page = _shown_page(qtbot)
    built = _Noted(events)
    ready: list[QTextDocument] = []
    swap = DocumentSwap()
    swap.start(_typesetting(100, built), ready.append, after_paint_of=page)
    swap.stop()
    page.update()
    qtbot.wait(400)  # painted meanwhile: the call after the paint finds the swap stopped
    assert not swap.active and not ready and "step" not in events


class _Noted(list):
    """The paragraphs built, each noted among the page's events."""

    def __init__(self, events: list[str]) -> None:
        super().__init__()
        self.events = events

    def append(self, n) -> None:
        super().append(n)
        self.events.append("step")


def test_the_documents_layout_is_made_in_a_turn_before_it_is_handed_over(qtbot):
    # Qt's walk over every block made the layout (on 红楼梦 half the turn that showed the
    # document, made by setDocument there)
    from PySide6.QtGui import QAbstractTextDocumentLayout

    doc = QTextDocument()
    doc.setPlainText("潇湘馆\n" * 2000)
    assert doc.findChild(QAbstractTextDocumentLayout) is None  # not made yet

    def steps():
        yield None
        yield doc

    handed: list[bool] = []

    def ready(d: QTextDocument) -> None:
        handed.append(d.findChild(QAbstractTextDocumentLayout) is not None)

    swap = DocumentSwap()
    swap.start(steps(), ready)
    qtbot.waitUntil(lambda: bool(handed))
    assert handed == [True]


def test_no_slice_runs_past_its_time(qtbot):
    # the last step of a slice ran past SLICE_MS: a slice and the page's paint after it made
    # one gap of the window's 22-27 ms on 红楼梦
    import time

    from reader.gui import text_swap

    doc = QTextDocument()
    step_s = text_swap.SLICE_MS / 1000 * 0.6  # two steps do not fit in a slice
    turn = [0]
    steps_in: dict[int, int] = {}

    def steps():
        for _ in range(6):
            end = time.perf_counter() + step_s
            while time.perf_counter() < end:
                pass
            steps_in[turn[0]] = steps_in.get(turn[0], 0) + 1
            yield None
        yield doc

    handed: list[QTextDocument] = []
    swap = DocumentSwap()
    swap._timer.timeout.connect(lambda: turn.__setitem__(0, turn[0] + 1))  # noqa: SLF001 - after each slice
    swap.start(steps(), handed.append)
    qtbot.waitUntil(lambda: bool(handed), timeout=5000)
    assert sum(steps_in.values()) == 6 and max(steps_in.values()) == 1  # one step a slice
