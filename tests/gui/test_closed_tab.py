"""closed_tab on its own: the collector's pass after a close waits for the closed book (a
stand-in object here) and runs once it is gone, or once the wait is over."""

import weakref

from reader.gui import closed_tab
from tests.gui.conftest import CONDITION_WAIT_MS


class Book:
    pass


def test_the_pass_waits_for_the_book_then_runs_once(qtbot, monkeypatch):
    passes: list[int] = []
    monkeypatch.setattr(closed_tab, "take_back", lambda: passes.append(1))
    monkeypatch.setattr(closed_tab, "TAKE_BACK_MS", 10)
    book = Book()
    closed_tab.take_back_closed(weakref.ref(book))
    qtbot.wait(100)
    assert passes == []  # something still holds the book
    del book
    qtbot.waitUntil(lambda: passes == [1], timeout=CONDITION_WAIT_MS)
    qtbot.wait(50)
    assert passes == [1]


def test_a_book_held_past_the_wait_is_left_to_the_pass(qtbot, monkeypatch):
    passes: list[int] = []
    monkeypatch.setattr(closed_tab, "take_back", lambda: passes.append(1))
    monkeypatch.setattr(closed_tab, "TAKE_BACK_MS", 10)
    monkeypatch.setattr(closed_tab, "TAKE_BACK_WAIT_MS", 50)
    book = Book()
    closed_tab.take_back_closed(weakref.ref(book))
    qtbot.waitUntil(lambda: passes == [1], timeout=CONDITION_WAIT_MS)
    assert book is not None


def test_passes_still_to_come_are_forgotten_with_their_books(qtbot, monkeypatch):
    """The test suite forgets them between tests (tests/gui/conftest.py): a pass waiting for an
    earlier test's closed book ran in the next test, which counted it as its own (this file's
    first test failed after tests/gui/test_workspace.py)."""
    passes: list[int] = []
    monkeypatch.setattr(closed_tab, "take_back", lambda: passes.append(1))
    monkeypatch.setattr(closed_tab, "TAKE_BACK_MS", 10)
    book = Book()
    closed_tab.take_back_closed(weakref.ref(book))
    closed_tab.take_back_closed(weakref.ref(Book()))  # gone already: its pass comes at once
    assert passes == [1]
    closed_tab.forget_waiting()
    del book
    qtbot.wait(200)
    assert passes == [1]
