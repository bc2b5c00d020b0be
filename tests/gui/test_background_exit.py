"""A thread's work that ends while the application finishes."""

import threading

import shiboken6

from reader.gui import background


def test_work_ending_after_the_relay_is_gone_raises_nothing_in_its_thread(qtbot):
    """At exit Python deletes the relay while a daemon thread's work runs on: the bundle's
    smoke test printed "RuntimeError: Signal source has been deleted" from that thread."""
    runner = background.Background()
    runner._relay = background._Relay()  # a relay of its own, so the application's stays
    shiboken6.delete(runner._relay)
    errors = []
    previous, threading.excepthook = threading.excepthook, errors.append
    try:
        before = set(threading.enumerate())
        runner.run(lambda: 1, lambda _result: None)
        for thread in set(threading.enumerate()) - before:
            thread.join(timeout=5)
    finally:
        threading.excepthook = previous
    assert [str(e.exc_value) for e in errors] == []
