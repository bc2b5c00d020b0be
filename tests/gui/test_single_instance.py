import errno
import json
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from reader.app import data_dir
from reader.core.atomic import try_lock
from reader.gui import single_instance
from reader.gui.single_instance import InstanceServer, hand_over, server_name
from tests.core.test_atomic import held_elsewhere
from tests.gui.conftest import CONDITION_WAIT_MS


def test_a_second_launch_hands_its_file_to_the_running_window(window, qtbot, tmp_path, data_dir):
    lock = try_lock(single_instance.lock_path(data_dir))  # held by a Reader from its start
    assert lock is not None
    server = InstanceServer(server_name(data_dir), window)
    server.filesRequested.connect(window.opener.open_in_order)
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
    qtbot.waitUntil(lambda: window.session.document.path == other.resolve(), timeout=CONDITION_WAIT_MS)


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


# -- launches that overlap: the second comes before the first's server listens ----------------

ROOT = Path(__file__).resolve().parents[2]
LAUNCHER = """
import json, sys, time
from PySide6.QtCore import QTimer
import reader.app as app
from reader.gui import single_instance

delay = float(sys.argv[2])
if delay:  # widens the time between the first paint and the server's listening
    class Late(single_instance.InstanceServer):
        def __init__(self, *args):
            print("painted, no server yet", flush=True)
            time.sleep(delay)
            super().__init__(*args)

    single_instance.InstanceServer = Late


class Told(app.Shell):  # prints the files open in the window whenever they change
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        seen = []

        def tell():
            paths = sorted(str(r.path) for r in self.window.readings())
            if paths != seen:
                seen[:] = paths
                print("open " + json.dumps(paths), flush=True)

        self.timer = QTimer(self, interval=50, timeout=tell)
        self.timer.start()


app.Shell = Told
from reader.cli import main
sys.exit(main([sys.argv[1]]))
"""


class Launch:
    """A real `reader FILE` (through LAUNCHER), its printed lines read in a thread."""

    def __init__(self, data_dir: Path, path: Path, delay: float = 0.0) -> None:
        env = {"READER_DATA_DIR": str(data_dir), "QT_QPA_PLATFORM": "offscreen", "PATH": ""}
        self.proc = subprocess.Popen(
            [sys.executable, "-c", LAUNCHER, str(path), str(delay)],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.painted = threading.Event()
        self.tabs: set[str] = set()
        """The files open in its window, as last printed."""
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self.proc.stdout:
            if line.startswith("open "):
                self.tabs = set(json.loads(line[5:]))
            elif line.startswith("painted"):
                self.painted.set()

    def opens(self, *paths: Path, timeout: float = 60) -> bool:
        """Whether the window has paths among its tabs within timeout seconds."""
        wanted = {str(p.resolve()) for p in paths}
        deadline = time.monotonic() + timeout
        while not wanted <= self.tabs and time.monotonic() < deadline:
            time.sleep(0.05)
        return wanted <= self.tabs

    def ends(self, timeout: float = 60) -> int | None:
        try:
            return self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            return None

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(10)


@pytest.fixture
def launches():
    started: list[Launch] = []
    yield lambda *args, **kwargs: started.append(Launch(*args, **kwargs)) or started[-1]
    for launch in started:
        launch.stop()


def _texts(tmp_path) -> tuple[Path, Path]:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("第一章 總則\n\n本辦法自發布之日起施行。", encoding="utf-8")
    b.write_text("第一章 目的\n\n為保障勞工權益，特制定本法。", encoding="utf-8")
    return a, b


def test_a_launch_before_the_first_ones_server_hands_its_file_over(tmp_path, data_dir, launches):
    """The first Reader has painted but does not listen yet (held 3 s): a second launch
    waits for it and hands its file over instead of starting a second Reader on the folder."""
    a, b = _texts(tmp_path)
    first = launches(data_dir, a, delay=3)
    assert first.painted.wait(60)
    second = launches(data_dir, b)
    assert second.ends() == 0, "a second Reader started"
    assert first.opens(a, b)
    assert first.proc.poll() is None


def test_two_launches_at_once_make_one_reader_with_both_files(tmp_path, data_dir, launches):
    a, b = _texts(tmp_path)
    one, other = launches(data_dir, a), launches(data_dir, b)
    deadline = time.monotonic() + 60
    while one.proc.poll() is None and other.proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.1)
    ended, stays = (one, other) if one.proc.poll() is not None else (other, one)
    assert ended.proc.returncode == 0, "neither launch handed its file over"
    assert stays.opens(a, b)
    assert stays.proc.poll() is None


def test_a_lock_left_by_a_reader_that_crashed_does_not_hold_the_next_launch(tmp_path, data_dir, launches):
    a, b = _texts(tmp_path)
    crashed = launches(data_dir, a)
    assert crashed.opens(a)
    crashed.proc.kill()  # SIGKILL: leaves its lock file, and its server's socket file
    crashed.proc.wait(10)
    after = launches(data_dir, b)
    assert after.opens(b, timeout=single_instance.WAIT_S)  # its owner is gone: no waiting for it
    # and it is the Reader now: a later launch hands its file over to it (waiting, as every
    # launch does, for its server, which listens once its text has painted)
    claim = single_instance.claim(data_dir, server_name(data_dir), str(a.resolve()))
    assert claim.outcome == single_instance.HANDED_OVER
    assert after.opens(a, b)


def test_a_reader_that_never_answers_is_waited_for_only_so_long(data_dir):
    """The lock held by a process that never listens: the launch gives up after its wait; once
    that process is gone, the launch is the Reader."""
    with held_elsewhere(single_instance.lock_path(data_dir)):
        started = time.monotonic()
        assert (
            single_instance.claim(data_dir, server_name(data_dir), None, wait_s=0.5).outcome
            == single_instance.NO_ANSWER
        )
        assert 0.5 <= time.monotonic() - started < 0.5 + 2 * single_instance.TIMEOUT_MS / 1000
    claim = single_instance.claim(data_dir, server_name(data_dir), None, wait_s=0.5)
    assert claim.outcome == single_instance.RUN and claim.lock is not None
    claim.lock.close()


def test_a_file_not_handed_over_is_named_in_a_message(qtbot, tmp_path):
    path = tmp_path / "b.txt"
    said = []

    def read_the_box() -> None:
        box = QApplication.activeModalWidget()
        said.append(box.text())
        box.close()

    QTimer.singleShot(0, read_the_box)
    single_instance.tell_no_answer(str(path))
    assert said and str(path) in said[0] and "not opened" in said[0]


def test_a_data_folder_that_cannot_hold_a_lock_does_not_keep_the_launch_waiting(data_dir, monkeypatch):
    def no_locks(_path) -> None:
        raise OSError(errno.ENOLCK, "No locks available")

    monkeypatch.setattr(single_instance, "try_lock", no_locks)
    started = time.monotonic()
    claim = single_instance.claim(data_dir, server_name(data_dir), None, wait_s=5)
    assert claim.outcome == single_instance.RUN and claim.lock is None
    assert time.monotonic() - started < 1
