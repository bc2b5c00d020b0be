"""The real app on a virtual screen, read back by OCR (issue 24): what the page should show is
in the pixels. Xvfb, xdotool, ImageMagick's `import` and tesseract with chi_tra: CI installs
them (.ci/run), and there a missing tool fails the test; elsewhere it is skipped, saying which."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reader.core.resources import notice_path

ROOT = Path(__file__).parents[2]
CORPUS = ROOT / "tests" / "corpus"
SCREEN = "1920x1200x24"
TOOLS = ("Xvfb", "xdotool", "import", "convert", "tesseract")


def _missing() -> str | None:
    absent = [tool for tool in TOOLS if shutil.which(tool) is None]
    if absent:
        return "not installed: " + ", ".join(absent)
    langs = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True).stdout.split()
    if "chi_tra" not in langs:
        return "tesseract has no chi_tra (tesseract-ocr-chi-tra)"
    return None


@pytest.fixture(scope="module")
def display():
    reason = _missing()
    if reason is not None:
        if os.environ.get("CI") == "true":
            pytest.fail(f"the screen's OCR checks must run in CI: {reason}")
        pytest.skip(reason)
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", SCREEN, "-nolisten", "tcp"],
        pass_fds=(write,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    yield f":{number}"
    server.terminate()
    server.wait(10)


class App:
    """Reader started as a reader would start it, on the virtual screen."""

    def __init__(self, display: str, data_dir: Path, path: Path | None) -> None:
        self.env = dict(
            os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", READER_DATA_DIR=str(data_dir), PYTHONPATH=str(ROOT)
        )
        args = [sys.executable, "-m", "reader"] + ([str(path)] if path else [])
        self.process = subprocess.Popen(args, env=self.env, cwd=ROOT, stderr=subprocess.DEVNULL)
        found = self.xdotool("search", "--sync", "--onlyvisible", "--pid", str(self.process.pid), timeout=60)
        self.window = found.split()[0]
        self.xdotool("windowfocus", "--sync", self.window)

    def xdotool(self, *args: str, timeout: float = 20) -> str:
        return subprocess.run(["xdotool", *args], env=self.env, capture_output=True, text=True, timeout=timeout).stdout

    def open_in_running(self, path: Path) -> None:
        """A second launch hands its file to this window (one Reader per user)."""
        subprocess.run([sys.executable, "-m", "reader", str(path)], env=self.env, cwd=ROOT, timeout=60, check=True)

    def screen_text(self, shot: Path, language: str = "chi_tra") -> str:
        # the window alone: the black rest of a larger screen throws tesseract's page
        # segmentation off (the notice's last line went unread beside the panel's hint)
        subprocess.run(["import", "-window", self.window, str(shot)], env=self.env, check=True, timeout=30)
        big = shot.with_name(shot.stem + "-ocr.png")
        subprocess.run(["convert", str(shot), "-resize", "200%", "-colorspace", "Gray", str(big)], check=True)
        out = subprocess.run(
            ["tesseract", str(big), "-", "-l", language, "--psm", "3"], capture_output=True, text=True, timeout=120
        ).stdout
        return "".join(out.split())

    def close(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(20)
        except subprocess.TimeoutExpired:
            self.process.kill()


@pytest.fixture
def start_app(display, data_dir):
    apps: list[App] = []

    def start(path: Path | None = None) -> App:
        apps.append(App(display, data_dir, path))
        return apps[-1]

    yield start
    for app in apps:
        app.close()


def test_the_notices_last_words_are_on_screen_after_ctrl_end(start_app, tmp_path):
    app = start_app()  # the notice, at the window's default size
    time.sleep(3)  # the page painted and Qt's layout done (the bug: never done)
    app.xdotool("key", "--window", app.window, "ctrl+End")
    time.sleep(1.5)
    text = app.screen_text(tmp_path / "notice-end.png")
    assert "凝聚力量" in text, text  # the last paragraph's last words


def test_a_title_opened_in_a_grown_window_shows_its_last_characters(start_app, tmp_path):
    app = start_app(CORPUS / "law-constitution.md")
    time.sleep(2)
    app.xdotool("windowsize", "--sync", app.window, "1900", "1150")
    time.sleep(1)
    notice = tmp_path / "notice.txt"  # a file of its own: a new tab, opened after the grow
    notice.write_text(notice_path().read_text(encoding="utf-8"), encoding="utf-8")
    app.open_in_running(notice)
    time.sleep(3)
    text = app.screen_text(tmp_path / "grown-title.png")
    assert "精神的通知" in text, text  # the title's last characters, not cut at the right
