"""While a book converts in the worker, the paragraphs on screen are previewed in the new
script (reader.gui.page_preview)."""

from pathlib import Path

from reader.core.scripts import Script


def test_the_preview_of_an_old_novel_writes_what_its_view_will(make_window, qtbot, tmp_path):
    # the page on screen converts at once, the whole book in the worker. An edition's notes
    # open the book and read, alone, as modern text; the book reads as old vernacular, written
    # in older print (一並, where Taiwan's later form is 一併). The preview writes by the book's
    # mode, so nothing on the page changes when the whole view comes (issue 27)
    notes = "本书各回的异文一并收入，注文一并附后。\n\n" * 600  # 12,000 characters: the whole preview
    novel = (Path(__file__).parents[1] / "corpus" / "hongloumeng.txt").read_text(encoding="utf-8")[:60_000]
    book = tmp_path / "hongloumeng.txt"
    book.write_text(notes + novel, encoding="utf-8")
    window = make_window(book)
    window.current.set_script(Script.TRADITIONAL)
    assert window.current.pending_script is Script.TRADITIONAL
    qtbot.waitUntil(lambda: window.current.shown_script is Script.TRADITIONAL)  # the preview is on the page
    assert "異文一並收入" in window.view.toPlainText()
    qtbot.waitUntil(lambda: window.script is Script.TRADITIONAL, timeout=120000)
    assert "異文一並收入" in window.view.toPlainText()
