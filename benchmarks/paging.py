"""Stalls while reading through a book (issue 32: ≤ 50 ms throughout). Run from the top folder:

    python benchmarks/paging.py [BOOK] [--times N] [--pages N]

Offscreen, in a fresh data folder: BOOK (红楼梦 by default) opened and analysed, then read as a
person does, each step a turn of the event loop apart, with the heartbeat of responsiveness.py
(a 10 ms timer; a gap between its ticks is a stall, and the window thread's own time in it is
what the page cost, apart from waiting for a core on a loaded machine):
- PageDown pressed every 60 ms from the page's first paint until the worker has read the
  book and the previews' warm-up (OpenCC loaded in a thread, the tree's glyphs drawn) is
  over: the longest gap then, and while the warm-up thread ran;
- PageDown pressed every 60 ms (a key held down) for N pages from the top;
- Ctrl+End, then Ctrl+Home;
- the scroll bar dragged from the top to the bottom in 40 steps (a hand's drag);
- the scroll bar's value set to nine places (a click in the groove, a jump).
For each: the longest gap, the window thread's time in it, the gaps over 50 ms; and the
characters Qt has laid out (the page's memory follows them: about 50 bytes each).
Figures are printed, never asserted."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

BOOK = ROOT / "tests" / "corpus" / "hongloumeng.txt"


def laid_out_chars(view) -> int:
    total, block = 0, view.document().firstBlock()
    while block.isValid():
        if block.layout().lineCount() > 0:
            total += block.length()
        block = block.next()
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("book", nargs="?", type=Path, default=BOOK)
    parser.add_argument("--times", type=int, default=1, help="the book this many times over (6: the 5 M book)")
    parser.add_argument("--pages", type=int, default=200, help="PageDown presses")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    data = Path(tempfile.mkdtemp(prefix="reader-bench-"))
    os.environ["READER_DATA_DIR"] = str(data)

    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest
    from responsiveness import _make_window, analysed, big_book

    app, probe, window = _make_window(data)
    book = (big_book(args.book, args.times) if args.times > 1 else args.book).resolve()
    chars = len(book.read_text(encoding="utf-8"))
    print(f"paging: {book.name}, {chars:,} characters; load average {os.getloadavg()[0]:.1f}", flush=True)
    from reader.core import scripts
    from reader.gui import glyph_warm

    warming: list[float] = []  # each start and end of the previews' warm-up (a thread's)
    real_warm = scripts.warm

    def timed_warm(*how) -> None:
        warming.append(time.perf_counter())
        try:
            real_warm(*how)
        finally:
            warming.append(time.perf_counter())

    scripts.warm = timed_warm
    window.open_path(book)
    probe.wait(lambda: window.current is not None and window.current.path == book and window.view.positions is not None)
    view = window.view
    bar = view.verticalScrollBar()
    view.setFocus()
    # paging from the moment the page shows until the worker has read the book, the previews'
    # warm-up thread has run and the tree's glyphs are drawn (they start once the book is read,
    # when the reader may be paging)
    start = time.perf_counter()
    pager = QTimer(interval=60, timeout=lambda: QTest.keyClick(view, Qt.Key.Key_PageDown))
    pager.start()
    warmer = glyph_warm._warmer

    def warmed() -> bool:
        return analysed(window) and len(warming) >= 2 and len(warming) % 2 == 0 and not (warmer and warmer.busy)

    probe.wait(warmed, settle=0.3)
    pager.stop()
    scripts.warm = real_warm
    for name, since, until in (
        ("PageDown every 60 ms from the first paint to warmed", start, time.perf_counter()),
        ("  of it, while the previews' warm-up ran", warming[0], warming[-1] + 0.1),
    ):
        figures = probe.gaps(since, until)
        print(
            f"  {name:<52} longest {figures['longest_ms']:6.1f} ms (window thread {figures['longest_cpu_ms']:5.1f}), "
            f"{figures['stalls']} over 50 ms, over {until - since:.2f} s",
            flush=True,
        )
    QTest.keyClick(view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    probe.wait(lambda: True, settle=1.0)

    def steps(name: str, actions: list, every_ms: int) -> None:
        """Run each action a turn of its own, every_ms apart, then report the gaps meanwhile."""
        pending = list(actions)
        timer = QTimer(interval=every_ms)

        def step() -> None:
            if pending:
                pending.pop(0)()
            else:
                timer.stop()

        start = time.perf_counter()
        timer.timeout.connect(step)
        timer.start()
        probe.wait(lambda: not pending and not timer.isActive(), settle=0.5)
        figures = probe.gaps(start, time.perf_counter())
        print(
            f"  {name:<44} longest {figures['longest_ms']:6.1f} ms (window thread {figures['longest_cpu_ms']:5.1f}), "
            f"{figures['stalls']} over 50 ms; laid out {laid_out_chars(view):,} chars; top at "
            f"{view.top_original() / chars:.0%}",
            flush=True,
        )

    def key(k, modifier=Qt.KeyboardModifier.NoModifier):
        return lambda: QTest.keyClick(view, k, modifier)

    ctrl = Qt.KeyboardModifier.ControlModifier
    steps(f"PageDown ×{args.pages}, every 60 ms", [key(Qt.Key.Key_PageDown)] * args.pages, 60)
    steps("Ctrl+End", [key(Qt.Key.Key_End, ctrl)], 60)
    steps("Ctrl+Home", [key(Qt.Key.Key_Home, ctrl)], 60)
    steps(
        "scroll bar dragged top to bottom, 40 steps",
        # the thumb held down, as a hand's drag (the page follows each step before it is painted)
        [lambda: bar.setSliderDown(True)]
        + [lambda i=i: bar.setSliderPosition(bar.maximum() * i // 40) for i in range(1, 41)]
        + [lambda: bar.setSliderDown(False)],
        40,
    )
    steps(
        "scroll bar set to nine places",
        [lambda i=i: bar.setValue(bar.maximum() * i // 10) for i in range(9, 0, -1)],
        200,
    )
    window.close()
    app.processEvents()
    print(f"load average {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
