"""The test run itself ends cleanly: CI counts a run that dies after its last test passed as
failed, whatever the tests said; and a run that hangs never ends within CI's time."""

import subprocess
import sys
import textwrap
from pathlib import Path

TOP = Path(__file__).parents[1]


def run_alone(test: Path, tmp_path: Path) -> subprocess.CompletedProcess:
    """pytest on one test file, with the suite's own tests/conftest.py."""
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "tests.conftest"]
        + ["-o", "qt_api=pyside6", "--rootdir", str(tmp_path), str(test)],
        cwd=TOP,
        capture_output=True,
        text=True,
        timeout=300,
    )


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
    run = run_alone(test, tmp_path)
    assert "1 passed" in run.stdout, run.stdout + run.stderr
    assert run.returncode == 0, run.stdout + run.stderr


def test_a_question_nobody_answers_fails_its_test_instead_of_hanging_the_run(tmp_path):
    """A test that failed leaving a window whose close asks a question (the data folder's
    Retry / Discard / Cancel, unsaved notes): pytest-qt closed it at teardown and the question
    waited offscreen for ever, and CI's run with it. tests/conftest.py answers it and fails
    the test with what it asked; the tests after it run."""
    test = tmp_path / "test_asking.py"
    test.write_text(
        textwrap.dedent(
            """
            import pytest
            from PySide6.QtWidgets import QMessageBox, QWidget


            @pytest.fixture(autouse=True)
            def soon(monkeypatch):
                monkeypatch.setattr("tests.conftest.MODAL_ANSWER_MS", 300, raising=False)


            class Asking(QWidget):
                def closeEvent(self, event):
                    buttons = QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                    QMessageBox.warning(self, "Notes", "Save the notes?", buttons | QMessageBox.StandardButton.Cancel)


            def test_fails_leaving_a_window_that_asks(qtbot):
                window = Asking()
                qtbot.addWidget(window)
                window.show()
                assert False


            def test_asks_itself(qapp):
                QMessageBox.question(None, "Sure?", "Nobody answers this.")


            def test_after_them(qapp):
                pass
            """
        ),
        encoding="utf-8",
    )
    run = run_alone(test, tmp_path)
    said = run.stdout + run.stderr
    assert "1 failed, 2 passed, 2 errors" in run.stdout, said
    assert "'Notes': Save the notes? [answered 'Discard']" in run.stdout, said
    assert "'Sure?': Nobody answers this." in run.stdout, said
