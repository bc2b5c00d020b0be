"""What the window's thread does in its longest turns, phase by phase (issue 32: stalls). Run:

    python benchmarks/longest_turns.py [--book PATH] [--top N]
    python benchmarks/longest_turns.py --launch FILE [--top N]   (a launch on FILE, window shown to text painted)

The session of responsiveness.py in one process (the notice, then the book opened, 原文 →
简体 → 繁體, then a changed copy of the book prepared in the worker), with the paging
reader; for each phase it prints the N turns of the window's event loop it spent most of its
own time (thread CPU) in (from the loop's waking to its waiting again), each with the Python
code sampled while it ran (every 0.5 ms from a thread; "<Qt>" is time in
Qt's own code with no Python frame of Reader's). A switch's own call (set_script, the key
press's turn) is timed too. Own time, not the wall: on a shared machine a turn mostly waits for
a core. Figures are printed, never asserted.

responsiveness.py's stalls are gaps between heartbeats, and one gap can hold several turns'
work (Qt delivers every posted event before it looks at its timers again): this says what ran."""

from __future__ import annotations

import argparse
import collections
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

OWN_MS = 2.0  # events shorter than this (own time) are not kept


class Turns:
    """Every turn's own time (the event dispatcher's awake → aboutToBlock) and the window
    thread's Python stack, sampled from a thread."""

    def __init__(self) -> None:
        self.turns: list[tuple[float, float, float]] = []  # start, end, own ms
        self.samples: list[tuple[float, tuple[str, ...]]] = []
        self.names: dict[int, str] = {}  # thread id → name
        self.others: list[tuple[float, int, float, str]] = []  # other threads: when, id, CPU s, frames
        self._stop = False
        self._main = threading.main_thread().ident

    def application(self, argv: list[str]):
        """The QApplication, the window thread's work timed between its event dispatcher's
        signals (awake, aboutToBlock): whatever it did between two of them is a turn. (Which
        comes first depends on the dispatcher: Qt's glib one says both before its sources run.)
        An overridden QApplication.notify timed each event, but PySide then wrapped every
        receiver, some while Qt was still making them: a QMenu wrapped as the QWidget it was at
        that moment, a stale wrapper handed in as the receiver, then a crash."""
        from PySide6.QtCore import QAbstractEventDispatcher
        from PySide6.QtWidgets import QApplication

        app = QApplication(argv)
        last = [time.perf_counter(), time.thread_time()]

        def checkpoint() -> None:
            now, own = time.perf_counter(), time.thread_time()
            ms = (own - last[1]) * 1000
            if ms > OWN_MS:
                self.turns.append((last[0], now, ms))
            last[:] = [now, own]

        self.dispatcher = QAbstractEventDispatcher.instance()  # kept: its connections go with it
        self.dispatcher.awake.connect(checkpoint)
        self.dispatcher.aboutToBlock.connect(checkpoint)
        return app

    def sample(self) -> None:
        threading.Thread(target=self._sampling, daemon=True).start()

    def stop(self) -> None:
        self._stop = True

    def _sampling(self) -> None:
        while not self._stop:
            frame = sys._current_frames().get(self._main)
            stack = []
            while frame is not None:
                code = frame.f_code
                if "benchmarks" not in code.co_filename and "threading" not in code.co_filename:
                    stack.append(f"{Path(code.co_filename).stem}.{code.co_name}:{frame.f_lineno}")
                frame = frame.f_back
            now = time.perf_counter()
            self.samples.append((now, tuple(stack)))
            for ident, other in sys._current_frames().items():
                if ident not in (self._main, threading.get_ident()):
                    try:
                        spent = time.clock_gettime(time.pthread_getcpuclockid(ident))
                    except OSError:  # the thread has ended
                        continue
                    self.others.append((now, ident, spent, _innermost(other)))
                    self.names.setdefault(ident, _thread_name(ident))
            time.sleep(0.0005)

    def report_gaps(self, probe, start: float, end: float, top: int) -> None:
        """The phase's `top` longest gaps between heartbeats by the window thread's own time in
        them: each with the events in it (the outermost, own ms) and what other threads of the
        window's process were sampled running meanwhile."""
        ticks, cpu = probe.ticks, probe.cpu
        gaps = [
            ((cpu[i + 1] - cpu[i]) * 1000, ticks[i], ticks[i + 1])
            for i in range(len(ticks) - 1)
            if start <= ticks[i + 1] and ticks[i] <= end
        ]
        for own, t0, t1 in sorted(gaps, reverse=True)[:top]:
            print(f"  gap {(t1 - t0) * 1000:.1f} ms wall, {own:.1f} ms own, at {(t0 - start) * 1000:.0f} ms:")
            inside = [f"{m:.1f}" for s, t, m in self.turns if t0 <= s and t <= t1]
            print(f"    turns (ms own): {', '.join(inside) or '-'}")
            counts = collections.Counter(" < ".join(s[:4]) or "<Qt>" for t, s in self.samples if t0 < t < t1)
            for stack, n in counts.most_common(3):
                print(f"    {n:4d} samples  {stack}")
            # each other thread's CPU time over the gap, and where it was sampled running
            first: dict[int, float] = {}
            last: dict[int, float] = {}
            where: dict[int, collections.Counter] = collections.defaultdict(collections.Counter)
            previous: dict[int, float] = {}
            for t, ident, spent, stack in self.others:
                if t0 - 0.002 < t < t1 + 0.002:
                    first.setdefault(ident, spent)
                    last[ident] = spent
                    if spent > previous.get(ident, spent):
                        where[ident][stack] += 1
                    previous[ident] = spent
            for ident in sorted(last, key=lambda i: first[i] - last[i]):
                ms = (last[ident] - first[ident]) * 1000
                if ms >= 1:
                    stack = where[ident].most_common(1)[0][0] if where[ident] else "?"
                    print(f"    another thread ran {ms:.1f} ms, mostly at {stack}")

    def report_threads(self, start: float, end: float) -> None:
        """The CPU time each other thread of the window's process spent over the phase."""
        first: dict[int, float] = {}
        last: dict[int, float] = {}
        for t, ident, spent, _ in self.others:
            if start <= t <= end:
                first.setdefault(ident, spent)
                last[ident] = spent
        spent = {self.names[i]: (last[i] - first[i]) * 1000 for i in last if last[i] - first[i] >= 0.001}
        shown = ", ".join(f"{name} {ms:.0f} ms" for name, ms in sorted(spent.items(), key=lambda x: -x[1]))
        print(f"  other threads of the window's process over the phase: {shown or 'none'}")

    def report(self, name: str, start: float, end: float, top: int) -> None:
        longest = sorted((turn for turn in self.turns if start <= turn[0] and turn[1] <= end), key=lambda t: -t[2])
        print(f"\n## {name}")
        for e0, e1, ms in longest[:top]:
            print(f"  a turn: {ms:.1f} ms own, {(e1 - e0) * 1000:.1f} ms wall, at {(e0 - start) * 1000:.0f} ms")
            counts = collections.Counter(" < ".join(s[:4]) or "<Qt>" for t, s in self.samples if e0 < t < e1)
            for stack, n in counts.most_common(4):
                print(f"    {n:4d} samples  {stack}")


def _thread_name(ident: int) -> str:
    thread = threading._active.get(ident)  # noqa: SLF001 - a benchmark's look at the threads
    return thread.name if thread is not None else str(ident)


def _innermost(frame) -> str:
    """A thread's innermost frames (three), for the gaps' report."""
    names = []
    while frame is not None and len(names) < 3:
        code = frame.f_code
        names.append(f"{Path(code.co_filename).stem}.{code.co_name}:{frame.f_lineno}")
        frame = frame.f_back
    return " < ".join(names)


class _Marks:
    """stdout, noting when Reader's --smoke-test prints "window shown" and "painted" (the
    wall clock and the window thread's own clock)."""

    def __init__(self, out) -> None:
        self.out, self.seen = out, {}

    def write(self, text: str) -> int:
        for mark in ("window shown", "painted"):
            if text.startswith(mark):
                self.seen.setdefault(mark, (time.perf_counter(), time.thread_time()))
        return self.out.write(text)

    def flush(self) -> None:
        self.out.flush()


def launch(path: Path, top: int) -> None:
    """--launch FILE: Reader launched on FILE (its --smoke-test, in this process, in a fresh
    data folder unless READER_DATA_DIR is set), the turns from the window's first paint to
    the text's."""
    os.environ.setdefault("READER_DATA_DIR", tempfile.mkdtemp(prefix="reader-turns-"))
    turns = Turns()
    turns.application([sys.argv[0]])
    turns.sample()
    marks = sys.stdout = _Marks(sys.stdout)
    from reader.cli import main as reader_main

    reader_main(["--smoke-test", str(path)])
    sys.stdout = marks.out
    turns.stop()
    (shown, shown_own), (painted, painted_own) = marks.seen["window shown"], marks.seen["painted"]
    print(
        f"Launch on {path.name}: window shown to text painted {(painted - shown) * 1000:.0f} ms, "
        f"{(painted_own - shown_own) * 1000:.0f} ms of it the window thread's own; load average "
        f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores."
    )
    turns.report("window shown to text painted", shown, painted, top)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--book", type=Path, default=responsiveness.BOOK)
    parser.add_argument("--top", type=int, default=3)
    parser.add_argument("--launch", type=Path, metavar="FILE", help="the turns of a launch on FILE instead")
    args = parser.parse_args()
    responsiveness.import_compiled(Path.cwd())  # as an installed Reader imports them
    if args.launch:
        launch(args.launch, args.top)
        return
    data = Path(tempfile.mkdtemp(prefix="reader-turns-"))
    os.environ["READER_DATA_DIR"] = str(data)
    turns = Turns()
    turns.application([sys.argv[0]])
    app, probe, window = responsiveness._make_window(data)
    turns.sample()
    print(f"Longest turns on {args.book.name}; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores.")

    from reader.core.resources import notice_path
    from reader.core.scripts import Script

    probe.phase("open notice", lambda: window.open_path(notice_path()), lambda: responsiveness.analysed(window), 1.0)
    book = args.book
    probe.pager.start()

    phases: list[tuple[str, float, float, float]] = []

    def measured(name: str, action, done) -> None:
        """The phase, its action's own time (the reader's key press or click: its own turn)
        noted; reported at the end (a report between phases would be in the next one's gaps)."""
        own: list[float] = []

        def timed() -> None:
            start = time.thread_time()
            action()
            own.append((time.thread_time() - start) * 1000)

        start = time.perf_counter()
        probe.phase(name, timed, done, settle=1.0)
        phases.append((name, start, time.perf_counter(), own[0]))

    measured(
        "open book",
        lambda: window.open_path(book),
        lambda: (
            window.current is not None and window.current.path == book.resolve() and responsiveness.analysed(window)
        ),
    )
    for script, name in ((Script.ORIGINAL, "to 原文"), (Script.SIMPLIFIED, "to 简体"), (Script.TRADITIONAL, "to 繁體")):
        measured(
            name,
            lambda script=script: window.current.set_script(script),
            lambda script=script: responsiveness.switched(window, script),
        )
    # then as responsiveness.py's session goes on: back to 简体, find, find next, a key term
    measured(
        "繁體 → 简体",
        lambda: window.current.set_script(Script.SIMPLIFIED),
        lambda: responsiveness.switched(window, Script.SIMPLIFIED),
    )
    finder = window.current.finder
    query = responsiveness.QUERY
    measured(f"find {query}", lambda: finder.open(query), lambda: len(finder.hits) > 100 and finder.current is not None)
    stepped: list[int] = []

    def steps() -> None:
        from PySide6.QtCore import QTimer

        for i in range(5):
            QTimer.singleShot(30 * i, lambda: (finder.step(+1), stepped.append(1)))

    measured("find next ×5", steps, lambda: len(stepped) == 5)
    finder.bar.close_bar()
    measured(
        "choose the top key term",
        lambda: window.keyterm_dock.termChosen.emit(window.keyterm_model.terms[0]),
        lambda: len(window.current.finder.hits) > 10,
    )
    probe.pager.stop()
    copy = Path(tempfile.mkdtemp()) / "copy.txt"
    copy.write_text(book.read_text(encoding="utf-8") + "\n（完）\n", encoding="utf-8")
    opened: list[bool] = []
    measured(
        "open a copy, prepared in the worker first",
        lambda: window.background.prepare(copy, data, lambda _read: opened.append(window.open_path(copy))),
        lambda: bool(opened) and responsiveness.analysed(window),
    )
    for name, start, end, own in phases:
        turns.report(name, start, end, args.top)
        print(f"  (the action itself, the reader's key press or click: {own:.1f} ms own)")
        turns.report_gaps(probe, start, end, args.top)
        turns.report_threads(start, end)
    print(f"\nLoad average at the end {os.getloadavg()[0]:.1f}.")
    turns.stop()
    window.close()
    app.processEvents()


if __name__ == "__main__":
    main()
