import shutil
import subprocess

import pytest
from PySide6.QtCore import QPoint, Qt

from reader.core.progress import progress_path
from reader.core.punctuation import clean_punctuation
from reader.core.scripts import Script
from reader.gui.page_typesetting import DOC_MARGIN
from reader.gui.printing import write_pdf
from reader.models.outline_model import read_icon
from tests.gui.conftest import WORKER_WAIT_MS, type_text


@pytest.fixture
def terms(window, qtbot, words):
    qtbot.waitUntil(lambda: window.keyterm_model.rowCount() == 30, timeout=WORKER_WAIT_MS)
    return window.keyterm_model


def shown_terms(model):
    return [model.index(i).data().split("  (")[0] for i in range(model.rowCount())]


def test_key_terms_panel_in_both_scripts(qtmodeltester, window, terms):
    qtmodeltester.check(terms)
    assert {"二十大", "工會", "職工"} <= set(shown_terms(terms))
    window.current.set_script(Script.SIMPLIFIED)
    assert {"二十大", "工会", "职工"} <= set(shown_terms(terms))
    first = terms.index(0).data()
    assert first.startswith("二十大  (") and first.endswith(f"({window.session.text.count('二十大')})")


def test_section_tooltips_name_their_key_terms(window, terms):
    index = window.outline_model.index(5, 0)
    assert "Key terms: 二十大、工會、學習" in index.data(Qt.ItemDataRole.ToolTipRole)


def test_choosing_a_term_marks_it_and_draws_the_strip(window, qtbot, terms):
    row = shown_terms(terms).index("工會")
    index = terms.index(row)
    window.keyterm_dock.show()
    window.keyterm_dock.raise_()
    window.keyterm_list.setFocus()
    window.keyterm_list.setCurrentIndex(index)
    qtbot.keyClick(window.keyterm_list, Qt.Key.Key_Return)
    count = window.session.text.count("工會")
    assert window.find_bar.isVisible() and window.find_bar.edit.text() == "工會"
    assert len(window.view.layers.shown["hits"]) == count
    strip = window.strip
    assert strip.isVisible() and len(strip.occurrences) == count
    # a click on the last tick jumps to the last occurrence
    last = strip.occurrences[-1]
    qtbot.mouseClick(strip, Qt.MouseButton.LeftButton, pos=QPoint(strip.width() // 2, round(strip.y_of(last[0]))))
    assert window.view.selected_range() == last
    assert window.find_bar.count.text() == f"{count} / {count}"
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Escape)
    assert not strip.isVisible()


def test_find_leaves_the_page_its_width(window, qtbot):
    """The strip of hits lies over the page's right margin: the page keeps its width, so
    opening or closing find never lays the whole document out again (a book's 855,000
    characters, in slices, the passage on screen moving meanwhile), and no text is covered."""
    view, strip = window.view, window.strip
    window.resize(900, 700)  # a page too narrow for side margins: the strip was taken from its width
    qtbot.waitUntil(lambda: view.viewportMargins().left() == 0)
    width, text_width = view.viewport().width(), view.document().textWidth()
    qtbot.keyClick(view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    type_text(window.find_bar.edit, "工會")
    qtbot.waitUntil(lambda: strip.isVisible() and len(strip.occurrences) > 3)
    assert (view.viewport().width(), view.document().textWidth()) == (width, text_width)
    port = view.viewport().geometry()
    assert strip.geometry().right() == port.right() and strip.height() == port.height()
    assert strip.geometry().left() >= port.right() - DOC_MARGIN  # over the margin, not the text
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Escape)
    assert not strip.isVisible() and view.viewport().width() == width


def test_reading_progress(make_window, qtbot, monkeypatch):
    window = make_window()
    window.progress.timer.stop()  # ticks by hand: one call is one second on screen
    first, second = window.session.progress.sections[:2]
    monkeypatch.setattr(window.view, "visible_range", lambda: (first[0], second[0] + 40))
    for _ in range(int(len(window.session.text[first[0] : first[1]]) / 8) + 1):
        window.progress.tick()
    assert first in window.session.progress.read and second not in window.session.progress.read
    index = window.outline_model.index(0, 0)
    assert index.data(Qt.ItemDataRole.DecorationRole).cacheKey() == read_icon().cacheKey()
    assert window.progress.label.text() == f"Read {round(100 * window.session.progress.share_read)}%"
    assert progress_path(window.session.store.path).exists()
    window.close()
    again = make_window()
    assert first in again.session.progress.read  # kept beside the annotations
    again.actions["reset_progress"].trigger()
    assert again.session.progress.read == set() and again.progress.label.text() == "Read 0%"


def test_pdf_holds_the_highlighted_passages(window, qtbot, tmp_path):
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) is not installed")
    text = window.session.text
    for passage, note in (("習近平同志為核心", "核心要點"), ("大力弘揚勞模精神、勞動精神、工匠精神", "")):
        start = text.index(passage)
        window.controller.push(None, window.session.new_annotation(start, start + len(passage), note=note), "add")
    pdf = tmp_path / "notice.pdf"
    write_pdf(pdf, window.session, Script.SIMPLIFIED, window.prefs)
    extracted = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    flat = "".join(extracted.split())
    assert "习近平同志为核心[1]" in flat
    assert "大力弘扬劳模精神、劳动精神、工匠精神" in flat
    assert "[1]核心要點" in flat
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout
    assert "yes" in fonts.splitlines()[2]  # the font is embedded


@pytest.mark.parametrize("family", ["Noto Serif CJK SC", "Noto Sans CJK SC", "WenQuanYi Micro Hei"])
@pytest.mark.parametrize("script", [Script.ORIGINAL, Script.SIMPLIFIED])
def test_the_pdf_text_layer_is_the_document_text(window, tmp_path, family, script):
    """Copying or searching the PDF gives the document's characters, never a radical that
    shares their glyph (Noto CJK draws ⼯ and 工 alike)."""
    from reader.gui.reading_prefs import chinese_families

    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) is not installed")
    if family not in chinese_families():
        pytest.skip(f"{family} is not installed")
    pdf = tmp_path / "notice.pdf"
    write_pdf(pdf, window.session, script, window.prefs, family=family)
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout
    assert family.replace(" ", "").lower() in fonts.replace(" ", "").lower()  # the test really used that font
    extracted = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    pages = [page.strip().split("\n") for page in extracted.split("\f") if page.strip()]
    assert [lines[-1] for lines in pages] == [str(n) for n in range(1, len(pages) + 1)]  # page numbers
    body = "".join("".join(lines[:-1]) for lines in pages)
    shown = clean_punctuation(window.session.view(script).text)  # full-width, as the page shows it
    assert "".join(body.split()) == "".join(shown.split())
