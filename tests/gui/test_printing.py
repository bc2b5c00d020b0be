"""The PDF in a hand-out style, read back from the file: its paper and margins, the faces it
embeds, the line pitch, the page numbers and the text (full-width punctuation, no radicals)."""

import contextlib
import re
import shutil
import signal
import statistics
import subprocess

import pytest
from PySide6.QtCore import Qt

from reader.core.export.handout_styles import HANDOUT_STYLES, handout_style
from reader.core.punctuation import clean_punctuation
from reader.core.scripts import Script
from reader.gui.printing import write_pdf
from reader.gui.style_fonts import family_for

pdfium = pytest.importorskip("pypdfium2")
_MM = 72 / 25.4  # points a millimetre
_RADICALS = re.compile("[\u2e80-\u2eff\u2f00-\u2fdf]")


def _tool(name: str) -> None:
    if not shutil.which(name):
        pytest.skip(f"{name} (poppler-utils) is not installed")


@pytest.fixture(params=[s.name for s in HANDOUT_STYLES])
def printed(request, window, tmp_path):
    style = handout_style(request.param)
    pdf = tmp_path / f"notice-{style.name}.pdf"
    write_pdf(pdf, window.session, Script.ORIGINAL, window.prefs, style)
    return style, pdf


def _boxes(pdf, loose: bool = False):
    """Per page: (character, left, bottom, right, top) in points, ink only (`loose`: the
    font's whole height, alike for every character of a line)."""
    document = pdfium.PdfDocument(str(pdf))
    try:
        pages = []
        for page in document:
            text = page.get_textpage()
            chars = [(text.get_text_range(i, 1), *text.get_charbox(i, loose=loose)) for i in range(text.count_chars())]
            pages.append((page.get_size(), [c for c in chars if c[0].strip()]))
        return pages
    finally:
        document.close()


def test_the_page_is_the_styles_paper_and_type_area(printed):
    style, pdf = printed
    top, bottom, left, right = (m * _MM for m in style.margins)
    pages = _boxes(pdf)
    assert len(pages) >= 2
    for (width, height), chars in pages:
        assert (round(width / _MM), round(height / _MM)) == style.page  # A4
        body = [c for c in chars if c[2] < height - top + 1 and c[4] > bottom - 1]  # inside the type area
        number = [c for c in chars if c[4] <= bottom - 1]  # the page number's line, under it
        assert len(body) + len(number) == len(chars)  # nothing in the top margin
        assert min(c[1] for c in body) >= left - 1
        assert max(c[3] for c in body) <= width - right + 1
        assert number, "every page has its number under the type area"
    # the first line starts at the top of the type area, the justified lines reach its right edge
    (width, height), chars = pages[0]
    assert max(c[4] for c in chars) > height - top - 3 * style.title.size
    assert max(c[3] for c in chars) > width - right - style.body.size


def test_page_numbers_in_the_styles_form_and_side(printed):
    style, pdf = printed
    _, left, _, right = (m * _MM for m in style.margins)
    for n, ((width, _height), chars) in enumerate(_boxes(pdf), start=1):
        line = [c for c in chars if c[4] <= style.margins[1] * _MM - 1]
        text = "".join(c[0] for c in sorted(line, key=lambda c: c[1]))
        assert text == style.page_number_format.format(n).replace(" ", "")
        centre = (min(c[1] for c in line) + max(c[3] for c in line)) / 2
        if style.outside_page_numbers:  # GB/T 9704: odd pages at the right, even at the left
            assert (centre > width / 2) == (n % 2 == 1)
        else:
            assert abs(centre - width / 2) < 20


def test_gongwen_lines_keep_the_standards_pitch(window, tmp_path):
    style = handout_style("gongwen")
    pdf = tmp_path / "notice.pdf"
    write_pdf(pdf, window.session, Script.ORIGINAL, window.prefs, style)
    (_, height), chars = _boxes(pdf, loose=True)[1]  # a page of body text
    bottoms = sorted({round(c[2], 1) for c in chars if c[2] > style.margins[1] * _MM and "\u4e00" <= c[0] <= "\u9fff"})
    steps = [b - a for a, b in zip(bottoms, bottoms[1:]) if b - a > 1]
    assert abs(statistics.median(steps) - style.line_pitch) < 0.2  # 22 lines of 三号 in 225 mm
    assert style.line_pitch == pytest.approx(225 / 22 * 72 / 25.4)


def test_the_pdf_embeds_the_styles_faces_and_a_bold_title(printed):
    """Each face is the first of its chain installed here: where 方正小标宋 and 仿宋_GB2312 are
    missing, a named free face (Noto Serif CJK), and for the title a real bold cut."""
    _tool("pdffonts")
    style, pdf = printed
    rows = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout.splitlines()[2:]
    names = [row.split()[0].lower() for row in rows]
    assert all(row.split()[-5] == "yes" for row in rows)  # embedded
    for text in (style.title, style.body):
        family = family_for(text.face, "zh-TW")
        if not family:
            pytest.skip("no face of the style's chains is installed")
        key = family.replace(" ", "").lower()
        assert any(key in name for name in names), (family, names)
    title = family_for(style.title.face, "zh-TW")
    if title != style.title.face.traditional:  # a stand-in: its Bold cut, not a smeared regular
        key = title.replace(" ", "").lower()
        assert any(key in name and "bold" in name for name in names), names


def test_the_pdf_text_is_the_document_with_full_width_punctuation(printed, window):
    _tool("pdftotext")
    style, pdf = printed
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert not _RADICALS.search(text)  # 工, never ⼯
    assert "，" in text and not re.search(r"[\u4e00-\u9fff],", text)
    pages = [page for page in text.split("\f") if page.strip()]
    body = "".join("".join(page.strip().split("\n")[:-1]) for page in pages)  # less the page numbers
    assert "".join(body.split()) == "".join(clean_punctuation(window.session.view(Script.ORIGINAL).text).split())


def test_print_names_the_job_and_its_pdf_after_the_document(window, qtbot, tmp_path, monkeypatch):
    """File ▸ Print proposed ~/print.pdf in Qt's dialog and printed a PDF with no title: the
    job is named for the document, as the script shows its title."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    target = tmp_path / "printed.pdf"
    seen = []

    def answer(dialog):
        printer = dialog.printer()
        seen.append(printer.docName())
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        return 1

    monkeypatch.setattr(QPrintDialog, "exec", answer)
    window.actions["print"].trigger()
    title = window.session.title_in(window.current.script)
    assert seen == [title] and target.exists()
    data = target.read_bytes()
    assert b"/Title" in data and title.encode("utf-16-be") in data


def test_digits_in_a_latin_run_stay_in_the_pdf_text(window, tmp_path):
    """Noto CJK's localised forms drew "12" in a note's Latin words with glyphs Qt's PDF writer
    could name no text for: copying "Article 12 of 2022" from the PDF gave "Article  of :"."""
    _tool("pdftotext")
    from reader.core.annotations.model import Annotation

    session = window.session
    start = session.text.index("根據《中共")
    note = "Article 12 of 2022, see [3] and 1. above"
    session.apply(None, Annotation.on_text(session.text, start, start + 5, colour="yellow", note=note))
    pdf = tmp_path / "notes.pdf"
    write_pdf(pdf, session, Script.ORIGINAL, window.prefs)
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert f"[1] {note}" in " ".join(text.split())


def _export_pdf_to(window, qtbot, monkeypatch, target) -> list[str]:
    """File ▸ Export as PDF (Ctrl+Shift+P) into `target`; the warnings it shows."""
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *a, **k: (str(target), ""))
    warnings = []
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.warning", lambda *a: warnings.append(a[2]))
    modifiers = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window.view, Qt.Key.Key_P, modifiers)
    return warnings


def test_export_as_pdf_where_no_file_can_be_made_says_so(window, qtbot, monkeypatch, tmp_path):
    """A folder that cannot be written to: Qt wrote nothing and said nothing, and the window
    went on to read the missing file (NotADirectoryError here, FileNotFoundError in a read-only
    folder, raised in the slot; no message)."""
    (tmp_path / "not-a-folder").write_text("a file", encoding="utf-8")
    target = tmp_path / "not-a-folder" / "notice.pdf"
    warnings = _export_pdf_to(window, qtbot, monkeypatch, target)
    assert len(warnings) == 1 and str(target) in warnings[0]


@contextlib.contextmanager
def _disk_fills_at(size: int):
    """Files cannot grow past `size` bytes (RLIMIT_FSIZE): a disk that fills part way."""
    resource = pytest.importorskip("resource")
    limits = resource.getrlimit(resource.RLIMIT_FSIZE)
    handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails (EFBIG)
    resource.setrlimit(resource.RLIMIT_FSIZE, (size, limits[1]))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, limits)
        signal.signal(signal.SIGXFSZ, handler)


def test_export_as_pdf_on_a_full_disk_says_so_and_keeps_the_last_pdf(window, qtbot, monkeypatch, tmp_path):
    """A disk that fills part way: Qt stopped writing and said nothing; the last good PDF there
    was cut to 64 KiB and the window raised PdfStreamError. Now it is said and the file is as
    it was."""
    target = tmp_path / "hand-outs" / "notice.pdf"
    target.parent.mkdir()
    target.write_bytes(b"%PDF-1.4 the last good hand-out\n%%EOF\n")
    with _disk_fills_at(64 * 1024):
        warnings = _export_pdf_to(window, qtbot, monkeypatch, target)
    assert target.read_bytes() == b"%PDF-1.4 the last good hand-out\n%%EOF\n"
    assert len(warnings) == 1 and str(target) in warnings[0]
    assert list(target.parent.iterdir()) == [target]  # no draft left beside it


def test_export_annotations_as_pdf_on_a_full_disk_says_so(window, qtbot, monkeypatch, tmp_path):
    """Export Annotations ▸ PDF drew its draft in the temporary folder: when that filled, the
    window raised PdfStreamError and said nothing."""
    start = window.session.text.index("習近平同志為核心")
    window.view.select_original(start, start + 8)
    qtbot.keyClick(window.view, Qt.Key.Key_1)
    warnings = []
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.warning", lambda *a: warnings.append(a[2]))
    target = tmp_path / "notice.pdf"
    with _disk_fills_at(64 * 1024):
        assert not window.current.exchange.export_to("pdf", Script.SIMPLIFIED, "all", target)
    assert not target.exists()
    assert len(warnings) == 1 and str(target) in warnings[0]
