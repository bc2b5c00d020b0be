import json
import subprocess
import sys
import time

from reader.app import data_dir
from reader.gui.single_instance import InstanceServer, hand_over, server_name


def test_a_second_launch_hands_its_file_to_the_running_window(window, qtbot, tmp_path, data_dir):
    server = InstanceServer(server_name(data_dir), window)
    server.openRequested.connect(window.open_path)
    assert server.listening
    other = tmp_path / "other.txt"
    other.write_text("第一章 總則\n\n本辦法自發布之日起施行。", encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, "-m", "reader", str(other)],
        env={"READER_DATA_DIR": str(data_dir), "QT_QPA_PLATFORM": "offscreen", "PATH": ""},
    )
    # the second process must end by itself once the first has the file
    deadline = time.time() + 30
    while proc.poll() is None and time.time() < deadline:
        qtbot.wait(50)
    assert proc.returncode == 0
    qtbot.waitUntil(lambda: window.session.document.path == other.resolve(), timeout=5000)


def test_no_running_reader_means_no_hand_over(tmp_path):
    assert not hand_over(server_name(tmp_path / "nobody"), None)


def test_no_running_reader_is_told_without_the_network_module(tmp_path):
    """A launch with no Reader running (no socket file where QLocalServer puts one) hands
    nothing over and loads no QtNetwork before its window; a file left by a Reader that crashed
    is tried and found dead."""
    code = (
        "import json, sys\n"
        "from pathlib import Path\n"
        "from PySide6.QtCore import QDir\n"
        "from reader.gui.single_instance import hand_over, server_name\n"
        "name = server_name(sys.argv[1])\n"
        "alone = hand_over(name, None), 'PySide6.QtNetwork' in sys.modules\n"
        "stale = Path(QDir.tempPath(), name)\n"
        "stale.write_bytes(b'')\n"
        "crashed = hand_over(name, None), 'PySide6.QtNetwork' in sys.modules\n"
        "stale.unlink()\n"
        "print(json.dumps([alone, crashed]))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "nobody")], capture_output=True, text=True, timeout=60
    )
    assert json.loads(out.stdout) == [[False, False], [False, True]], out.stderr


def test_names_differ_per_data_folder(tmp_path):
    assert server_name(tmp_path / "a") != server_name(tmp_path / "b")
    assert data_dir()  # READER_DATA_DIR from the fixture
