"""How much memory does the window take on once the dictionary is in use? Run:

    python benchmarks/lookup_memory.py [--words N]

The window opens the notice offscreen, in a data folder whose dictionary file is already built
(built first, outside the measure, as after the first lookup ever); its resident memory (RSS,
from /proc, the window's process alone: the dictionary lives there, not in the worker) is read
before any lookup, after the first Look Up (Ctrl+D: the dictionary opened and the popup made),
and after N more lookups of the notice's words, the popup shown each time. The growth is
printed beside the goal (30 MB); never asserted.
"""

from __future__ import annotations

import gc
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import settling  # noqa: E402  (beside this file)


def rss_mb(pid: int | None = None) -> float:
    for line in Path(f"/proc/{pid or os.getpid()}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def main() -> None:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--words", type=int, default=200)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    data = Path(tempfile.mkdtemp(prefix="reader-bench-"))
    os.environ["READER_DATA_DIR"] = str(data)

    # the dictionary file built first, in a process of its own: the build's memory is not the window's
    build = "import sys; from reader.core.dictionary import Dictionary, dictionary_folder; "
    build += "from pathlib import Path; Dictionary.open(dictionary_folder(Path(sys.argv[1]))).close()"
    subprocess.run([sys.executable, "-c", build, str(data)], cwd=ROOT, check=True)

    from PySide6.QtWidgets import QApplication

    from reader.app import create_application, open_settings
    from reader.core.resources import notice_path
    from reader.gui.main_window import MainWindow

    app = QApplication.instance() or create_application([sys.argv[0]])

    def settle(seconds: float, until=lambda: True) -> None:
        settling.settle(app, seconds, until)

    window = MainWindow(open_settings(data), data)
    window.resize(1280, 820)
    window.show()
    window.open_path(notice_path())
    settle(1.0, lambda: window.view is not None and window.view.positions is not None)
    window.current.start_words()
    settle(2.0, lambda: window.view.words is not None)
    gc.collect()
    before = rss_mb()

    reading, view = window.current, window.view
    edges = view.words.boundaries
    text = reading.session.text
    words = [(a, b) for a, b in zip(edges, edges[1:]) if b - a >= 1 and not text[a:b].isspace()]
    lookup = window.word_lookup
    started = time.perf_counter()
    lookup.look_up(reading, words[0])
    settle(0.0, lambda: lookup.dictionary is not None and lookup.popup.isVisible())
    first_ms = (time.perf_counter() - started) * 1000
    settle(0.5)
    gc.collect()
    after_first = rss_mb()
    timings = []
    for rng in (words * (1 + args.words // max(1, len(words))))[: args.words]:
        t = time.perf_counter()
        lookup.look_up(reading, rng)
        timings.append((time.perf_counter() - t) * 1000)
        app.processEvents()
    settle(0.5)
    gc.collect()
    after_many = rss_mb()
    timings.sort()
    print(f"notice: {len(text):,} characters; load average {os.getloadavg()[0]:.1f}")
    print("| moment | window RSS | growth |")
    print("|---|---|---|")
    print(f"| before any lookup | {before:.1f} MB | |")
    print(
        f"| after the first lookup (dictionary opened, popup made; {first_ms:.0f} ms) | {after_first:.1f} MB "
        f"| {after_first - before:+.1f} MB |"
    )
    print(f"| after {len(timings)} more lookups | {after_many:.1f} MB | {after_many - before:+.1f} MB (goal ≤ 30 MB) |")
    print(f"lookup with the popup shown: median {timings[len(timings) // 2]:.2f} ms, slowest {timings[-1]:.2f} ms")
    window.close()
    app.processEvents()


if __name__ == "__main__":
    main()
