"""Titles on screen: a centred title or subtitle that wraps breaks only where jieba's words end,
in even lines, none of one character, in the fewest lines the page allows (or one more), none
wider than the page; at page widths from 360 to 1200 px, in every script, with the words in."""

import itertools
import math
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QGuiApplication, QTextLayout, QTextOption

from reader.core.balance import line_breaks
from reader.core.line_units import without_page_chars
from reader.core.resources import notice_path
from reader.gui.title_balance import BALANCED_KINDS, pad_after
from tests.gui.conftest import CONDITION_WAIT_MS, WORKER_WAIT_MS, type_text
from tests.gui.screen_truth import check_page, fully_laid_out, overwide_lines

ROOT = Path(__file__).parents[2]
STRUCTURE = ROOT / "eval" / "structure" / "docs"
# long titles from the development part of eval/structure (none held out) and the corpus
DOCUMENTS = [
    notice_path(),
    ROOT
    / "tests"
    / "corpus"
    / "report-20th-congress-2022-gb18030.txt",  # a title over two lines of the file, a ——subtitle
    STRUCTURE / "law_tw" / "tw019.txt",  # 52 characters, Traditional, 法規名稱：…
    STRUCTURE / "law_prc" / "prc018.txt",  # 《》 inside
    STRUCTURE / "news_html" / "web024.html",  # a sentence with ，
    STRUCTURE / "docx" / "doc000.docx",
]
WIDTHS = (360, 450, 560, 700, 850, 1000, 1200)
SCRIPTS = ("script_original", "script_simplified", "script_traditional")


def _open(make_window, qtbot, path):
    window = make_window(path)
    window.current.start_words()
    qtbot.waitUntil(lambda: window.view.words is not None, timeout=WORKER_WAIT_MS)
    return window


def _title_blocks(window):
    view = window.view
    for start, end, kind in window.current.blocks:
        if kind not in BALANCED_KINDS:
            continue
        a, b = view.positions.range_to_qt(start, end)
        block = view.document().findBlock(a)
        while block.isValid() and block.position() <= b:
            if block.text().strip():
                yield block
            block = block.next()


def _fewest_lines(block, width: float) -> int:
    """How many lines Qt's own wrap of the block's text takes at the page's full width."""
    layout = QTextLayout(block.text(), block.begin().fragment().charFormat().font())
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    count = 0
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        count += 1
    layout.endLayout()
    return count


def _most_even(window, block, count: int, width: float) -> int | None:
    """The least sum of squared line lengths (in characters) of any `count` lines of the block
    that end where words end, none of one character, none longer than the page holds: every
    choice of breaks tried (a title has a few dozen places to break)."""
    view, text = window.view, block.text()
    layout = block.layout()
    line = layout.lineAt(0)
    advance = line.cursorToX(line.textStart() + 1)[0] - line.cursorToX(line.textStart())[0]
    holds = int((width + 0.5) // advance)
    breakable = line_breaks(text)
    edges = [
        i
        for i in range(2, len(text) - 1)
        if breakable[i]
        and window.view.words.word_at(view.positions.to_original(block.position() + i))[0]
        == view.positions.to_original(block.position() + i)
    ]
    best = None
    for cut in itertools.combinations(edges, count - 1):
        bounds = [0, *cut, len(text)]
        lengths = [b - a for a, b in zip(bounds, bounds[1:])]
        if min(lengths) >= 2 and max(lengths) <= holds:
            score = sum(n * n for n in lengths)
            best = score if best is None else min(best, score)
    return best


def _glyphs_centre(block, i: int) -> float:
    """Where the glyphs of the block's line i are centred: from its first glyph to the end of
    its last one, without the spacing after that (pad_after)."""
    line = block.layout().lineAt(i)
    start = line.textStart()
    n = len(block.text()[start : start + line.textLength()].rstrip())
    right = line.cursorToX(start + n)[0] - pad_after(block, start + n - 1)
    return (line.cursorToX(start)[0] + right) / 2


def _words(window, block) -> list[tuple[int, int]]:
    """The block's words (offsets in the block: (start, end))."""
    view, out, i = window.view, [], 0
    while i < len(block.text()):
        end = view.words.word_at(view.positions.to_original(block.position() + i))[1]
        end = max(view.positions.to_qt(end) - block.position(), i + 1)
        out.append((i, end))
        i = end
    return out


def _plain_width(block, a: int, b: int) -> float:
    """The width of the block's text[a:b] in its font, without the spacing that ends lines."""
    font = QFont(block.begin().fragment().charFormat().font())
    font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 0)
    return QFontMetricsF(font).horizontalAdvance(block.text()[a:b])


def _too_wide(window, block, width: float) -> list[tuple[int, int]]:
    """The words of the block no line of the page holds."""
    return [(a, b) for a, b in _words(window, block) if _plain_width(block, a, b) > width - 1]


def _fewest_on_words(window, block, width: float) -> int | None:
    """The fewest lines of 2 characters or more, each ending where a word ends (or inside a
    word no line holds), that fit the page."""
    allowed = {b for _, b in _words(window, block)}
    for a, b in _too_wide(window, block, width):
        allowed.update(range(a + 1, b))
    n, fewest = len(block.text()), {0: 0}
    for end in sorted(allowed):
        counts = [fewest[a] + 1 for a in fewest if end - a >= 2 and _plain_width(block, a, end) <= width - 1]
        if counts:
            fewest[end] = min(counts)
    return fewest.get(n)


def title_problems(window) -> list[str]:
    """What is wrong with the titles as Qt has laid them out (nothing: [])."""
    view, words = window.view, window.view.words
    width = view.viewport().width() - 2 * view.document().documentMargin()
    problems = []
    for block in _title_blocks(window):
        layout = block.layout()
        texts = [
            block.text()[layout.lineAt(i).textStart() :][: layout.lineAt(i).textLength()]
            for i in range(layout.lineCount())
        ]
        if not texts:
            problems.append(f"{block.text()[:10]}: not laid out")
            continue
        if len(texts) == 1:
            continue
        where = f"{'|'.join(texts)} at {view.viewport().width()} px"
        too_wide = _too_wide(window, block, width)  # these may break inside: no line holds them
        fewest = _fewest_lines(block, width)
        on_words = _fewest_on_words(window, block, width)  # None: a word of one must stand alone
        for i in range(1, layout.lineCount()):
            start = layout.lineAt(i).textStart()
            edge = view.positions.to_original(block.position() + start)
            a, b = words.word_at(edge)
            # where a word of one would stand alone, a word of four or more may break in two
            halved = on_words is None and b - a >= 4 and edge - a >= 2 and b - edge >= 2
            if a != edge and not halved and not any(a < start < b for a, b in too_wide):
                problems.append(f"{where}: line {i + 1} starts inside a word")
        if min(len(t.strip()) for t in texts) < 2 and on_words is not None:
            problems.append(f"{where}: a line of one character")
        if len(texts) > max(fewest, on_words or 0) + 1:  # one more: a glyph may reach past its advance
            problems.append(f"{where}: {len(texts)} lines where {fewest} would do ({on_words} on words)")
        centres = [_glyphs_centre(block, i) for i, t in enumerate(texts) if len(t.strip()) > 1]
        if max(centres) - min(centres) > 1.5:
            problems.append(f"{where}: lines centred {[round(c - centres[0], 1) for c in centres]} px apart")
        # a line of one character is ended by spacing after it, which moves it left by half of
        # it: only where its neighbours are short enough that a few pixels end it (23.5 px left
        # of the others at 170 px, when 而 stood alone between 各項任務 and 團結奮斗)
        alone = [_glyphs_centre(block, i) for i, t in enumerate(texts) if len(t.strip()) == 1]
        if alone and max(abs(c - sum(centres) / len(centres)) for c in alone) > 4.0:
            problems.append(
                f"{where}: a line of one character off centre by {[round(c - centres[0], 1) for c in alone]} px"
            )
        lengths = [len(t) for t in texts]
        best = _most_even(window, block, len(texts), width)
        if best is not None and sum(n * n for n in lengths) > best + max(lengths):  # one character apart
            problems.append(f"{where}: uneven, where lines of {best} (sum of squares) end on words too")
    if overwide_lines(view):
        problems.append(f"lines wider than the page: {overwide_lines(view)}")
    return problems


def _titles_right_at(window, qtbot, width: int, where: str) -> None:
    """The page set to `width`: once the titles are balanced (from the event loop), none of
    title_problems."""
    window.view.setFixedWidth(width)
    qtbot.waitUntil(lambda: window.view.width() == width)
    qtbot.waitUntil(lambda: not window.view.titles.pending)
    seen: list[str] = []

    def settled() -> bool:
        seen[:] = title_problems(window)
        return not seen

    try:
        qtbot.waitUntil(settled, timeout=CONDITION_WAIT_MS)
    except qtbot.TimeoutError:
        raise AssertionError(f"{where}: {seen}") from None


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.stem)
def test_titles_break_between_words_at_every_width_in_every_script(make_window, qtbot, path):
    window = _open(make_window, qtbot, path)
    assert any(len(b.text()) >= 20 for b in _title_blocks(window)), "a long title to balance"
    window.resize(1900, 800)
    wrapped = 0
    for action in SCRIPTS:
        window.actions[action].trigger()
        qtbot.waitUntil(
            lambda: window.current.pending_script is None and not window.view.pages.swapping, timeout=WORKER_WAIT_MS
        )
        for width in WIDTHS:
            _titles_right_at(window, qtbot, width, f"{path.name}, {action}")
            wrapped += sum(b.layout().lineCount() > 1 for b in _title_blocks(window))
        check_page(qtbot, window.view, f"{path.name}, {action}")  # every block laid out, Ctrl+End
    assert wrapped, "no title wrapped at any width: nothing was tested"


def test_a_title_line_ended_by_spacing_reads_as_its_text(make_window, qtbot):
    """The caret, a selection, copy, find and pinyin over a subtitle whose first line is ended
    by spacing after its last character (13/15 at a 420 px page)."""
    window = _open(make_window, qtbot, notice_path())
    view, text = window.view, window.session.text
    window.resize(1100, 700)
    view.setFixedWidth(420)
    node = window.session.outline.first("subtitle")
    start, end = node.start, node.end
    block = view.document().findBlock(view.positions.to_qt(start))

    def lengths() -> list[int]:
        layout = block.layout()
        return [layout.lineAt(i).textLength() for i in range(layout.lineCount())]

    qtbot.waitUntil(lambda: lengths() == [13, 15], timeout=CONDITION_WAIT_MS)  # 14/14 would split 二十大
    assert pad_after(block, 12) > 0  # after 的: 二十大 would start on the first line
    # the first line is centred on its glyphs, as the second is
    layout = block.layout()
    first, second = layout.lineAt(0), layout.lineAt(1)

    def glyphs_centre(line, n: int) -> float:  # the last glyph's right edge, without the spacing after it
        x = [line.cursorToX(line.textStart() + k)[0] for k in (0, 1, n - 1)]
        return (x[0] + x[2] + (x[1] - x[0])) / 2

    centres = [glyphs_centre(first, 13), glyphs_centre(second, 15)]
    assert abs(centres[0] - centres[1]) <= 1
    # the caret steps over every character once, and a selection of the subtitle copies its text
    view.setFocus()
    view.select_original(start, start)
    for _ in range(end - start):
        qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert view.selection_original() == (start, end)
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert (
        QGuiApplication.clipboard().text()
        == text[start:end]
        == "組織動員億萬職工為實現黨的二十大確定的各項任務而團結奮斗"
    )
    # End on the first line stops after 的, where the spacing begins
    view.select_original(start, start)
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert view.caret_original() == start + 13
    # find across the line's end selects the words found
    view.select_original(start, start)
    qtbot.keyClick(view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    type_text(window.find_bar.edit, "党的二十大确定")
    found = text.index("黨的二十大確定", start)
    assert found < end
    qtbot.waitUntil(lambda: view.selection_original() == (found, found + 7))
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Escape)
    # pinyin over 的 is centred on its glyph, not on the glyph and the spacing after it
    window.actions["pinyin"].trigger()
    qtbot.waitUntil(lambda: view.pinyin.active, timeout=WORKER_WAIT_MS)  # read in the worker
    qtbot.waitUntil(lambda: any(p.pos == start + 12 for p in view.pinyin.placements()), timeout=CONDITION_WAIT_MS)
    box = next(p.char for p in view.pinyin.placements() if p.pos == start + 12)
    neighbour = next(p.char for p in view.pinyin.placements() if p.pos == start + 11)
    assert abs(box.width() - neighbour.width()) < 1


def test_titles_balanced_again_leave_the_readers_line_where_it_was(make_window, qtbot):
    """A title balanced again (the words came, the page was resized) is laid out from the top
    again; a title that now wraps in another number of lines must not move the text the reader
    is on up or down under it (a found word ended above the page)."""
    from PySide6.QtGui import QTextCursor

    report = Path(__file__).parent.parent / "corpus" / "report-20th-congress-2022-gb18030.txt"
    window = make_window(report)
    for dock in (window.outline_dock, window.annotation_dock, window.keyterm_dock):
        dock.hide()  # the page as wide as the window, whatever the docks' sizes
    window.centralWidget().setMinimumWidth(0)  # narrower than window_fit.PAGE_ROOM, as a split pane is
    view = window.view
    window.current.start_words()

    def settled() -> bool:
        return not view.titles.pending and view.coords.scroll_pending is None and fully_laid_out(view)

    qtbot.waitUntil(lambda: view.words is not None and settled(), timeout=WORKER_WAIT_MS)
    words = view.words

    def title_height() -> float:
        doc = view.document()
        return sum(doc.documentLayout().blockBoundingRect(doc.findBlockByNumber(i)).height() for i in range(3))

    for width in range(280, 1000, 20):  # a width where the title takes more lines between words
        window.resize(width, 700)
        qtbot.waitUntil(settled, timeout=10000)
        between_words = title_height()
        view.words = None
        qtbot.waitUntil(settled, timeout=10000)
        if title_height() != between_words:
            break
        view.words = words
        qtbot.waitUntil(settled, timeout=10000)
    else:
        pytest.fail("no width at which the report's title wraps otherwise without words")
    pos = len(window.current.session.text) // 2
    view.scroll_to_original(pos, margin=100)
    qtbot.waitUntil(settled, timeout=10000)

    def y() -> int:
        cursor = QTextCursor(view.document())
        cursor.setPosition(view.positions.to_qt(pos))
        return view.cursorRect(cursor).top()

    before = y()
    view.words = words  # the words come: the title takes other lines
    qtbot.waitUntil(settled, timeout=10000)
    assert abs(y() - before) <= 1
    view.words = None  # and back
    qtbot.waitUntil(settled, timeout=10000)
    assert abs(y() - before) <= 1


def test_the_pages_place_at_the_top_asks_qt_for_no_line(make_window, monkeypatch):
    """A title balanced while a book is laid out in slices (at launch) takes the page's place
    first. At the top there is nothing to keep; asking Qt for the page's top line there, before
    the layout had reached it, laid the whole book out on the window's thread (0.6 s for
    红楼梦 at every launch)."""
    window = make_window(Path(__file__).parent.parent / "corpus" / "hongloumeng.txt")
    view = window.view
    asked = []
    real = view.cursorForPosition
    monkeypatch.setattr(view, "cursorForPosition", lambda point: asked.append(point) or real(point))
    view.verticalScrollBar().setValue(0)
    assert view.coords.place() == (0, 0)
    assert asked == []


@pytest.mark.parametrize("path", DOCUMENTS[:3], ids=lambda p: p.stem)
def test_titles_on_a_narrow_page_break_between_words_and_every_line_is_centred(make_window, qtbot, path):
    """A page a few characters wide (a narrow window with both docks open): a word no line
    holds breaks inside, and only it; a line between the first and the last, ended by spacing,
    sits centred like the others (old: 30 px left of them on the notice at 290 px, and below
    230 px the titles fell back to Qt's wrap, which split 總工|會印|發關)."""
    window = _open(make_window, qtbot, path)
    window.resize(1900, 800)
    for width in (170, 180, 190, 230, 250, 290, 310):
        _titles_right_at(window, qtbot, width, path.name)


def test_titles_are_balanced_for_the_page_on_screen_and_before_its_first_paint(make_window, qtbot, monkeypatch):
    """A new tab's page is made and typeset before it is in the window, at Qt's default width
    (a launch balanced the notice's title for pages 42 and 30 px wide, 14 ms of the window's
    thread, before the real one): the titles are balanced only for the page on screen, and
    the page's first paint shows them balanced."""
    from reader.gui import title_balance
    from reader.gui.opening import Opener

    window = make_window()
    widths = []  # (the page on screen?, the width balanced for)
    real_balance = title_balance.TitleBalancer._balance

    def balance(self, cursor, block, positions, width, *rest):
        widths.append((self.view.isVisible(), width))
        return real_balance(self, cursor, block, positions, width, *rest)

    monkeypatch.setattr(title_balance.TitleBalancer, "_balance", balance)
    at_first_paint = []

    class FirstPaint(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint and not at_first_paint:
                view = window.current.view
                at_first_paint.append([b.blockFormat().leftMargin() for b in _title_blocks(window)] if view else None)
            return False

    watcher = FirstPaint()
    real_show = Opener._show

    def show(self, reading, pane, then):
        reading.view.viewport().installEventFilter(watcher)
        real_show(self, reading, pane, then)

    monkeypatch.setattr(Opener, "_show", show)
    law = STRUCTURE / "law_tw" / "tw019.txt"  # a title of 52 characters
    assert window.open_path(law)
    qtbot.waitUntil(lambda: bool(at_first_paint), timeout=WORKER_WAIT_MS)
    assert widths and all(on_screen for on_screen, _ in widths)
    assert all(width > 200 for _, width in widths)
    assert at_first_paint[0] and all(margin > 0 for margin in at_first_paint[0])  # balanced as first seen


def test_a_zoomed_titles_lines_keep_within_the_page_where_a_spaced_line_begins(make_window, qtbot, tmp_path):
    """A balanced title's spacing starts a format of its own at a line's start, and there Qt
    counts the reach of that line's first glyph (a bold 資 reaches past its advance) on the line
    before: the longest line, measured without it, ran 2-7 px past the block's margin, so the
    document was wider than the page (a sideways scroll of that much). Found by
    benchmarks/screen_audit.py on a judicial interpretation's title in 繁體, zoomed in on a
    window at its least; here a Taiwan regulation's title (eval/structure law_tw tw019)."""
    title = "證券期貨業及其他經金融監督管理委員會指定之金融機構防制洗錢及打擊資恐內部控制與稽核制度實施辦法"
    path = tmp_path / "regulation.txt"
    path.write_text(
        f"{title}\n\n第一條　本辦法依洗錢防制法訂定之。\n\n第二條　本辦法自發布日施行。\n", encoding="utf-8"
    )
    window = _open(make_window, qtbot, path)
    view = window.view
    assert window.current.blocks[0][2] == "title"
    for _ in range(6):
        qtbot.keyClick(view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)  # Zoom In
    assert view.zoom_steps == 6
    for width in range(372, 382):
        view.setFixedWidth(width)
        qtbot.waitUntil(lambda: not view.titles.pending and fully_laid_out(view), timeout=CONDITION_WAIT_MS)
        assert view.document().size().width() <= view.viewport().width() + 1, width
        assert overwide_lines(view) == [], width


def test_a_page_fitted_to_its_tab_then_resized_before_it_shows_is_balanced_anew_as_it_shows(make_window, qtbot):
    """A new tab's page is fitted to its tab before it shows (Workspace.fit), and its titles
    are balanced for that width before the page lays its document out; a window resized
    before the tab shows gives the page another width: the titles are balanced for that one
    as the page shows (before its first paint), not by a balance scheduled for after it."""
    from PySide6.QtCore import QSize

    from reader.gui.reading_page import ReadingPage

    shown, blocks = make_window().view.pages.current
    page = ReadingPage()
    qtbot.addWidget(page)
    view = page.view
    view.show_view(shown, blocks)  # typeset off screen, at no width of its own: owed
    page.fit(QSize(900, 700), scrolls=True)
    view.titles.rebalance()  # as scheduled: balanced for the fitted width
    fitted = [b.blockFormat().leftMargin() for b in _title_blocks_of(view, blocks)]
    page.resize(560, 700)  # hidden: Qt tells the page when it shows
    page.show()
    as_shown = [b.blockFormat().leftMargin() for b in _title_blocks_of(view, blocks)]  # no turn of the loop yet
    view.titles.rebalance()  # for the page's width now
    assert as_shown == [b.blockFormat().leftMargin() for b in _title_blocks_of(view, blocks)]
    assert as_shown != fitted


def _title_blocks_of(view, blocks):
    for start, end, kind in blocks:
        if kind in BALANCED_KINDS:
            a, _ = view.positions.range_to_qt(start, end)
            yield view.document().findBlock(a)


def _centred_lines(window, kinds):
    """(block, [its lines' texts]) of every block of `kinds` on the page, as Qt laid them out."""
    view = window.view
    for start, end, kind in window.current.blocks:
        if kind not in kinds:
            continue
        block = view.document().findBlock(view.positions.range_to_qt(start, end)[0])
        layout = block.layout()
        lines = [layout.lineAt(i) for i in range(layout.lineCount())]
        yield block, [(line.textStart(), line.textStart() + line.textLength()) for line in lines]


def _spread(window) -> list[str]:
    """Characters of a dateline or a breadcrumb set wider apart inside their line than the font
    sets them (the spacing that ends a line, after its last glyph, not counted)."""
    out = []
    for block, lines in _centred_lines(window, ("dateline", "breadcrumb")):
        text = block.text()
        for a, b in lines:
            last = len(text[a:b].rstrip()) + a - 1
            for k in range(a, last):
                if pad_after(block, k) > 0:
                    out.append(f"{text[a:b]}: {pad_after(block, k)} px after {text[k]}")
    return out


def test_a_narrow_compare_pane_does_not_spread_a_datelines_characters_apart(make_window, qtbot):
    """The 2015 立法法 in a compare pane (134 px at 1000×700 with the docks open): its datelines'
    middle lines were ended by spacing between their characters, up to 20 px between 16 px
    ones (第　九　届全国, 立 法 法 > 的)."""
    window = _open(make_window, qtbot, ROOT / "tests" / "corpus" / "compare" / "law-legislation-2015.md")
    window.resize(1900, 800)
    spread, wrapped = [], 0
    for width in (150, 160, 170, 230):
        window.view.setFixedWidth(width)
        qtbot.waitUntil(lambda: window.view.width() == width and not window.view.titles.pending)  # noqa: B023
        wrapped += sum(len(lines) > 2 for _, lines in _centred_lines(window, ("dateline",)))
        spread += _spread(window)
    assert wrapped, "no dateline wrapped: nothing was tested"
    assert not spread
    assert not overwide_lines(window.view)


def test_a_datelines_date_is_kept_whole_on_a_narrow_pane(make_window, qtbot):
    """At 190 px the 2015 立法法's first dateline could balance tight only by breaking its date
    (2000年3月 / 15日 第九届 / …): the date is kept whole (2000年3月15日 / 第九届全国人 / …)."""
    window = _open(make_window, qtbot, ROOT / "tests" / "corpus" / "compare" / "law-legislation-2015.md")
    window.resize(1900, 800)
    window.view.setFixedWidth(190)
    qtbot.waitUntil(lambda: window.view.width() == 190 and not window.view.titles.pending)
    block, lines = next(iter(_centred_lines(window, ("dateline",))))
    assert len(lines) > 2
    assert any(without_page_chars(block.text()[a:b]).strip() == "2000年3月15日" for a, b in lines)


def test_a_centred_header_line_never_starts_with_a_breadcrumbs_greater_than_sign(make_window, qtbot):
    """The notice's 中國共產黨新聞網>>中國工會新聞 on a narrow page: Qt's own wrap broke it as
    …新聞網> / >中國… or …新聞網 / >>中國…; the >> binds to the site before it."""
    window = _open(make_window, qtbot, notice_path())
    window.resize(1900, 800)
    starts, wrapped = [], 0
    for width in range(120, 260, 10):
        window.view.setFixedWidth(width)
        qtbot.waitUntil(lambda: window.view.width() == width and not window.view.titles.pending)  # noqa: B023
        for block, lines in _centred_lines(window, ("breadcrumb",)):
            wrapped += len(lines) > 1
            starts += [f"{block.text()[a:b]} at {width} px" for a, b in lines if block.text()[a] in ">＞"]
    assert wrapped, "the breadcrumb never wrapped: nothing was tested"
    assert not starts


def test_a_title_with_ideographs_outside_the_bmp_is_measured_as_qt_lays_it_out(make_window, qtbot, tmp_path):
    """Qt counts 𠝹 and 𨋢 (Hong Kong's lift, Extension B) as two positions each, Python as one
    character: the balance measured the title at Python's offsets, so two of its characters
    had no width and others their neighbours' (the title found narrower than it is), and its
    margins left too little room: a title two lines hold came out in three (8|6|2 units)."""
    title = "乘搭𠝹𨋢須知與升降機安全守則"
    path = tmp_path / "lift.txt"
    path.write_text(f"{title}\n\n第一條　本守則適用於一切升降機。\n\n第二條　本守則自公布日施行。\n", encoding="utf-8")
    window = _open(make_window, qtbot, path)
    view = window.view
    assert window.current.blocks[0][2] == "title"
    block = next(_title_blocks(window))
    whole = QTextLayout(block.text(), block.begin().fragment().charFormat().font())  # Qt measures: one line
    whole.beginLayout()
    line = whole.createLine()
    whole.endLayout()
    natural = line.naturalTextWidth()
    frame = 2 * view.document().documentMargin() + view.width() - view.viewport().width()
    for share in (0.6, 0.7, 0.8, 0.9):  # the page's text width: two lines hold the title
        view.setFixedWidth(math.ceil(natural * share + frame))
        qtbot.waitUntil(lambda: not view.titles.pending and fully_laid_out(view), timeout=CONDITION_WAIT_MS)
        qtbot.waitUntil(lambda: block.layout().lineCount() == 2, timeout=CONDITION_WAIT_MS)


def test_a_datelines_characters_are_not_measured_one_by_one(make_window, monkeypatch):
    """Each character's overhang (a layout of its own) matters to a title's balance only: the
    notice's breadcrumb and dateline, set ragged, were measured so too and the figures thrown
    away, half the 111 layouts of the notice's first balance (issue 32)."""
    from reader.gui import title_balance

    window = make_window()
    view = window.view
    kinds = {kind for _, _, kind in window.current.blocks}
    assert {"title", "dateline"} <= kinds  # the notice has both: something is tested
    titles = "".join(block.text() for block in _title_blocks(window))
    measured = []
    real_one_line = title_balance._one_line

    def one_line(text, *rest):
        measured.append(text)
        return real_one_line(text, *rest)

    monkeypatch.setattr(title_balance, "_one_line", one_line)
    assert view.titles.typeset(view.document(), view.positions, view.typeset_blocks()) is False  # as balanced
    alone = [text for text in measured if len(text) == 1]
    assert alone and set(alone) <= set(titles)


def test_a_title_that_starts_with_a_fields_label_breaks_after_the_label(make_window, qtbot):
    """A Taiwan law's 法規名稱：懲戒法院組織法 on two lines read 法規名稱：懲戒 / 法院組織法 (as even
    as 法規名稱： / 懲戒法院組織法, which reads the name whole): the line after the label, where
    that takes no more lines."""
    path = ROOT / "eval" / "structure" / "docs" / "law_tw" / "tw001.txt"
    window = _open(make_window, qtbot, path)
    window.resize(1900, 800)
    view, seen = window.view, []
    for width in range(300, 470, 10):
        view.setFixedWidth(width)
        qtbot.waitUntil(lambda width=width: view.width() == width and not view.titles.pending)
        block, lines = next(iter(_centred_lines(window, ("title",))))
        view.document().documentLayout().blockBoundingRect(block)
        texts = [block.text()[a:b] for a, b in lines]
        if len(texts) == 2:
            seen.append(f"{width}: {'|'.join(texts)}")
            assert texts[0].strip() == "法規名稱：", seen[-1]
    assert seen, "the title never took two lines: nothing was tested"
