import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from reader.core.punctuation import clean_punctuation
from reader.core.scripts import Script
from tests.core.export.docx_text import docx_text
from tests.gui.conftest import WORKER_WAIT_MS, answer_dialog, type_text


def highlight(window, qtbot, text, key=Qt.Key.Key_1):
    start = window.session.text.index(text)
    window.view.select_original(start, start + len(text))
    qtbot.keyClick(window.view, key)


def test_export_dialog_from_the_keyboard(window, qtbot, tmp_path):
    highlight(window, qtbot, "習近平同志為核心")
    target = tmp_path / "notes.md"

    def fill(dialog):
        dialog.format.setFocus()
        qtbot.keyClick(dialog.format, Qt.Key.Key_Home)  # Markdown
        qtbot.keyClick(dialog, Qt.Key.Key_Tab)
        assert dialog.script.hasFocus()
        dialog.script.setCurrentIndex(dialog.script.findData("simplified"))
        dialog.path.setText(str(target))
        qtbot.keyClick(dialog.path, Qt.Key.Key_Return)  # the default button saves

    answer_dialog(qtbot, fill)
    qtbot.keyClick(window.view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    text = target.read_text(encoding="utf-8")
    assert text.startswith("# 全国总工会印发关于认真学习宣传贯彻党的二十大精神的通知")
    assert "> 习近平同志为核心" in text
    # the choices are remembered
    assert window.settings.value("export/script") == "simplified"
    assert window.settings.value("export/format") == "md"


def test_copy_as_markdown(window, qtbot):
    highlight(window, qtbot, "工匠精神")
    qtbot.keyClick(window.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert "> 工匠精神" in QApplication.clipboard().text()


def test_import_reports_and_undoes(window, qtbot, tmp_path, monkeypatch):
    highlight(window, qtbot, "工匠精神")
    exported = tmp_path / "notes.json"
    assert window.exchange.export_to("json", Script.TRADITIONAL, "all", exported)
    data = json.loads(exported.read_text(encoding="utf-8"))
    data["first"]["items"][0]["id"] = "urn:uuid:00000000-0000-4000-8000-000000000009"
    exported.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    messages = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: messages.append(a[2]))
    assert window.exchange.import_from(exported)
    assert messages == ["1 added, 0 updated, 0 already present, 0 not found in the text."]
    assert len(window.session.annotations) == 2
    window.undo_group.undo()
    assert len(window.session.annotations) == 1


def test_a_bad_import_changes_nothing(window, qtbot, tmp_path, monkeypatch):
    highlight(window, qtbot, "工匠精神")
    bad = tmp_path / "bad.json"
    bad.write_text('{"type": "AnnotationCollection", "first": {"items": [{"type": "Nope"}]}}', encoding="utf-8")
    warnings = []
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.warning", lambda *a: warnings.append(a[2]))
    assert not window.exchange.import_from(bad)
    assert str(bad) in warnings[0] and "not a Web Annotation" in warnings[0]
    assert len(window.session.annotations) == 1


def test_a_comment_without_colour(window, qtbot):
    start = window.session.text.index("開展集中宣講")
    window.view.select_original(start, start + 6)
    answer_dialog(
        qtbot,
        lambda d: (
            type_text(d.edit, "備註"),
            qtbot.keyClick(d.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier),
        ),
    )
    qtbot.keyClick(window.view, Qt.Key.Key_C)
    [a] = list(window.session.annotations)
    assert a.colour is None and a.note == "備註"
    fmt = window.view.layers.shown["highlights"][0].format
    assert fmt.fontUnderline()


def test_traditional_variants_for_a_simplified_original(make_window, qtbot, tmp_path):
    doc = tmp_path / "simplified.txt"
    doc.write_text("我的鼠标和内存，软件信息很好。\n\n鼠标很好用。", encoding="utf-8")
    window = make_window(doc)
    assert window.actions["variant_s2twp"].isEnabled()
    start = window.session.text.index("软件")
    window.view.select_original(start, start + 2)
    qtbot.keyClick(window.view, Qt.Key.Key_2)
    window.actions["variant_s2twp"].trigger()
    qtbot.keyClick(window.view, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.view.toPlainText().startswith("我的滑鼠和記憶體，軟體資訊很好。")
    assert "Traditional: Taiwan with Taiwanese Phrases" in window.status_line.script.text()
    # the highlight sits on 軟體, after a phrase that grew by one character
    assert window.view.layers.shown["highlights"][0].cursor.selectedText() == "軟體"
    window.actions["variant_s2hk"].trigger()
    assert window.view.toPlainText().startswith("我的鼠標和內存，軟件信息很好。")
    assert window.view.layers.shown["highlights"][0].cursor.selectedText() == "軟件"


def test_variants_are_off_for_a_traditional_original(window):
    assert not window.actions["variant_s2tw"].isEnabled()
    assert window.status_line.script.text() == "Original: 繁體"


def test_export_dialog_writes_word_with_the_chosen_colours_and_remembers(window, qtbot, tmp_path):
    import io

    from docx import Document

    highlight(window, qtbot, "習近平同志為核心")  # key 1: yellow
    highlight(window, qtbot, "工匠精神", Qt.Key.Key_3)  # blue
    [blue] = [a for a in window.session.annotations if a.colour == "blue"]
    window.controller.push(blue, blue.edited(note="三種精神"), "note")
    target = tmp_path / "notes.docx"

    def fill(dialog):
        assert dialog.format.currentData() == "docx"  # a hand-out, the first time
        dialog.format.setCurrentIndex(dialog.format.findData("md"))
        assert not dialog.whole_text.isEnabled()  # Markdown holds quotes only
        dialog.format.setCurrentIndex(dialog.format.findData("docx"))
        assert dialog.path.text().endswith(".docx") and dialog.whole_text.isEnabled()
        dialog.colours["yellow"].setChecked(False)
        dialog.whole_text.setChecked(True)
        dialog.script.setCurrentIndex(dialog.script.findData("simplified"))
        dialog.path.setText(str(target))
        qtbot.keyClick(dialog.path, Qt.Key.Key_Return)

    answer_dialog(qtbot, fill)
    qtbot.keyClick(window.view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    document = Document(io.BytesIO(target.read_bytes()))
    body = "".join(p.text for p in document.paragraphs)
    printed = clean_punctuation(window.session.view(Script.SIMPLIFIED).text)  # full-width, as the page shows it
    assert "".join(body.split()) == "".join(printed.split())
    assert not list(document.comments) and "f1: 三種精神" in docx_text(target.read_bytes())  # a footnote
    shaded = [r.text for p in document.paragraphs for r in p.runs if r._r.rPr is not None and "w:shd" in r._r.rPr.xml]
    assert shaded == ["工匠精神"]  # the yellow one was left out
    from reader.gui.export_dialog import ExportDialog

    again = ExportDialog(window.settings, "notes", Script.ORIGINAL, window)  # the next time: as left
    qtbot.addWidget(again)
    seen = (
        again.format.currentData(),
        again.script.currentData(),
        again.whole_text.isChecked(),
        sorted(n for n, box in again.colours.items() if box.isChecked()),
        again.path.text(),
    )
    assert seen == (
        "docx",
        "simplified",
        True,
        ["blue", "green", "none", "pink", "purple"],
        str(tmp_path / "notes.docx"),
    )


def test_export_dialog_needs_a_colour_and_a_file(window, qtbot):
    from PySide6.QtWidgets import QDialogButtonBox

    from reader.gui.export_dialog import ExportDialog

    dialog = ExportDialog(window.settings, "notes", Script.ORIGINAL, window)
    qtbot.addWidget(dialog)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert save.isEnabled()
    for box in dialog.colours.values():
        box.setChecked(False)
    assert not save.isEnabled()
    dialog.colours["none"].setChecked(True)
    assert save.isEnabled() and dialog.choice().colours == frozenset({"none"})
    dialog.path.setText("")
    assert not save.isEnabled()


def test_colour_labels_and_commands_come_from_the_style_table(window):
    from reader.core.annotations.styles import HIGHLIGHT_STYLES
    from reader.gui import palette

    # every English text of the table is marked for lupdate, or its translation would be dropped
    assert set(palette.MARKED) == {s.label for s in HIGHLIGHT_STYLES} | {s.command for s in HIGHLIGHT_STYLES}
    for i, style in enumerate(HIGHLIGHT_STYLES, start=1):
        assert window.actions[f"colour_{i}"].text() == palette.command_text(style)
        assert palette.highlight_colour(style.name, 255).name() == style.light
        assert palette.highlight_colour(style.name, 255, dark=True).name() == style.dark
    assert window.exchange.export_labels().colours == palette.labels()


SIMPLIFIED_DOC = "关于软件和信息服务的通知\n\n一、总体要求\n\n我们的鼠标和内存都很好，工人日报发表了评论。\n\n二、工作重点\n\n发展软件产业，保护发生的权益。\n"


@pytest.mark.parametrize("family", ["Noto Serif CJK SC", "WenQuanYi Micro Hei"])
@pytest.mark.parametrize("document", ["notice", "simplified"])
@pytest.mark.parametrize("script", list(Script), ids=lambda s: s.value)
def test_the_pdf_text_layer_is_the_text_in_every_script(
    qapp, tmp_path, data_dir, notice_copy, family, document, script
):
    """What pdftotext reads from the PDF is the document in the chosen script (with Noto CJK,
    whose shared glyphs made Qt write ⼯ for 工, and with WenQuanYi), for a Traditional and a
    Simplified original, with a highlight and a note on the page."""
    import shutil
    import subprocess

    from reader.core.session import Session
    from reader.gui.printing import write_pdf
    from reader.gui.reading_prefs import ReadingPrefs, chinese_families

    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) is not installed")
    if family not in chinese_families():
        pytest.skip(f"{family} is not installed")
    path = notice_copy
    if document == "simplified":
        path = tmp_path / "simplified.txt"
        path.write_text(SIMPLIFIED_DOC, encoding="utf-8")
    session = Session.open(path, data_dir)
    start = session.text.index("工人")
    session.apply(None, session.new_annotation(start, start + 2, note="注"))
    pdf = tmp_path / "out.pdf"
    write_pdf(pdf, session, script, ReadingPrefs(), family=family)
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout
    assert family.replace(" ", "").lower() in fonts.replace(" ", "").lower()
    extracted = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    pages = [page.strip().split("\n") for page in extracted.split("\f") if page.strip()]
    body = "".join("".join(lines[:-1]) for lines in pages)  # the last line of a page is its number
    shown = clean_punctuation(session.view(script).text)  # full-width, as the page shows it
    i = shown.index("工人")
    j = shown.find("\n", i) if "\n" in shown[i:] else len(shown)
    # the passage, its note's marker after it, the note after its paragraph
    expected = shown[: i + 2] + "[1]" + shown[i + 2 : j] + "[1]注" + shown[j:]
    assert "".join(body.split()) == "".join(expected.split())


def test_a_chinese_interface_writes_the_metadata_in_chinese(window):
    from reader.core.annotations.model import Annotation
    from reader.gui.language import install

    a = Annotation.on_text("abc", 0, 1, colour="yellow", style="highlight", modified="2026-12-05T14:30:00+08:00")
    try:
        install("zh_CN")
        labels = window.exchange.export_labels()
        assert labels.meta(labels.style(a), labels.format_date(a.modified)) == "黄色标注，2026年12月5日 14:30"
        assert labels.style(a.edited(style="underline", colour="blue")) == "蓝色下划线"
    finally:
        install("en")
    labels = window.exchange.export_labels()
    assert labels.style(a) == "yellow" and labels.separator == " · "


def test_export_dialog_offers_pdf_and_the_gongwen_style_and_names_the_file_after_the_title(window, qtbot, tmp_path):
    import shutil
    import subprocess

    from reader.gui.export_dialog import ExportDialog
    from reader.gui.language import install

    highlight(window, qtbot, "習近平同志為核心")
    title = window.session.title_in(window.script)
    seen = {}

    def fill(dialog):
        seen["path"] = dialog.path.text()
        assert dialog.format.findData("pdf") >= 0  # every format, PDF included
        dialog.style.setCurrentIndex(dialog.style.findData("gongwen"))
        dialog.whole_text.setChecked(True)
        assert not dialog.summary.isEnabled()  # the table heads the quotes, not the whole text
        dialog.whole_text.setChecked(False)
        dialog.summary.setFocus()
        qtbot.keyClick(dialog.summary, Qt.Key.Key_Space)
        assert dialog.summary.isChecked()
        dialog.path.setText(str(tmp_path / "hand-out.docx"))
        qtbot.keyClick(dialog.path, Qt.Key.Key_Return)

    answer_dialog(qtbot, fill)
    qtbot.keyClick(window.view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert Path(seen["path"]).name == f"{title} notes.docx"
    from docx import Document

    document = Document(str(tmp_path / "hand-out.docx"))
    assert document.sections[0].top_margin.mm == pytest.approx(37, abs=0.1)  # 公文's page
    [table] = document.tables  # the summary: a row per section, the totals last
    assert [c.text for c in table.rows[0].cells] == ["Section", "yellow"]
    assert [c.text for c in table.rows[-1].cells] == ["Total", "1"]

    def pdf(dialog):
        seen["style"] = dialog.style.currentData()  # remembered
        dialog.format.setCurrentIndex(dialog.format.findData("pdf"))
        assert dialog.path.text().endswith(".pdf") and dialog.style.isEnabled()  # the PDF takes the style too
        assert dialog.summary.isChecked() and not dialog.summary.isEnabled()  # remembered; Word only
        assert not dialog.scope.isEnabled() and not dialog.colours_row.isEnabled()
        qtbot.keyClick(dialog.path, Qt.Key.Key_Return)

    answer_dialog(qtbot, pdf)
    window.exchange.export_dialog()  # as Ctrl+E (a second key press is lost on the offscreen platform)
    assert seen["style"] == "gongwen"
    written = tmp_path / f"{title} notes.pdf"  # the folder remembered, the name proposed
    assert written.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(written), "-"], capture_output=True, text=True).stdout
        assert "習近平同志為核心" in text
        assert "—1—" in text.replace(" ", "")  # in the 公文 style chosen, as the Word file
    try:
        # the name's words in the title's script, not the interface's: 繁體 with 繁體
        install("zh_CN")
        assert window.exchange.file_stem() == f"{title}學習筆記"
        again = ExportDialog(window.settings, window.exchange.file_stem(), Script.ORIGINAL, window)
        qtbot.addWidget(again)
        assert again.format.currentData() == "pdf" and Path(again.path.text()).name == f"{title}學習筆記.pdf"
        window.current.set_script(Script.SIMPLIFIED)
        qtbot.waitUntil(lambda: window.script is Script.SIMPLIFIED, timeout=WORKER_WAIT_MS)
        install("zh_TW")
        simplified = window.session.title_in(Script.SIMPLIFIED)
        assert simplified != title and window.exchange.file_stem() == f"{simplified}学习笔记"
    finally:
        install("en")


def test_the_pdf_sets_paragraphs_justified_with_a_two_character_indent(qapp, tmp_path, data_dir, notice_copy):
    """Chinese print: each paragraph's first line two characters in, the others flush, every
    full line ending at the right margin; full-width commas, as on the page."""
    import re
    import shutil
    import subprocess

    from reader.core.session import Session
    from reader.gui.printing import write_pdf

    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) is not installed")
    session = Session.open(notice_copy, data_dir)
    pdf = tmp_path / "out.pdf"
    write_pdf(pdf, session, Script.TRADITIONAL)
    boxes = subprocess.run(["pdftotext", "-bbox", "-f", "1", "-l", "1", str(pdf), "-"], capture_output=True, text=True)
    lines = [
        (float(x0), float(x1), text)
        for x0, x1, text in re.findall(r'<word xMin="([\d.]+)"[^>]*xMax="([\d.]+)"[^>]*>([^<]*)</word>', boxes.stdout)
    ]
    [first] = [i for i, (_, _, text) in enumerate(lines) if text.startswith("根據《中共中央")]
    left = lines[first + 1][0]
    assert lines[first][0] - left == pytest.approx(24, abs=1)  # two characters of the study style's 12 pt
    assert lines[first][1] == pytest.approx(lines[first + 1][1], abs=1)  # justified: the same right edge
    assert "要求，全國總工會" in "".join(text for _, _, text in lines[first : first + 2])


def test_exporting_a_document_without_annotations_says_so_and_writes_nothing(window, qtbot, tmp_path):
    """Ctrl+E with no highlight or note: a message that there is nothing to export, no export
    dialog and no near-empty hand-out; Ctrl+Shift+C leaves the clipboard as it was."""
    assert len(window.session.annotations) == 0
    seen = []

    def answer(dialog):
        seen.append(dialog)
        if isinstance(dialog, QMessageBox):
            seen.append(dialog.text())
            qtbot.keyClick(dialog, Qt.Key.Key_Return)
        else:  # the old code: the export dialog, which wrote "0 annotations"
            dialog.path.setText(str(tmp_path / "notes.md"))
            qtbot.keyClick(dialog.path, Qt.Key.Key_Return)

    answer_dialog(qtbot, answer)
    qtbot.keyClick(window.view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert not (tmp_path / "notes.md").exists()
    assert isinstance(seen[0], QMessageBox), seen
    assert "no annotations" in seen[1] and "nothing to export" in seen[1]
    QApplication.clipboard().setText("before")
    window.activateWindow()  # back from the message, as a click on the window would
    qtbot.waitUntil(window.isActiveWindow)
    window.view.setFocus()
    answer_dialog(qtbot, lambda dialog: (seen.append(dialog.text()), qtbot.keyClick(dialog, Qt.Key.Key_Return)))
    qtbot.keyClick(window.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.clipboard().text() == "before"
    assert seen[2] == seen[1]  # every export path says it in the same words


def test_an_export_whose_choices_match_no_annotation_writes_nothing(window, qtbot, tmp_path, monkeypatch):
    """One highlight without a note, "Only those with notes" chosen: said, nothing written."""
    highlight(window, qtbot, "工匠精神")
    messages = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: messages.append(a[2]))
    target = tmp_path / "notes.docx"

    def fill(dialog):
        dialog.format.setCurrentIndex(dialog.format.findData("docx"))
        dialog.scope.setFocus()
        dialog.scope.setCurrentIndex(dialog.scope.findData("noted"))
        dialog.path.setText(str(target))
        qtbot.keyClick(dialog.path, Qt.Key.Key_Return)

    answer_dialog(qtbot, fill)
    qtbot.keyClick(window.view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert not target.exists()
    assert len(messages) == 1 and "chosen" in messages[0] and "nothing was exported" in messages[0]
    assert "Exported" not in window.statusBar().currentMessage()
