"""Reader's launch with a heartbeat in its event loop: `python benchmarks/launch_probe.py
[FILE]` runs `reader --smoke-test [FILE]` and, after "painted", prints the longest gap between
two 10 ms heartbeats from the window's first paint ("window shown") to the text's, and the
steps of more than 50 ms (for benchmarks/responsiveness.py --phases launch).

The QApplication is made here first (reader.app takes the one that exists), so the timer runs
in the application's own event loop."""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


class _Lines:
    """stdout, noting when the app prints "window shown" and "painted"."""

    def __init__(self, out) -> None:
        self.out, self.seen = out, {}

    def write(self, text: str) -> int:
        for mark in ("window shown", "painted"):
            if text.startswith(mark):
                self.seen.setdefault(mark, time.perf_counter())
        return self.out.write(text)

    def flush(self) -> None:
        self.out.flush()


def main() -> int:
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    ticks: list[float] = []
    beat = QTimer(interval=10, timerType=Qt.TimerType.PreciseTimer, timeout=lambda: ticks.append(time.perf_counter()))
    beat.start()
    lines = sys.stdout = _Lines(sys.stdout)
    from reader.cli import main as reader_main

    code = reader_main(["--smoke-test", *sys.argv[1:]])
    sys.stdout = lines.out
    shown, painted = lines.seen.get("window shown"), lines.seen.get("painted")
    if shown is None or painted is None:
        return code or 2
    inside = [shown, *(t for t in ticks if shown < t < painted), painted]
    gaps = [(b - a) * 1000 for a, b in zip(inside, inside[1:], strict=False)]
    print(f"longest stall: {max(gaps):.0f} ms; stalls over 50 ms: {[round(g) for g in gaps if g > 50]}", flush=True)
    del app
    return code


if __name__ == "__main__":
    sys.exit(main())
