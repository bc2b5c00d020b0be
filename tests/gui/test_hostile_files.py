"""Files that expand without limit are refused in the worker, never read on the window's
thread (not even a second time after the worker read them), and a tab that failed to open is
not restored at the next launch."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from unittest import mock

from reader.app import open_settings
from reader.gui.main_window import MainWindow
from reader.gui.settings import TabsState
from tests.core.formats.test_limits import docx_bomb
from tests.gui.conftest import WORKER_WAIT_MS

FORMATS = Path(__file__).parent.parent / "corpus" / "formats"


def test_a_word_bomb_is_refused_in_the_worker_while_the_window_answers(window, qtbot, tmp_path, monkeypatch):
    bomb = tmp_path / "bomb.docx"
    bomb.write_bytes(docx_bomb())
    said = []
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.warning", lambda *args: said.append(args[2]))
    started = time.perf_counter()
    window.open_path(bomb)
    assert time.perf_counter() - started < 0.5  # handed to the worker: the window goes on
    qtbot.waitUntil(lambda: bool(said), timeout=15000)
    assert "unpacks to far more" in said[0] and "inflate" in said[0] and len(window.readings()) == 1
    assert str(bomb) not in window.settings.tabs.panes[0]


def test_the_window_does_not_read_a_file_the_worker_has_read(window, qtbot, monkeypatch):
    import reader.core.document as documents

    sample = FORMATS / "standard-psr-general-draft-2023.docx"  # over 64 KB: read in the worker
    read_here = []
    real = documents.load_document
    monkeypatch.setattr(
        documents, "load_document", lambda path: read_here.append(threading.current_thread().name) or real(path)
    )
    window.open_path(sample)
    qtbot.waitUntil(lambda: len(window.readings()) == 2, timeout=WORKER_WAIT_MS)
    assert window.current.path == sample.resolve()
    assert read_here == []


def test_a_tab_that_failed_to_open_is_not_restored_next_time(qtbot, data_dir, tmp_path):
    # dropped from the settings when it fails, not only once another tab opens and saves them
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    settings = open_settings(data_dir)
    settings.tabs = TabsState(((str(broken),), ()), False, str(broken))
    settings.sync()
    window = MainWindow(open_settings(data_dir), data_dir)
    qtbot.addWidget(window)
    with mock.patch("PySide6.QtWidgets.QMessageBox.warning") as warned:
        assert not window.restore_tabs()
    assert warned.called and "damaged" in warned.call_args.args[2]
    window.settings.sync()
    assert open_settings(data_dir).tabs.panes == ((), ())


def test_a_pasted_nul_is_refused_with_a_message_and_never_written(window, data_dir, monkeypatch):
    from PySide6.QtCore import QMimeData
    from PySide6.QtGui import QGuiApplication

    from reader.core.pasted import pasted_folder

    data = QMimeData()
    data.setText("第一段\x00第二段")
    QGuiApplication.clipboard().setMimeData(data)
    said = []
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.warning", lambda *args: said.append(args[2]))
    window.actions["paste_document"].trigger()
    assert len(window.readings()) == 1
    assert said and "NUL" in said[0] and "still holds it" in said[0]
    folder = pasted_folder(data_dir)
    assert not folder.exists() or list(folder.iterdir()) == []
    assert "\x00" in QGuiApplication.clipboard().text()  # the paste is not lost
