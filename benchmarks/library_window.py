"""The window while a folder is added to the library: indexing runs in the worker, one job per
file; this measures the longest time the window's event loop went without running (a 10 ms
timer's gaps) and the window process's peak memory. Run:
python benchmarks/library_window.py [FOLDER]   (default: tests/corpus)
Figures are printed, never asserted: the machine is shared."""

from __future__ import annotations

import os
import resource
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    folder = sys.argv[1] if len(sys.argv) > 1 else str(ROOT / "tests" / "corpus")
    data = Path(tempfile.mkdtemp(prefix="reader-library-window-"))
    os.environ["READER_DATA_DIR"] = str(data)
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from reader.app import open_settings
    from reader.gui.library_view import library_of
    from reader.gui.main_window import MainWindow

    app = QApplication([])
    window = MainWindow(open_settings(data), data)
    window.show()
    library = library_of(window)
    library.show()
    gaps: list[int] = []
    clock = QElapsedTimer()
    clock.start()
    last = [0]

    def tick() -> None:
        now = clock.elapsed()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(10)
    done: list = []
    library.indexer.finished.connect(done.append)
    started = time.perf_counter()
    library.add([folder])
    while not done:
        app.processEvents()
        time.sleep(0.002)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{len(done[0])} files indexed in the worker in {time.perf_counter() - started:.1f} s")
    print(f"window: longest gap of its event loop {max(gaps)} ms; gaps over 50 ms: {sum(g > 50 for g in gaps)}")
    print(f"window process peak memory: {rss:.0f} MB")


if __name__ == "__main__":
    main()
