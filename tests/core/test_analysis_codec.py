import gc

from reader.core.analysis_codec import collector_paused


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
