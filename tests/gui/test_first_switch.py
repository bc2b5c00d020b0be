"""A book's first switch to a script converted in the worker (issue 32): what the window
thread does for it is spread over short turns, and the switch keeps the caret, the page,
find, the tree and the highlights."""

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer

from reader.core import script_rules, scripts
from reader.core.scripts import Script
from reader.gui import page_preview
from reader.gui.background import WORKER
from reader.gui.housekeeping import housekeeping
from tests.gui.conftest import CONDITION_WAIT_MS, WORKER_WAIT_MS
from tests.gui.screen_truth import last_text_block, on_screen

MENGZI = Path(__file__).parents[1] / "corpus" / "mengzi-gutenberg-big5.txt"  # Traditional, a book's length
CIVIL_CODE = Path(__file__).parents[1] / "corpus" / "law-civil-code.txt"  # Simplified, converted in the worker
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture(autouse=True)
def _worker_welcome_again():
    yield
    WORKER.reopen()


PARAGRAPH = "宝玉往潇湘馆来，黛玉在潇湘馆里看书，紫鹃出了潇湘馆，宝钗回到蘅芜苑。" * 6


def _book(
    tmp_path, chapters: int = 300, paragraph: str = PARAGRAPH, heading: str = "第{i}回 潇湘馆", name: str = "book.txt"
) -> Path:
    """A book of `chapters` chapters, each a heading and the same paragraph."""
    book = tmp_path / name
    book.write_text(
        "".join(f"{heading.format(i=i)}\n\n{paragraph}\n\n" for i in range(1, chapters + 1)), encoding="utf-8"
    )
    return book


def _switched(window, script) -> bool:
    return window.script is script and window.current.pending_script is None and not window.view.pages.swapping


def test_a_books_first_switch_finds_its_mode_read_off_the_windows_thread(make_window, qtbot, monkeypatch):
    # the page's preview converts by the rules of the book's mode: reading the mode took
    # 22 ms of the window's first turn on 红楼梦; it is read in the thread that loads OpenCC
    on_window_thread = []
    real_mode = script_rules.text_mode

    def text_mode(text):
        on_window_thread.append(threading.current_thread() is threading.main_thread())
        return real_mode(text)

    monkeypatch.setattr(script_rules, "text_mode", text_mode)
    scripts._opencc.cache_clear()
    window = make_window(MENGZI)
    # the previews warmed (in the housekeeping thread, once the window is idle), the mode read
    qtbot.waitUntil(lambda: bool(on_window_thread) and not housekeeping().busy, timeout=WORKER_WAIT_MS)
    qtbot.keyClick(window.view, Qt.Key.Key_2, CTRL)  # View ▸ Simplified (简体)
    qtbot.waitUntil(lambda: _switched(window, Script.SIMPLIFIED), timeout=WORKER_WAIT_MS)
    assert on_window_thread and not any(on_window_thread)


def test_a_books_previews_are_warmed_once_the_worker_has_read_it(make_window, qtbot, monkeypatch):
    # the thread loading OpenCC for the previews ran beside the book's opening, while the
    # worker read it: the window's turns waited for a core and the interpreter (opening 红楼梦
    # stalled 142-191 ms, 42 without it). It starts once the words and key terms have come.
    order = []
    real_warm = scripts.warm
    monkeypatch.setattr(scripts, "warm", lambda *how: (order.append("warm"), real_warm(*how)))
    window = make_window(MENGZI)
    window.current.termsReady.connect(lambda: order.append("terms"))
    qtbot.waitUntil(lambda: "warm" in order, timeout=WORKER_WAIT_MS)
    assert order[0] == "terms", order


def test_the_converted_view_is_shown_a_turn_after_it_arrives(make_window, qtbot, monkeypatch):
    # the turn a book's view came in made its page text, replaced the page and reset the tree
    # (60–90 ms of the window's own time on 红楼梦): the page text is made in that turn, the
    # view shown in the next one
    from reader.core.session import Session
    from reader.gui.script_pages import ScriptPages

    order = []
    real_adopt, real_show = Session.adopt_view, ScriptPages.show

    def adopt_view(self, packed):
        order.append("arrived")
        QTimer.singleShot(0, lambda: order.append("next turn"))
        return real_adopt(self, packed)

    def show(self, view, blocks=()):
        if view.script is Script.SIMPLIFIED:
            order.append("shown")
        return real_show(self, view, blocks)

    monkeypatch.setattr(Session, "adopt_view", adopt_view)
    monkeypatch.setattr(ScriptPages, "show", show)
    window = make_window(MENGZI)
    qtbot.keyClick(window.view, Qt.Key.Key_2, CTRL)
    qtbot.waitUntil(lambda: _switched(window, Script.SIMPLIFIED), timeout=WORKER_WAIT_MS)
    # the words job's own Simplified view may come in between (adopt_words adopts it too)
    assert order.index("arrived") < order.index("next turn") < order.index("shown")
    assert "孟子见梁惠王" in window.view.toPlainText()


def test_a_books_converted_page_text_is_made_off_the_windows_thread(make_window, qtbot, monkeypatch):
    # the page's text of the view that came in (clean punctuation over the whole book: 8-12 ms
    # of the window's own time on 红楼梦) was made in the turn it came in
    from reader.gui import page_typesetting

    on_window_thread = []
    real_clean = page_typesetting.clean_punctuation

    def clean_punctuation(text):
        if len(text) > 20_000 and "孟子见梁惠王" in text:  # the whole Simplified view's, not the preview's
            on_window_thread.append(threading.current_thread() is threading.main_thread())
        return real_clean(text)

    monkeypatch.setattr(page_typesetting, "clean_punctuation", clean_punctuation)
    window = make_window(MENGZI)
    qtbot.keyClick(window.view, Qt.Key.Key_2, CTRL)  # View ▸ Simplified (简体): converted in the worker
    qtbot.waitUntil(lambda: _switched(window, Script.SIMPLIFIED), timeout=WORKER_WAIT_MS)
    assert "孟子见梁惠王" in window.view.toPlainText()
    assert on_window_thread == [False]  # made once, in a thread; the page and its swap reuse it


def test_a_books_first_switch_keeps_the_place_and_brings_find_tree_and_highlights(make_window, qtbot, tmp_path):
    window = make_window(_book(tmp_path))
    reading, view = window.current, window.view
    text = window.session.text
    qtbot.waitUntil(lambda: not view._slicer.active, timeout=WORKER_WAIT_MS)
    start = text.index("第150回")
    view.select_original(start, start + len("第150回"), ensure_visible=False)
    view.scroll_to_original(start)
    qtbot.waitUntil(lambda: abs(view.top_original() - start) < 200, timeout=10000)
    qtbot.keyClick(view, Qt.Key.Key_H)  # a highlight on the selection
    qtbot.waitUntil(lambda: len(window.session.annotations.placed()) == 1)
    top, selection = view.top_original(), view.selection_original()
    qtbot.keyClick(view, Qt.Key.Key_3, CTRL)  # View ▸ Traditional (繁體): converted in the worker
    assert reading.pending_script is Script.TRADITIONAL
    qtbot.waitUntil(lambda: _switched(window, Script.TRADITIONAL), timeout=WORKER_WAIT_MS)
    assert view.selection_original() == selection
    assert abs(view.top_original() - top) < 200
    assert "瀟湘館" in view.toPlainText() and "潇湘馆" not in view.toPlainText()
    assert len(view.layers.shown.get("highlights", ())) == 1
    assert "瀟湘館" in reading.outline_model.data(reading.outline_model.index(0, 0))
    reading.finder.open("瀟湘館")
    qtbot.waitUntil(lambda: len(reading.finder.hits) == text.count("潇湘馆"), timeout=10000)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_End, CTRL)
    last = last_text_block(view)
    qtbot.waitUntil(lambda: on_screen(view, last), timeout=10000)
    assert "第300回" in last.previous().previous().text()


def test_the_preview_of_a_hard_wrapped_book_keeps_its_joined_lines_one_paragraph(make_window, qtbot, tmp_path):
    # the page joins a hard-wrapped paragraph's lines (wrapping.join_soft_breaks); the preview
    # put the view's own line breaks back into the paragraphs on screen, splitting them
    body = "宝玉往潇湘馆来黛玉在潇湘馆里看书紫鹃出了潇湘馆宝钗回到蘅芜苑" * 8
    paragraphs = []
    for i in range(600):
        text = f"　　第{i}段" + body[: 100 + i % 7]
        paragraphs.append("\n".join(text[k : k + 30] for k in range(0, len(text), 30)))
    book = tmp_path / "wrapped.txt"
    book.write_text("\n".join(paragraphs) + "\n", encoding="utf-8")
    window = make_window(book)
    view = window.view
    assert view.line_joins  # read as hard-wrapped
    qtbot.waitUntil(lambda: not view._slicer.active, timeout=WORKER_WAIT_MS)
    blocks = view.document().blockCount()
    qtbot.keyClick(view, Qt.Key.Key_3, CTRL)
    assert window.current.pending_script is Script.TRADITIONAL
    qtbot.waitUntil(lambda: window.current.shown_script is Script.TRADITIONAL)  # the page on screen previewed
    # a block in the page's middle (at its top left corner, in the margin above the first line
    # when the page is at its top, Qt finds no line and gives the document's last block)
    first = view.document().findBlock(view.cursorForPosition(view.viewport().rect().center()).position())
    assert "瀟湘館" in first.text()
    assert view.document().blockCount() == blocks
    qtbot.waitUntil(lambda: _switched(window, Script.TRADITIONAL), timeout=WORKER_WAIT_MS)
    assert view.document().blockCount() == blocks
    assert "潇湘馆" not in view.toPlainText()


def test_a_books_sections_are_previewed_whole_in_the_new_script(make_window, qtbot):
    # while the worker converts, the page on screen is previewed in the new script; the tree
    # kept the old one meanwhile (第一编 总则 beside the page's 第一編　總則). Its labels are
    # previewed with the page's conversion, each whole in the new script, and the real view's
    # are the same: nothing in the tree changes again when it arrives
    window = make_window(CIVIL_CODE)
    model = window.outline_model

    def top_level() -> list[str]:
        return [model.data(model.index(r, 0)) for r in range(1, model.rowCount())]

    assert top_level()[:3] == ["第一编 总则", "第二编 物权", "第三编 合同"]
    told = []
    model.dataChanged.connect(lambda *_: told.append(1))
    qtbot.keyClick(window.view, Qt.Key.Key_3, CTRL)  # View ▸ Traditional (繁體)
    assert window.current.pending_script is Script.TRADITIONAL  # converting in the worker
    qtbot.waitUntil(lambda: window.current.shown_script is Script.TRADITIONAL)  # and previewed
    previewed = top_level()
    assert previewed[:3] == ["第一編 總則", "第二編 物權", "第三編 合同"]
    assert previewed[-1] == "附則"
    qtbot.waitUntil(lambda: bool(told), timeout=CONDITION_WAIT_MS)  # the tree is told (a turn later)
    qtbot.waitUntil(lambda: _switched(window, Script.TRADITIONAL), timeout=WORKER_WAIT_MS)
    assert top_level() == previewed


@pytest.mark.parametrize(
    ("path", "key", "script"),
    [(CIVIL_CODE, Qt.Key.Key_3, Script.TRADITIONAL), (MENGZI, Qt.Key.Key_2, Script.SIMPLIFIED)],
)
def test_the_tab_the_window_title_and_the_status_line_follow_the_preview_at_once(make_window, qtbot, path, key, script):
    # the page and the tree were previewed in the new script at once, but the tab, the
    # window's title and the status line's script stayed in the old one (中华人民共和国民法典
    # and "Original" beside a page in 繁體) until the worker's view came: they follow the
    # page's preview, with its conversion, and the view's arrival changes none of them again
    window = make_window(path)
    reading = window.current
    tabs = window.workspace.widget(window.workspace.pane_of(reading))
    before = reading.title()
    name = {Script.SIMPLIFIED: "简体", Script.TRADITIONAL: "Traditional: Taiwan"}[script]  # as View names it
    assert before in window.windowTitle() and tabs.tabText(tabs.indexOf(reading.page)) == before
    titles = []
    window.windowTitleChanged.connect(titles.append)
    qtbot.keyClick(window.view, key, CTRL)
    assert reading.pending_script is script  # converting in the worker
    qtbot.waitUntil(lambda: reading.shown_script is script)  # the page previewed (converted in a thread)
    previewed = tabs.tabText(tabs.indexOf(reading.page))
    assert previewed != before and previewed in window.windowTitle()
    said = window.status_line.script.text()
    assert said.startswith(name)
    tab_texts, script_texts = {previewed}, {said}

    def switched() -> bool:
        tab_texts.add(tabs.tabText(tabs.indexOf(reading.page)))
        script_texts.add(window.status_line.script.text())
        return _switched(window, script)

    qtbot.waitUntil(switched, timeout=WORKER_WAIT_MS)
    assert previewed == window.session.title_in(script)  # what the view itself writes
    assert tab_texts == {previewed} and script_texts == {said}
    assert len(titles) == 1 and previewed in titles[0]


def test_a_switch_with_no_preview_changes_nothing_until_the_view_comes(make_window, qtbot, tmp_path):
    # a character beyond the BMP (𠮷, two UTF-16 units in Qt) on the page: the page cannot be
    # previewed, and the toolbar showed 繁體 beside a page, a tab, a tree and a status line in
    # 简体 until the worker's view came. The toolbar shows what the page shows, and the whole
    # window changes together when the view comes.
    paragraph = "𠮷田先生说，这个问题要认真学习，进一步发展经济。" * 8
    window = make_window(_book(tmp_path, 149, paragraph, heading="第{i}章 发展经济", name="发展.txt"))
    reading = window.current
    tabs = window.workspace.widget(window.workspace.pane_of(reading))

    def shown() -> tuple:
        checked = next(s for s in Script if window.actions[f"script_{s.value}"].isChecked())
        model = window.outline_model
        return (
            checked,
            window.status_line.script.text().split(" (")[0],
            tabs.tabText(tabs.indexOf(reading.page)),
            model.data(model.index(0, 0)),
            window.view.document().findBlockByNumber(2).text()[:8],
        )

    before = shown()
    assert before[0] is Script.ORIGINAL and before[3] == "第1章 发展经济"
    qtbot.keyClick(window.view, Qt.Key.Key_3, CTRL)
    assert reading.pending_script is Script.TRADITIONAL and reading.shown_script is Script.ORIGINAL
    states = {shown()}
    qtbot.waitUntil(lambda: states.add(shown()) or _switched(window, Script.TRADITIONAL), timeout=WORKER_WAIT_MS)
    after = shown()
    assert after[0] is Script.TRADITIONAL and after[1] == "Traditional: Taiwan" and after[3] == "第1章 發展經濟"
    assert states <= {before, after}  # never part of the window in one script, part in the other


def test_a_variant_chosen_while_a_book_converts_keeps_the_switch(make_window, qtbot, tmp_path):
    # View ▸ Traditional: Hong Kong while the book converted to 繁體 took it back to 原文
    # (the script it was shown in before the switch) and dropped the switch
    window = make_window(_book(tmp_path))
    reading = window.current
    qtbot.keyClick(window.view, Qt.Key.Key_3, CTRL)
    assert reading.pending_script is Script.TRADITIONAL
    window.actions["variant_s2hk"].trigger()
    assert reading.pending_script is Script.TRADITIONAL
    qtbot.waitUntil(lambda: _switched(window, Script.TRADITIONAL), timeout=WORKER_WAIT_MS)
    assert reading.session.views.plan.config(Script.TRADITIONAL) == "s2hk"
    assert window.actions["script_traditional"].isChecked() and window.actions["variant_s2hk"].isChecked()
    assert "瀟湘館" in window.view.document().findBlockByNumber(2).text()


def test_a_books_page_preview_is_converted_off_the_windows_thread_and_shown_a_turn_later(
    make_window, qtbot, tmp_path, monkeypatch
):
    # Ctrl+3 on a book: the paragraphs on screen were converted (19–27 ms of pure-Python OpenCC
    # on 红楼梦's page) and put in the page (21 ms) in the key press's own turn, 81 ms in all
    threads = []  # where the page's paragraphs were converted (the tree's labels and the title
    real = page_preview.convert_with_map  # go through the same conversion, on the window's thread)

    def recording(text, *args, **kwargs):
        if len(text) > 100:  # a paragraph or more: not a label
            threads.append(threading.current_thread())
        return real(text, *args, **kwargs)

    monkeypatch.setattr(page_preview, "convert_with_map", recording)
    window = make_window(_book(tmp_path))
    view = window.view
    before = view.document().findBlockByNumber(2).text()
    qtbot.keyClick(view, Qt.Key.Key_3, CTRL)
    assert window.current.pending_script is Script.TRADITIONAL
    assert view.document().findBlockByNumber(2).text() == before  # nothing yet in the key press's turn
    assert window.current.shown_script is Script.ORIGINAL and window.status_line.script.text().startswith("Original")
    qtbot.waitUntil(lambda: window.current.shown_script is Script.TRADITIONAL)
    assert "瀟湘館" in view.document().findBlockByNumber(2).text()
    assert window.status_line.script.text().startswith("Traditional: Taiwan")  # with the page, not before it
    assert threads and threading.main_thread() not in threads


VARIANTS = ("s2t", "s2tw", "s2twp", "s2hk")


def test_the_status_line_and_the_variant_menu_name_a_new_variant_when_its_page_shows(make_window, qtbot, tmp_path):
    # a book in 繁體 (Taiwan's forms), View ▸ Traditional ▸ OpenCC's standard forms: the menu
    # and the status line named s2t at once, beside a page in s2tw (為) until the worker's view came
    window = make_window(_book(tmp_path, 299, "宝玉为黛玉往潇湘馆来，大家都为这件事高兴。" * 8))
    reading = window.current
    reading.set_variant("s2tw")
    qtbot.keyClick(window.view, Qt.Key.Key_3, CTRL)
    qtbot.waitUntil(lambda: _switched(window, Script.TRADITIONAL), timeout=WORKER_WAIT_MS)

    def shown() -> tuple:
        checked = [v for v in VARIANTS if window.actions[f"variant_{v}"].isChecked()]
        return (tuple(checked), window.status_line.script.text(), window.view.document().findBlockByNumber(2).text())

    before = shown()
    assert before[0] == ("s2tw",) and before[1].startswith("Traditional: Taiwan (") and "為" in before[2]
    window.actions["variant_s2t"].trigger()  # View ▸ Traditional variant ▸ s2t
    assert reading.pending_script is Script.TRADITIONAL  # converting in the worker
    assert shown() == before
    states = {before}
    qtbot.waitUntil(lambda: states.add(shown()) or _switched(window, Script.TRADITIONAL), timeout=WORKER_WAIT_MS)
    after = shown()
    assert after[0] == ("s2t",) and after[1].startswith("Traditional: OpenCC Standard (") and "爲" in after[2]
    assert states == {before, after}  # the menu, the status line and the page change together


def test_the_trees_labels_at_a_books_first_switch_are_converted_off_the_windows_thread(make_window, qtbot, monkeypatch):
    # the tree's rows on screen previewed in the new script were converted on the window's
    # thread in the turn before the tree's paint (pure-Python OpenCC, ~0.2 ms a label: 10-12
    # ms on 红楼梦); they are converted in the thread that converts the page's paragraphs
    from reader.core.outline import Outline

    window = make_window(CIVIL_CODE)
    tree, model = window.outline_dock.tree, window.outline_model
    window.outline_dock.show()
    qtbot.waitUntil(lambda: tree.isVisible() and model.label(model.node(model.index(1, 0))) == "第一编 总则")
    qtbot.wait(50)  # the turns after the book's open, a relabel among them, are over
    shown = [model.index(r, 0) for r in range(model.rowCount())]
    shown = [i for i in shown if tree.visualRect(i).intersects(tree.viewport().rect())]
    assert len(shown) > 5
    tree.viewport().repaint()  # the rows on screen ask for their labels
    assert [model.data(i) for i in shown][1] == "第一编 总则"
    shown = {id(model.node(i)) for i in shown}
    made_on_window_thread = []  # of the rows on screen, while the page is a preview
    real = Outline.label_through

    def recording(self, node, *args):
        if id(node) in shown and window.current.pending_script is Script.TRADITIONAL:
            made_on_window_thread.append(threading.current_thread() is threading.main_thread())
        return real(self, node, *args)

    monkeypatch.setattr(Outline, "label_through", recording)
    told = []
    model.dataChanged.connect(lambda *_: told.append(1))
    qtbot.keyClick(window.view, Qt.Key.Key_3, CTRL)  # View ▸ Traditional (繁體)
    qtbot.waitUntil(lambda: window.current.shown_script is Script.TRADITIONAL)  # previewed
    qtbot.waitUntil(lambda: bool(told), timeout=CONDITION_WAIT_MS)
    tree.viewport().repaint()
    assert model.data(model.index(1, 0)) == "第一編 總則"
    assert made_on_window_thread and not any(made_on_window_thread)


def test_a_books_page_is_previewed_through_opencc_s_phrases_held_packed(make_window, qtbot, tmp_path):
    # the window keeps OpenCC's dictionaries to preview a page: as dicts, s2tw's phrases were
    # 9.5 MB of Python objects (11 bytes a character of 红楼梦); packed, a fifth of that
    from reader.core.packed_dict import PACKED_ENTRIES, PackedDict

    scripts._opencc.cache_clear()  # loaded by other tests of this process, perhaps as dicts
    window = make_window(_book(tmp_path, paragraph="他们在头发里发现了一个干净的钟表。"))
    view = window.view
    qtbot.keyClick(view, Qt.Key.Key_3, CTRL)
    qtbot.waitUntil(lambda: window.current.shown_script is Script.TRADITIONAL)
    assert "他們在頭髮裡發現了一個乾淨的鐘錶。" in view.document().findBlockByNumber(2).text()  # phrases: 頭髮, 鐘錶
    tables = [table for group in scripts._opencc("s2tw")._dict_chain_data for *_, table in group]
    assert any(isinstance(table, PackedDict) for table in tables)
    assert all(len(table) < PACKED_ENTRIES for table in tables if isinstance(table, dict))


def test_a_swapped_in_books_turn_leaves_a_caret_off_the_page_for_a_turn_after(
    make_window, qtbot, tmp_path, monkeypatch
):
    # the turn that shows a book's new document (script_swap._swapped) took the window of
    # laid-out blocks to a caret far from the page and back (page_window: two passes of Qt's
    # layout, 5-8 ms of a 15-22 ms turn on 红楼梦); the caret is put back in a turn after
    from reader.gui.page_window import PageWindow
    from reader.gui.script_swap import ScriptSwap

    window = make_window(_book(tmp_path, chapters=700))  # windowed (page_window), swapped in (script_swap)
    view = window.view
    text = window.session.text
    caret, far = text.index("第10回"), text.index("第500回")
    view.select_original(caret, caret + 3, ensure_visible=False)
    view.scroll_to_original(far)
    qtbot.waitUntil(lambda: abs(view.top_original() - far) < 200, timeout=10000)
    moves: list[str] = []
    inside = []
    real_show, real_swapped = PageWindow._show, ScriptSwap._swapped

    def show(self, *args, **kwargs):
        moves.append("in the swap's turn" if inside else "after")
        return real_show(self, *args, **kwargs)

    def swapped(self, *args):
        inside.append(1)
        try:
            return real_swapped(self, *args)
        finally:
            inside.clear()

    monkeypatch.setattr(PageWindow, "_show", show)
    monkeypatch.setattr(ScriptSwap, "_swapped", swapped)
    qtbot.keyClick(view, Qt.Key.Key_3, CTRL)
    qtbot.waitUntil(lambda: _switched(window, Script.TRADITIONAL), timeout=WORKER_WAIT_MS)
    assert view.selection_original() == (caret, caret + 3)  # read as it will be, meanwhile
    qtbot.waitUntil(lambda: view.coords.select_pending is None)
    qtbot.wait(100)
    assert "in the swap's turn" not in moves and "after" in moves  # the window went to the caret a turn after
    assert view.selection_original() == (caret, caret + 3)
    assert abs(view.top_original() - far) < 200  # and the page stayed
    assert "瀟湘館" in view.toPlainText() and "潇湘馆" not in view.toPlainText()
