"""The Library window (issue 29): documents added in the worker with progress, listed by date,
searched in either script as a concordance with the term's history; a hit opens its document
there; the notebook lists every note and opens its passage."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QTest

from reader.core.session import Session
from reader.gui.library_view import library_of
from reader.models.library_model import PathRole
from tests.gui.conftest import CONDITION_WAIT_MS, WORKER_WAIT_MS, type_text

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "docs"
    (folder / "laws").mkdir(parents=True)
    for name in ("law-company-2018.md", "law-company-2023.md", "law-legislation-2015.md"):
        shutil.copy(CORPUS / "compare" / name, folder / "laws" / name)
    shutil.copy(CORPUS / "formats" / "npc-decision-special-bonds-2007.html", folder)
    return folder


def _library(window, qtbot, tmp_path, folder: Path | None = None):
    # the notice the window opens at launch is catalogued in the worker: waited for, so it is
    # in the library before the folder (a document opened is in the library)
    from reader.core.library.catalogue import Catalogue

    catalogue = Catalogue(Path(window.data_dir))
    qtbot.waitUntil(lambda: len(catalogue.entries()) == 1, timeout=WORKER_WAIT_MS)
    library = library_of(window)
    library.show()
    qtbot.waitExposed(library)
    done = []
    library.indexer.finished.connect(done.append)
    library.add([str(folder or _folder(tmp_path))])
    qtbot.waitUntil(lambda: bool(done), timeout=WORKER_WAIT_MS)
    qtbot.waitUntil(
        lambda: "in the library" in library.status.text(), timeout=WORKER_WAIT_MS
    )  # the rows read and shown
    return library, done[0]


def test_a_folder_is_indexed_and_listed_by_date(window, qtbot, tmp_path):
    library, results = _library(window, qtbot, tmp_path)
    assert sorted(r.status for r in results) == ["added"] * 4
    shown = [library.table.model().index(r, 2).data() for r in range(library.table.model().rowCount())]
    assert shown == ["2007-06-29", "2015-03-15", "2018-10-26", "2022-11-02", "2023-12-29"]  # 2022: the notice
    type_text(library.filter_edit, "公司法")
    assert library.table.model().rowCount() == 2
    library.filter_edit.clear()
    type_text(library.filter_edit, "華人民共和國")  # Traditional, over Simplified titles
    assert library.table.model().rowCount() == 3


def test_a_search_in_traditional_opens_the_hit_in_its_document(window, qtbot, tmp_path):
    library, _ = _library(window, qtbot, tmp_path)
    library.tabs.setCurrentIndex(1)
    library.search_page.query_edit.setFocus()
    type_text(library.search_page.query_edit, "國務院")
    QTest.keyClick(library.search_page.query_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: library.search_page.hits_view.model() is not None, timeout=WORKER_WAIT_MS)
    model = library.search_page.hits_view.model()
    groups = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert groups[0].startswith("2007-06-29") and groups[-1].startswith("2023-12-29")
    qtbot.waitUntil(
        lambda: "occurrences in 4 documents" in library.search_page.total_label.text(), timeout=WORKER_WAIT_MS
    )
    total = int(library.search_page.total_label.text().split()[0])
    assert total == library.searcher.search("国务院", limit=1).total  # the history's counts sum to it
    points = [(p.entry.shown_date[:4], p.count > 0) for p in library.search_page.chart.points]
    assert points == [("2007", True), ("2015", True), ("2018", True), ("2022", False), ("2023", True)]
    first_group = model.index(0, 0)
    hit = model.index(0, 2, first_group)
    assert hit.data() == "国务院"  # as the document writes it
    rect = library.search_page.hits_view.visualRect(hit)
    QTest.mouseClick(library.search_page.hits_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: window.current is not None and window.current.path.name.startswith("npc-decision"))
    qtbot.waitUntil(lambda: window.view.textCursor().hasSelection(), timeout=CONDITION_WAIT_MS)
    assert window.view.textCursor().selectedText() == "国务院"


def test_the_concordance_shows_every_hit_in_an_800_px_window(window, qtbot, tmp_path):
    """Each column was as wide as its longest text: in a Library window 800 px wide the
    document and section column took 600 px, and the hits themselves were out of sight to the
    right, behind the horizontal scroll bar."""
    library, _ = _library(window, qtbot, tmp_path)
    library.resize(800, 600)
    library.tabs.setCurrentIndex(1)  # Search
    page = library.search_page
    type_text(page.query_edit, "國務院")
    QTest.keyClick(page.query_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.hits_view.model() is not None, timeout=WORKER_WAIT_MS)
    view, model = page.hits_view, page.hits_view.model()
    qtbot.wait(50)  # laid out
    seen = view.viewport().rect()
    group = model.index(1, 0)  # 2015-03-15 中华人民共和国立法法, a section on each hit
    assert view.isFirstColumnSpanned(1, QModelIndex())  # the document's line across the columns
    for row in range(3):
        for column in range(4):  # section, before, hit, after: each in sight
            cell = view.visualRect(model.index(row, column, group))
            assert seen.left() <= cell.left() and cell.right() <= seen.right(), (row, column, cell)
        hit = model.index(row, 2, group)
        assert view.visualRect(hit).width() >= view.fontMetrics().horizontalAdvance(hit.data())  # whole


def _notebook_shown(window, qtbot):
    """The Library window shown on its Notebook tab, the notes read."""
    library = library_of(window)
    library.show()
    qtbot.waitExposed(library)
    library.tabs.setCurrentWidget(library.notebook)
    library.notebook.reload()
    return library.notebook


def _annotated_folder(tmp_path: Path, data_dir) -> Path:
    """The folder, with a note on each company law: "first" (2018) and "second" (2023)."""
    folder = _folder(tmp_path)
    for name, quote, note in (
        ("laws/law-company-2018.md", "公司", "first"),
        ("laws/law-company-2023.md", "股东", "second"),
    ):
        session = Session.open(folder / name, data_dir)
        start = session.text.index(quote)
        session.apply(None, session.new_annotation(start, start + len(quote), note=note))
        session.save()
    return folder


def test_the_notebook_lists_every_note_and_filters_in_either_script(window, qtbot, tmp_path):
    _annotated_folder(tmp_path, window.data_dir)
    library = library_of(window)
    library.notebook.reload()
    assert [n.note for n in library.notebook.shown] == ["first", "second"]
    type_text(library.notebook.text, "股東")
    assert [n.note for n in library.notebook.shown] == ["second"]


def test_an_empty_notebook_says_how_notes_get_there_until_there_is_one(window, qtbot, tmp_path):
    view = _notebook_shown(window, qtbot)
    assert not view.notes
    assert view.hint.isVisible() and not view.list.isVisible()
    assert "H" in view.hint.text() and "N" in view.hint.text() and view.hint.textFormat() is Qt.TextFormat.PlainText
    _annotated_folder(tmp_path, window.data_dir)
    view.reload()
    assert view.list.isVisible() and not view.hint.isVisible()


def test_a_document_opened_is_catalogued_in_the_worker_and_listed(window, qtbot, tmp_path):
    from reader.core.library.catalogue import Catalogue

    path = tmp_path / "law-company-2023.md"
    shutil.copy(CORPUS / "compare" / path.name, path)
    assert window.open_path(path)
    catalogue = Catalogue(Path(window.data_dir))
    qtbot.waitUntil(lambda: any(e.path == str(path.resolve()) for e in catalogue.entries()), timeout=WORKER_WAIT_MS)
    library = library_of(window)
    library.show()
    qtbot.waitExposed(library)

    def titles() -> list[str]:
        return [library.table.model().index(r, 0).data() for r in range(library.table.model().rowCount())]

    qtbot.waitUntil(lambda: any("公司法" in (t or "") for t in titles()), timeout=WORKER_WAIT_MS)  # read in the worker


def test_a_documents_key_terms_are_shown_and_a_click_searches_for_one(window, qtbot, tmp_path):
    from reader.core.library import jobs

    library, _ = _library(window, qtbot, tmp_path)
    table = library.table
    row = next(r for r in range(table.model().rowCount()) if table.model().index(r, 2).data() == "2023-12-29")
    rect = table.visualRect(table.model().index(row, 1))
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    panel = library.key_terms
    path = table.model().index(row, 0).data(PathRole)
    assert panel.path == path
    qtbot.waitUntil(lambda: panel.list.topLevelItemCount() > 0, timeout=WORKER_WAIT_MS)
    expected = jobs.document_key_terms(str(window.data_dir), path, 30)
    shown = [panel.list.topLevelItem(i).text(0) for i in range(panel.list.topLevelItemCount())]
    assert shown == [k.term for k in expected]
    item = panel.list.topLevelItem(0)
    rect = panel.list.visualItemRect(item)
    QTest.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert library.tabs.currentIndex() == 1 and library.search_page.query_edit.text() == shown[0]
    qtbot.waitUntil(lambda: "occurrences in" in library.search_page.total_label.text(), timeout=WORKER_WAIT_MS)
    counts = {p.entry.path: p.count for p in library.search_page.chart.points}
    assert counts[path] == expected[0].count  # the term's uses in the document it was key to


def test_the_notes_chosen_export_to_word_by_document_with_title_and_date(window, qtbot, tmp_path, monkeypatch):
    import io

    from docx import Document
    from PySide6.QtWidgets import QFileDialog

    folder = _annotated_folder(tmp_path, window.data_dir)
    library, _ = _library(window, qtbot, tmp_path, folder)
    library.tabs.setCurrentIndex(2)
    view = library.notebook
    view.reload()
    second = view.list.model().index(1, 1)
    QTest.mouseClick(view.list.viewport(), Qt.MouseButton.LeftButton, pos=view.list.visualRect(second).center())
    target = tmp_path / "out" / "notebook.docx"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args, **kw: (str(target), view.tr("Word document (*.docx)"))
    )
    QTest.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    paragraphs = [(p.style.name, p.text) for p in Document(io.BytesIO(target.read_bytes())).paragraphs]
    note = view.shown[1]
    assert paragraphs[0] == ("Title", "Notebook")
    assert paragraphs[1] == ("Heading 1", note.title)
    assert paragraphs[2][1] == f"{note.date} · {note.path}" and note.date
    assert paragraphs[3] == ("Heading 2", note.section) and note.section
    assert ("Normal", "second") in paragraphs and ("Normal", "first") not in paragraphs  # the selection only


def test_a_notebook_export_that_cannot_be_written_is_said_and_nothing_is_lost(window, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    _annotated_folder(tmp_path, window.data_dir)
    view = library_of(window).notebook
    view.reload()
    blocker = tmp_path / "a file, not a folder"
    blocker.write_text("kept", encoding="utf-8")
    target = blocker / "notebook.md"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kw: (str(target), "Markdown (*.md)"))
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: said.append((title, text)))
    QTest.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    assert said and said[0][0] == "Export failed" and str(target) in said[0][1]
    assert blocker.read_text(encoding="utf-8") == "kept"
    assert [n.note for n in view.shown] == ["first", "second"]  # the notes are all still there


def test_a_notebook_export_says_what_it_wrote_where(window, qtbot, tmp_path, monkeypatch):
    """Export… wrote the file and the Library window said nothing (its status line still read
    "2 documents"); a document's own export says "Exported 2 annotations to …"."""
    from PySide6.QtWidgets import QFileDialog

    _annotated_folder(tmp_path, window.data_dir)
    view = _notebook_shown(window, qtbot)
    library = library_of(window)
    target = tmp_path / "筆記.docx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **kw: (str(target), "Word document (*.docx)"))
    QTest.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    assert target.exists()
    assert library.status.text() == f"Exported 2 notes to {target}"
    first = view.list.model().index(0, 1)
    QTest.mouseClick(view.list.viewport(), Qt.MouseButton.LeftButton, pos=view.list.visualRect(first).center())
    QTest.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    assert library.status.text() == f"Exported 1 note to {target}"


def test_a_notebooks_markdown_speaks_the_interfaces_language(window, qtbot, tmp_path, monkeypatch):
    """In a 繁體中文 window the Word file read 筆記本 and 黃色, the Markdown # Notebook and yellow
    (and " · /path" for a document without a date)."""
    from PySide6.QtWidgets import QFileDialog

    from reader.gui.language import install

    install("zh_TW")
    try:
        _annotated_folder(tmp_path, window.data_dir)
        view = _notebook_shown(window, qtbot)
        target = tmp_path / "筆記.md"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **kw: (str(target), "Markdown (*.md)"))
        QTest.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
        written = target.read_text(encoding="utf-8")
    finally:
        install("en")
    assert written.startswith("# 筆記本\n") and "Notebook" not in written
    assert written.count("<sub>黃色 · ") == 2 and "yellow" not in written
    assert "\n · " not in written  # a document without a date: its file alone, no " · " first


def test_a_notebook_with_no_note_shown_says_there_is_nothing_to_export(window, qtbot, tmp_path, monkeypatch):
    """The filter leaves no note: Export… says so and asks for no file (none is written)."""
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    _annotated_folder(tmp_path, window.data_dir)
    view = library_of(window).notebook
    view.reload()
    view.text.setFocus()
    type_text(view.text, "沒有這句話")
    assert view.shown == []
    asked, said = [], []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **kw: asked.append(a) or ("", ""))
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text, *a: said.append(text))
    QTest.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    assert asked == [] and said == ["No notes are shown, so there is nothing to export."]


def test_a_refresh_asked_while_rows_are_read_shows_what_changed_meanwhile(window, qtbot, tmp_path):
    """The rows are read in the worker, one read at a time: a refresh asked for while one is
    under way (a batch indexed, a tag given) is followed by another read, not lost."""
    from reader.core.library.catalogue import Catalogue

    library, _ = _library(window, qtbot, tmp_path)
    assert len(library.model.rows) == 5
    library.refresh()  # under way: its answer comes through the event loop, not run yet
    first = library.model.rows[0].entry
    Catalogue(Path(window.data_dir)).tag([first.identity], ["讀過"])
    with qtbot.waitSignal(library.rows_shown, timeout=WORKER_WAIT_MS):
        library.refresh()
    assert next(r for r in library.model.rows if r.entry.identity == first.identity).tags == ("讀過",)
    assert library.status.text() == "5 documents"


def test_closing_the_main_window_closes_its_library_window(window, qtbot):
    # the Library is a window of its own: left open, it kept Reader running with no main window
    library = library_of(window)
    library.show()
    qtbot.waitExposed(library)
    window.close()
    assert not library.isVisible()


def test_the_status_line_counts_the_documents_a_filter_shows(window, qtbot, tmp_path):
    library, _ = _library(window, qtbot, tmp_path)
    assert library.status.text() == "5 documents in the library"
    library.filter_edit.setFocus()
    type_text(library.filter_edit, "company")  # the two company laws, by their path
    assert library.table.model().rowCount() == 2
    assert library.status.text() == "2 of 5 documents"
    QTest.keyClick(library.filter_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(library.filter_edit, Qt.Key.Key_Backspace)
    assert library.status.text() == "5 documents"


def test_the_status_line_says_one_document_and_two_documents(window, qtbot, tmp_path):
    """Counts agree with their noun: "1 document", not "1 documents"."""
    from reader.core.library.catalogue import Catalogue

    catalogue = Catalogue(Path(window.data_dir))
    qtbot.waitUntil(lambda: len(catalogue.entries()) == 1, timeout=WORKER_WAIT_MS)  # the notice
    library = library_of(window)
    library.show()
    qtbot.waitExposed(library)
    qtbot.waitUntil(lambda: len(library.model.rows) == 1, timeout=WORKER_WAIT_MS)
    assert library.status.text() == "1 document"
    folder = tmp_path / "one"
    folder.mkdir()
    shutil.copy(CORPUS / "compare" / "law-company-2018.md", folder)
    library.add([str(folder)])
    qtbot.waitUntil(lambda: "in the library" in library.status.text(), timeout=WORKER_WAIT_MS)
    assert library.status.text() == "2 documents in the library"
    library.filter_edit.setFocus()
    type_text(library.filter_edit, "company")
    assert library.status.text() == "1 of 2 documents"


@pytest.mark.parametrize(
    "language, kinds, colours, size",
    [
        ("zh_CN", {"文本", "Markdown", "网页"}, ["黄色", "绿色", "蓝色", "粉色", "紫色", "无颜色"], "2.6 万字"),
        ("zh_TW", {"文字", "Markdown", "網頁"}, ["黃色", "綠色", "藍色", "粉色", "紫色", "無顏色"], "2.6 萬字"),
    ],
)
def test_a_chinese_interface_names_each_documents_kind_size_and_each_notes_colour(
    window, qtbot, tmp_path, language, kinds, colours, size
):
    """Under Xvfb the Library said markdown and text in its Kind column and 2.6 万字 in a
    繁體 interface, and the Notebook pink, green and none: the stored names, not the
    interface's."""
    from reader.gui.language import install

    folder = _annotated_folder(tmp_path, window.data_dir)  # a note on each company law
    install(language)
    try:
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        library = library_of(window)
        qtbot.waitExposed(library)
        library.add([str(folder)])
        qtbot.waitUntil(
            lambda: library.proxy.rowCount() == 5, timeout=WORKER_WAIT_MS
        )  # the notice and the folder's four
        proxy = library.proxy
        assert {proxy.index(r, 1).data() for r in range(proxy.rowCount())} == kinds  # the notice, the laws, the page
        company_2018 = next(r for r in range(proxy.rowCount()) if proxy.index(r, 2).data() == "2018-10-26")
        assert proxy.index(company_2018, 3).data() == size
        notebook = library.notebook
        notebook.reload()
        model = notebook.list.model()
        assert [model.index(r, 3).data() for r in range(model.rowCount())] == colours[:1] * 2
        offered = [notebook.colour.itemText(i) for i in range(notebook.colour.count())]
        assert offered[1:] == colours
    finally:
        install("en")


def test_a_notebook_filtered_to_nothing_says_so_in_place_of_the_empty_list(window, qtbot, tmp_path):
    """A search that matches no note: the list gives way to a hint that the filters hide the
    notes (not the empty notebook's "No notes yet"), and the notes come back as it is cleared."""
    _annotated_folder(tmp_path, window.data_dir)
    view = _notebook_shown(window, qtbot)
    assert view.list.isVisible() and not view.hint.isVisible()
    view.text.setFocus()
    type_text(view.text, "沒有這句話")
    assert view.shown == []
    assert view.hint.isVisible() and not view.list.isVisible()
    assert "No note matches these filters" in view.hint.text() and "2 notes" in view.hint.text()
    for _ in range(len("沒有這句話")):
        QTest.keyClick(view.text, Qt.Key.Key_Backspace)
    assert [n.note for n in view.shown] == ["first", "second"]
    assert view.list.isVisible() and not view.hint.isVisible()


def test_the_notebook_export_proposes_a_name_after_its_documents(window, qtbot, tmp_path, monkeypatch):
    """One document's notes are named after it, as its own Export Annotations names them; every
    document's after the documents (not notebook.md), in the titles' script."""
    from PySide6.QtWidgets import QFileDialog

    folder = _annotated_folder(tmp_path, window.data_dir)
    session = Session.open(folder / "laws" / "law-legislation-2015.md", window.data_dir)
    start = session.text.index("立法")
    session.apply(None, session.new_annotation(start, start + 2, note="third"))
    session.save()
    view = _notebook_shown(window, qtbot)
    proposed = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **kw: proposed.append(Path(a[2])) or ("", ""))
    QTest.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    assert proposed[-1].parent == Path.home()  # as the comparison's and the PDF's exports: not the launch's folder
    titles = list(dict.fromkeys(n.title for n in view.shown))  # the two company laws share theirs
    assert len(titles) == 2 and all(titles)
    assert proposed[-1].name == f"{titles[0]}、{titles[1]} notes.md"
    first = view.list.model().index(0, 1)
    QTest.mouseClick(view.list.viewport(), Qt.MouseButton.LeftButton, pos=view.list.visualRect(first).center())
    QTest.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    assert proposed[-1].name == f"{view.shown[0].title} notes.md"


def test_the_size_column_writes_a_count_as_the_status_bar_does(window, qtbot):
    """The notice's length: the status bar's Character 2,008 of 2,008, the Library's Size
    column said 2008 characters."""
    from reader.core.library.catalogue import Catalogue

    catalogue = Catalogue(Path(window.data_dir))
    qtbot.waitUntil(lambda: len(catalogue.entries()) == 1, timeout=WORKER_WAIT_MS)  # the notice, catalogued
    QTest.keyClick(window.view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "2,008 of 2,008" in window.status_line.position.text())
    library = library_of(window)
    library.show()
    qtbot.waitExposed(library)
    model = library.table.model()
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=WORKER_WAIT_MS)
    assert model.index(0, 3).data() == "2,008 characters"


def test_add_files_asks_in_a_dialog_named_for_adding_not_opening(window, qtbot, tmp_path, monkeypatch):
    """The Library's Add Files… opened a dialog titled Open Document: the reader could not tell
    the files would join the library rather than open."""
    from PySide6.QtWidgets import QFileDialog, QPushButton

    titles = []
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", lambda parent, title, *rest: (titles.append(title), ([], ""))[1]
    )
    library = library_of(window)
    library.show()
    button = next(b for b in library.findChildren(QPushButton) if b.text() == "Add Files…")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert titles == ["Add Files to the Library"]
