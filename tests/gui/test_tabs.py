"""Several documents open: tabs, two side by side, restored at the next start (issue 15)."""

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence

from reader.app import open_settings
from reader.core.resources import notice_path
from reader.core.scripts import Script
from reader.gui.main_window import MainWindow
from tests.gui.conftest import CONDITION_WAIT_MS, WORKER_WAIT_MS

CODE = Path(__file__).parents[1] / "corpus" / "law-civil-code.txt"
MENGZI = Path(__file__).parents[1] / "corpus" / "mengzi-gutenberg-big5.txt"


def highlight(window, word: str) -> None:
    start = window.session.text.index(word)
    window.view.select_original(start, start + len(word))
    window.view.setFocus()
    window.editor.highlight("yellow")


def test_each_tab_keeps_its_script_position_and_undo(qtmodeltester, make_window, qtbot):
    window = make_window()
    notice = window.current
    highlight(window, "工匠精神")
    assert window.open_path(CODE)
    code = window.current
    assert code is not notice and window.windowTitle().startswith("中华人民共和国民法典")
    window.current.set_script(Script.TRADITIONAL)
    # a book converts in the worker
    qtbot.waitUntil(lambda: window.script is Script.TRADITIONAL, timeout=WORKER_WAIT_MS)
    article = window.session.text.index("第一百二十三条")
    window.view.select_original(article, article)
    # the docks follow the tab: the code's sections, no annotations
    assert window.outline_tree.model() is code.outline_model
    assert window.annotation_dock.model.rowCount() == 0
    qtmodeltester.check(window.outline_tree.model())
    assert not window.actions["undo"].isEnabled()  # the notice's highlight is not this tab's to undo

    qtbot.keySequence(window.view, QKeySequence("Ctrl+Shift+Tab"))
    assert window.current is notice and window.script is Script.ORIGINAL
    assert window.outline_tree.model() is notice.outline_model
    assert window.annotation_dock.model.rowCount() == 1
    assert window.actions["undo"].isEnabled()
    qtbot.keySequence(window.view, QKeySequence("Ctrl+Tab"))
    assert window.current is code and window.script is Script.TRADITIONAL
    assert window.view.caret_original() == article
    assert window.windowTitle().startswith("中華人民共和國民法典")

    window.workspace.step(+1)
    window.undo_group.undo()  # undo in the notice's tab takes back the notice's highlight
    assert len(notice.session.annotations) == 0 and window.annotation_dock.model.rowCount() == 0


def test_a_short_file_opens_at_once_in_the_shown_window(make_window):
    """Only a book, or a file the worker read first, opens over turns of the event loop: a
    short file is open (and current) when open_path returns."""
    window = make_window()
    assert window.open_path(MENGZI)
    assert window.session.document.path == MENGZI.resolve()


def test_opening_a_document_already_open_comes_to_its_tab(make_window):
    window = make_window()
    assert window.open_path(CODE)
    assert window.open_path(notice_path())
    assert len(window.readings()) == 2 and window.session.document.path == notice_path().resolve()


def test_split_shows_two_readings_each_in_its_own_script(make_window, qtbot):
    window = make_window(CODE)
    left = window.current
    qtbot.keySequence(window.view, QKeySequence("Ctrl+\\"))
    assert window.workspace.is_split() and len(window.readings(1)) == 1
    right = window.readings(1)[0]
    assert window.current is right and right.session.document.path == left.session.document.path
    window.current.set_script(Script.TRADITIONAL)
    qtbot.waitUntil(lambda: right.script is Script.TRADITIONAL, timeout=WORKER_WAIT_MS)
    assert left.script is Script.ORIGINAL
    # clicking into the other page makes it the current reading: the docks follow
    left.view.setFocus(Qt.FocusReason.MouseFocusReason)
    assert window.current is left and window.script is Script.ORIGINAL

    # a highlight made on one side shows on the other once it is saved (the store merges)
    highlight(window, "民事主体")
    window.controller.save()
    qtbot.waitUntil(lambda: len(right.session.annotations) == 1, timeout=CONDITION_WAIT_MS)

    # scrolled together, section by section
    window.actions["sync_scrolling"].setChecked(True)
    window.set_sync_scrolling(True)
    node = next(
        n for n in left.session.outline.root.walk() if n.kind == "heading" and "第三编" in left.session.outline.label(n)
    )
    left.go_to_section(node)
    qtbot.waitUntil(
        lambda: left.section_on_top()[0] > 0 and right.section_on_top()[0] == left.section_on_top()[0], timeout=5000
    )
    left.view.verticalScrollBar().setValue(left.view.verticalScrollBar().value() + 2000)
    qtbot.waitUntil(lambda: right.section_on_top()[0] == left.section_on_top()[0], timeout=CONDITION_WAIT_MS)

    qtbot.keySequence(window.view, QKeySequence("Ctrl+\\"))
    assert not window.workspace.is_split() and window.readings(1) == []


def test_unsplitting_keeps_the_document_being_read(make_window, qtbot):
    """Reading the second of two tabs, split and unsplit (Ctrl+\\ twice): the window went to the
    first tab, at its top, as the second pane's tab closed; it stays on the tab beside."""
    window = make_window()
    notice = window.current
    assert window.open_path(MENGZI)
    mengzi = window.current
    place = len(mengzi.session.text) // 2
    mengzi.view.select_original(place, place)
    qtbot.keySequence(window.view, QKeySequence("Ctrl+\\"))
    assert window.workspace.is_split() and window.current is window.readings(1)[0]
    qtbot.keySequence(window.view, QKeySequence("Ctrl+\\"))
    assert not window.workspace.is_split()
    assert window.current is mengzi and window.current is not notice
    assert window.view is mengzi.view and mengzi.view.hasFocus()
    assert window.view.caret_original() == place


def test_open_tabs_are_restored_at_the_next_start(make_window, qtbot, data_dir):
    window = make_window()
    assert window.open_path(CODE) and window.open_path(MENGZI)
    window.workspace.step(-1)  # the code is the current tab
    window.current.set_script(Script.TRADITIONAL)
    qtbot.waitUntil(lambda: window.script is Script.TRADITIONAL, timeout=WORKER_WAIT_MS)
    window.save_state()
    window.close()

    again = MainWindow(open_settings(data_dir), data_dir)
    qtbot.addWidget(again)
    assert again.restore_tabs()
    paths = [r.session.document.path for r in again.readings()]
    assert paths == [notice_path().resolve(), CODE.resolve(), MENGZI.resolve()]
    assert again.session.document.path == CODE.resolve()
    qtbot.waitUntil(lambda: again.script is Script.TRADITIONAL, timeout=WORKER_WAIT_MS)


def test_a_tab_whose_file_is_gone_is_skipped_at_start(make_window, qtbot, data_dir, tmp_path):
    gone = tmp_path / "gone.txt"
    gone.write_text("第一章 總則\n\n本辦法自發布之日起施行。", encoding="utf-8")
    window = make_window()
    assert window.open_path(gone)
    window.save_state()
    window.close()
    gone.unlink()
    again = MainWindow(open_settings(data_dir), data_dir)
    qtbot.addWidget(again)
    assert again.restore_tabs()
    assert [r.session.document.path for r in again.readings()] == [notice_path().resolve()]


def test_a_long_books_outline_is_out_of_the_collectors_passes_while_open_and_freed_at_close(
    make_window, qtbot, tmp_path
):
    """A full pass of Python's cycle collector walked every section of an open book's outline
    (440,000 objects for a 5 M-character book: the window stalled for seconds); the outline is
    set aside while the book is open, and Ctrl+W still frees it (issue 32)."""
    import gc
    import weakref

    body = "他走進園子，看見花開了。她笑着說道：今天天氣很好！兩人坐下來喝茶。"
    book = tmp_path / "long.txt"
    book.write_text(
        "\n\n".join(f"第{n}回　章回之題{n}\n\n" + "\n\n".join([body] * 30) for n in range(1, 41)), encoding="utf-8"
    )
    window = make_window(book)
    try:
        nodes = list(window.session.outline.root.walk(False))  # what was made: sentences are cut when asked for
        assert len(nodes) > 1000
        walked = {id(o) for o in gc.get_objects()}  # what the passes of generations 0-2 walk
        assert sum(id(node) in walked for node in nodes) < 10
        outline = weakref.ref(window.session.outline)
        del nodes
        window.view.setFocus()
        qtbot.keyClick(window.view, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
        assert window.current is None or window.current.path != book.resolve()
        # freed once the worker's jobs for it (niced: slow at load 15) have answered
        qtbot.waitUntil(lambda: outline() is None, timeout=WORKER_WAIT_MS)
    finally:
        gc.unfreeze()  # the next tests expect a collector that walks everything


def test_a_split_panes_scrolled_tabs_show_no_sliver_of_the_tab_before(make_window, qtbot, tmp_path):
    """View ▸ Split with seven documents open, 1000×700: the left pane's bar showed the last
    ~20 px of the tab before the current one (its edge, no title) beside the current tab."""
    from tests.gui.test_narrow_window import seven_tabs

    window, _paths = seven_tabs(make_window, tmp_path)
    qtbot.keySequence(window.view, QKeySequence("Ctrl+\\"))
    window.resize(1000, 700)
    qtbot.waitUntil(lambda: window.width() == 1000)
    bar = window.workspace.widget(0).tabBar()
    qtbot.wait(100)  # laid out and scrolled to the current (last) tab
    current = bar.tabRect(bar.currentIndex())
    assert current.left() > 0 and bar.tabRect(bar.currentIndex() - 1).right() >= 0  # a tab cut at the left
    image = bar.grab().toImage()
    ratio = image.devicePixelRatio()
    background = bar.palette().window().color().name()
    colours = {
        image.pixelColor(int(x * ratio), int(y * ratio)).name()
        for x in range(current.left())
        for y in range(2, current.height() - 4)
    }
    assert colours == {background}, colours
    before = bar.currentIndex()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=QPoint(current.left() // 2, current.center().y()))
    assert bar.currentIndex() == before  # nothing there to click
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=current.center())
    assert bar.currentIndex() == before and bar.tabText(before) == window.readings(0)[before].tab_title()


def test_a_split_panes_seven_tabs_share_its_bar_at_1920_px_the_current_one_closable(make_window, qtbot, tmp_path):
    """View ▸ Split with seven documents open in a 1920 px window: the left pane's bar scrolled
    (three tabs behind its arrows), though every tab fitted with four characters of its title
    once the tabs not current went without their ✕. The current tab keeps it; a middle click
    closes any tab; with room again every tab has its ✕ back."""
    from PySide6.QtWidgets import QTabBar

    from reader.gui.workspace import SHARED_CHARS
    from tests.gui.test_narrow_window import seven_tabs

    window, _paths = seven_tabs(make_window, tmp_path)
    window.resize(1920, 1050)
    qtbot.keySequence(window.view, QKeySequence("Ctrl+\\"))
    qtbot.waitUntil(lambda: window.width() == 1920 and window.workspace.is_split())
    tabs = window.workspace.widget(0)
    bar = tabs.tabBar()
    assert bar.count() == 7

    def shared() -> bool:
        return sum(bar.tabRect(i).width() for i in range(bar.count())) <= bar.width()

    qtbot.waitUntil(shared)
    metrics = bar.fontMetrics()
    for i in range(bar.count()):
        assert bar.tabRect(i).width() >= metrics.horizontalAdvance(bar.tabText(i)[:SHARED_CHARS]), i
    side = QTabBar.ButtonPosition.RightSide
    current = bar.currentIndex()
    assert bar.tabButton(current, side) is not None and bar.tabButton(current, side).isVisible()
    # a middle click on another tab closes it
    other = 0 if current else 1
    closing = window.workspace.readings(0)[other]
    qtbot.mouseClick(bar, Qt.MouseButton.MiddleButton, pos=bar.tabRect(other).center())
    qtbot.waitUntil(lambda: closing not in window.workspace.readings())
    # the current tab's ✕ closes it
    closing = window.workspace.readings(0)[bar.currentIndex()]
    button = bar.tabButton(bar.currentIndex(), side)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: closing not in window.workspace.readings())
    # a wide pane: every tab closable again
    window.workspace.set_split(False)
    qtbot.waitUntil(lambda: all(bar.tabButton(i, side) is not None for i in range(bar.count())))
    assert bar.count() == 5 and shared()


def test_the_close_buttons_are_fitted_a_turn_after_the_current_tab_changes(make_window, qtbot, tmp_path):
    """The refit's timer was started with the new tab's index as its interval (start(int)): a
    wait of index ms, and Qt's warning of a negative interval when the last tab closed."""
    from tests.gui.test_narrow_window import seven_tabs

    window, _paths = seven_tabs(make_window, tmp_path)
    bar = window.workspace.widget(0).tabBar()
    bar.setCurrentIndex(5)
    assert bar._refit.interval() == 0
    bar.setCurrentIndex(2)
    assert bar._refit.interval() == 0


def test_a_title_without_a_title_line_follows_the_script(make_window, qtbot):
    """A report whose first line names it (**政府工作报告** over its dateline, no line taken
    for the title) kept its tab, window and comparison titles in 简体 beside 繁體 pages:
    政府工作报告…会议上 over 政府工作報告……會議上."""
    from tests.gui.conftest import COMPARED

    window = make_window(COMPARED / "report-gov-2024.md")
    qtbot.keyClick(window.view, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)  # View ▸ 繁體
    qtbot.waitUntil(
        lambda: window.script is Script.TRADITIONAL and window.current.pending_script is None, timeout=WORKER_WAIT_MS
    )
    title = window.current.tab_title()
    assert title.startswith("政府工作報告") and "會議上" in title and "会" not in title
    bar = window.workspace.widget(0).tabBar()
    assert bar.tabText(bar.currentIndex()).startswith("政府工作報告")
    assert "政府工作報告" in window.windowTitle()
    qtbot.keyClick(window.view, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # and back: 简体
    qtbot.waitUntil(lambda: window.current.tab_title().startswith("政府工作报告"), timeout=WORKER_WAIT_MS)
