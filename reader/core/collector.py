"""Python's cycle collector and a book's tens of thousands of objects (its outline): each pass
walks every object of the generations it collects, holding the interpreter, so a full pass in
a window with a 5 M-character book open (about 440,000 sections and their lists) held the
window's thread for seconds on a loaded machine.

A book's objects are made with the collector paused; the tab that shows the book then sets
them aside with gc.freeze (the permanent generation, which no pass walks): set_apart. They
have no cycles of their own, nor has the closed tab, so they are freed by reference counting
when the tab closes; take_back then returns to the collector what was set aside, once per
closed tab. A session no tab shows (the command line, an open that failed) is never set
aside: that could only be undone by a tab's close."""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator

_lock = threading.Lock()
_holds = 0
"""Pauses under way (collector_paused in any thread, the launch's): the passes resume at the
end of the last one, so a book made in a thread at launch keeps its pause past the launch's."""
_resume = False
"""The collector was on when the first of them began (one switched off by someone else, the
forked helper, stays off)."""
_launching = False


def _hold() -> None:
    global _holds, _resume
    with _lock:
        if _holds == 0:
            _resume = gc.isenabled()
            gc.disable()
        _holds += 1


def _release() -> None:
    global _holds
    with _lock:
        _holds -= 1
        if _holds == 0 and _resume:
            gc.freeze()
            gc.unfreeze()
            gc.enable()


def pause_for_launch() -> None:
    """No passes from here until launch_done(): the window's launch makes some hundred
    thousand objects (modules, classes, widgets' wrappers), almost all kept for the session,
    and its 70-odd young passes walking them were 30 M instructions before the text's first
    paint (issue 32). What it made then goes to the oldest generation, as collector_paused's."""
    global _launching
    if not _launching:
        _launching = True
        _hold()


def launch_done() -> None:
    """The launch's text has painted (reader.app.run): the passes resume (once; nothing when
    no launch paused them)."""
    global _launching
    if _launching:
        _launching = False
        _release()


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """The collector held off while tens of thousands of objects are made at once (a book's
    outline): each of its passes walks every object the process holds, which made building an
    outline a third slower and reading one back up to four times.

    What was made goes straight to the oldest generation (gc.freeze, then unfreeze: a splice
    of lists), as it would after surviving a few passes: handed to the young generation, the
    next passes walked it all at once holding the interpreter (a 5 M-character book made in
    a thread at launch: passes of 0.6 s and 1.5 s, the window's thread stalled 13 s at load 12)."""
    _hold()
    try:
        yield
    finally:
        _release()


def set_apart() -> None:
    """A tab has taken a book: everything alive now, the book's outline with it, goes to the
    permanent generation, which no pass walks (a full pass over a 5 M-character book's 440,000
    objects held the window's thread for seconds), until take_back."""
    gc.freeze()


def take_back() -> None:
    """After a book's tab has closed: what was set aside goes back into the collector's reach
    for one full pass, which collects what was left in cycles meanwhile, and what is still
    alive (other open books) is set aside again. The closed book is no longer there to walk
    (reference counting freed it): 44,000 objects, 15 ms of the window thread's time, where a
    closed tab held in cycles made it walk the 5 M-character book's 500,000 (0.15-0.24 s;
    benchmarks/gc_passes.py)."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()
