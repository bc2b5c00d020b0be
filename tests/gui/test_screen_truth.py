"""Every corpus document, at several window sizes and in every script, is on the page whole:
every block laid out, no line wider than the page, Ctrl+End shows its end (issue 24)."""

from pathlib import Path

import pytest

from reader.core.resources import notice_path
from reader.core.scripts import Script
from tests.gui.conftest import WORKER_WAIT_MS
from tests.gui.screen_truth import check_page

CORPUS = Path(__file__).parents[1] / "corpus"
DOCUMENTS = [notice_path()] + sorted(  # the notice: what a first start opens
    [p for p in CORPUS.iterdir() if p.is_file() and p.suffix in (".txt", ".md") and p.name != "SOURCES.md"]
    + list((CORPUS / "formats").iterdir()),
    key=lambda p: p.name,
)
DEFAULT = (1280, 820)  # the window's own first size (MainWindow)
SIZES = [(800, 600), DEFAULT, (1920, 1200)]  # the last one a grow
SCRIPTS = [Script.SIMPLIFIED, Script.TRADITIONAL, Script.ORIGINAL]


def open_grown(make_window, qtbot, path):
    """The window grown before the document opens (a tab opened after a grow was clipped)."""
    window = make_window(CORPUS / "law-constitution.md" if path == notice_path() else None)
    window.resize(1920, 1200)
    qtbot.waitUntil(lambda: window.view.width() > 1000)
    assert window.open_path(path)
    qtbot.waitUntil(lambda: window.current is not None and window.current.path == path, timeout=WORKER_WAIT_MS)
    return window


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name)
def test_every_document_is_whole_on_the_page_at_every_size_and_script(make_window, qtbot, path):
    window = open_grown(make_window, qtbot, path)
    check_page(qtbot, window.view, f"{path.name} opened in a grown window")
    for width, height in SIZES:
        window.resize(width, height)
        qtbot.wait(50)
        check_page(qtbot, window.view, f"{path.name} at {width}×{height}")
    for script in SCRIPTS:
        window.current.set_script(script)
        qtbot.waitUntil(
            lambda s=script: window.current.pending_script is None and window.script is s, timeout=WORKER_WAIT_MS
        )
        check_page(qtbot, window.view, f"{path.name} in {script.value}")
