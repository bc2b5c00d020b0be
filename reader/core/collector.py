"""Python's cycle collector and a book's tens of thousands of objects (its outline): each pass
walks every object of the generations it collects, holding the interpreter, so a full pass in
a window with a 5 M-character book open (about 440,000 sections and their lists) held the
window's thread for seconds on a loaded machine.

A book's objects are made with the collector paused and then set aside with gc.freeze (the
permanent generation, which no pass walks). They have no cycles of their own, so they are
still freed by reference counting when the book closes; what a closed book's window objects
leave in cycles is collected by take_back, once per closed tab."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def collector_paused(keep: bool = False) -> Iterator[None]:
    """The collector held off while tens of thousands of objects are made at once (a book's
    outline): each of its passes walks every object the process holds, which made building an
    outline a third slower and reading one back up to four times.

    What was made goes straight to the oldest generation (gc.freeze, then unfreeze: a splice
    of lists), as it would after surviving a few passes: handed to the young generation, the
    next passes walked it all at once holding the interpreter (a 5 M-character book made in
    a thread at launch: passes of 0.6 s and 1.5 s, the window's thread stalled 13 s at load 12).
    With `keep` it stays in the permanent generation, and so does everything else alive now:
    then full passes do not walk it either (the window's books, until take_back)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.freeze()
            if not keep:
                gc.unfreeze()
            gc.enable()


def take_back() -> None:
    """After a book's tab has closed: what was set aside goes back into the collector's reach
    for one full pass, which collects the cycles the closed tab left, and what is still alive
    (other open books) is set aside again. The pass walks every object once, the closed book's
    too (its tab holds its session in cycles): 0.15 s for a 5 M-character book unloaded, 0.22 s
    at load 4.6 (benchmarks/gc_passes.py), at the close instead of at random moments."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()
