"""What a paint of the Sections tree costs the window's thread (issue 32: stalls). Run:

    python benchmarks/tree_paint.py [--book PATH] [--times N]

Offscreen, in a fresh data folder: the book (红楼梦 by default) opened with the tree's
updates held until it is fully analysed, then the tree's viewport repainted: the first paint
(its rows' glyphs rendered unless drawn ahead, their labels made), two more, then the mean of
N repaints, the Python calls one paint makes (a model kept in Python: ~1,000), and a paint's
wall and own time beside a Python thread that works (as the window's housekeeping does); the
same after a switch to 繁體 held the same way (its rows in the new script). Own time of the
window's thread (thread CPU), not the wall: the machine is shared. Figures are printed, never
asserted."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(Path.cwd()))  # the checkout measured: the one it is run from

import responsiveness  # noqa: E402


def python_calls(paint) -> int:
    """The Python functions paint() runs (each a call from Qt's C++ into Python, the
    interpreter's lock taken again, and what those call)."""
    calls = 0

    def count(_frame, event, _arg) -> None:
        nonlocal calls
        calls += event == "call"

    sys.setprofile(count)
    try:
        paint()
    finally:
        sys.setprofile(None)
    return calls - 1  # paint() itself


def paints(tree, label: str, times: int) -> None:
    tree.setUpdatesEnabled(True)
    viewport = tree.viewport()
    first = []
    for _ in range(3):
        own = time.thread_time()
        viewport.repaint()
        first.append((time.thread_time() - own) * 1000)
    own = time.thread_time()
    for _ in range(times):
        viewport.repaint()
    warm = (time.thread_time() - own) * 1000 / times
    calls = python_calls(viewport.repaint)
    print(
        f"  {label:<24} first paints {' / '.join(f'{ms:.1f}' for ms in first)} ms; "
        f"warm {warm:.2f} ms (mean of {times}), own time; {calls} Python calls a paint",
        flush=True,
    )
    beside_a_busy_thread(viewport, times)


def beside_a_busy_thread(viewport, times: int) -> None:
    """A paint's wall time while another Python thread of the window's process works (as the
    housekeeping thread or a preview's does): each call from Qt into Python waits for the
    interpreter's lock, up to a switch interval each (reader.app.SWITCH_INTERVAL)."""
    stop = threading.Event()

    def spin() -> None:
        while not stop.is_set():
            sum(range(2_000))

    thread = threading.Thread(target=spin, daemon=True)
    thread.start()
    try:
        wall, own = time.perf_counter(), time.thread_time()
        for _ in range(times):
            viewport.repaint()
        wall = (time.perf_counter() - wall) * 1000 / times
        own = (time.thread_time() - own) * 1000 / times
    finally:
        stop.set()
        thread.join()
    print(f"  {'':<24} beside a busy Python thread: {wall:.2f} ms wall, {own:.2f} ms own a paint", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--book", type=Path, default=responsiveness.BOOK)
    parser.add_argument("--times", type=int, default=200, help="warm repaints")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    data = Path(tempfile.mkdtemp(prefix="reader-tree-"))
    os.environ["READER_DATA_DIR"] = str(data)
    from PySide6.QtWidgets import QTreeView

    from reader.app import SWITCH_INTERVAL
    from reader.core.scripts import Script

    sys.setswitchinterval(SWITCH_INTERVAL)  # the window's

    app, probe, window = responsiveness._make_window(data)
    tree = window.findChild(QTreeView, "outlineTree")
    book = args.book.resolve()
    print(f"The Sections tree's paints on {book.name}; load average {os.getloadavg()[0]:.1f}", flush=True)
    tree.setUpdatesEnabled(False)
    window.open_path(book)
    probe.wait(lambda: window.current is not None and window.current.path == book and responsiveness.analysed(window))
    probe.wait(lambda: True, settle=1.0)
    paints(tree, "the book opened", args.times)
    tree.setUpdatesEnabled(False)
    window.current.set_script(Script.TRADITIONAL)
    probe.wait(lambda: responsiveness.switched(window, Script.TRADITIONAL), settle=1.0)
    paints(tree, "after a switch to 繁體", args.times)
    window.close()
    app.processEvents()
    print(f"load average {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
