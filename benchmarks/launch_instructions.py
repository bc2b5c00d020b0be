"""Launch → text painted in instructions, which a loaded machine does not move (its wall times
move ±20 %). Run:

    python benchmarks/launch_instructions.py [FILE] [--repeat N] [--used]

Under valgrind's callgrind (about 50× slower), in a fresh data folder: Reader's `--smoke-test`
ended the moment it prints "painted" (its text's first paint: what the worker and the library
do after it is not counted), and the bare PySide6 QTextBrowser of responsiveness.py showing
the same file. Prints each run's instruction count (all threads of the window's process; the
worker is a process of its own, started after the paint) and Reader's over the bare window's,
the figure issue 32's "≤ 1.5× a bare window" is about. Compare two checkouts by running it in
each (it measures the checkout it is run from). --used: Reader launches in a used data folder
instead (responsiveness.py's: 50 earlier documents' stores with notes and fingerprints, a fresh
copy for each run). --furnished: also a window with Reader's furniture and none of its code
(FURNISHED: menus of 88 actions, three docks, tabs, a status bar, Qt's namespace touched), the
floor any PySide6 reader window of this shape pays; Reader's excess over it is its own code's.
Figures are printed, never asserted.

Callgrind runs the launch about 50× slower, so a timer counted in wall-clock time from before the
paint fires sooner in the launch's work than it would at full speed, and its work is counted:
work must wait for the text's paint itself, not for a time (the library's watch counted its 2 s
from the window's making until issue 32's launch branch, and the count included 60-70 M of
it, more on a loaded machine). What is left: the single-instance server's latest start
(reader.app.LISTEN_LATEST_MS, 10 s after the window's paint, for a book whose text takes that
long) fires before the notice's text paints under callgrind: about 5 M of the count.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from responsiveness import BARE, BOOK, UNTIL_VIEW_PAINTED, used_folder  # noqa: E402

ROOT = HERE.parent

STDOUT_UNTIL_PAINTED = """
import os, sys
sys.path.insert(0, os.getcwd())

def when_printed(text):  # a script that adds to this one may say otherwise (launch_breakdown.py's marks)
    pass

class Lines:  # stdout, ending the process once the text has painted
    def __init__(self, out):
        self.out = out

    def write(self, text):
        written = self.out.write(text)
        when_printed(text)
        if text.startswith("painted"):
            self.out.flush()
            os._exit(0)
        return written

    def flush(self):
        self.out.flush()

sys.stdout = Lines(sys.stdout)
"""
SMOKE_TEST = """
from reader.cli import main
main(["--smoke-test", *sys.argv[1:]])
"""
UNTIL_PAINTED = STDOUT_UNTIL_PAINTED + SMOKE_TEST


FURNISHED = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer, Qt
from PySide6.QtGui import QAction, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QApplication, QDockWidget, QLabel, QListWidget, QMainWindow, QTabWidget, QTextBrowser, QTreeView,
)
app = QApplication(sys.argv)
win = QMainWindow()
tabs = QTabWidget()
view = QTextBrowser()
view.setPlainText(open(sys.argv[1], encoding="utf-8").read())
tabs.addTab(view, "notice")
win.setCentralWidget(tabs)
for name in ("File", "Edit", "View", "Notes", "Compare", "Library", "Words", "Help"):
    menu = win.menuBar().addMenu(name)
    for i in range(11):
        action = QAction(f"{name} {i}", win)
        action.setShortcut(QKeySequence(f"Ctrl+Alt+{chr(65 + i)}"))
        menu.addAction(action)
model = QStandardItemModel()
for i in range(12):
    model.appendRow(QStandardItem(f"section {i}"))
tree = QTreeView()
tree.setModel(model)
left, right = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
for title, widget, area in (("Sections", tree, left), ("Notes", QListWidget(), right), ("Terms", QListWidget(), right)):
    dock = QDockWidget(title, win)
    dock.setWidget(widget)
    win.addDockWidget(area, dock)
for text in ("Character 0 of 2,008 · 0%", "Read 0%", "原文"):
    label = QLabel(text)
    label.setAlignment(Qt.AlignmentFlag.AlignRight)
    win.statusBar().addPermanentWidget(label)
win.resize(1280, 820)
shown = win
"""
FURNISHED += UNTIL_VIEW_PAINTED


def instructions(argv: list[str], data_dir: Path) -> int:
    """Instructions callgrind counted in the process argv starts (run from the checkout)."""
    with tempfile.TemporaryDirectory(prefix="reader-callgrind-") as out:
        run = subprocess.run(
            ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}/cg.%p", *argv],
            capture_output=True,
            text=True,
            cwd=ROOT,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "READER_DATA_DIR": str(data_dir)},
            timeout=1200,
        )
    found = re.search(r"Collected : (\d+)", run.stderr)
    if "painted" not in run.stdout or found is None:
        raise RuntimeError(f"{argv[-1]}: no paint or no count\n{run.stderr[-2000:]}")
    return int(found.group(1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", help="a document (default: the notice)")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--used", action="store_true", help="Reader in a used data folder (50 earlier stores)")
    parser.add_argument(
        "--furnished", action="store_true", help="also a window with Reader's furniture, no Reader code"
    )
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from reader.core.resources import notice_path

    path = Path(args.file).resolve() if args.file else notice_path()
    # Reader's modules compiled, as an installed Reader has them (see launch_figures in
    # responsiveness.py): a checkout run with PYTHONDONTWRITEBYTECODE would count compiling every
    # module from source at each launch (3.3× where compiled it is 2.2×)
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "reader")], check=True)
    with tempfile.TemporaryDirectory(prefix="reader-bench-") as scratch:
        bare = Path(scratch) / "bare.py"
        bare.write_text(BARE, encoding="utf-8")
        used = used_folder(Path(scratch) / "used", BOOK) if args.used else None
        furnished = Path(scratch) / "furnished.py"
        furnished.write_text(FURNISHED, encoding="utf-8")
        reader_runs, bare_runs, furnished_runs = [], [], []
        for i in range(args.repeat):  # alternating, each Reader launch in a data folder of its own
            folder = Path(scratch) / f"data-{i}"
            if used is not None:  # a copy, so one launch's stores never warm the next
                shutil.copytree(used, folder)
            extra = [str(path)] if args.file else []
            reader_runs.append(instructions([sys.executable, "-c", UNTIL_PAINTED, *extra], folder))
            bare_runs.append(instructions([sys.executable, str(bare), str(path)], Path(scratch) / f"bare-{i}"))
            if args.furnished:
                furnished_runs.append(instructions([sys.executable, str(furnished), str(path)], Path(scratch) / "f"))
    where = "a used data folder" if used is not None else "a fresh data folder"
    print(f"launch → text painted, {path.name} in {where}, instructions (callgrind), {args.repeat} run(s) each")
    print(f"  Reader:      {' '.join(f'{n:,}' for n in reader_runs)}")
    print(f"  bare window: {' '.join(f'{n:,}' for n in bare_runs)}")
    if furnished_runs:
        print(
            f"  furnished window (menus, docks, tabs, status bar; no Reader code): {' '.join(f'{n:,}' for n in furnished_runs)}"
        )
        floor = statistics.median(furnished_runs)
        print(f"  furnished / bare: {floor / statistics.median(bare_runs):.2f}×")
        print(f"  Reader over the furnished window: {statistics.median(reader_runs) - floor:,.0f}")
    print(f"  Reader / bare (medians): {statistics.median(reader_runs) / statistics.median(bare_runs):.2f}×")


if __name__ == "__main__":
    main()
