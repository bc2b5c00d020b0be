"""Compare ▸ With…: two versions of a law side by side, the changes coloured in both and
listed in the Changes panel; choosing one shows it on both sides; a change can be noted."""

import json

import pytest
from PySide6.QtCore import Qt

from reader.core.compare.model import ChangeKind
from tests.gui.conftest import COMPARED, CONDITION_WAIT_MS, WORKER_WAIT_MS
from tests.gui.conftest import COMPARED_NEW as NEW
from tests.gui.conftest import COMPARED_OLD as OLD


def test_both_versions_side_by_side_with_the_changes_coloured(comparing):
    window = comparing
    older, newer = window.comparing.readings()
    assert window.workspace.is_split() and older.path == OLD.resolve() and newer.path == NEW.resolve()
    assert window.compare_dock.isVisible()
    widths = older.page.width(), newer.page.width()  # the Changes dock took from both alike
    assert min(widths) > 0.8 * max(widths)
    assert older.view.layers.shown["changes"] and newer.view.layers.shown["changes"]
    # 法律委员会 became 宪法和法律委员会: the new words are marked in the newer text
    model = window.compare_dock.model
    renamed = next(c for c in model.all if c.kind is ChangeKind.ADDED and "宪法和" in c.b.text)
    assert newer.session.text[renamed.b.start : renamed.b.end] == renamed.b.text
    assert "added" in window.compare_dock.summary.text()


def _company_law_compared(make_window, qtbot, monkeypatch):
    """公司法 2018 → 2023, coloured; and the change that removed 第二十三条's list of conditions."""
    old, new = COMPARED / "law-company-2018.md", COMPARED / "law-company-2023.md"
    window = make_window(old)
    monkeypatch.setattr("reader.gui.compare_launch.choose_documents", lambda *args: [str(new)])
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(
        lambda: (
            window.comparing is not None
            and all(r.view.layers.shown.get("changes") for r in window.comparing.readings())
        ),
        timeout=WORKER_WAIT_MS,
    )
    dock = window.compare_dock
    removed = next(c for c in dock.model.rows if c.kind is ChangeKind.REMOVED and "（一）" in c.a.text)
    return window, removed


def test_a_change_over_several_paragraphs_colours_their_text_not_the_blank_lines_between(
    make_window, qtbot, monkeypatch
):
    # 公司法 2018 → 2023: 第二十三条's list of conditions went whole. Qt paints a selected
    # paragraph end as a box a space wide: the blank lines between the removed paragraphs
    # showed lone pink blocks on empty lines
    window, removed = _company_law_compared(make_window, qtbot, monkeypatch)
    older = window.comparing.a
    dock = window.compare_dock
    paragraphs = [p.strip() for p in removed.a.text.split("\n") if p.strip()]
    assert len(paragraphs) > 3
    dock.list.setCurrentIndex(dock.model.index(dock.model.rows.index(removed), 0))
    dock.list.setFocus()
    qtbot.keyClick(dock.list, Qt.Key.Key_Return)  # the page goes to the change

    def coloured() -> list:
        return [s.cursor for s in older.view.layers.shown["changes"]]

    # each paragraph's own text coloured (the page's layer made again near the change)
    qtbot.waitUntil(lambda: all(any(p in c.selectedText() for c in coloured()) for p in paragraphs))
    for reading in window.comparing.readings():
        for cursor in (s.cursor for s in reading.view.layers.shown["changes"]):
            assert "\u2029" not in cursor.selectedText()  # no paragraph end coloured
            assert cursor.block().length() > 1  # nor anything on an empty line


def test_a_chosen_change_over_paragraphs_flashes_its_text_not_the_blank_lines_between(make_window, qtbot, monkeypatch):
    # the flash (and the selection over it) lit each paragraph end, a box on every blank line
    # between the removed paragraphs, and the selection hid the change's own colour
    window, removed = _company_law_compared(make_window, qtbot, monkeypatch)
    older = window.comparing.a
    dock = window.compare_dock
    dock.list.setCurrentIndex(dock.model.index(dock.model.rows.index(removed), 0))
    dock.list.setFocus()
    qtbot.keyClick(dock.list, Qt.Key.Key_Return)
    flashed = [s.cursor for s in older.view.layers.shown["flash"]]
    assert len(flashed) > 3  # each paragraph's text
    for cursor in flashed:
        assert "\u2029" not in cursor.selectedText() and cursor.block().length() > 1
    assert "".join(c.selectedText() for c in flashed) == "".join(removed.a.text.split())
    assert older.view.caret_original() == removed.a.start  # the caret at the change
    assert "\u2029" not in older.view.textCursor().selectedText()  # no selection's boxes either


def test_choosing_a_change_shows_it_on_both_sides_and_the_filter_narrows(comparing, qtbot):
    window = comparing
    older, newer = window.comparing.readings()
    dock = window.compare_dock
    dock.filter.setCurrentIndex(dock.filter.findData(ChangeKind.REWORDED))
    assert {c.kind for c in dock.model.rows} == {ChangeKind.REWORDED}
    dock.list.setFocus()
    dock.list.setCurrentIndex(dock.model.index(2, 0))
    qtbot.keyClick(dock.list, Qt.Key.Key_Return)
    change = dock.model.rows[2]
    assert older.view.selection_original() == (change.a.start, change.a.end)
    assert newer.view.selection_original() == (change.b.start, change.b.end)


def test_the_arrow_keys_in_the_changes_list_walk_the_pages_through_the_changes(comparing, qtbot):
    """A click on a change showed it; ↓ then moved the list to the next change while both pages
    stayed on the first, until Enter."""
    window = comparing
    older, newer = window.comparing.readings()
    dock = window.compare_dock
    first = dock.list.visualRect(dock.model.index(0, 0)).center()
    qtbot.mouseClick(dock.list.viewport(), Qt.MouseButton.LeftButton, pos=first)
    change = dock.model.rows[0]
    assert newer.view.caret_original() in (change.b.start, change.b.end)
    for row in (1, 2, 3):
        qtbot.keyClick(dock.list, Qt.Key.Key_Down)
        change = dock.model.rows[row]
        assert dock.list.currentIndex().row() == row and dock.list.hasFocus()
        assert older.view.caret_original() in (change.a.start, change.a.end), row
        assert newer.view.caret_original() in (change.b.start, change.b.end), row
    qtbot.keyClick(dock.list, Qt.Key.Key_Up)
    change = dock.model.rows[2]
    assert newer.view.caret_original() in (change.b.start, change.b.end)
    # a filter chosen makes a row current without the reader moving to it: the pages stay
    window.view.setFocus()
    shown = newer.view.caret_original()
    dock.filter.setCurrentIndex(dock.filter.findData(ChangeKind.REWORDED))
    assert newer.view.caret_original() == shown


def test_note_this_change_quotes_both_versions(comparing):
    window = comparing
    _older, newer = window.comparing.readings()
    dock = window.compare_dock
    row = next(i for i, c in enumerate(dock.model.rows) if c.kind is ChangeKind.REWORDED)
    dock.list.setCurrentIndex(dock.model.index(row, 0))
    change = dock.model.rows[row]
    dock.noteRequested.emit(change)
    [a] = list(newer.session.annotations)
    assert (a.start, a.end) == (change.b.start, change.b.end)
    assert change.a.text in a.note and change.b.text in a.note


def test_the_comparison_exports_and_ends_when_a_side_closes(comparing, tmp_path, monkeypatch, qtbot):
    window = comparing
    target = tmp_path / "changes.json"
    monkeypatch.setattr("reader.gui.comparing.QFileDialog.getSaveFileName", lambda *a, **k: (str(target), ""))
    window.actions["compare_export"].trigger()
    qtbot.waitUntil(target.exists, timeout=WORKER_WAIT_MS)  # rendered in the worker, which kept the comparison
    data = json.loads(target.read_text(encoding="utf-8"))
    assert len(data["changes"]) == len(window.compare_dock.model.all)
    older, newer = window.comparing.readings()
    window.close_reading(newer)
    assert window.comparing is None and not window.compare_dock.isVisible()
    assert older.view.layers.shown.get("changes", []) == []


def test_unchanged_sections_fold_away_and_open_where_the_caret_goes(comparing, qtbot):
    from reader.core.compare.model import PairStatus
    from reader.core.scripts import Script

    window = comparing
    older, newer = window.comparing.readings()
    pairs = window.comparing.pairs
    same = next(p for p in pairs if p.status is PairStatus.SAME and p.b.kind == "article")
    changed = next(p for p in pairs if p.status is PairStatus.CHANGED)

    def visible(reading, offset: int) -> bool:
        return reading.view.document().findBlock(reading.view.positions.to_qt(offset)).isVisible()

    window.actions["compare_fold"].trigger()
    assert not visible(newer, same.b_range[0] + 1) and not visible(older, same.a_range[0] + 1)
    assert visible(newer, changed.b_range[0] + 1) and visible(older, changed.a_range[0] + 1)
    assert "unchanged section" in window.comparing.unchanged_folds("b", newer.session.text)[0].label
    newer.set_script(Script.TRADITIONAL)  # another document on the page: folded as well
    qtbot.waitUntil(lambda: newer.script is Script.TRADITIONAL)
    assert not visible(newer, same.b_range[0] + 1)
    newer.jump(same.b_range[0] + 1, same.b_range[0] + 2)  # a find hit, a link: its fold opens
    assert visible(newer, same.b_range[0] + 1) and not visible(older, same.a_range[0] + 1)
    window.actions["compare_fold"].trigger()
    assert visible(older, same.a_range[0] + 1)
    assert all(b.isVisible() for b in _blocks(older.view.document()))


def _blocks(doc):
    block = doc.firstBlock()
    while block.isValid():
        yield block
        block = block.next()


def test_each_pane_names_its_version_and_the_pages_scroll_together(comparing, qtbot):
    window = comparing
    older, newer = window.comparing.readings()
    tabs_a = window.workspace.widget(window.workspace.pane_of(older))
    tabs_b = window.workspace.widget(window.workspace.pane_of(newer))
    # both are 中华人民共和国立法法: the tab says which amendment each is
    assert tabs_a.tabText(tabs_a.indexOf(older.page)).startswith("2015-03-15 · ")
    assert tabs_b.tabText(tabs_b.indexOf(newer.page)).startswith("2023-03-13 · ")
    assert window.actions["sync_scrolling"].isChecked() and window.workspace.sync_scrolling
    # the newer page at its 第八十一条 (the old 第七十二条): the older page follows to its counterpart
    newer.focus()
    qtbot.waitUntil(lambda: window.workspace.current is newer, timeout=CONDITION_WAIT_MS)
    target = newer.session.text.index("\n第八十一条") + 1
    newer.view.scroll_to_original(target)
    old_place = older.session.text.index("\n第七十二条") + 1
    qtbot.waitUntil(lambda: abs(older.view.top_original() - old_place) < 200, timeout=CONDITION_WAIT_MS)
    window.stop_comparing()
    assert not window.actions["sync_scrolling"].isChecked()  # the reader's own setting again
    assert tabs_a.tabText(tabs_a.indexOf(older.page)) == older.title()


def test_the_figures_tab_lists_changed_numbers_and_shows_one_on_both_sides(make_window, qtbot, monkeypatch):
    old, new = COMPARED / "law-holidays-2013.md", COMPARED / "law-holidays-2024.md"
    window = make_window(old)
    monkeypatch.setattr("reader.gui.compare_launch.choose_documents", lambda *args: [str(new)])
    window.actions["compare_with"].trigger()
    dock = window.compare_dock
    qtbot.waitUntil(lambda: dock.figures.topLevelItemCount() > 0, timeout=WORKER_WAIT_MS)
    rows = [
        tuple(dock.figures.topLevelItem(k).text(c) for c in range(3)) for k in range(dock.figures.topLevelItemCount())
    ]
    assert ("春节，放假", "3天", "4天") in rows
    # a legend names each colour, as plain text
    legend = dock.findChild(type(dock.summary), "legend-renumbered")
    assert legend is not None and legend.textFormat() is Qt.TextFormat.PlainText and legend.text()
    dock.tabs.setCurrentWidget(dock.figures)
    item = dock.figures.topLevelItem(rows.index(("春节，放假", "3天", "4天")))
    dock.figures.setCurrentItem(item)
    dock.figures.setFocus()
    qtbot.keyClick(dock.figures, Qt.Key.Key_Return)
    older, newer = window.comparing.readings()
    assert older.session.text[slice(*older.view.selection_original())] == "3天"
    assert newer.session.text[slice(*newer.view.selection_original())] == "4天"


def test_each_page_is_coloured_in_a_turn_of_its_own(comparing, qtbot, monkeypatch):
    """Between colouring one page and the other the window answers: a timer of the event
    loop (a key press, a repaint would wait the same way) runs in between."""
    from PySide6.QtCore import QTimer

    from reader.gui.comparing import Comparing

    window = comparing
    qtbot.wait(50)  # the first colouring's last turn (the folding) done
    log: list[str] = []
    paint_side = Comparing._paint_side
    monkeypatch.setattr(
        Comparing, "_paint_side", lambda self, side, **kw: (log.append(side), paint_side(self, side, **kw))
    )
    tick = QTimer(interval=0, timeout=lambda: log.append("tick"))
    comparing_now = window.comparing
    result = type("Result", (), {})()
    result.changes, result.terms, result.pairs = comparing_now.changes, comparing_now.terms, comparing_now.pairs
    result.figures = []
    comparing_now._done(result)  # the worker's comparison comes in again
    tick.start()
    qtbot.waitUntil(lambda: "b" in log, timeout=CONDITION_WAIT_MS)
    tick.stop()
    assert "tick" in log[log.index("a") : log.index("b")]
    assert comparing_now.b.view.layers.shown["changes"]


def test_the_newer_version_opens_over_turns_while_the_window_answers(make_window, qtbot, monkeypatch):
    """The newer version, read in the worker, opens a step a turn (its page made, then shown,
    then the comparison started), a timer of the event loop running in between."""
    from PySide6.QtCore import QTimer

    from reader.gui import compare_launch
    from reader.gui.reading import Reading
    from reader.gui.workspace import Workspace

    window = make_window(OLD)
    monkeypatch.setattr("reader.gui.compare_launch.choose_documents", lambda *args: [str(NEW)])
    log: list[str] = []
    for cls, name in ((Reading, "typeset"), (Workspace, "add")):
        method = getattr(cls, name)
        monkeypatch.setattr(cls, name, lambda *a, _m=method, _n=name, **k: (log.append(_n), _m(*a, **k))[1])
    start = compare_launch.start
    monkeypatch.setattr(compare_launch, "start", lambda *a: (log.append("start"), start(*a)))
    tick = QTimer(interval=1, timeout=lambda: log.append("tick"))
    tick.start()
    window.actions["compare_with"].trigger()
    qtbot.waitUntil(lambda: window.compare_dock.model.rowCount() > 0, timeout=WORKER_WAIT_MS)
    tick.stop()
    steps = [entry for entry in log if entry != "tick"]
    assert steps[-3:] == ["typeset", "add", "start"]
    typeset = len(log) - 1 - log[::-1].index("typeset")
    add, begun = log.index("add", typeset), log.index("start", typeset)
    assert "tick" in log[typeset:add] and "tick" in log[add:begun]


def test_terms_that_arrive_as_the_window_goes_are_dropped(comparing, qtbot):
    """The term table's turn comes after its result: a dock deleted in between (its window
    closed with the comparison still running) loses nothing and raises nothing in the event loop."""
    import shiboken6

    from reader.gui.compare_dock import CompareDock
    from reader.gui.comparing import Comparing

    dock = CompareDock()
    going = Comparing(*comparing.comparing.readings(), dock, comparing.background, comparing)
    going._terms_done(None)  # the worker's answer, its list shown in the next turn
    shiboken6.delete(dock)
    qtbot.wait(20)  # the turn comes and goes: pytest-qt fails the test on an exception in it


def test_compare_with_asks_for_one_version_in_a_dialog_that_names_the_document(make_window, qtbot):
    """Ctrl+Shift+D's dialog said Open Document and took several files (one was used): it now
    says what the file chosen is compared with, and takes one."""
    from PySide6.QtWidgets import QFileDialog

    from tests.gui.conftest import answer_dialog

    window = make_window(OLD)
    seen = []

    def look(dialog):
        seen.append((dialog.windowTitle(), dialog.fileMode()))
        dialog.reject()

    answered = answer_dialog(qtbot, look)
    qtbot.keyClick(window.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: answered.answered)
    title = window.current.title()
    assert seen == [(f"Compare “{title}” With…", QFileDialog.FileMode.ExistingFile)]
    assert len(window.readings()) == 1  # cancelled: nothing opened, nothing compared
    assert window.comparing is None


def test_a_window_closed_while_comparing_opens_without_a_changes_panel_saying_comparing(comparing, qtbot, data_dir):
    """Under Xvfb the next launch showed the Changes panel, restored where it was, saying
    Comparing… over an empty list, with nothing compared: a comparison does not come back, so
    neither does its panel (it comes where it was at the next comparison)."""
    from reader.app import open_settings
    from reader.gui.main_window import MainWindow

    window = comparing
    assert window.compare_dock.isVisible()
    window.close()  # saves the tabs and the layout, as the close button does

    again = MainWindow(open_settings(data_dir), data_dir)
    qtbot.addWidget(again)
    assert again.restore_tabs()
    again.show()
    qtbot.waitExposed(again)
    qtbot.waitUntil(lambda: again.panels is not None)
    assert again.comparing is None
    made = again.panels._changes
    assert made is None or not made.isVisible(), made.summary.text()


def test_a_chinese_interface_lists_the_counts_with_its_own_comma(make_window, qtbot, monkeypatch):
    """Under Xvfb the Changes panel said 新增 247, 删除 193, 改写 286: English commas in a
    Chinese sentence."""
    from reader.gui.language import install

    install("zh_CN")
    try:
        window = make_window(OLD)
        monkeypatch.setattr("reader.gui.compare_launch.choose_documents", lambda *args: [str(NEW)])
        qtbot.keyClick(
            window.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        )
        qtbot.waitUntil(lambda: window.compare_dock.model.rowCount() > 0, timeout=WORKER_WAIT_MS)
        summary = window.compare_dock.summary.text()
        assert "，" in summary and ", " not in summary, summary
    finally:
        install("en")


def test_a_change_is_coloured_paragraph_by_paragraph_and_a_lone_break_at_its_join():
    from reader.gui.comparing import painted_runs

    text = "第一条 甲。\n\n\u3000\u3000（一）乙；\n\u200b\n（二）丙。 \r\n丁"
    runs = painted_runs(text, 4, len(text))
    assert [text[s:e] for s, e in runs] == ["甲。", "（一）乙；", "（二）丙。", "丁"]
    assert painted_runs(text, 4, 6) == [(4, 6)]  # within a paragraph: as it is
    assert painted_runs("甲 乙", 1, 2) == [(1, 2)]  # a space (no break) is a change of its own
    assert painted_runs(text, 3, 3) == []  # a point: nothing on this side
    # nothing but a break and the blank line after it: the end of the paragraph before the join
    assert painted_runs(text, 6, 10) == [(6, 7)]


def test_a_narrow_window_still_shows_which_version_each_tab_is(comparing, qtbot):
    """At 1000×700 with the docks open, each pane is ~190 px wide: both tabs were elided to
    中华人民共和国立法法 · 2…, the same; the version comes first, so each tab shows its own."""
    from PySide6.QtWidgets import QStyleOptionTab

    window = comparing
    window.resize(1000, 700)
    older, newer = window.comparing.readings()
    shown = []
    for reading, version in ((older, "2015-03-15"), (newer, "2023-03-13")):
        tabs = window.workspace.widget(window.workspace.pane_of(reading))
        bar, index = tabs.tabBar(), tabs.indexOf(reading.page)
        qtbot.wait(100)  # laid out at the window's size
        option = QStyleOptionTab()
        bar.initStyleOption(option, index)  # the text as the tab draws it, elided (Qt 6)
        shown.append(option.text)
        assert version in option.text, option.text
    assert shown[0] != shown[1]


def test_a_wide_window_shows_each_comparing_tab_whole(comparing, qtbot):
    """At 1920×1080 each pane's bar has ~640 px: a tab's 16em cap still cut its title to
    2015-03-15 · 中华…法法. Whole where the bar has room, cut (its version kept) only where not."""
    from PySide6.QtWidgets import QStyleOptionTab

    window = comparing
    older, newer = window.comparing.readings()

    def shown(reading) -> str:
        tabs = window.workspace.widget(window.workspace.pane_of(reading))
        option = QStyleOptionTab()
        tabs.tabBar().initStyleOption(option, tabs.indexOf(reading.page))  # as the tab paints it
        return option.text

    window.resize(1920, 1080)
    qtbot.waitUntil(lambda: window.width() == 1920)
    qtbot.waitUntil(lambda: all(shown(r) == r.tab_title() for r in (older, newer)), timeout=CONDITION_WAIT_MS)
    window.resize(1000, 700)  # each pane ~200 px: cut, the version kept
    qtbot.waitUntil(lambda: "…" in shown(older) and "…" in shown(newer), timeout=CONDITION_WAIT_MS)
    assert shown(older).startswith("2015-03-15 · ") and shown(newer).startswith("2023-03-13 · ")


def _noted(path, data_dir, note: str) -> None:
    """A note saved on the document at path, as an earlier session left it."""
    from reader.core.session import Session

    session = Session.open(path, data_dir)
    start = session.text.index("立法")
    session.apply(None, session.new_annotation(start, start + 2, note=note))
    session.save()


def _compare_with_typed(window, qtbot, path) -> None:
    """Ctrl+Shift+D, the version's path typed into the dialog and Return."""
    from PySide6.QtWidgets import QLineEdit

    from tests.gui.conftest import answer_dialog

    def type_it(dialog):
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        qtbot.keyClicks(name, str(path))
        qtbot.keyClick(name, Qt.Key.Key_Return)

    chosen = answer_dialog(qtbot, type_it)
    qtbot.keyClick(window.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert chosen.answered


def _declining(qtbot, asked: list[str], wait_ms: int = 5000):
    """The next "Attach notes?" answered No, its text kept in asked."""
    from PySide6.QtWidgets import QMessageBox

    from tests.gui.conftest import answer_dialog

    no = QMessageBox.StandardButton.No
    return answer_dialog(qtbot, lambda box: (asked.append(box.text()), box.button(no).click()), wait_ms=wait_ms)


def _window_of(path, data_dir, qtbot):
    """A window opening path as a launch does (shown after: a question it asks is answered)."""
    from reader.app import open_settings
    from reader.gui.main_window import MainWindow

    window = MainWindow(open_settings(data_dir), data_dir)
    qtbot.addWidget(window)
    assert window.open_path(path)
    window.show()
    return window


def test_the_version_chosen_to_compare_is_not_offered_the_notes_it_is_compared_with(make_window, qtbot, data_dir):
    """The 2015 立法法 has a note; Ctrl+Shift+D, the 2023 one typed into the dialog: the window
    asked "Attach notes? … on a text 84% like this one" for the 2023 page, the 2015 page's
    own note. The 2023 version opened on its own later is still asked (it may be the reader's
    copy to study now), as it is whenever a similar text's notes are found."""
    _noted(OLD, data_dir, "二〇一五年的筆記")
    window = make_window(OLD)
    assert [a.note for a in window.session.annotations] == ["二〇一五年的筆記"]
    _compare_with_typed(window, qtbot, NEW.resolve())
    asked: list[str] = []
    offer = _declining(qtbot, asked, wait_ms=WORKER_WAIT_MS)
    qtbot.waitUntil(lambda: window.compare_dock.model.rowCount() > 0, timeout=WORKER_WAIT_MS)
    qtbot.wait(200)  # the offer's turn (it came before the comparison's) has long passed
    assert asked == [] and not offer.answered
    a, b = window.comparing.readings()
    assert b.path == NEW.resolve()
    assert [x.note for x in a.session.annotations] == ["二〇一五年的筆記"] and len(b.session.annotations) == 0
    offer.cancelled = True

    # the 2023 version on its own, the next time: the question is the reader's to answer
    window.close()
    again = _declining(qtbot, asked)
    alone = _window_of(NEW, data_dir, qtbot)
    qtbot.waitUntil(lambda: again.answered, timeout=CONDITION_WAIT_MS)
    assert "中华人民共和国立法法" in asked[0] and str(OLD.resolve()) in asked[0]
    assert len(alone.session.annotations) == 0


def test_the_version_chosen_to_compare_is_still_offered_notes_made_elsewhere(qtbot, data_dir, tmp_path):
    """The document compared with has no notes; a copy of the 2023 text elsewhere has one: the
    2023 version chosen is asked about that copy's note, as it is when opened on its own (only
    the notes of the document beside it are not offered)."""
    copy = tmp_path / "copy-2023.md"
    copy.write_text(NEW.read_text(encoding="utf-8"), encoding="utf-8")
    _noted(copy, data_dir, "另一份的筆記")
    asked: list[str] = []
    first = _declining(qtbot, asked)  # the 2015 text is 84% like the copy: offered too, declined
    window = _window_of(OLD, data_dir, qtbot)
    qtbot.waitUntil(lambda: first.answered, timeout=CONDITION_WAIT_MS)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.view.setFocus()
    _compare_with_typed(window, qtbot, NEW.resolve())
    offer = _declining(qtbot, asked, wait_ms=WORKER_WAIT_MS)
    qtbot.waitUntil(lambda: offer.answered, timeout=WORKER_WAIT_MS)
    assert len(asked) == 2 and str(copy) in asked[1]
    qtbot.waitUntil(lambda: window.compare_dock.model.rowCount() > 0, timeout=WORKER_WAIT_MS)


def test_the_changes_panel_fits_a_window_half_a_wide_screen_wide(comparing, qtbot):
    """The legend's six labels were one row: the panel was at least 467 px wide and the window
    at least 971 px while comparing, so at 900 px its right side (the summary, the filter's
    button, the list, Export…) was drawn past the window's edge. The legend wraps instead."""
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QLabel, QPushButton

    window = comparing
    window.resize(900, 600)
    qtbot.wait(100)  # laid out at that size
    assert window.width() == 900  # not held wider by the panel's least width
    dock = window.compare_dock
    legend = [label for label in dock.findChildren(QLabel) if label.objectName().startswith("legend-")]
    shown = [*legend, *dock.findChildren(QPushButton), dock.fold, dock.filter, dock.tabs]
    assert len(legend) == 6
    for widget in shown:
        right = widget.mapTo(window, QPoint(widget.width(), 0)).x()
        assert widget.isVisible() and right <= window.width(), (widget.objectName() or widget.text(), right)
    rows = {label.y() for label in legend}
    assert len(rows) > 1  # wrapped onto another row, none drawn over another
    boxes = [label.geometry() for label in legend]
    assert not any(a.intersects(b) for i, a in enumerate(boxes) for b in boxes[i + 1 :])


@pytest.mark.parametrize("size", [(800, 600), (1024, 768)])
def test_a_comparison_fits_a_small_laptop_screen(comparing, qtbot, size):
    """The filter and Fold Unchanged Sections stood in one row, holding the panel at least
    326 px wide and the window at least 830 px: at 800×600 the panel's left edge (its
    summary, legend, filter and the start of every row) was cut off by the window's edge.
    They wrap now, each whole, the pages beside them as wide as the page's least room."""
    from PySide6.QtCore import QPoint, QRect
    from PySide6.QtWidgets import QLabel, QPushButton

    window = comparing
    window.resize(*size)
    qtbot.wait(100)  # laid out at that size
    assert (window.width(), window.height()) == size
    dock = window.compare_dock
    legend = [label for label in dock.findChildren(QLabel) if label.objectName().startswith("legend-")]
    shown = [dock.summary, *legend, *dock.findChildren(QPushButton), dock.fold, dock.filter, dock.tabs]
    inside = QRect(0, 0, *size)
    for widget in shown:
        box = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
        assert widget.isVisible() and inside.contains(box), (widget.objectName() or widget.text(), box)
    # neither the filter nor the button cut: each as wide as it asks, apart from each other
    for widget in (dock.filter, dock.fold):
        assert widget.width() >= widget.sizeHint().width()
    assert not dock.filter.geometry().intersects(dock.fold.geometry())
    assert dock.list.height() >= 3 * dock.list.sizeHintForRow(0)  # a few changes at a time
    older, newer = window.comparing.readings()
    assert min(older.page.width(), newer.page.width()) >= 200


def test_f8_and_shift_f8_walk_the_changes_from_the_page(comparing, qtbot):
    """Compare had no command to go from one change to the next: the reader went to the
    Changes panel for each. F8 (Compare ▸ Next Change) and Shift+F8 go from the page."""
    window = comparing
    older, newer = window.comparing.readings()
    dock = window.compare_dock
    newer.view.setFocus()
    for row in (0, 1, 2):
        qtbot.keyClick(window.view, Qt.Key.Key_F8)
        change = dock.model.rows[row]
        assert dock.list.currentIndex().row() == row
        assert older.view.caret_original() in (change.a.start, change.a.end), row
        assert newer.view.caret_original() in (change.b.start, change.b.end), row
    assert window.view is newer.view and newer.view.hasFocus()  # the reader stays on the page
    qtbot.keyClick(window.view, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    change = dock.model.rows[1]
    assert dock.list.currentIndex().row() == 1 and newer.view.caret_original() in (change.b.start, change.b.end)
    last = dock.model.index(dock.model.rowCount() - 1, 0)
    dock.list.scrollTo(last)
    qtbot.mouseClick(dock.list.viewport(), Qt.MouseButton.LeftButton, pos=dock.list.visualRect(last).center())
    newer.view.setFocus()
    said = []
    window.statusBar().messageChanged.connect(said.append)
    qtbot.keyClick(window.view, Qt.Key.Key_F8)
    assert said == ["That was the last change."]
    assert [a.text() for a in window.menuBar().actions()[5].menu().actions()][:3] == [
        "Compare &With…",
        "",
        "&Next Change",
    ]


@pytest.mark.parametrize("focus", ["as the comparison starts", "tabbed into"])
def test_the_first_down_arrow_in_the_changes_list_shows_the_first_change(comparing, qtbot, focus):
    """Qt made the first row current itself as the list took the focus, the pages not on it:
    the first ↓ went to the second change, and the first was never shown."""
    window = comparing
    older, newer = window.comparing.readings()
    dock = window.compare_dock
    if focus == "tabbed into":
        window.view.setFocus()
        dock.list.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(dock.list.hasFocus, timeout=CONDITION_WAIT_MS)
    assert not dock.list.currentIndex().isValid()  # no row marked that the pages do not show
    qtbot.keyClick(dock.list, Qt.Key.Key_Down)
    change = dock.model.rows[0]
    assert dock.list.currentIndex().row() == 0
    assert older.view.caret_original() in (change.a.start, change.a.end)
    assert newer.view.caret_original() in (change.b.start, change.b.end)
    qtbot.keyClick(dock.list, Qt.Key.Key_Down)
    change = dock.model.rows[1]
    assert dock.list.currentIndex().row() == 1 and newer.view.caret_original() in (change.b.start, change.b.end)
