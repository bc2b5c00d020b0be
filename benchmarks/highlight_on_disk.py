"""How long after a highlight key press the highlight is on disk, and what one save costs.
Run (no screen needed):
QT_QPA_PLATFORM=offscreen python benchmarks/highlight_on_disk.py

- key to disk: the window (offscreen) with the notice open; a passage selected, H pressed
  (300 ms after the previous one); the time from the key press until the store file on disk
  holds the new highlight (polled every 0.5 ms). Until then a kill (power cut, SIGKILL) loses
  the highlight.
- one save: `Session.save()` of a store already holding N highlights plus one new one (lock,
  read of the file's identity, merge check, sync-copy check, write, fsync, rename, fsync of
  the folder): the time the window's thread is busy per save.
Figures are printed, never asserted: the machine is shared. Medians of the runs shown."""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

RUNS = 15
PAUSE_MS = 300


def key_to_disk() -> list[float]:
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from reader.app import open_settings
    from reader.core.resources import notice_path
    from reader.gui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    data = Path(tempfile.mkdtemp(prefix="reader-bench-"))
    window = MainWindow(open_settings(data), data)

    window.open_path(notice_path())
    window.show()
    app.processEvents()
    text = window.session.text
    times = []
    pos = 0
    for _ in range(RUNS):
        start = text.index("工", pos)
        pos = start + 1
        window.view.select_original(start, start + 1)
        count = len(window.session.annotations)
        path = window.session.store.path
        QTest.qWait(PAUSE_MS)  # a reader's pace: the previous save's window has passed
        pressed = time.perf_counter()
        QTest.keyClick(window.view, Qt.Key.Key_H)
        assert len(window.session.annotations) == count + 1
        new_id = next(a.id for a in window.session.annotations if a.start == start)
        while not (path.exists() and new_id in path.read_text(encoding="utf-8")):
            QCoreApplication.processEvents()
            time.sleep(0.0005)
        times.append(time.perf_counter() - pressed)
    window.close()
    return times


def one_save(n: int) -> list[float]:
    from reader.core.resources import notice_path
    from reader.core.session import Session

    data = Path(tempfile.mkdtemp(prefix="reader-bench-"))
    s = Session.open(notice_path(), data)
    text = s.text
    for i in range(n):
        start = i % (len(text) - 4)
        s.apply(None, s.new_annotation(start, start + 4, note=f"note {i}"))
    s.save()
    times = []
    for i in range(RUNS):
        s.apply(None, s.new_annotation(i, i + 2))
        began = time.perf_counter()
        s.save()
        times.append(time.perf_counter() - began)
    return times


def ms(values: list[float]) -> str:
    return f"median {1000 * statistics.median(values):.1f} ms, max {1000 * max(values):.1f} ms"


if __name__ == "__main__":
    print(f"key to disk (H, {RUNS} presses): {ms(key_to_disk())}")
    for n in (10, 1000, 5000):
        print(f"one save, {n} highlights in the store: {ms(one_save(n))}")
