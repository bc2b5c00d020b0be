"""The page's documents of each script (reader.gui.script_pages): each view's page text made
once and kept for switching back, a page at its top kept there in every script."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from reader.core.scripts import Script
from tests.gui.conftest import WORKER_WAIT_MS


def _go_deep(window, qtbot, chapter: str) -> int:
    view = window.view
    deep = window.session.text.index(chapter)
    view.scroll_to_original(deep)
    qtbot.waitUntil(lambda: view.coords.scroll_pending is None, timeout=10000)
    return deep


def _page_shows(window, script: Script) -> bool:
    view = window.view
    return view.toPlainText() == view.typesetter.display_text(window.session.view(script))


def test_switching_back_and_forth_makes_each_views_page_text_once(book_window, qtbot, monkeypatch):
    # a book's page text (its punctuation cleaned, its lines joined: 7–11 ms on 红楼梦, on the
    # window's thread) was made again at each switch between two scripts already shown
    from reader.gui import page_typesetting

    window, view = book_window, book_window.view
    assert view.prefs.clean_punctuation
    real, made = page_typesetting.clean_punctuation, []
    monkeypatch.setattr(page_typesetting, "clean_punctuation", lambda text: made.append(len(text)) or real(text))
    for script in (Script.TRADITIONAL, Script.ORIGINAL, Script.TRADITIONAL, Script.ORIGINAL):
        window.current.set_script(script)
        qtbot.waitUntil(lambda: not view.pages.swapping, timeout=WORKER_WAIT_MS)
        assert _page_shows(window, script)
    assert [n for n in made if n > 50_000] == []  # the page's pieces alone, never the whole book again


def test_the_original_and_the_script_it_is_written_in_share_one_page_text(book_window, qtbot, monkeypatch):
    # 原文 and 简体 of a Simplified book are one text: its page text (a copy of the book once
    # its punctuation is cleaned, 1.6 MB of 红楼梦) was made again and kept twice
    from reader.gui import page_typesetting

    window, view = book_window, book_window.view
    real, made = page_typesetting.clean_punctuation, []
    monkeypatch.setattr(page_typesetting, "clean_punctuation", lambda text: made.append(len(text)) or real(text))
    for script in (Script.SIMPLIFIED, Script.ORIGINAL, Script.SIMPLIFIED):
        window.current.set_script(script)
        qtbot.waitUntil(lambda: not view.pages.swapping, timeout=WORKER_WAIT_MS)
        assert _page_shows(window, script)
    assert [n for n in made if n > 50_000] == []
    texts = [text for _, text in view.typesetter._made]
    assert len({id(t) for t in texts}) == len(texts) == 2  # 繁體's and the one of 原文 and 简体


@pytest.mark.parametrize("name", ["law_tw/tw010.txt", "law_prc/prc009.txt"])
def test_a_page_at_its_top_stays_at_its_top_in_every_script(make_window, qtbot, name):
    """At the top of a law, Ctrl+2/Ctrl+3/Ctrl+1: the switch put the first line at the page's
    edge, 28 px down, and the margin above the title was gone (the title sat on the edge); or,
    the page's top line read as the document's end, it took the page to the last article."""
    path = Path(__file__).parents[2] / "eval" / "structure" / "docs" / name  # development part
    window = make_window(path)
    view = window.view
    qtbot.waitUntil(lambda: view.verticalScrollBar().maximum() > 0)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert view.verticalScrollBar().value() == 0
    assert view.top_original() == 0  # not the end: Qt finds no line in the margin above the first
    for key in (Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_1):
        qtbot.keyClick(view, key, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(
            lambda: window.current.pending_script is None and not view.pages.swapping, timeout=WORKER_WAIT_MS
        )
        qtbot.wait(50)  # the titles balanced for the new text, from the event loop
        qtbot.waitUntil(lambda: not view.titles.pending)
        assert view.verticalScrollBar().value() == 0, f"after Ctrl+{key - Qt.Key.Key_0}"
    # and a step to the document's start scrolls to the page's top, not to its first line's
    view.scroll_to_original(len(window.session.text) // 2)
    qtbot.waitUntil(lambda: view.verticalScrollBar().value() > 0)
    view.scroll_to_original(0)
    assert view.verticalScrollBar().value() == 0


def test_the_converters_go_once_the_book_has_its_views(book_window, qtbot):
    # OpenCC's dictionaries (10 MB of the window's memory) serve the previews of a script the
    # book has no view of yet: once it has them all, a switch lets them go
    from reader.core import scripts

    window, views = book_window, book_window.session.views
    assert views in scripts._previewed and not views.unmade()
    for other in [v for v in scripts._previewed if v is not views]:
        scripts._previewed.discard(other)  # documents earlier tests left open in this process
    scripts.warm("s2tw")
    assert scripts._opencc.cache_info().currsize >= 1  # s2tw, and what earlier tests loaded
    window.current.set_script(Script.TRADITIONAL)
    qtbot.waitUntil(lambda: not window.view.pages.swapping, timeout=WORKER_WAIT_MS)
    assert scripts._opencc.cache_info().currsize == 0
    assert _page_shows(window, Script.TRADITIONAL)


def test_the_page_texts_kept_for_switching_back_are_held_as_their_changes(make_window, qtbot, tmp_path, monkeypatch):
    # the page texts of two scripts were kept whole for switching back and forth: each a copy
    # of the book (1.6 MB of 红楼梦, 4 B/char both); they differ from their views only where
    # punctuation was cleaned, and are kept as those changes once a swap no longer wants them
    from reader.core.text_changes import Changes
    from reader.gui import page_typesetting

    monkeypatch.setattr("reader.gui.script_swap.SWAP_MIN_CHARS", 50_000)
    monkeypatch.setattr("reader.gui.layout_slicer.SLICED_CHARS", 50_000)
    monkeypatch.setattr(page_typesetting, "COMPACT_AFTER_MS", 50)
    # a half-width mark the page makes full-width, one in 60 characters
    paragraph = ("宝玉说:来了" + "黛玉在潇湘馆里看书，紫鹃出了潇湘馆，宝钗回到蘅芜苑。" * 2) * 4
    book = tmp_path / "book.txt"
    book.write_text("".join(f"第{i}回 潇湘馆\n\n{paragraph}\n\n" for i in range(1, 400)), encoding="utf-8")
    window = make_window(book)
    view = window.view
    assert view.prefs.clean_punctuation
    for script in (Script.TRADITIONAL, Script.ORIGINAL):
        window.current.set_script(script)
        qtbot.waitUntil(
            lambda script=script: window.script is script and not view.pages.swapping, timeout=WORKER_WAIT_MS
        )

    def kept() -> list:
        return [text for _, text in view.typesetter._made]

    qtbot.waitUntil(lambda: len(kept()) == 2 and all(isinstance(k, Changes) for k in kept()), timeout=WORKER_WAIT_MS)
    assert all(0 < len(k.at) < k.length // 10 for k in kept())
    for script in (Script.TRADITIONAL, Script.ORIGINAL, Script.TRADITIONAL):
        window.current.set_script(script)
        qtbot.waitUntil(lambda: not view.pages.swapping, timeout=WORKER_WAIT_MS)
        made = page_typesetting._display_text(window.session.view(script), view.line_joins, True)
        assert "宝玉说：来了" in made or "寶玉說：來了" in made
        assert view.toPlainText() == made
