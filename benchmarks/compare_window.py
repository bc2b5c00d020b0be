"""The window while it compares two versions (Compare ▸ With…): how long from the command to
the first painted changes, and the longest stall of the event loop meanwhile (a heartbeat
timer), for each pair of tests/corpus/compare. Figures printed, never asserted.

    QT_QPA_PLATFORM=offscreen python benchmarks/compare_window.py
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

PAIRS = [
    ("law-legislation-2015.md", "law-legislation-2023.md"),
    ("law-company-2018.md", "law-company-2023.md"),
    ("report-gov-2023.md", "report-gov-2024.md"),
    ("report-gov-2024.md", "report-gov-2025.md"),
]


def main() -> None:
    from responsiveness import _make_window

    import reader.gui.compare_launch as compare_launch

    folder = ROOT / "tests" / "corpus" / "compare"
    print(f"{'pair':42} {'chars':>8} {'first paint':>12} {'longest stall':>14} {'stalls >50 ms':>14}")
    for old, new in PAIRS:
        data = Path(tempfile.mkdtemp())
        app, probe, window = _make_window(data)
        window.open_path(folder / old)
        probe.wait(lambda w=window: w.current is not None and w.view.words is not None, settle=1.0)
        # where Compare ▸ With… asks for the file (a modal dialog would wait for a person)
        compare_launch.choose_documents = lambda *args, chosen=str(folder / new): [chosen]
        start = time.perf_counter()
        window.actions["compare_with"].trigger()
        painted = probe.wait(lambda w=window: w.compare_dock.model.rowCount() > 0, settle=0.5)
        end = time.perf_counter()
        gaps = probe.gaps(start, end)
        chars = sum(len(r.session.text) for r in window.comparing.readings())
        print(
            f"{old + ' → ' + new:42} {chars:>8,} {1000 * (painted - start):>10.0f} ms"
            f" {gaps['longest_ms']:>11.0f} ms {gaps['stalls']:>14}"
        )
        window.close()


if __name__ == "__main__":
    main()
