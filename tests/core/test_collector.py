import gc
import weakref

import pytest

from reader.core.collector import collector_paused, set_apart, take_back
from reader.core.session import Session


class _Node:  # an object the cycle collector tracks, as an outline's sections are
    def __init__(self) -> None:
        self.children: list = []


def test_what_is_made_with_the_collector_paused_skips_its_young_passes():
    """A book's outline is made with the collector paused; afterwards it sits in the oldest
    generation, so the next young passes do not walk it all at once (each held the window's
    thread for seconds on a 5 M-character book made in a thread)."""
    assert gc.isenabled()
    with collector_paused():
        made = [_Node() for _ in range(2000)]
        assert not gc.isenabled()
    assert gc.isenabled()
    young = {id(o) for o in gc.get_objects(generation=0)} | {id(o) for o in gc.get_objects(generation=1)}
    oldest = {id(o) for o in gc.get_objects(generation=2)}
    assert not any(id(node) in young for node in made)
    assert all(id(node) in oldest for node in made)
    assert gc.get_freeze_count() == 0  # nothing is kept out of the collector for good


def test_a_paused_collector_stays_off_when_it_was_off():
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


@pytest.fixture
def nothing_frozen_after():
    yield
    gc.unfreeze()  # the next tests expect a collector that walks everything


def _long_text(chapters: int = 40) -> str:
    """A novel-like text: chapter headings over paragraphs of sentences (a generated book)."""
    body = "他走進園子，看見花開了。她笑着說道：今天天氣很好！兩人坐下來喝茶。"
    return "\n\n".join(
        f"第{n}回　章回之題{n}\n\n" + "\n\n".join(body for _ in range(30)) for n in range(1, chapters + 1)
    )


def test_a_session_no_tab_shows_sets_nothing_apart(tmp_path, nothing_frozen_after):
    """Setting apart is undone only by a tab's close: a session made without a tab (the command
    line, an open that failed) kept everything alive then out of the collector for good."""
    book = tmp_path / "book.txt"
    book.write_text(_long_text(), encoding="utf-8")
    session = Session.open(book, tmp_path / "data")
    assert gc.get_freeze_count() == 0
    nodes = list(session.outline.root.walk())  # the sentences too, cut when first asked for
    walked = {id(o) for o in gc.get_objects()}
    assert all(id(node) in walked for node in nodes)


def test_an_open_books_outline_is_walked_by_no_pass_of_the_collector(tmp_path, nothing_frozen_after):
    """The outline of a book (440,000 objects for a 5 M-character one) is set aside while the
    book is open: a full pass walked all of it, holding the window's thread for seconds."""
    book = tmp_path / "book.txt"
    book.write_text(_long_text(), encoding="utf-8")
    session = Session.open(book, tmp_path / "data")
    set_apart()  # as the tab that shows it does
    nodes = list(session.outline.root.walk(False))  # what was made (sentences are cut when asked for)
    assert len(nodes) > 1000
    walked = {id(o) for o in gc.get_objects()}  # what the passes of generations 0-2 walk
    assert sum(id(node) in walked for node in nodes) < 10
    assert sum(id(node.children) in walked for node in nodes) < 10


def test_taking_back_collects_what_a_closed_book_left_in_cycles(nothing_frozen_after):
    cycle = [_Node() for _ in range(100)]
    cycle[0].children.append(cycle)
    set_apart()
    left = weakref.ref(cycle[0])
    kept = _Node()
    del cycle
    gc.collect()
    assert left() is not None  # set aside: no pass reaches it
    gc.freeze()
    take_back()
    assert left() is None
    assert gc.get_freeze_count() > 0  # what is still alive is set aside again
    assert id(kept) not in {id(o) for o in gc.get_objects()}


def test_a_session_is_freed_by_reference_counting_alone(tmp_path, nothing_frozen_after):
    """A session made no cycle of its own (its views held one of its methods): closed, it
    waited for a full pass of the collector, and with it its outline."""
    book = tmp_path / "book.txt"
    book.write_text(_long_text(), encoding="utf-8")
    session = Session.open(book, tmp_path / "data")
    gone, outline = weakref.ref(session), weakref.ref(session.outline)
    gc.disable()
    try:
        del session
        assert gone() is None and outline() is None
    finally:
        gc.enable()


def test_the_launchs_pause_outlasts_a_book_paused_in_a_thread_and_the_reverse():
    """The launch holds the passes off until its text has painted (reader.app.run); a book made
    meanwhile in a thread (collector_paused) keeps them off until it is made, whichever ends
    first; then they resume, once, and what was made sits in the oldest generation."""
    from reader.core.collector import launch_done, pause_for_launch

    assert gc.isenabled()
    try:
        pause_for_launch()
        assert not gc.isenabled()
        with collector_paused():
            made = [_Node() for _ in range(500)]
            launch_done()  # the text painted while the book is still being made
            assert not gc.isenabled()
        assert gc.isenabled()
        pause_for_launch()
        with collector_paused():
            pass
        assert not gc.isenabled()  # the book made, the launch's text not yet painted
        launch_done()
        assert gc.isenabled()
        launch_done()  # said again (the fallback's turn): nothing more
        assert gc.isenabled()
        oldest = {id(o) for o in gc.get_objects(generation=2)}
        assert all(id(node) in oldest for node in made)
    finally:
        gc.enable()


def test_a_window_that_never_paints_leaves_the_collector_on(monkeypatch):
    """reader.cli pauses the passes for the window's launch; a launch handed over to a running
    Reader (or any that returns without painting) resumes them on its way out."""
    import reader.app
    from reader.cli import main

    monkeypatch.setattr(reader.app, "run", lambda *args, **kwargs: 0)  # as when handed over
    assert main([]) == 0
    assert gc.isenabled()
