import os
import sys
import time
from contextlib import contextmanager
from pathlib import Path
from unittest.mock import patch

import pytest
from hypothesis import HealthCheck, settings

# The properties are about what the code does, not how fast: on a machine busy with other work
# an example can take longer than hypothesis's 200 ms deadline, or making the examples trip its
# "input generation is slow" check (seen once in test_balance at load 6), failing a test whose
# property holds. Neither measures anything the suite asserts.
settings.register_profile("reader", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("reader")

# set before any Qt import: the suite runs without a screen
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from reader.core.resources import notice_path  # noqa: E402

GOLDEN = Path(__file__).parent / "golden"


@pytest.fixture(scope="session", autouse=True)
def _the_clipboard_let_go_while_python_lives():
    """The clipboard emptied as the run ends. Qt owns what a test gave it (setMimeData), and
    frees it in a static destructor of QtGui as the process exits, after Python has finished:
    a QMimeData made in Python takes PySide's wrapper with it, which reached into the finished
    interpreter, and the run died of SIGSEGV (status 139) after every test had passed, whenever
    the last test to set the clipboard had set one (tests/gui/test_hostile_files.py alone, or a
    subset ending with it). Emptied here, Qt frees it while Python still runs. (Reader itself
    only ever gives the clipboard text: reader.gui.document_view.DocumentView.copy.)"""
    yield
    qt_gui = sys.modules.get("PySide6.QtGui")  # a run without Qt does not start it for this
    if qt_gui is not None and qt_gui.QGuiApplication.instance() is not None:
        qt_gui.QGuiApplication.clipboard().clear()


MODAL_ANSWER_MS = 30_000
"""How long a modal dialog may wait for an answer before the suite gives it one and fails the
test. Tests answer theirs from the dialog's own event loop within moments (answer_dialog in
tests/gui/conftest.py, a QTimer of their own) or patch them away (QMessageBox.warning, exec);
offscreen nobody else ever answers, and the run waited forever."""

ANSWERING = "answered_by_test"
"""A dialog property: the test is answering this dialog (answer_dialog), however long it takes."""


class UnansweredDialogs:
    """Gives a modal dialog that waited MODAL_ANSWER_MS the answer that lets its window go (its
    destructive button, Discard, else Cancel) and keeps its words for the test's failure: a
    test that failed while a window's close would ask a question (the data folder's Retry /
    Discard / Cancel, unsaved notes) left that question to pytest-qt's close at teardown, and
    the whole run hung there. One for the run, looking every 100 ms from whatever event loop
    runs (the dialog's own, while it blocks)."""

    def __init__(self, app) -> None:
        from PySide6.QtCore import QTimer

        self.answered: list[str] = []
        self._waiting: tuple[int, float] | None = None  # (the dialog's address, since when)
        self._timer = QTimer(app)
        self._timer.setInterval(100)
        self._timer.timeout.connect(self._look)
        self._timer.start()

    def _look(self) -> None:
        import shiboken6
        from PySide6.QtWidgets import QApplication

        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog.property(ANSWERING):
            self._waiting = None
        elif self._waiting is None or self._waiting[0] != shiboken6.getCppPointer(dialog)[0]:
            # by address: PySide wraps a dialog made in C++ (QMessageBox.question's) anew each time
            self._waiting = (shiboken6.getCppPointer(dialog)[0], time.monotonic())
        elif (time.monotonic() - self._waiting[1]) * 1000 >= MODAL_ANSWER_MS:
            self._waiting = None
            said = f"{answer_for_the_test(dialog)} (unanswered for {MODAL_ANSWER_MS} ms)"
            print(f"\nA modal dialog nobody answered: {said}", file=sys.stderr)
            self.answered.append(said)


def answer_for_the_test(dialog) -> str:
    """Close `dialog` as a reader leaving would (Discard where offered, else Cancel); what it said."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QLabel, QMessageBox

    if isinstance(dialog, QMessageBox):
        said = " / ".join(text for text in (dialog.text(), dialog.informativeText()) if text)
        roles = {dialog.buttonRole(button): button for button in dialog.buttons()}
        discard = roles.get(QMessageBox.ButtonRole.DestructiveRole)
        if discard is not None:
            discard.click()
            said += f" [answered {discard.text()!r}]"
        else:
            QTest.keyClick(dialog, Qt.Key.Key_Escape)  # its Cancel (or No), as the Esc key
    else:
        said = " / ".join(label.text() for label in dialog.findChildren(QLabel) if label.text())
    if dialog.isVisible():
        dialog.close()  # a dialog's close rejects it
    return f"{type(dialog).__name__} {dialog.windowTitle()!r}: {said}"


_unanswered: UnansweredDialogs | None = None


def _unanswered_dialogs() -> UnansweredDialogs | None:
    """The run's guard, from the first moment a QApplication exists (the run's first Qt test
    makes it in that test's setup); None before, and in a run without Qt."""
    global _unanswered
    widgets = sys.modules.get("PySide6.QtWidgets")
    if (
        _unanswered is None
        and widgets is not None
        and isinstance(widgets.QApplication.instance(), widgets.QApplication)
    ):
        _unanswered = UnansweredDialogs(widgets.QApplication.instance())
    return _unanswered


def pytest_runtest_call(item) -> None:
    _unanswered_dialogs()  # the first Qt test's application was made in its setup


@pytest.fixture(autouse=True)
def _no_dialog_waits_forever():
    """A modal dialog nobody answered fails its test, with what it asked (UnansweredDialogs)."""
    guard = _unanswered_dialogs()
    if guard is not None:
        guard.answered.clear()
    yield
    guard = _unanswered_dialogs()
    if guard is not None and guard.answered:
        said, guard.answered[:] = "\n".join(guard.answered), []
        pytest.fail(f"a modal dialog waited for an answer the test never gave:\n{said}")


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch) -> Path:
    """Everything the app writes goes to a fresh folder: never the user's files."""
    folder = tmp_path / "data"
    folder.mkdir()
    monkeypatch.setenv("READER_DATA_DIR", str(folder))
    return folder


@pytest.fixture(scope="session")
def notice_text() -> str:
    return notice_path().read_text(encoding="utf-8")


@pytest.fixture
def notice_copy(tmp_path, notice_text) -> Path:
    path = tmp_path / "notice.txt"
    path.write_text(notice_text, encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def dictionary_file(tmp_path_factory) -> Path:
    """CC-CEDICT's SQLite file, built once for the whole run (about 2 s)."""
    from reader.core.dictionary import Dictionary

    folder = tmp_path_factory.mktemp("dictionary")
    Dictionary.open(folder).close()
    return folder / Dictionary.FILE


@pytest.fixture
def dictionary_in_data_dir(data_dir, dictionary_file) -> Path:
    """The built file copied where the app and the command line look for it, so neither builds it again."""
    import shutil

    from reader.core.dictionary import dictionary_folder

    folder = dictionary_folder(data_dir)
    folder.mkdir()
    shutil.copy2(dictionary_file, folder / dictionary_file.name)
    return folder


def report_file(folder: Path, name: str = "report.txt") -> Path:
    """A document of the report's first 20,000 characters, written in `folder` (made if need be)."""
    source = (Path(__file__).parent / "corpus" / "report-20th-congress-2022-gb18030.txt").read_bytes().decode("gb18030")
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(source[:20000], encoding="utf-8")
    return path


@contextmanager
def on_another_computer():
    """What is saved inside is saved by another computer of a synced data folder (its stores
    say so: reader.core.device)."""
    with patch("reader.core.annotations.store.this_device", lambda: "another-computer"):
        yield
