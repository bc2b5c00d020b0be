"""How often the window's process dies on its way out when a daemon thread is inside PySide as
the window closes. Run:

    python benchmarks/exit_in_pyside.py [--runs N] [--mode catalogue|emit|housekeeping ...]

Each run is a child process: the real window offscreen opens 红楼梦, and a daemon thread is
made to be inside PySide as the window closes: `catalogue`, the thread importing the library's
modules once the page has painted (reader.gui.opening), made to make PySide's types for about
0.3 s, the window closed as it begins; `emit`, two of Background's threads handing results to
the window's thread without end; `housekeeping`, the housekeeping thread handing over the
outcomes of 300,000 empty tasks. Printed per mode: the children's exit statuses and how many
of each (139: SIGSEGV, 134: abort). Counts are printed, never asserted; the load beside them.
"""

from __future__ import annotations

import argparse
import collections
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BOOK = ROOT / "tests" / "corpus" / "hongloumeng.txt"
MODES = ("catalogue", "emit", "housekeeping")

CHILD = """
import importlib, sys, threading
mode = sys.argv.pop(1)
import reader.app as app
import reader.gui.opening as opening
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

busy = threading.Event()
real_import = opening.import_module

def import_module(name):
    if mode == "catalogue" and name == "reader.gui.library_indexer":
        busy.set()
        for part in ("QtWidgets", "QtGui", "QtNetwork", "QtCore", "QtPrintSupport", "QtOpenGL", "QtQml"):
            for cls in list(vars(importlib.import_module("PySide6." + part)).values()):
                for attr in dir(cls):
                    getattr(cls, attr, None)
    return real_import(name)

opening.import_module = import_module

def close_once_busy():
    if busy.is_set():
        QApplication.instance().closeAllWindows()
    else:
        QTimer.singleShot(1, close_once_busy)

real_open = app.open_at_launch

def open_at_launch(window, *args, **kwargs):
    real_open(window, *args, **kwargs)
    if mode == "emit":
        def emitting():
            busy.set()
            while True:
                window.background._emit(lambda _value: None, None)
        for _ in range(2):
            window.background.run(emitting, lambda _value: None)
    elif mode == "housekeeping":
        from reader.gui.housekeeping import housekeeping
        keeper = housekeeping()
        for _ in range(300_000):
            keeper._handed.put((busy.set, lambda _value: None, None))
        keeper._thread = threading.Thread(target=keeper._serve, daemon=True)
        keeper._thread.start()
    close_once_busy()

app.open_at_launch = open_at_launch
from reader.cli import main
sys.exit(main(sys.argv[1:]))
"""


def run_once(mode: str) -> int:
    with tempfile.TemporaryDirectory() as data:
        env = dict(os.environ, PYTHONPATH=str(ROOT), READER_DATA_DIR=data, QT_QPA_PLATFORM="offscreen")
        child = [sys.executable, "-c", CHILD, mode, str(BOOK)]
        done = subprocess.run(child, env=env, cwd=ROOT, capture_output=True, timeout=300)
    return -done.returncode + 128 if done.returncode < 0 else done.returncode


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--mode", nargs="*", choices=MODES, default=list(MODES))
    args = parser.parse_args()
    for mode in args.mode:
        statuses = [run_once(mode) for _ in range(args.runs)]
        counts = ", ".join(f"{status}: {n}" for status, n in sorted(collections.Counter(statuses).items()))
        print(f"{mode}: {counts} (of {args.runs}; load {os.getloadavg()[0]:.1f})", flush=True)


if __name__ == "__main__":
    main()
