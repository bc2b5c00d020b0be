"""What keeping narrow runs at their own spacing costs the window's thread when pinyin is turned
on (reader.gui.narrow_runs.format_all: every run's format merged into the page's document). Run:

    python benchmarks/narrow_runs_format.py [--repeat 10] [FILE]

FILE is 红楼梦 unless told. Printed: the runs formatted and the CPU milliseconds of formatting
them (the fewest and the median of the repeats: the machine is shared), for the runs as
narrow_runs chooses them and, beside them, for every run of narrow characters (lone ASCII quotes
and dashes too). Figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("file", nargs="?", default=str(ROOT / "tests" / "corpus" / "hongloumeng.txt"))
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QTextDocument
    from PySide6.QtWidgets import QApplication

    import reader.gui.narrow_runs as narrow
    from reader.core.document import load_document

    app = QApplication(sys.argv[:1])  # noqa: F841 - fonts need it
    text = load_document(Path(args.file)).text
    chosen = narrow.narrow_runs

    def every(t: str):
        return (m.span() for m in narrow._RUNS.finditer(t))

    print(f"{Path(args.file).name}, {len(text):,} characters; load {os.getloadavg()[0]:.1f}")
    for name, runs in (("narrow_runs", chosen), ("every run", every)):
        narrow.narrow_runs = runs
        times = []
        for _ in range(args.repeat):
            doc = QTextDocument()
            doc.setPlainText(text)
            started = time.process_time()
            narrow.format_all(doc)
            times.append(1000 * (time.process_time() - started))
        count = sum(1 for _ in runs(text))
        print(f"{name}: {count:,} runs, {min(times):.1f} ms CPU fewest, {statistics.median(times):.1f} median")
    narrow.narrow_runs = chosen


if __name__ == "__main__":
    main()
