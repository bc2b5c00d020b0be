"""`reader a.txt b.txt` (a file manager's several files, a desktop's %F): real launches of the
app's entry point (reader.cli.main), each with a private data folder, offscreen."""

import json
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LAUNCHER = """
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from shiboken6 import getCppPointer
import reader.app as app


class Told(app.Shell):  # prints the tabs (in order, and the current one) and each message box
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        seen, boxes = [], set()

        def tell():
            window = self.window
            state = {
                "tabs": [str(r.path) for r in window.readings()],
                "current": str(window.current.path) if window.current is not None else None,
            }
            if state != (seen[0] if seen else None):
                seen[:] = [state]
                print("state " + json.dumps(state), flush=True)
            box = QApplication.activeModalWidget()
            if box is not None and getCppPointer(box)[0] not in boxes:  # left open: the others open meanwhile
                boxes.add(getCppPointer(box)[0])
                print("message " + json.dumps(box.text()), flush=True)

        self.timer = QTimer(self, interval=50, timeout=tell)
        self.timer.start()


app.Shell = Told
from reader.cli import main
sys.exit(main(sys.argv[1:]))
"""


class Launch:
    """A real `reader FILE...` (through LAUNCHER), its printed lines read in a thread."""

    def __init__(self, data_dir: Path, *paths: Path) -> None:
        env = {"READER_DATA_DIR": str(data_dir), "QT_QPA_PLATFORM": "offscreen", "PATH": ""}
        self.proc = subprocess.Popen(
            [sys.executable, "-c", LAUNCHER, *map(str, paths)],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        self.state: dict = {"tabs": [], "current": None}
        self.messages: list[str] = []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self.proc.stdout:
            if line.startswith("state "):
                self.state = json.loads(line[6:])
            elif line.startswith("message "):
                self.messages.append(json.loads(line[8:]))

    def until(self, condition, timeout: float = 90) -> bool:
        deadline = time.monotonic() + timeout
        while not condition() and time.monotonic() < deadline:
            time.sleep(0.05)
        return condition()

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(10)


@pytest.fixture
def launch():
    started: list[Launch] = []
    yield lambda *args: started.append(Launch(*args)) or started[-1]
    for one in started:
        one.stop()


def _texts(folder: Path) -> list[Path]:
    texts = {
        "a.txt": "第一章 總則\n\n本辦法自發布之日起施行。",
        "b.txt": "第一章 目的\n\n為保障勞工權益，特制定本法。",
        "c.txt": "第一条 为了规范行政行为，制定本法。",
    }
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    return [(folder / name).resolve() for name in texts]


def test_two_files_on_the_command_line_open_as_two_tabs_in_order(tmp_path, data_dir, launch):
    a, b, _c = _texts(tmp_path)
    reader = launch(data_dir, a, b)
    assert reader.until(lambda: len(reader.state["tabs"]) >= 2), reader.state
    assert reader.until(lambda: reader.state["current"] == str(b)), reader.state  # the last one shown
    assert reader.state["tabs"] == [str(a), str(b)]  # the command line's order, no notice beside them
    assert reader.messages == []


def test_a_running_reader_opens_every_file_handed_over(tmp_path, data_dir, launch):
    a, b, c = _texts(tmp_path)
    first = launch(data_dir, a)
    assert first.until(lambda: first.state["tabs"] == [str(a)]), first.state
    second = launch(data_dir, b, c)
    assert second.proc.wait(90) == 0, "the second launch did not hand its files over"
    assert first.until(lambda: first.state["tabs"] == [str(a), str(b), str(c)]), first.state
    assert first.until(lambda: first.state["current"] == str(c)), first.state
    assert first.proc.poll() is None


def test_the_files_that_cannot_be_opened_are_said_in_one_message_and_the_others_open(tmp_path, data_dir, launch):
    a, b, c = _texts(tmp_path)
    missing, folder = tmp_path / "gone.txt", tmp_path / "folder"
    folder.mkdir()
    reader = launch(data_dir, missing, a, folder)
    assert reader.until(lambda: str(a) in reader.state["tabs"]), (reader.state, reader.messages)
    assert reader.until(lambda: reader.messages), reader.messages
    message = reader.messages[0]
    assert str(missing) in message and "does not exist" in message
    assert str(folder) in message and "folder, not a document" in message
    assert message.index(str(missing)) < message.index(str(folder))  # in the order named
    # handed over to it, while that message box is still open: the others open, the bad ones
    # are said together in a second box
    gone = tmp_path / "gone too.txt"
    second = launch(data_dir, b, gone, folder, c)
    assert second.proc.wait(90) == 0
    assert reader.until(lambda: reader.state["tabs"] == [str(a), str(b), str(c)]), reader.state
    assert reader.until(lambda: len(reader.messages) == 2), reader.messages
    assert str(gone) in reader.messages[1] and str(folder) in reader.messages[1]
    time.sleep(1)
    assert len(reader.messages) == 2, reader.messages  # one box for each launch's files, no more
