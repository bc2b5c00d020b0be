"""Does the window keep answering while a whole book is analysed? Run:

    python benchmarks/responsiveness.py [--book PATH] [--repeat N] [--phases session,reopen,idle,launch,urgent]
    python benchmarks/responsiveness.py --phases notice --repeat N   (the session's first phase alone, N times)

A heartbeat timer ticks every 10 ms in the window's event loop; a gap between two ticks is
time the window could not answer. For each phase (opening the book until it is fully
analysed, each script switch 原文 → 简体 → 繁體, find, choosing a key term) it prints the
longest gap and the total of the gaps over 50 ms, while a simulated reader pages down every
300 ms; then a changed copy of the book opened the way main_window could open a long file
(read and outlined in the worker first: Background.prepare). Also: resident memory of the
whole process tree (the window, the worker and any process it started, from /proc, each
process's share shown) at rest, and its peak during each phase, sampled from this process
(tree_peak.py), the time to reopen the book with a warm cache to a fully
analysed window. Launch (--phases launch): launch → window shown → text painted → exit,
beside a bare PySide6 QTextBrowser showing the same file, for the notice, the book and a 5 M
book (the book six times, made in a temporary folder), in a fresh data folder and in a used
one (50 earlier documents' stores with notes and fingerprints); medians of --repeat runs,
the cases alternating. Urgent (--phases urgent): in a fresh data folder the book is opened and,
0.3 s after its page is up, switched to 繁體 while its analysis runs in the worker (the
switch's conversion an urgent job beside it): the window's longest stall over the switch and
over the whole. The machine is shared: the load average is printed beside the figures.

Figures are printed, never asserted. The session (notice, book, switches, find, terms) runs in
one child process, the warm reopen in another, each launch in its own, so one's memory or warm
interpreter never flatters another. The run measures a copy of the checkout's code made at its
start (measured_copy): a file edited meanwhile would be measured by some children and not others.
The warm reopen says how many analysis cache entries it made again (0 when it is warm). The top of this file imports nothing heavy: a worker
process started with "spawn" imports the main module again.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BOOK = ROOT / "tests" / "corpus" / "hongloumeng.txt"
MEASURED = ("reader", "resources", "benchmarks")
"""What a run copies and measures (measured_copy): the code and the tables its analysis reads."""
COPY_OF = "READER_BENCH_COPY_OF"
"""Set in a run that measures a copy: the checkout it was copied from."""
STALL_MS = 50
HEARTBEAT_MS = 10
PAGE_DOWN_MS = 300
QUERY = "宝玉"


# -- measuring, in the child ---------------------------------------------------------------
def tree_memory(pid: int | None = None) -> dict[str, float]:
    """RSS and PSS (MB) of a process and all its descendants (the worker and its helpers)."""
    from tree_peak import descendants

    pid = pid or os.getpid()
    tree = descendants(pid)
    rss = pss = 0.0
    each = []
    for p in tree:
        try:
            mine = 0.0
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    mine = int(line.split()[1]) / 1024
            for line in Path(f"/proc/{p}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    pss += int(line.split()[1]) / 1024
        except OSError:
            continue
        rss += mine
        each.append(round(mine))
    return {"rss": round(rss, 1), "pss": round(pss, 1), "processes": len(tree), "each": each}


class Probe:
    """The heartbeat, the paging reader and the phases, inside a child's event loop."""

    def __init__(self, app) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.app = app
        self.ticks: list[float] = [time.perf_counter()]
        self.cpu: list[float] = [time.thread_time()]  # the window thread's own time at each tick
        self.process: list[float] = [time.process_time()]  # and the whole window process's
        # the window thread's time waiting for a core, from the kernel (Linux; else zero)
        self._schedstat = _open_schedstat()
        self.queued: list[float] = [self._queued()]
        self.heartbeat = QTimer(interval=HEARTBEAT_MS, timerType=Qt.TimerType.PreciseTimer)
        self.heartbeat.timeout.connect(self._tick)
        self.heartbeat.start()
        self.window = None
        self.pager = QTimer(interval=PAGE_DOWN_MS, timeout=self._page_down)
        self.phases: dict[str, dict] = {}

    def _tick(self) -> None:
        self.ticks.append(time.perf_counter())
        self.cpu.append(time.thread_time())
        self.process.append(time.process_time())
        self.queued.append(self._queued())

    def _queued(self) -> float:
        """Seconds the window thread has waited on a run queue, runnable but without a core."""
        if self._schedstat is None:
            return 0.0
        return int(os.pread(self._schedstat, 100, 0).split()[1]) / 1e9

    def _page_down(self) -> None:
        from PySide6.QtWidgets import QAbstractSlider

        view = self.window.view if self.window is not None else None
        if view is not None:
            view.verticalScrollBar().triggerAction(QAbstractSlider.SliderAction.SliderPageStepAdd)

    def wait(self, condition, timeout: float = 120.0, settle: float = 0.0) -> float:
        """Run the event loop until condition() holds (then settle seconds more); returns when it held.

        A real event loop (QEventLoop.exec), as the application's: processEvents() never runs
        the deferred deletions, so closed tabs and replaced documents would stay in memory."""
        from PySide6.QtCore import QEventLoop, QTimer

        start = time.perf_counter()
        held: list[float] = []
        loop = QEventLoop()

        def check() -> None:
            now = time.perf_counter()
            if not held and condition():
                held.append(now)
            if (held and now - held[0] >= settle) or now - start > timeout:
                loop.quit()

        poll = QTimer(interval=5, timeout=check)
        poll.start()
        QTimer.singleShot(0, check)
        loop.exec()
        poll.stop()
        if not held:
            raise TimeoutError("the window never got there")
        return held[0]

    def phase(self, name: str, action, done, settle: float = 0.5) -> None:
        start, at = time.perf_counter(), time.time()
        action()
        reached = self.wait(done, settle=settle)
        end = time.perf_counter()
        # at/until: wall-clock time, for the tree's peak memory sampled by the parent (tree_peak)
        self.phases[name] = {
            **self.gaps(start, end),
            "done_s": round(reached - start, 3),
            "at": at,
            "until": time.time(),
        }

    def gaps(self, start: float, end: float) -> dict:
        """The gaps between ticks from start to end; `longest_cpu_ms`: the most time the window's
        thread itself spent in one gap (on a loaded machine a gap is mostly waiting for a core)."""
        first = max(0, next((i for i, t in enumerate(self.ticks) if t > start), len(self.ticks)) - 1)
        last = next((i for i, t in enumerate(self.ticks) if t > end), len(self.ticks) - 1)
        span = slice(first, last + 1)
        ticks, cpu, process, queued = self.ticks[span], self.cpu[span], self.process[span], self.queued[span]

        def each(series):
            return [(b - a) * 1000 for a, b in zip(series, series[1:])]

        gaps, cpu_gaps, process_gaps, queued_gaps = each(ticks), each(cpu), each(process), each(queued)
        stalls = [g for g in gaps if g > STALL_MS]
        at = max(range(len(gaps)), key=gaps.__getitem__, default=None)
        split = {}
        if at is not None:
            # the longest gap: the window thread's own time, the other threads' of its process,
            # the time it waited for a core, and the rest (blocked: the interpreter held by
            # another thread, or nothing to do)
            own, queued_ms = cpu_gaps[at], queued_gaps[at]
            split = {
                "others_ms": round(process_gaps[at] - own, 1),
                "queued_ms": round(queued_ms, 1),
                "blocked_ms": round(max(0.0, gaps[at] - own - queued_ms), 1),
            }
        return {
            "longest_ms": round(max(gaps, default=0), 1),
            "longest_cpu_ms": round(max(cpu_gaps, default=0), 1),
            "own_in_longest_ms": round(cpu_gaps[at], 1) if at is not None else 0.0,
            **split,
            "stalled_ms": round(sum(stalls)),
            "stalls": len(stalls),
        }


def _open_schedstat() -> int | None:
    """/proc/thread-self/schedstat of the calling thread, opened (Linux), else None."""
    try:
        return os.open("/proc/thread-self/schedstat", os.O_RDONLY)
    except OSError:
        return None


def analysed(window) -> bool:
    """The current reading is fully analysed: its script shown, its words cut, its key terms counted."""
    reading = window.current
    if reading is None or reading.pending_script is not None:
        return False
    session = reading.session
    return (
        session.words is not None
        and not session.words_stale
        and reading.view.words is not None
        and bool(session.key_terms)
        and bool(window.keyterm_model.terms)
    )


def switched(window, script) -> bool:
    """A script switch is complete: the script shown, analysed, and the page's whole document
    in it (a book's is swapped in after the page on screen: script_pages)."""
    return window.script is script and analysed(window) and not window.view.pages.swapping


def _make_window(data: Path):
    from PySide6.QtWidgets import QApplication

    from reader.app import create_application, open_settings
    from reader.gui.main_window import MainWindow

    app = QApplication.instance() or create_application([sys.argv[0]])
    probe = Probe(app)
    window = MainWindow(open_settings(data), data)
    window.resize(1280, 820)
    window.show()
    probe.window = window
    probe.wait(lambda: True)
    return app, probe, window


def open_notice(probe: Probe, window) -> None:
    """The session's first phase: the notice opened in the window, the process's first page
    (its modules, the worker's start, the library's first job), until it is fully analysed."""
    from reader.core.resources import notice_path

    probe.phase("open notice", lambda: window.open_path(notice_path()), lambda: analysed(window), settle=1.0)


def child_notice(data: Path, book: Path) -> dict:
    """Only the session's first phase (--phases notice: once per child, --repeat children)."""
    app, probe, window = _make_window(data)
    open_notice(probe, window)
    window.close()
    app.processEvents()
    return {"phases": probe.phases}


def child_session(data: Path, book: Path) -> dict:
    """The notice, then the book: open, 原文 → 简体 → 繁體, find, a key term."""
    from reader.core.scripts import Script

    app, probe, window = _make_window(data)
    open_notice(probe, window)
    for script, name in ((Script.SIMPLIFIED, "notice to 简体"), (Script.TRADITIONAL, "notice back to 繁體")):
        probe.phase(
            name,
            lambda script=script: window.current.set_script(script),
            lambda script=script: switched(window, script),
            settle=1.0,
        )
    memory_notice = tree_memory()
    probe.pager.start()
    t0 = time.perf_counter()
    probe.phase(
        "open book",
        lambda: window.open_path(book),
        lambda: window.current is not None and window.current.path == book.resolve() and analysed(window),
        settle=1.0,
    )
    analysed_s = probe.phases["open book"]["done_s"]
    chars = len(window.session.text)
    switches = (
        (Script.ORIGINAL, "switch to 原文"),
        (Script.SIMPLIFIED, "switch to 简体"),
        (Script.TRADITIONAL, "switch to 繁體 (converted in the worker)"),
        (Script.SIMPLIFIED, "switch 繁體 → 简体"),
        (Script.TRADITIONAL, "switch back to 繁體"),
    )
    for script, name in switches:
        probe.phase(
            name,
            lambda script=script: window.current.set_script(script),
            lambda script=script: switched(window, script),
            settle=1.0,
        )
    probe.phase(
        f"find {QUERY}",
        lambda: window.current.finder.open(QUERY),
        lambda: len(window.current.finder.hits) > 100 and window.current.finder.current is not None,
        settle=0.5,
    )

    # five presses of Enter 30 ms apart (a key held down repeats about as fast), each in its
    # own turn of the event loop as a reader's are (five steps in one turn measured their sum)
    stepped: list[int] = []

    def steps() -> None:
        from PySide6.QtCore import QTimer

        for i in range(5):
            QTimer.singleShot(30 * i, lambda: (window.current.finder.step(+1), stepped.append(1)))

    probe.phase("find next ×5", steps, lambda: len(stepped) == 5, settle=0.5)
    window.current.finder.bar.close_bar()
    probe.phase(
        "choose the top key term",
        lambda: window.keyterm_dock.termChosen.emit(window.keyterm_model.terms[0]),
        lambda: len(window.current.finder.hits) > 10,
        settle=0.5,
    )
    probe.pager.stop()
    memory_book = tree_memory()
    total = probe.gaps(t0, time.perf_counter())
    # the open as main_window could do it: a long file read and outlined in the worker first
    # (Background.prepare), then opened from what that kept; on a copy nothing is cached for
    copy = Path(tempfile.mkdtemp()) / "copy.txt"
    copy.write_text(book.read_text(encoding="utf-8") + "\n（完）\n", encoding="utf-8")
    opened = []
    probe.phase(
        "open a copy, prepared in the worker first",
        lambda: window.background.prepare(copy, data, lambda _read: opened.append(window.open_path(copy))),
        lambda: bool(opened) and analysed(window),
        settle=1.0,
    )
    window.close()
    app.processEvents()
    return {
        "phases": probe.phases,
        "book_total": total,
        "analysed_s": analysed_s,
        "memory_notice": memory_notice,
        "memory_book": memory_book,
        "chars": chars,
    }


def child_urgent(data: Path, book: Path) -> dict:
    """The book opened cold, and switched to 繁體 while its analysis (words, key terms, the
    library's indexing) runs in the worker: the switch's conversion is an urgent job there,
    run beside the background job at the window's nice value (reader.core.job_threads)."""
    from reader.core.scripts import Script

    app, probe, window = _make_window(data)
    probe.pager.start()
    t0 = time.perf_counter()
    probe.phase(
        "open book (until its page is up)",
        lambda: window.open_path(book),
        lambda: window.current is not None and window.current.path == book.resolve(),
        settle=0.3,
    )
    running = window.session.words is None  # the words not back yet: the analysis runs
    probe.phase(
        "switch to 繁體 during the analysis: the view converted (urgent)",
        lambda: window.current.set_script(Script.TRADITIONAL),
        lambda: window.script is Script.TRADITIONAL and window.current.pending_script is None,
        settle=0.0,
    )
    probe.phase(
        "then until the switch is complete and the book analysed",
        lambda: None,
        lambda: switched(window, Script.TRADITIONAL),
        settle=1.0,
    )
    probe.pager.stop()
    total = probe.gaps(t0, time.perf_counter())
    window.close()
    app.processEvents()
    return {"phases": probe.phases, "total": total, "analysis_running": running}


def child_reopen(data: Path, book: Path) -> dict:
    """The book again, with what the first run left in the data folder. `made_again`: the
    analysis cache's entries written meanwhile, none when the reopen is warm (a miss makes the
    result again, a conversion or a cut with a forked helper beside the worker)."""
    from reader.core.analysis_cache import cache_folder

    app, probe, window = _make_window(data)
    cached = cache_entries(cache_folder(data))
    start = time.perf_counter()
    probe.phase("reopen book (warm)", lambda: window.open_path(book), lambda: analysed(window), settle=1.0)
    reached = start + probe.phases["reopen book (warm)"]["done_s"]
    memory = tree_memory()
    window.close()
    app.processEvents()
    made_again = len(cache_entries(cache_folder(data)) - cached)
    return {"phases": probe.phases, "analysed_s": round(reached - start, 3), "memory": memory, "made_again": made_again}


def cache_entries(folder: Path) -> set[str]:
    """The names of the analysis cache's entries in a folder (each is written once, by rename,
    under a name of its key, which holds the version of the code that made it)."""
    from reader.core.analysis_cache import SUFFIX

    return {path.name for path in folder.glob("*" + SUFFIX)}


def child_idle(data: Path, book: Path) -> dict:
    """The memory of the steady state: the notice, then the book in every script (from what the
    session child left in the cache), each measured once the worker has retired. Its idle time
    is cut to 3 s here: after the default 120 s the figures are the same, only later."""
    from reader.core.resources import notice_path
    from reader.core.scripts import Script
    from reader.gui import background

    background.WORKER_IDLE_SECONDS = 3.0
    app, probe, window = _make_window(data)
    retired = lambda: background.WORKER.pid() is None  # noqa: E731
    probe.phase("idle: open notice", lambda: window.open_path(notice_path()), lambda: analysed(window), settle=0.5)
    probe.wait(retired, timeout=60, settle=0.5)
    notice = tree_memory()
    probe.phase(
        "idle: open book",
        lambda: window.open_path(book),
        lambda: window.current.path == book.resolve() and analysed(window),
        settle=0.5,
    )
    for script in (Script.ORIGINAL, Script.SIMPLIFIED, Script.TRADITIONAL):
        probe.wait(lambda: True, settle=0.2)
        window.current.set_script(script)
        probe.wait(lambda script=script: window.script is script and analysed(window), settle=0.5)
    probe.wait(retired, timeout=60, settle=0.5)
    memory_book = tree_memory()
    window.close()
    app.processEvents()
    return {"memory_notice": notice, "memory_book": memory_book}


BARE = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QTextBrowser
app = QApplication(sys.argv)
view = QTextBrowser()
view.setPlainText(open(sys.argv[1], encoding="utf-8").read())
view.resize(1280, 820)
"""
# says "painted" once `view`'s text has painted, then ends; shows `shown`
UNTIL_VIEW_PAINTED = """
class First(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            obj.removeEventFilter(self)
            QTimer.singleShot(0, lambda: (print("painted", flush=True), app.exit(0)))
        return False
first = First()
view.viewport().installEventFilter(first)
shown.show()
sys.exit(app.exec())
"""
BARE += "shown = view\n" + UNTIL_VIEW_PAINTED


def launch_times(argv: list[str], env: dict) -> tuple[float, float, float | None]:
    """(window shown, text painted, longest stall in between) seconds after launch: Reader's
    --smoke-test prints "window shown" at the window's first paint, then "painted: …" at its
    text's, and benchmarks/launch_probe.py the longest gap between two heartbeats in between
    (seconds); the bare window prints only "painted" (its window and text are one paint)."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    shown = painted = stall = None
    for line in proc.stdout:
        now = time.perf_counter() - start
        if line.startswith("window shown"):
            shown = now
        elif line.startswith("painted") and painted is None:
            painted = now
        elif line.startswith("longest stall:"):
            stall = float(line.split()[2]) / 1000
    proc.wait(timeout=60)
    if painted is None:
        raise RuntimeError(f"{argv} did not paint")
    return (shown if shown is not None else painted), painted, stall


def used_folder(folder: Path, book: Path, documents: int = 50) -> Path:
    """A data folder Reader has used: the stores of `documents` earlier documents (pieces of the
    book, each still on disk, each with notes and the fingerprint Reader writes)."""
    from reader.core.annotations.model import Annotation
    from reader.core.annotations.store import AnnotationStore, StoreState
    from reader.core.session import annotations_folder

    text = book.read_text(encoding="utf-8")
    step = max(1, len(text) // documents)
    for i in range(documents):
        piece = text[i * step : i * step + min(step, 20000)]
        path = folder / "documents" / f"earlier-{i:02}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(piece, encoding="utf-8")
        store = AnnotationStore(annotations_folder(folder), path, f"earlier-{i}", path.stem, piece)
        notes = [
            Annotation.on_text(piece, k, k + 4, note=f"note {k}") for k in range(0, len(piece) - 8, len(piece) // 40)
        ]
        store.save(StoreState(notes))
    return folder


def big_book(book: Path, times: int = 6) -> Path:
    """The 5 M book: the book six times over, in a temporary folder."""
    path = Path(tempfile.mkdtemp(prefix="reader-bench-")) / f"{book.stem}-x{times}.txt"
    path.write_text(book.read_text(encoding="utf-8") * times, encoding="utf-8")
    return path


def launch_figures(book: Path, repeat: int) -> list[tuple[str, str, str]]:
    """Launch → window shown → text painted → exit, medians of `repeat` runs, Reader beside a
    bare QTextBrowser showing the same file: the notice and the book, each in a fresh data
    folder and in a used one (50 earlier documents' stores), and the 5 M book in a used one."""
    from reader.core.resources import notice_path

    # Reader's modules compiled (measured_copy): the bare window's PySide6 is installed
    bare_script = Path(tempfile.mkdtemp()) / "bare.py"
    bare_script.write_text(BARE, encoding="utf-8")
    five = big_book(book)
    used = used_folder(Path(tempfile.mkdtemp(prefix="reader-bench-used-")), book)
    files = {"notice": notice_path(), "book": book, "5 M book": five}
    cases = [  # (figure, file, used data folder?, goal of the window, goal of the ratio to bare)
        ("notice", "notice", False, 1.5),
        ("notice, used folder", "notice", True, 1.5),
        ("book", "book", False, 2.0),
        ("book, used folder", "book", True, 2.0),
        ("5 M book, used folder", "5 M book", True, None),
    ]
    bare: dict[str, list[float]] = {name: [] for name in files}
    shown: dict[str, list[float]] = {case[0]: [] for case in cases}
    painted: dict[str, list[float]] = {case[0]: [] for case in cases}
    stalls: dict[str, list[float]] = {case[0]: [] for case in cases}
    for _ in range(repeat):  # alternating, so a burst of load on the machine hits every case
        for name, path in files.items():
            env = dict(os.environ, READER_DATA_DIR=tempfile.mkdtemp(prefix="reader-bench-"))
            bare[name].append(launch_times([sys.executable, str(bare_script), str(path)], env)[1])
        for label, name, in_used, _ in cases:
            folder = Path(tempfile.mkdtemp(prefix="reader-bench-"))
            if in_used:  # a copy, so one launch's stores and cache never warm the next
                shutil.copytree(used, folder, dirs_exist_ok=True)
            env = dict(os.environ, READER_DATA_DIR=str(folder))
            # Reader's own launch (--smoke-test) with a heartbeat in its event loop
            argv = [sys.executable, str(ROOT / "benchmarks" / "launch_probe.py")]
            if name != "notice":
                argv.append(str(files[name]))
            a, b, stall = launch_times(argv, env)
            shown[label].append(a)
            painted[label].append(b)
            stalls[label].append(stall)
    med = lambda values: statistics.median(values)  # noqa: E731
    rows = [
        (f"launch to painted, bare QTextBrowser with the {n}", f"{med(v) * 1000:.0f} ms", "") for n, v in bare.items()
    ]
    for label, name, _, ratio_goal in cases:
        window = med(shown[label])
        rows.append((f"launch to window shown and answering, {label}", f"{window * 1000:.0f} ms", "≤ 300 ms"))
        text = med(painted[label])
        ratio = text / med(bare[name])
        goal = f"≤ {ratio_goal}× bare" if ratio_goal else ""
        rows.append((f"launch to text painted, {label}", f"{text * 1000:.0f} ms ({ratio:.2f}× bare)", goal))
        worst = max(stalls[label])
        rows.append(
            (
                f"longest stall between window shown and text painted, {label}",
                f"{worst * 1000:.0f} ms (worst of {len(stalls[label])})",
                f"≤ {STALL_MS} ms",
            )
        )
    extra = med(shown["5 M book, used folder"]) - med(shown["notice"])
    rows.append(
        (
            "window shown: 5 M book in a used folder minus notice in a fresh one",
            f"{extra * 1000:+.0f} ms",
            "≈ 0 (nothing grows with the book)",
        )
    )
    return rows


def urgent_figures(book: Path) -> list[tuple[str, str, str]]:
    """The urgent phase, in a fresh data folder (cold: the whole analysis runs)."""
    urgent = run_child("urgent", Path(tempfile.mkdtemp(prefix="reader-bench-urgent-")), book)
    rows = []
    for name, p in urgent["phases"].items():
        running = (
            " (the analysis running at the switch)" if name.startswith("switch") and urgent["analysis_running"] else ""
        )
        rows.append(
            (
                f"{name}{running}: longest stall (own time), stalled in total (stalls), done after",
                f"{p['longest_ms']:.0f} ms ({p['longest_cpu_ms']:.0f} ms), {p['stalled_ms']} ms ({p['stalls']}),"
                f" {p['done_s']:.2f} s",
                "≤ 50 ms",
            )
        )
    t = urgent["total"]
    rows.append(
        (
            "open and switch during the analysis, whole: longest stall (own time), stalled in total (stalls)",
            f"{t['longest_ms']:.0f} ms ({t['longest_cpu_ms']:.0f} ms), {t['stalled_ms']} ms ({t['stalls']})",
            "≤ 50 ms",
        )
    )
    from tree_peak import described

    rows.append(("the tree's peak memory meanwhile", described(urgent["peak"].highest()), "≤ 300 MB"))
    return rows


def run_child(mode: str, data: Path, book: Path) -> dict:
    """The child's figures; "peak": its tree's memory sampled from here while it ran."""
    from tree_peak import TreePeak

    child = subprocess.Popen(
        [sys.executable, __file__, "--child", mode, str(data), str(book)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=dict(os.environ, READER_DATA_DIR=str(data)),
        cwd=ROOT,
    )
    with TreePeak(child.pid) as peak:
        out, err = child.communicate(timeout=900)
    if child.returncode != 0:
        raise RuntimeError(f"child {mode} failed:\n{err[-3000:]}")
    result = json.loads(out.strip().splitlines()[-1])
    result["peak"] = peak
    return result


PHASES = ("session", "reopen", "idle", "launch", "urgent")
ON_ASKING = ("notice",)  # run only when named in --phases


def notice_figures(repeat: int, book: Path = BOOK) -> None:
    """The session's first phase alone, `repeat` times, each in a child of its own with a fresh
    data folder: its longest gap is one turn, so one run says little."""
    print(
        f"\nOpening the notice, {repeat} runs (the longest gap: own / other threads' CPU / waiting for a core / blocked):"
    )
    longest = []
    for i in range(repeat):
        p = run_child("notice", Path(tempfile.mkdtemp(prefix="reader-bench-")), book)["phases"]["open notice"]
        longest.append(p["longest_ms"])
        print(
            f"  run {i + 1}: longest gap {p['longest_ms']:.0f} ms ({p['own_in_longest_ms']:.0f} / {p['others_ms']:.0f} / "
            f"{p['queued_ms']:.0f} / {p['blocked_ms']:.0f} ms), stalls over {STALL_MS} ms: {p['stalls']}; "
            f"load average {os.getloadavg()[0]:.1f}"
        )
    print(
        f"  longest gap: median {statistics.median(longest):.0f} ms, worst {max(longest):.0f} ms (goal ≤ {STALL_MS} ms)"
    )


def measured_copy(root: Path = ROOT) -> Path:
    """A copy of the checkout's code (MEASURED) in a temporary folder, for the whole run to
    measure: the children each import the code when they start, and the cache's keys hold a
    digest of its source (analysis_cache.engine_version), so a file edited in the checkout
    between the session's child and the reopen's made every entry a miss. One run of the last
    session (issue 32) reopened 红楼梦 "warm" in 2.71 s with a 163 ms stall: its data folder
    holds the book's outline, words, terms and 繁體 view twice, under the engine of ec65855
    (the session) and of 15208b3 (the reopen: boilerplate.py edited meanwhile), the view
    converted again with a forked helper.

    Its modules are compiled, as an installed Reader's are: pip compiles every module it
    installs, and a bundle ships bytecode. A checkout run with PYTHONDONTWRITEBYTECODE set (as
    here) compiled each module from source in every child, and compile() keeps the interpreter
    for the whole module: the page's and the jobs' modules, imported in threads as a book opens,
    held the window's thread up to 15 ms at a time (typeset.py: benchmarks/gil_holds.py --calls)."""
    copy = Path(tempfile.mkdtemp(prefix="reader-bench-code-"))
    for name in MEASURED:
        shutil.copytree(root / name, copy / name, ignore=shutil.ignore_patterns("__pycache__"))
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(copy / "reader")], check=True)
    return copy


def import_compiled(root: Path = ROOT) -> None:
    """Reader's modules of `root` compiled where Python looks for them (their __pycache__, as
    launch_instructions.py compiles them), so that this process and the worker it starts import
    them as an installed Reader does: for the benchmarks that run Reader in their own process
    (gil_holds.py, longest_turns.py). Compiled from source, each module imported in a thread
    held the interpreter for its whole compile(). (Not into a PYTHONPYCACHEPREFIX: Python then
    looks there alone, and compiled the standard library's modules from source too.)"""
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(root / "reader")], check=True)


def main() -> None:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--book", type=Path, default=BOOK)
    parser.add_argument(
        "--repeat", type=int, default=3, help="launches timed for each launch figure (medians); runs of --phases notice"
    )
    parser.add_argument(
        "--phases",
        default=",".join(PHASES),
        help=f"which to run, comma-separated, of {','.join(PHASES + ON_ASKING)} (default: {','.join(PHASES)})",
    )
    parser.add_argument("--child", nargs=3, metavar=("MODE", "DATA", "BOOK"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    if args.child:
        mode, data, book = args.child
        child = {
            "session": child_session,
            "reopen": child_reopen,
            "idle": child_idle,
            "urgent": child_urgent,
            "notice": child_notice,
        }[mode]
        result = child(Path(data), Path(book))
        print(json.dumps(result, ensure_ascii=False), flush=True)
        return

    phases = [p.strip() for p in args.phases.split(",") if p.strip()]
    unknown = set(phases) - set(PHASES) - set(ON_ASKING)
    if unknown:
        parser.error(f"unknown phases: {', '.join(sorted(unknown))}")
    book = args.book.resolve()
    if COPY_OF not in os.environ:  # the run goes on in a copy of the code: one version throughout
        copy = measured_copy()
        argv = [sys.executable, str(copy / "benchmarks" / Path(__file__).name), *sys.argv[1:], "--book", str(book)]
        os.execve(sys.executable, argv, dict(os.environ, **{COPY_OF: str(ROOT)}))
    print(f"Measuring a copy of {os.environ[COPY_OF]}'s code made at the start: {ROOT}", file=sys.stderr)
    data = Path(tempfile.mkdtemp(prefix="reader-bench-"))
    print(f"Responsiveness on {book.name}; data folder {data}\n", file=sys.stderr, flush=True)
    load = os.getloadavg()[0]
    print(f"Load average {load:.1f} on {os.cpu_count()} cores at the start (a shared machine: figures vary with it).")
    rows: list[tuple[str, str, str]] = []
    from tree_peak import described

    if "session" in phases:
        session = run_child("session", data, book)
        print(
            f"Book: {session['chars']:,} characters. Gaps between 10 ms heartbeats; stalls are gaps over {STALL_MS} ms."
        )
        print(
            "\n| phase | longest gap (most own time of the window thread in a gap) | the longest gap: own / other "
            "threads' CPU / waiting for a core / blocked | stalled in total (stalls) | done after "
            "| the tree's peak memory: RSS (PSS), each process's RSS |"
        )
        print("|---|---|---|---|---|---|---|")
        shown = {name: (p, session["peak"]) for name, p in session["phases"].items()}
        if "reopen" in phases:
            reopen = run_child("reopen", data, book)
            shown.update({name: (p, reopen["peak"]) for name, p in reopen["phases"].items()})
        for name, (p, peak) in shown.items():
            print(
                f"| {name} | {p['longest_ms']:.0f} ms ({p['longest_cpu_ms']:.0f} ms) "
                f"| {p.get('own_in_longest_ms', 0):.0f} / {p.get('others_ms', 0):.0f} / {p.get('queued_ms', 0):.0f} / "
                f"{p.get('blocked_ms', 0):.0f} ms | {p['stalled_ms']} ms ({p['stalls']}) | {p['done_s']:.2f} s "
                f"| {described(peak.highest((p['at'], p['until'])))} |"
            )
        t = session["book_total"]
        print(
            f"| the book, open to key term | {t['longest_ms']:.0f} ms ({t['longest_cpu_ms']:.0f} ms) "
            f"| {t.get('own_in_longest_ms', 0):.0f} / {t.get('others_ms', 0):.0f} / {t.get('queued_ms', 0):.0f} / "
            f"{t.get('blocked_ms', 0):.0f} ms | {t['stalled_ms']} ms ({t['stalls']}) | |"
        )
        rows.append(("book opened to fully analysed, cold cache", f"{session['analysed_s']:.2f} s", "≤ 2 s"))
        for name in ("notice to 简体", "notice back to 繁體", *(n for n in shown if n.startswith("switch"))):
            p = shown[name][0]
            rows.append((f"{name}: complete (page, find, tree, highlights)", f"{p['done_s']:.2f} s", "≤ 2 s"))
            rows.append(
                (
                    f"{name}: longest stall (the window thread's own time in it)",
                    f"{p['longest_ms']:.0f} ms ({p['longest_cpu_ms']:.0f} ms)",
                    "≤ 50 ms",
                )
            )
        memories = [
            (session["memory_notice"], "memory, notice open and analysed", "≤ 200 MB"),
            (session["memory_book"], "memory, book analysed, every script shown", "≤ 300 MB"),
        ]
        if "reopen" in phases:
            warm = reopen["made_again"]
            said = "" if not warm else f" (NOT warm: {warm} cache entries made again)"
            rows.append(("book reopened to fully analysed, warm cache", f"{reopen['analysed_s']:.2f} s{said}", "≤ 1 s"))
            rows.append(("analysis cache entries made again on the warm reopen", str(warm), "0"))
            memories.append((reopen["memory"], "memory, book reopened warm", ""))
        if "idle" in phases:
            idle = run_child("idle", data, book)
            memories += [
                (idle["memory_notice"], "memory, notice analysed, the idle worker gone", "≤ 200 MB"),
                (idle["memory_book"], "memory, book in every script, the idle worker gone", "≤ 300 MB"),
            ]
        for m, label, goal in memories:
            each = " + ".join(map(str, m["each"]))
            rows.append((f"{label}: RSS (PSS), {each}", f"{m['rss']:.0f} MB ({m['pss']:.0f} MB)", goal))
        book_phases = [p for name, (p, _) in shown.items() if name in session["phases"] and "notice" not in name]
        during = (book_phases[0]["at"], book_phases[-1]["until"]) if book_phases else None
        for by in ("rss", "pss"):
            rows.append(
                (
                    f"the tree's peak memory with the book ({by.upper()} sampled every 30 ms from outside)",
                    described(session["peak"].highest(during, by=by)),
                    "≤ 300 MB (≤ 600 MB, 5 M book)",
                )
            )
    if "notice" in phases:
        notice_figures(args.repeat, book)
    if "urgent" in phases:
        rows += urgent_figures(book)
    if "launch" in phases:
        rows += launch_figures(book, args.repeat)
    rows.append(("load average at the end", f"{os.getloadavg()[0]:.1f}", ""))
    print("\n| figure | value | goal |")
    print("|---|---|---|")
    for label, value, goal in rows:
        print(f"| {label} | {value} | {goal} |")
    if "launch" in phases:
        print(
            f"\n(launches: medians of {args.repeat} each, alternating cases; load average now {os.getloadavg()[0]:.1f})"
        )


if __name__ == "__main__":
    main()
