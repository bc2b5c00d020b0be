import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from reader.core.scripts import Script
from tests.gui.conftest import answer_dialog, type_text


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
    monkeypatch.setattr("reader.gui.main_window.QMessageBox.warning", lambda *a: warnings.append(a[2]))
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
    fmt = window.view._layers["highlights"][0].format
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
    assert "OpenCC s2twp" in window.status_line.script.text()
    # the highlight sits on 軟體, after a phrase that grew by one character
    assert window.view._layers["highlights"][0].cursor.selectedText() == "軟體"
    window.actions["variant_s2hk"].trigger()
    assert window.view.toPlainText().startswith("我的鼠標和內存，軟件信息很好。")
    assert window.view._layers["highlights"][0].cursor.selectedText() == "軟件"


def test_variants_are_off_for_a_traditional_original(window):
    assert not window.actions["variant_s2tw"].isEnabled()
    assert "original: 繁體" in window.status_line.script.text()
