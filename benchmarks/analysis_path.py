"""Where the time of a book's whole analysis goes, as the window drives it. Run:

    python benchmarks/analysis_path.py [--book PATH] [--repeat N] [--checkout DIR ...]

As responsiveness.py's session: the notice opened and switched twice, then the book opened
cold while a simulated reader pages down, until it is fully analysed (its script shown, its
words cut, its key terms counted). It prints that wall time, then for the window and the worker
(with the forked helpers it waited for) the CPU seconds each spent and the seconds their
threads waited for a core (runnable, not running: the kernel's schedstat), and when each of the
worker's jobs went and came back.

The machine is shared and each engineer's session is its own scheduling group (autogroup): a
busy machine gives this benchmark's whole process tree one group's share, and within it the
worker's background thread (nice 10) and its helpers get what the window leaves. The wall time
follows the load; the CPU seconds are the work done and hardly move. Each --checkout (a folder
with another version of Reader, e.g. `git worktree add --detach DIR REV`) is run in turn with
this one, alternating, the load average printed beside each run. Figures are printed, never
asserted.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

from versions import book_benchmark, children, trees  # beside this file

ROOT = Path(__file__).resolve().parent.parent
BOOK = ROOT / "tests" / "corpus" / "hongloumeng.txt"
TICK = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def process_times(pid: int) -> tuple[float, float]:
    """(CPU seconds of a process and of the children it has waited for, seconds its threads
    have waited for a core) from /proc."""
    stat = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    cpu = sum(int(field) for field in stat[11:15]) / TICK  # utime, stime, cutime, cstime
    queued = 0
    for task in os.listdir(f"/proc/{pid}/task"):
        try:
            queued += int(Path(f"/proc/{pid}/task/{task}/schedstat").read_text().split()[1])
        except (OSError, IndexError):
            pass  # a thread that ended meanwhile
    return cpu, queued / 1e9


def child(book: Path) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from responsiveness import _make_window, analysed, switched

    from reader.core.resources import notice_path
    from reader.core.scripts import Script
    from reader.gui import background

    data = Path(tempfile.mkdtemp(prefix="reader-path-"))
    os.environ["READER_DATA_DIR"] = str(data)
    jobs: list[dict] = []
    submit = background._Worker.submit

    def recorded(self, fn, *args, **kwargs):
        job = {"job": getattr(fn, "__name__", str(fn)), "sent": time.perf_counter()}
        future = submit(self, fn, *args, **kwargs)
        jobs.append(job)
        future.add_done_callback(lambda _f: job.setdefault("back", time.perf_counter()))
        return future

    background._Worker.submit = recorded
    app, probe, window = _make_window(data)
    probe.phase("open notice", lambda: window.open_path(notice_path()), lambda: analysed(window), settle=1.0)
    for script in (Script.SIMPLIFIED, Script.TRADITIONAL):
        probe.phase(
            str(script), lambda s=script: window.current.set_script(s), lambda s=script: switched(window, s), 1.0
        )
    probe.pager.start()
    jobs.clear()
    worker = background.WORKER.pid()
    start = {"window": process_times(os.getpid()), "worker": process_times(worker) if worker else (0.0, 0.0)}
    begun = time.perf_counter()
    window.open_path(book)
    end: dict = {}

    def done() -> bool:
        if window.current is None or window.current.path != book.resolve() or not analysed(window):
            return False
        if not end:  # read at once: the worker keeps working (the library's indexing)
            end["window"] = process_times(os.getpid())
            end["worker"] = process_times(background.WORKER.pid())
        return True

    reached = probe.wait(done)
    if background.WORKER.pid() != worker:  # a fresh worker took the book: it started from nothing
        start["worker"] = (0.0, 0.0)
    probe.pager.stop()
    window.close()
    app.processEvents()
    shares = {
        name: {"cpu": round(end[name][0] - start[name][0], 2), "queued": round(end[name][1] - start[name][1], 2)}
        for name in end
    }
    return {
        "analysed_s": round(reached - begun, 3),
        "shares": shares,
        "jobs": [(j["job"], round(j["sent"] - begun, 3), round(j.get("back", float("nan")) - begun, 3)) for j in jobs],
    }


def main() -> None:
    args = book_benchmark(__doc__, BOOK, 3, child)
    if args is None:  # the child, its figures printed
        os._exit(0)  # the worker's threads and the window's are not waited for
    runs: dict[Path, list[dict]] = {}
    book = ["--book", str(args.book.resolve())]
    for tree, r in children(__file__, trees(args.checkout), book, args.repeat):
        runs.setdefault(tree, []).append(r)
        w, k = r["shares"]["window"], r["shares"]["worker"]
        sent = " ".join(f"{job} {a:.2f}→{b:.2f}" for job, a, b in r["jobs"] if b == b)  # nan: still running
        print(
            f"{tree.name:14} fully analysed {r['analysed_s']:5.2f} s   load {os.getloadavg()[0]:5.2f}   CPU (waiting"
            f" for a core): window {w['cpu']:.2f} ({w['queued']:.2f}) s, worker and helpers {k['cpu']:.2f}"
            f" ({k['queued']:.2f}) s   jobs (s): {sent}"
        )
    for tree, rs in runs.items():
        med = statistics.median
        print(
            f"{tree.name:14} medians of {len(rs)}: fully analysed {med(r['analysed_s'] for r in rs):.2f} s, CPU window"
            f" {med(r['shares']['window']['cpu'] for r in rs):.2f} s, worker {med(r['shares']['worker']['cpu'] for r in rs):.2f} s"
        )


if __name__ == "__main__":
    main()
