"""A logout, Ctrl+C or a closed terminal closes the real app as its close button would."""

import signal
import subprocess
import sys
import time

import pytest

from reader.gui.single_instance import hand_over, server_name


@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGINT])
def test_a_signal_closes_reader_cleanly(tmp_path, number):
    folder = tmp_path / "data"
    proc = subprocess.Popen(
        [sys.executable, "-m", "reader"],
        env={"READER_DATA_DIR": str(folder), "QT_QPA_PLATFORM": "offscreen", "PATH": ""},
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        settings = folder / "settings.ini"
        deadline = time.time() + 60
        # up when its instance server answers and its notice is open (the tab is recorded)
        while not (hand_over(server_name(folder), None) and settings.exists() and "pane0" in settings.read_text()):
            assert proc.poll() is None and time.time() < deadline, "Reader did not come up"
            time.sleep(0.2)
        proc.send_signal(number)
        _, errors = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, errors
    assert "geometry" in settings.read_text()  # the close event ran: the window's state is kept
    assert "leaked" not in errors  # the worker's processes were stopped
