"""The test run itself ends cleanly: CI counts a run that dies after its last test passed as
failed, whatever the tests said."""

import subprocess
import sys
from pathlib import Path

TOP = Path(__file__).parents[1]


def test_a_run_that_leaves_a_mime_made_in_python_on_the_clipboard_exits_cleanly(tmp_path):
    """tests/conftest.py empties the clipboard as the run ends: Qt freed a QMimeData made in
    Python after the interpreter had finished, and the run died of SIGSEGV (status 139)."""
    test = tmp_path / "test_pasted.py"
    test.write_text(
        "from PySide6.QtCore import QMimeData\n"
        "from PySide6.QtGui import QGuiApplication\n"
        "\n"
        "\n"
        "def test_pasted(qapp):\n"
        "    data = QMimeData()\n"
        "    data.setText('第一段')\n"
        "    QGuiApplication.clipboard().setMimeData(data)\n",
        encoding="utf-8",
    )
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "tests.conftest"]
        + ["-o", "qt_api=pyside6", "--rootdir", str(tmp_path), str(test)],
        cwd=TOP,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert "1 passed" in run.stdout, run.stdout + run.stderr
    assert run.returncode == 0, run.stdout + run.stderr
