"""Each format opens in the window with its section tree, a highlight on it survives closing
and reopening, and a copied web page becomes a document of its own."""

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QToolButton

from reader.app import open_settings
from reader.core.outline import navigation_stops
from reader.core.resources import notice_path
from reader.gui.main_window import MainWindow

FORMATS = Path(__file__).parent.parent / "corpus" / "formats"
SAMPLES = sorted(p.name for p in FORMATS.iterdir())


def reopen(qtbot, data_dir, path):
    window = MainWindow(open_settings(data_dir), data_dir)
    qtbot.addWidget(window)
    assert window.open_path(path)
    return window


@pytest.mark.parametrize("name", SAMPLES)
def test_a_sample_opens_with_its_sections_and_keeps_a_highlight(make_window, qtbot, data_dir, name):
    path = FORMATS / name
    window = make_window(path)
    session = window.session
    assert window.outline_model.rowCount() > 1
    assert len(navigation_stops(session.outline)) > 1
    # a stretch of Chinese in the middle of the text, highlighted with key 3 (blue)
    middle = len(session.text) // 2
    start = next(i for i in range(middle, len(session.text)) if "\u4e00" <= session.text[i] <= "\u9fff")
    window.view.select_original(start, start + 4)
    window.actions["colour_3"].trigger()
    assert window.controller.save()
    window.close()

    again = reopen(qtbot, data_dir, path)
    [a] = list(again.session.annotations)
    assert (a.start, a.end, a.colour) == (start, start + 4, "blue")
    assert again.annotation_dock.model.rowCount() == 1


def test_a_pdf_shows_its_page_number(make_window):
    window = make_window(FORMATS / "law-criminal-2020.pdf")
    document = window.session.document
    last_page = document.pages[-1]
    window.view.select_original(last_page, last_page)
    assert window.status_line.position.text().startswith(f"Page {len(document.pages)} of {len(document.pages)} · ")


def test_a_copied_web_page_becomes_a_document(window, qtbot, data_dir):
    data = QMimeData()
    data.setHtml("<h1>關於進一步加強學習的通知</h1><p>各級工會要認真組織學習。</p><p>本通知自印發之日起施行。</p>")
    data.setText("關於進一步加強學習的通知\n各級工會要認真組織學習。\n本通知自印發之日起施行。")
    QGuiApplication.clipboard().setMimeData(data)
    window.actions["paste_document"].trigger()
    assert len(window.readings()) == 2
    pasted = window.session.document.path
    assert pasted.is_relative_to(data_dir) and "各級工會要認真組織學習。" in window.session.text
    start = window.session.text.index("認真組織")
    window.view.select_original(start, start + 4)
    window.actions["colour_1"].trigger()
    assert window.controller.save()
    window.close()
    again = reopen(qtbot, data_dir, pasted)
    assert [a.exact for a in again.session.annotations] == ["認真組織"]


def test_an_empty_clipboard_is_said_and_opens_nothing(window):
    QGuiApplication.clipboard().setMimeData(QMimeData())
    window.actions["paste_document"].trigger()
    assert len(window.readings()) == 1
    assert "no text" in window.statusBar().currentMessage()


def test_a_damaged_file_is_refused_with_its_reason(window, qtbot, tmp_path, monkeypatch):
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    said = []
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.warning", lambda *args: said.append(args[2]))
    assert not window.open_path(broken)
    assert "damaged" in said[0] and len(window.readings()) == 1


def test_the_open_dialog_offers_every_format_by_a_translated_name():
    from reader.core.formats import open_dialog_filters
    from reader.gui.dialogs import FORMAT_LABELS, open_filter

    assert {label for label, _globs in open_dialog_filters()} <= set(FORMAT_LABELS)
    offered = open_filter()
    assert offered.startswith("All documents (") and offered.endswith(";;All files (*)")
    assert all(f"*{suffix}" in offered for suffix in (".txt", ".md", ".html", ".docx", ".pdf", ".epub"))


def _damaged_file(tmp_path) -> Path:
    path = tmp_path / "damaged.txt"
    body = "第一条 为了加强管理，制定本条例。" * 20
    path.write_bytes(body.encode("gb18030") + b"\x81\x20" + body.encode("gb18030"))  # \x81 opens no character
    return path


def test_a_file_with_one_damaged_character_says_so_in_the_singular(make_window, tmp_path):
    """The status bar read "1 damaged character(s) could not be read … and are shown as �"."""
    window = make_window(_damaged_file(tmp_path))
    assert window.session.document.damaged == 1
    said = window.current.page.messages.label.text()
    assert said == "damaged.txt: 1 damaged character could not be read in GB18030 and is shown as �.", said


def test_the_damaged_notice_belongs_to_its_tab_until_dismissed(make_window, qtbot, tmp_path):
    """The notice was the status bar's for 30 s: it sat under the next document opened (or
    switched to) as if that one were damaged, and went by itself before it could be read. It
    is the damaged document's message bar's now: hidden with its tab, back with it, gone
    once dismissed."""
    window = make_window(_damaged_file(tmp_path))
    damaged = window.current
    bar = damaged.page.messages
    assert bar.isVisible() and "damaged.txt" in bar.label.text()
    assert window.open_path(notice_path())
    qtbot.waitUntil(lambda: window.current is not damaged)
    assert "damaged" not in window.statusBar().currentMessage()
    assert not window.current.page.messages.isVisible() and not bar.isVisible()
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)  # Next Tab
    qtbot.waitUntil(lambda: window.current is damaged)
    qtbot.waitUntil(bar.isVisible)  # back with its document, not timed out
    close = bar.findChild(QToolButton)
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    assert not bar.isVisible()
