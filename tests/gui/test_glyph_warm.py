"""The Sections tree's glyphs drawn ahead of its first paints (issue 32: FreeType rendering a
book's new characters made the tree's first paint of its rows 30-45 ms, and of a new script
25-30 ms): a text at a time, whole, a few a turn, each character once; a book's rows near the
caret when it opens, and those rows in each script once the worker has read it."""

from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFont

from reader.gui import glyph_warm
from reader.gui.glyph_warm import CHUNK, GlyphWarmer
from tests.gui.conftest import WORKER_WAIT_MS

CIVIL_CODE = Path(__file__).parents[1] / "corpus" / "law-civil-code.txt"  # Simplified, a book


class _Drawing(GlyphWarmer):
    def __init__(self) -> None:
        super().__init__()
        self.drawn: list[list[str]] = []

    def _draw(self, font: QFont, texts: list[str]) -> None:
        self.drawn.append(texts)
        super()._draw(font, texts)


def test_texts_are_drawn_whole_a_few_a_turn_each_character_once(qtbot):
    warmer = _Drawing()
    # ten labels of twelve characters, each but 第 and 回 its own: 102 characters to render
    chapters = ["第" + "".join(chr(0x4E00 + 10 * n + k) for k in range(10)) + "回" for n in range(10)]
    warmer.warm(chapters + [chapters[0]])
    assert warmer.drawn == []  # in the turns after, not the caller's
    qtbot.waitUntil(lambda: not warmer.busy)
    assert [text for turn in warmer.drawn for text in turn] == chapters  # whole, the repeat not again
    for turn in warmer.drawn[:-1]:  # as many texts a turn as bring CHUNK new characters
        assert len(set("".join(turn)) - {" "}) >= CHUNK
    assert len(warmer.drawn) > 1
    warmer.drawn.clear()
    warmer.warm([chapters[3], "第回"])  # nothing new: nothing drawn
    bigger = QFont(glyph_warm.QApplication.font("QTreeView"))
    bigger.setPointSize(bigger.pointSize() + 4)
    warmer.warm(["第回"], bigger)  # another font renders its own glyphs
    qtbot.waitUntil(lambda: not warmer.busy)
    assert warmer.drawn == [["第回"]]


def test_a_books_rows_are_drawn_before_the_trees_first_paint_and_in_each_script(make_window, qtbot, monkeypatch):
    warmed: list[str] = []
    real = GlyphWarmer.warm

    def recording(self, texts, font=None, after=None):
        texts = list(texts)
        warmed.extend(texts)
        return real(self, texts, font, after)

    monkeypatch.setattr(GlyphWarmer, "warm", recording)
    painted_with: list[set[str]] = []  # what had been handed over at each of the tree's paints

    class Paints(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint:
                painted_with.append(set(warmed))
            return False

    window = make_window()  # the notice first: then a book opens in the window
    tree, paints = window.outline_dock.tree, Paints()
    tree.viewport().installEventFilter(paints)
    painted_with.clear()
    assert window.open_path(CIVIL_CODE)
    qtbot.waitUntil(lambda: window.current.path == CIVIL_CODE.resolve() and tree.model().rowCount() > 5)
    model = tree.model()
    qtbot.waitUntil(lambda: bool(painted_with) and model.data(model.index(1, 0)) == "第一编 总则")
    shown = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    assert {"第一编 总则", "第七编 侵权责任"} <= set(shown)
    assert set(shown) - {"Document information"} <= painted_with[0]  # all handed over before its first paint
    # once the worker has read the book, its rows in the script it converts to
    qtbot.waitUntil(lambda: "第一編 總則" in warmed, timeout=WORKER_WAIT_MS)
    assert "第七編 侵權責任" in warmed


def test_a_books_rows_are_drawn_after_its_page_has_painted_and_before_the_tree_paints(make_window, qtbot, monkeypatch):
    """The rows' glyphs are no work before the book's first page (drawn over the turns that
    typeset the page, they were 70 M instructions of 红楼梦's launch): they are drawn once the
    page has painted, and the tree, held until then, paints its rows warm after them."""
    from PySide6.QtWidgets import QApplication

    monkeypatch.setattr(glyph_warm, "_warmer", None)  # none of the book's glyphs drawn by an earlier test
    events: list[str] = []
    real_draw = GlyphWarmer._draw
    monkeypatch.setattr(
        GlyphWarmer, "_draw", lambda self, font, texts: events.append("draw") or real_draw(self, font, texts)
    )
    window = make_window()  # the notice first: then a book opens in the window
    tree = window.outline_dock.tree

    class Paints(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint:
                if obj is tree.viewport():
                    events.append("tree")
                elif len(getattr(obj.parent(), "original_text", "") or "") > 100000:
                    events.append("page")  # the book's page
            return False

    paints = Paints()
    QApplication.instance().installEventFilter(paints)
    try:
        events.clear()
        assert window.open_path(CIVIL_CODE)
        model = tree.model
        qtbot.waitUntil(
            lambda: window.current.path == CIVIL_CODE.resolve() and "tree" in events, timeout=WORKER_WAIT_MS
        )
        qtbot.waitUntil(lambda: glyph_warm._warmer is not None and not glyph_warm._warmer.busy)
    finally:
        QApplication.instance().removeEventFilter(paints)
    assert model() is not None and model().rowCount() > 5
    first_page, first_tree = events.index("page"), events.index("tree")
    draws = [i for i, e in enumerate(events) if e == "draw"]
    assert draws and first_page < draws[0] and draws[-1] < first_tree


def test_texts_held_for_a_page_wait_for_its_first_paint_however_long(qtbot):
    """A book's page is typeset for longer than any timeout (红楼梦 under a profiler: seconds):
    its rows wait for its paint, not for a time; a page never shown holds nothing back, and
    one deleted unpainted drops them."""
    from PySide6.QtWidgets import QWidget

    warmer = _Drawing()
    page, gone = QWidget(), QWidget()
    qtbot.addWidget(page)
    warmer.warm(["第一回 甄士隱夢幻識通靈"], after=page)
    warmer.warm(["第二回 賈夫人仙逝揚州城"], after=gone)
    assert not warmer.busy
    qtbot.wait(600)  # after_paint's timeout is 250 ms
    assert warmer.drawn == [] and not warmer.busy
    gone.deleteLater()
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: warmer.drawn == [["第一回 甄士隱夢幻識通靈"]])
    qtbot.wait(50)
    assert warmer.drawn == [["第一回 甄士隱夢幻識通靈"]] and not warmer.busy
