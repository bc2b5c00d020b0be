"""The reading progress the status line shows ("Read N%") through script switches."""

from pathlib import Path

from PySide6.QtCore import Qt

from tests.gui.conftest import WORKER_WAIT_MS

LAW = Path(__file__).parents[2] / "eval" / "structure" / "docs" / "law_tw" / "tw010.txt"  # development part
CTRL = Qt.KeyboardModifier.ControlModifier


def test_script_switches_at_the_top_count_only_what_the_page_shows(make_window, qtbot):
    # "Read N%" jumped after a switch at a law's top (1 % → 6 %): the tracker's tick, in the
    # turn of the switch, read the page's visible range while Qt laid the new document out
    # again, and the page's bottom was the document's end: every section of the law was
    # counted as on screen. A tick then counts nothing, and the figure stays where the reader is
    window = make_window(LAW)
    view, progress = window.view, window.session.progress
    window.progress.timer.stop()  # ticks by hand: one call is one second on screen
    qtbot.waitUntil(lambda: not view.titles.pending and not view._slicer.active, timeout=WORKER_WAIT_MS)
    for _ in range(3):
        window.progress.tick()
    top, bottom = view.visible_range()
    assert bottom < len(window.session.text) // 4  # the law's top only
    before = window.progress.label.text()
    for key in (Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_1, Qt.Key.Key_3, Qt.Key.Key_2, Qt.Key.Key_1):
        qtbot.keyClick(view, key, CTRL)
        window.progress.tick()  # the timer's second, in the turn of the switch
        qtbot.waitUntil(
            lambda: window.current.pending_script is None and not view.pages.swapping, timeout=WORKER_WAIT_MS
        )
        qtbot.waitUntil(lambda: not view.titles.pending, timeout=WORKER_WAIT_MS)
        assert view.visible_range() == (top, bottom)  # the reader has not moved
    # the seconds of the switches count towards the sections on the page, and only those
    counted = [section for section in progress.dwell if section[0] >= bottom]
    shown = window.progress.label.text()
    assert counted == [], f"{before} → {shown}, sections below the page counted: {counted[:5]} of {len(counted)}"
    assert all(start < bottom for start, _ in progress.read)


def test_opening_and_coming_back_to_a_document_writes_no_progress(make_window, qtbot, monkeypatch):
    """The progress file is written when a section becomes read, not when a tab comes to the
    front: that write (its fsync) held the window's thread 14-25 ms right after each open, the
    first document's at launch among them. What is stored still shows."""
    import reader.gui.progress_tracker as tracker

    first = make_window()
    section = first.session.progress.sections[0]
    first.session.progress.read.add(section)
    first.progress.changed()  # an earlier session read the first section
    first.close()
    written = []
    from reader.core.progress_file import ProgressNews

    monkeypatch.setattr(tracker, "save_progress", lambda *a: written.append(a) or ProgressNews())
    window = make_window()
    assert section in window.session.progress.read
    assert window.progress.label.text() == f"Read {round(100 * window.session.progress.share_read)}%"
    assert window.open_path(LAW)
    qtbot.waitUntil(lambda: window.current.path == LAW, timeout=WORKER_WAIT_MS)
    window.workspace.show_reading(window.readings()[0])  # back to the notice's tab
    assert window.current.path != LAW and window.progress.label.text() != "Read 0%"
    assert written == []
    window.progress.reset()  # a change is still kept
    assert len(written) == 1


def test_the_place_in_per_cent_follows_the_keys_through_a_long_book_and_is_100_at_its_end(
    make_window, qtbot, data_dir, tmp_path
):
    """A book shown a few chapters at a time (page_window): the status line's per cent is the
    place's own (its offset in the text, not the scroll bar's share of the chapters laid out),
    0 at the start, 100 after Ctrl+End (old: no per cent, and "Read 0%" the only figure), and
    sections read at the end count in "Read N%" by their characters."""
    from tests.gui.test_page_end import _tall_book

    window = make_window(_tall_book(tmp_path))
    view, length = window.view, len(window.session.text)
    window.progress.timer.stop()  # ticks by hand: one call is one second on screen
    qtbot.waitUntil(lambda: not view._slicer.active, timeout=WORKER_WAIT_MS)
    assert view.part.active, "a book shown a window of its blocks"

    def shown() -> str:
        return window.status_line.position.text()

    def settled() -> None:
        qtbot.waitUntil(lambda: not view._slicer.active and not view.pages.swapping, timeout=WORKER_WAIT_MS)
        qtbot.wait(100)

    assert shown() == f"Character 0 of {length:,} · 0%"
    for _ in range(30):
        qtbot.keyClick(view, Qt.Key.Key_PageDown)
    settled()
    pos = view.caret_original()
    assert 0 < pos < length
    assert shown() == f"Character {pos:,} of {length:,} · {100 * pos // length}%"
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum() // 2)  # a drag to the middle
    settled()
    qtbot.keyClick(view, Qt.Key.Key_Down)
    settled()
    pos = view.caret_original()
    assert 0.3 * length < pos < 0.7 * length
    assert shown() == f"Character {pos:,} of {length:,} · {100 * pos // length}%"
    qtbot.keyClick(view, Qt.Key.Key_End, CTRL)
    settled()
    assert shown() == f"Character {length:,} of {length:,} · 100%"
    for _ in range(300):  # five minutes at the end: its last chapter read (2,000 characters)
        window.progress.tick()
    read = window.session.progress.read
    assert read and all(end > view.visible_range()[0] for _start, end in read)
    assert window.progress.label.text() == f"Read {round(100 * window.session.progress.share_read)}%"
    qtbot.keyClick(view, Qt.Key.Key_Home, CTRL)
    settled()
    assert shown() == f"Character 0 of {length:,} · 0%"
