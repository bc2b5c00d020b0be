"""How long does turning View ▸ Pinyin on or off hold the window's thread on a whole book? Run:

    python benchmarks/pinyin_room.py [--book PATH] [--rebuild]

The book is opened offscreen and laid out; then pinyin is turned on, off and on again, and
each turn of the event loop spent making the lines' room is timed (wall clock and the window
thread's own CPU time, which another process's load does not inflate), as are the paints in
between. By default the room is made in place (reader.gui.line_room); --rebuild times the way
before it, which built the book's document again (the way a change of type still does), so
the two can be compared on the same machine. The syllables are those of the book's first
30,000 characters (the page on screen: only its lines are painted); reading a whole novel's
takes the worker 20 s and is not what this measures (benchmarks/pinyin_window.py does that,
with a heartbeat). Figures are printed, never asserted; the goal is no turn over 50 ms.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import settling  # noqa: E402  (beside this file)

SAMPLE_CHARS = 30_000


def main() -> None:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--book", type=Path, default=ROOT / "tests" / "corpus" / "hongloumeng.txt")
    parser.add_argument("--rebuild", action="store_true", help="time the old way: the document built again")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["READER_DATA_DIR"] = tempfile.mkdtemp(prefix="reader-bench-")

    from PySide6.QtWidgets import QApplication

    from reader.app import create_application, open_settings
    from reader.core.pinyin import character_readings
    from reader.core.scripts import Script, View
    from reader.core.words import word_ends
    from reader.gui.document_view import DocumentView
    from reader.gui.layout_slicer import LayoutSlicer
    from reader.gui.line_room import LineRoom
    from reader.gui.main_window import MainWindow
    from reader.gui.page_measure import PageMeasure

    app = QApplication.instance() or create_application([sys.argv[0]])
    data = Path(os.environ["READER_DATA_DIR"])
    window = MainWindow(open_settings(data), data)
    window.resize(1280, 820)
    window.show()
    book = args.book.resolve()
    window.open_path(book)

    def settle(seconds: float, until=lambda: True) -> None:
        settling.settle(app, seconds, until)

    settle(
        2.0, lambda: window.view is not None and window.view.positions is not None and not window.view._slicer.active
    )
    view = window.view
    text = window.session.text[:SAMPLE_CHARS]
    sample = View(Script.SIMPLIFIED, None, text)  # the book is in Simplified: its own view
    readings = character_readings(sample, word_ends(text))

    turns: list[tuple[str, float, float]] = []  # (what, wall ms, thread CPU ms)

    def timed(name: str, fn):
        def run(*a, **k):
            wall, cpu = time.perf_counter(), time.thread_time()
            try:
                return fn(*a, **k)
            finally:
                turns.append((name, (time.perf_counter() - wall) * 1000, (time.thread_time() - cpu) * 1000))

        return run

    LineRoom._slice = timed("room slice", LineRoom._slice)
    LayoutSlicer._slice = timed("layout slice", LayoutSlicer._slice)  # a rebuilt book is laid out again
    PageMeasure._show_retypeset = timed("show rebuilt", PageMeasure._show_retypeset)
    DocumentView.paintEvent = timed("paint", DocumentView.paintEvent)

    def toggle(on: bool) -> None:
        if args.rebuild:  # as show_pinyin did before line_room
            view.pinyin.set(readings if on else None)
            timed("build", view.measure.retypeset)(in_two_turns=True)
        else:
            timed("show_pinyin", view.show_pinyin)(readings if on else None)

    print(
        f"{book.name}: {len(window.session.text):,} characters, {view.document().blockCount():,} blocks; "
        f"{'rebuilt' if args.rebuild else 'room made in place'}; load average {os.getloadavg()[0]:.1f}"
    )
    print("| phase | turns | longest turn (wall) | longest turn (CPU) | total CPU | done after |")
    print("|---|---|---|---|---|---|")
    for phase, on in (("pinyin on", True), ("pinyin off", False), ("pinyin on again", True)):
        turns.clear()
        started = time.perf_counter()
        toggle(on)
        settle(0.0, lambda: not view.room.active and not view.pinyin.held and not view._slicer.active)
        done = time.perf_counter() - started
        settle(1.0)
        work = list(turns)
        print(
            f"| {phase} | {len(work)} | {max(t[1] for t in work):.0f} ms ({max(work, key=lambda t: t[1])[0]}) "
            f"| {max(t[2] for t in work):.0f} ms | {sum(t[2] for t in work):.0f} ms | {done:.2f} s |"
        )
    window.close()
    app.processEvents()


if __name__ == "__main__":
    main()
