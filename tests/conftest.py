import os
import sys
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
