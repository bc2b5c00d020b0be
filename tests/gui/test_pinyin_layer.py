"""View ▸ Pinyin Over the Text: syllables from the worker, painted over the page in every script."""

import pytest
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QTextBlockFormat, QTextCursor
from PySide6.QtWidgets import QApplication

from reader.core.scripts import Script
from reader.gui.pinyin_layer import RUBY_LINE_HEIGHT, RUBY_SCALE
from tests.gui.conftest import CONDITION_WAIT_MS, WORKER_WAIT_MS

pytestmark = pytest.mark.usefixtures("no_jieba_in_the_window")


def _line_height(view) -> float:
    block = view.document().findBlock(view.document().characterCount() // 2)
    return block.blockFormat().lineHeight()


def _choose_in_pinyin_menu(window, qtbot, key=Qt.Key.Key_O):
    """Alt+V opens View, Y its Pin&yin menu, then the command's key (O: Show &Over the Text;
    not S, the page's Select Sentence): the keys a person presses, on the page."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)
    menu = window.findChild(type(window.menuBar().actions()[0].menu()), "menu_view")
    qtbot.waitUntil(menu.isVisible)
    qtbot.keyClick(menu, Qt.Key.Key_Y)
    submenu = next(a.menu() for a in menu.actions() if a.menu() is not None and "yin" in a.text())
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is submenu)
    qtbot.keyClick(submenu, key)
    qtbot.waitUntil(lambda: not menu.isVisible())


def _open_view_menu_and_choose_pinyin(window, qtbot):
    _choose_in_pinyin_menu(window, qtbot)


def test_pinyin_over_the_text_in_every_script(window, qtbot):
    view = window.view
    before = _line_height(view)
    _open_view_menu_and_choose_pinyin(window, qtbot)
    assert window.actions["pinyin"].isChecked()
    qtbot.waitUntil(lambda: view.pinyin.active, timeout=WORKER_WAIT_MS)  # the worker reads them: slow on a busy machine
    qtbot.waitUntil(lambda: _line_height(view) == RUBY_LINE_HEIGHT)  # typeset again in the next turn
    start = window.session.text.index("全國總工會")
    window.view.select_original(start, start)
    qtbot.waitUntil(lambda: dict(view.pinyin.visible()).get(start) == "quán")
    shown = dict(view.pinyin.visible())
    assert [shown[start + i] for i in range(5)] == ["quán", "guó", "zǒng", "gōng", "huì"]
    assert not view.viewport().grab().isNull()  # paints
    for script in (Script.SIMPLIFIED, Script.TRADITIONAL):
        window.current.set_script(script)
        qtbot.waitUntil(lambda script=script: window.current.script is script, timeout=WORKER_WAIT_MS)
        qtbot.waitUntil(lambda: bool(view.pinyin.visible()), timeout=CONDITION_WAIT_MS)
        assert dict(view.pinyin.visible())[start] == "quán"  # original offsets: the same characters
        assert _line_height(view) == RUBY_LINE_HEIGHT
    window.actions["pinyin"].trigger()
    assert not view.pinyin.active and view.pinyin.visible() == []
    qtbot.waitUntil(lambda: _line_height(view) == before)
    assert (
        view.document().findBlock(0).blockFormat().lineHeightType()
        == QTextBlockFormat.LineHeightTypes.ProportionalHeight.value
    )


def test_each_tab_keeps_its_own_pinyin(make_window, qtbot, notice_copy):
    window = make_window()
    window.actions["pinyin"].trigger()
    qtbot.waitUntil(lambda: window.view.pinyin.active, timeout=WORKER_WAIT_MS)
    first = window.current
    assert window.open_path(notice_copy)
    qtbot.waitUntil(lambda: window.current is not first)
    assert not window.actions["pinyin"].isChecked()
    window.workspace.step(-1)
    qtbot.waitUntil(lambda: window.current is first)
    assert window.actions["pinyin"].isChecked()


def _ink_columns(image, left: int, right: int, top: int, bottom: int, paper: int) -> int:
    """How many pixel columns of [left, right) × [top, bottom) of the grabbed page have ink."""
    columns = 0
    for x in range(max(0, left), min(image.width(), right)):
        for y in range(max(0, top), min(image.height(), bottom)):
            if abs(image.pixelColor(x, y).lightness() - paper) > 25:
                columns += 1
                break
    return columns


def _ink_alone(syllable: str, font: QFont) -> int:
    """How many pixel columns a syllable drawn on its own inks (xí: a gap between x and í)."""
    metrics = QFontMetricsF(font)
    image = QImage(int(metrics.horizontalAdvance(syllable)) + 8, int(metrics.height()) + 4, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setFont(font)
    painter.setPen(QColor("black"))
    painter.drawText(QPointF(4, metrics.ascent() + 2), syllable)
    painter.end()
    return _ink_columns(image, 0, image.width(), 0, image.height(), QColor("white").lightness())


def _pinyin_on(window, qtbot):
    view = window.view
    _open_view_menu_and_choose_pinyin(window, qtbot)
    qtbot.waitUntil(lambda: view.pinyin.active, timeout=WORKER_WAIT_MS)  # the worker reads them: slow on a busy machine
    title = view.document().findBlock(view.positions.to_qt(window.session.text.index("全國總工會印發")))
    qtbot.waitUntil(lambda: title.layout().lineCount() == 2)  # the title balanced on its two lines
    qtbot.wait(300)
    return title


def _ruby_height(view) -> int:
    font = QFont(view.font())
    font.setPointSizeF(view.font().pointSizeF() * RUBY_SCALE)
    return int(QFontMetricsF(font).height())


def test_the_first_line_shows_its_syllables_where_the_page_opens(window, qtbot):
    """Turning pinyin on keeps the page at its top line: that line's syllables are on the page
    too (the first line of the document had none above it, scrolled off with the margin)."""
    view = window.view
    _pinyin_on(window, qtbot)
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.positions.to_qt(0))
    first = view.cursorRect(cursor)
    image = view.viewport().grab().toImage()
    paper = view.palette().base().color().lightness()
    width = view.fontMetrics().horizontalAdvance(window.session.text.split("\n")[0])
    ink = _ink_columns(image, first.left(), first.left() + width, first.top() - _ruby_height(view), first.top(), paper)
    assert ink > width // 4, f"no syllables over the first line (its top at {first.top()} px)"


def test_a_lines_last_syllable_keeps_its_characters_width(window, qtbot):
    """The last character of each line of the balanced title (學習｜宣傳) fits its syllable in its
    own width: the next position, on the next line, gave no width and the syllable was narrowed."""
    view = window.view
    window.resize(1280, 800)  # the title breaks after 習 (xué xí｜xuān chuán)
    window.current.set_script(Script.TRADITIONAL)
    qtbot.waitUntil(lambda: window.current.script is Script.TRADITIONAL, timeout=WORKER_WAIT_MS)
    title = _pinyin_on(window, qtbot)
    image = view.viewport().grab().toImage()
    paper = view.palette().base().color().lightness()
    font = QFont(view.font())
    font.setPointSizeF(view.font().pointSizeF() * RUBY_SCALE)
    checked = 0
    for n in range(title.layout().lineCount()):
        line = title.layout().lineAt(n)
        qt = title.position() + line.textStart() + line.textLength() - 1
        pos = view.positions.to_original(qt)
        syllable = dict(view.pinyin.visible()).get(pos)
        if syllable is None:
            continue
        cursor = QTextCursor(view.document())
        cursor.setPosition(qt + 1)  # the format of the character before the cursor
        advance = QFontMetricsF(cursor.charFormat().font()).horizontalAdvance(window.session.text[pos])
        cursor.setPosition(qt)
        box = view.cursorRect(cursor)
        # narrowed, if at all, to its character's own width: never below it
        natural = min(_ink_alone(syllable, font), advance - 1)
        band = (box.top() - _ruby_height(view), box.top())
        ink = _ink_columns(image, box.left(), box.left() + int(advance), *band, paper)
        assert ink >= 0.9 * natural, f"{syllable} over {window.session.text[pos]}: {ink} px of {natural:.0f}"
        checked += 1
    assert checked


def _band_colours(view, image, pos: int) -> list:
    """The colours of the ink in the syllable band over the character at original offset pos."""
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.positions.to_qt(pos))
    box = view.cursorRect(cursor)
    advance = view.fontMetrics().horizontalAdvance("中")
    paper = view.palette().base().color()
    found = []
    for x in range(box.left(), box.left() + advance):
        for y in range(box.top() - _ruby_height(view), box.top()):
            colour = image.pixelColor(x, y)
            if abs(colour.lightness() - paper.lightness()) > 60 and colour.hsvSaturation() > 80:
                found.append(colour)
    return found


def test_tone_colours_paint_each_syllable_in_its_tones_colour(window, qtbot):
    from reader.gui.ruby_style import TONE_COLOURS

    view = window.view
    _pinyin_on(window, qtbot)
    start = window.session.text.index("全國總工會")  # quán guó zǒng gōng huì: tones 2 2 3 1 4
    view.select_original(start, start)
    qtbot.waitUntil(lambda: dict(view.pinyin.visible()).get(start) == "quán")
    assert _band_colours(view, view.viewport().grab().toImage(), start) == []  # one grey before
    _choose_in_pinyin_menu(window, qtbot, Qt.Key.Key_T)
    assert window.actions["pinyin_tone_colours"].isChecked() and window.settings.pinyin_tone_colours
    qtbot.waitUntil(lambda: view.pinyin.style.tone_colours)
    image = view.viewport().grab().toImage()
    for offset, tone in ((0, 2), (2, 3), (3, 1), (4, 4)):
        inks = _band_colours(view, image, start + offset)
        assert inks, f"no coloured ink over {window.session.text[start + offset]}"
        expected = QColor(TONE_COLOURS[tone][0]).hue()
        hues = sorted(c.hue() for c in inks)
        assert abs(hues[len(hues) // 2] - expected) < 20, (offset, tone, hues[len(hues) // 2], expected)


def test_the_selection_stays_visible_beneath_coloured_syllables(window, qtbot):
    view = window.view
    _pinyin_on(window, qtbot)
    window.actions["pinyin_tone_colours"].trigger()
    start = window.session.text.index("全國總工會")
    view.select_original(start, start + 5)
    qtbot.wait(50)
    image = view.viewport().grab().toImage()
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.positions.to_qt(start + 2))
    box = view.cursorRect(cursor)
    highlight = view.palette().highlight().color()
    row = [image.pixelColor(x, box.center().y()) for x in range(box.left(), box.left() + 10)]
    assert any(c == highlight for c in row), "the selection is not painted under the syllables"


def test_zhuyin_over_the_text_from_the_chosen_readings(window, qtbot):
    view = window.view
    _pinyin_on(window, qtbot)
    start = window.session.text.index("全國總工會")
    view.select_original(start, start)
    qtbot.waitUntil(lambda: dict(view.pinyin.visible()).get(start) == "quán")
    empty = view.viewport().grab().toImage()
    _choose_in_pinyin_menu(window, qtbot, Qt.Key.Key_Z)
    assert window.actions["ruby_zhuyin"].isChecked() and window.settings.pinyin_zhuyin
    qtbot.waitUntil(lambda: view.pinyin.style.zhuyin)
    shown = dict(view.pinyin.visible())
    assert [view.pinyin.label(shown[start + i]) for i in range(5)] == [
        "ㄑㄩㄢˊ",
        "ㄍㄨㄛˊ",
        "ㄗㄨㄥˇ",
        "ㄍㄨㄥ",
        "ㄏㄨㄟˋ",
    ]
    image = view.viewport().grab().toImage()
    paper = view.palette().base().color().lightness()
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.positions.to_qt(start))
    box = view.cursorRect(cursor)
    band = (box.top() - _ruby_height(view), box.top())
    width = 5 * view.fontMetrics().horizontalAdvance("中")
    assert _ink_columns(image, box.left(), box.left() + width, *band, paper) > width // 3
    assert image != empty  # drawn otherwise than the pinyin was
    _choose_in_pinyin_menu(window, qtbot, Qt.Key.Key_P)  # back to pinyin
    assert not view.pinyin.style.zhuyin and not window.settings.pinyin_zhuyin


def test_the_pinyin_style_is_kept_for_the_next_launch(make_window, qtbot):
    window = make_window()
    window.actions["ruby_zhuyin"].trigger()
    window.actions["pinyin_tone_colours"].trigger()
    window.settings.sync()
    again = make_window()
    assert again.actions["ruby_zhuyin"].isChecked() and again.actions["pinyin_tone_colours"].isChecked()
    assert again.view.pinyin.style.zhuyin and again.view.pinyin.style.tone_colours


def test_turning_pinyin_on_makes_room_in_the_shown_document(make_window, qtbot, tmp_path):
    """The lines grow taller in the document on screen, a slice at a time, and shrink back: it is
    never built again (a novel's rebuild held the window 65-110 ms); the caret stays, and the page
    stays on its passage while the blocks above it grow."""
    from reader.core.resources import notice_path

    long = tmp_path / "long.txt"
    long.write_text("\n\n".join([notice_path().read_text(encoding="utf-8")] * 40), encoding="utf-8")
    window = make_window(long)
    view = window.view
    qtbot.waitUntil(lambda: not view._slicer.active, timeout=WORKER_WAIT_MS)
    doc = view.document()
    middle = len(window.session.text) // 2
    view.select_original(middle, middle)
    view.scroll_to_original(middle)
    qtbot.waitUntil(lambda: abs(view.top_original() - middle) < 200)
    top = view.top_original()
    window.actions["pinyin"].trigger()
    qtbot.waitUntil(lambda: view.pinyin.active, timeout=WORKER_WAIT_MS)  # the worker reads them: slow on a busy machine
    qtbot.waitUntil(lambda: not view.room.active, timeout=WORKER_WAIT_MS)
    assert view.document() is doc
    heights = {b.blockFormat().lineHeight() for b in _blocks(doc) if b.blockFormat().lineHeightType() == 1}
    assert heights == {RUBY_LINE_HEIGHT}
    assert view.caret_original() == middle
    assert abs(view.top_original() - top) < 100, (view.top_original(), top)
    window.actions["pinyin"].trigger()
    qtbot.waitUntil(lambda: not view.room.active, timeout=WORKER_WAIT_MS)
    assert view.document() is doc
    heights = {b.blockFormat().lineHeight() for b in _blocks(doc) if b.blockFormat().lineHeightType() == 1}
    assert heights == {view.prefs.line_height}


def _blocks(doc):
    block = doc.begin()
    while block.isValid():
        yield block
        block = block.next()


def test_the_pinyin_asked_for_goes_before_the_background_work_waiting(window, qtbot, monkeypatch):
    """A Taiwan law's pinyin took 38 s to arrive at load 11: it waited in the worker behind
    whole-book background work. Asked for while the worker runs one long job with three more
    waiting, it is read right after the one running."""
    from reader.core import analysis
    from tests.gui.worker_queue import follow, keep_busy

    order = []  # as the worker's courier settles them, one at a time
    background = keep_busy(order)
    follow(monkeypatch, analysis.make_pinyin, "pinyin", order)
    _open_view_menu_and_choose_pinyin(window, qtbot)
    qtbot.waitUntil(lambda: window.view.pinyin.active, timeout=WORKER_WAIT_MS)
    qtbot.waitUntil(lambda: all(job.done() for job in background), timeout=WORKER_WAIT_MS)
    assert order == ["pinyin", "background", "background", "background"]


def test_the_status_bar_says_the_pinyin_is_read_until_it_comes(window, qtbot, monkeypatch):
    """Under Xvfb at load 16 a law's pinyin came after 5-10 s, and "Reading the pinyin…" was
    gone after 2 s: the page as it was, nothing said. It is said until the syllables come."""
    from PySide6.QtCore import QTimer

    background = window.current.background
    asked = background.analyse

    def slow_worker(job, args, done, *rest, **kw):  # the answer comes 3 s later, as on a busy machine
        return asked(job, args, lambda result: QTimer.singleShot(3000, lambda: done(result)), *rest, **kw)

    monkeypatch.setattr(background, "analyse", slow_worker)
    _open_view_menu_and_choose_pinyin(window, qtbot)
    qtbot.wait(2500)
    assert not window.view.pinyin.active
    assert window.statusBar().currentMessage() == "Reading the pinyin…"
    qtbot.waitUntil(lambda: window.view.pinyin.active, timeout=WORKER_WAIT_MS)
    assert window.statusBar().currentMessage() == ""


class _Recording(QPainter):
    """A painter that keeps the rectangle each piece of text is drawn into, in the page's
    pixels: what the reader sees of each syllable, however the layer places it."""

    def __init__(self, device) -> None:
        super().__init__(device)
        self.drawn: list[tuple[str, QRectF, float]] = []  # (text, drawn box, drawn width / own width)

    def drawStaticText(self, point, text) -> None:  # noqa: N802 (Qt's name)
        box = self.worldTransform().mapRect(QRectF(point, text.size()))
        self.drawn.append((text.text(), box, box.width() / text.size().width()))
        super().drawStaticText(point, text)


def _drawn_syllables(view) -> list[tuple[str, QRectF, float]]:
    image = QImage(view.viewport().size(), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = _Recording(image)
    view.pinyin.paint(painter)
    painter.end()
    return painter.drawn


@pytest.mark.parametrize("width", [760, 1500])
def test_drawn_syllables_never_touch_and_keep_a_gap(make_window, qtbot, width):
    """Each syllable over the text stands apart from its neighbours, at a readable width, within
    the page, in both scripts and at two window sizes: under Xvfb the notice's syllables were
    narrowed to their characters with a pixel between ("zhèngpíngděng" read as one run)."""
    window = make_window()
    window.resize(width, 900)
    view = window.view
    _open_view_menu_and_choose_pinyin(window, qtbot)
    qtbot.waitUntil(lambda: view.pinyin.active, timeout=90000)  # the worker reads them: slow on a busy machine
    for script in (Script.SIMPLIFIED, Script.TRADITIONAL):
        window.current.set_script(script)
        qtbot.waitUntil(lambda script=script: window.current.script is script, timeout=WORKER_WAIT_MS)
        qtbot.waitUntil(lambda: not view.room.active and not view.titles.pending, timeout=CONDITION_WAIT_MS)
        start = window.session.text.index("根據《中共中央")  # the first paragraph's long syllables
        view.scroll_to_original(start)
        qtbot.waitUntil(lambda: len(view.pinyin.visible()) > 100, timeout=CONDITION_WAIT_MS)
        drawn = _drawn_syllables(view)
        assert len(drawn) > 100
        page = view.viewport().width()
        lines: dict[int, list[QRectF]] = {}
        for text, box, scale in drawn:
            assert box.left() >= 0 and box.right() <= page, f"{text} drawn outside the page: {box}"
            assert scale >= 0.7, f"{text} condensed to {scale:.2f} of its width"
            lines.setdefault(round(box.top()), []).append(box)
        for boxes in lines.values():
            boxes.sort(key=QRectF.left)
            for a, b in zip(boxes, boxes[1:]):
                assert b.left() - a.right() >= 2.0, f"{b.left() - a.right():.1f} px between syllables at y={a.top()}"


def _advances(view, original: int, count: int) -> list[float]:
    """The widths the page gives `count` characters from an original offset (one line)."""
    at = view.positions.to_qt(original)
    block = view.document().findBlock(at)
    line = block.layout().lineForTextPosition(at - block.position())
    xs = [line.cursorToX(at - block.position() + i)[0] for i in range(count + 1)]
    return [b - a for a, b in zip(xs, xs[1:])]


def test_pinyin_keeps_a_run_of_marks_together_and_spaces_a_lone_mark_as_the_characters(make_window, qtbot, tmp_path):
    """红楼梦 writes ____ and *** in its text: with pinyin on, each mark was set a fifth wider
    apart as the characters are, and ____ showed as four dashes (Xvfb). A lone ASCII quote in
    Chinese text (借"通灵"之说) is set as the characters around it: the fifth more after it is
    about a pixel, and formatting 红楼梦's 6,641 too would take twice as long."""
    path = tmp_path / "marks.txt"
    path.write_text('要知端的____第四十八回。\n\n故将真事隐去，而借"通灵"之说，还有你们大***呢？\n', encoding="utf-8")
    window = make_window(path)
    view, text = window.view, window.session.text
    line, stars, quote = text.index("____"), text.index("***"), text.index('"通')

    def laid_out() -> bool:
        return all(view.document().findBlock(view.positions.to_qt(at)).layout().lineCount() for at in (line, quote))

    qtbot.waitUntil(laid_out)
    off = _advances(view, line, 4), _advances(view, stars, 3), _advances(view, quote, 1)
    _choose_in_pinyin_menu(window, qtbot)
    qtbot.waitUntil(lambda: view.pinyin.active, timeout=WORKER_WAIT_MS)
    qtbot.waitUntil(lambda: _line_height(view) == RUBY_LINE_HEIGHT)  # typeset again in the next turn
    qtbot.waitUntil(laid_out)
    assert _advances(view, line, 4) == pytest.approx(off[0], abs=0.6)  # one line, not four dashes
    assert _advances(view, stars, 3) == pytest.approx(off[1], abs=0.6)
    assert _advances(view, quote, 1)[0] == pytest.approx(off[2][0] * 1.2, abs=0.6)  # as 借 and 通 are


@pytest.mark.parametrize("script", [Script.ORIGINAL, Script.SIMPLIFIED])
def test_pinyin_sets_the_characters_wider_apart_but_not_digits(window, qtbot, script):
    """Pinyin on: the characters are set a fifth wider apart for their syllables; the dateline's
    digits (2022年11月02日14:04) carry none and keep their own spacing, in the shown document
    and in another script's typeset after."""
    view = window.view
    if script is not Script.ORIGINAL:
        window.current.set_script(script)
        qtbot.waitUntil(lambda: window.current.script is script, timeout=WORKER_WAIT_MS)
    date = window.session.text.index("2022年11月02日")
    qtbot.waitUntil(lambda: view.document().findBlock(view.positions.to_qt(date)).layout().lineCount() > 0)
    digits_off, han_off = _advances(view, date, 4), _advances(view, date + 4, 1)
    _pinyin_on(window, qtbot)
    qtbot.waitUntil(lambda: view.document().findBlock(view.positions.to_qt(date)).layout().lineCount() > 0)
    digits_on, han_on = _advances(view, date, 4), _advances(view, date + 4, 1)
    assert han_on[0] == pytest.approx(han_off[0] * 1.2, rel=0.05)  # 年: wider apart
    assert digits_on == pytest.approx(digits_off, abs=0.6)  # 2022: as they were
    for other in (Script.TRADITIONAL if script is Script.SIMPLIFIED else Script.SIMPLIFIED,):
        window.current.set_script(other)
        qtbot.waitUntil(lambda other=other: window.current.script is other, timeout=WORKER_WAIT_MS)
        qtbot.waitUntil(lambda: view.document().findBlock(view.positions.to_qt(date)).layout().lineCount() > 0)
        assert _advances(view, date, 4) == pytest.approx(digits_off, abs=0.6)
