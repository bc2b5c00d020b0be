import json

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QPalette
from PySide6.QtWidgets import QApplication

from reader.app import open_settings
from reader.core.scripts import Script
from reader.gui.preferences import PreferencesDialog
from reader.gui.reading_prefs import ReadingPrefs
from reader.gui.settings_reading import reading_prefs
from reader.gui.theme import palette_for


def shown_text(window) -> str:
    return window.view.document().toRawText().replace("\u2029", "\n")


def first_body_block(window):
    doc = window.view.document()
    start = window.view.positions.to_qt(window.session.outline.sections[1].start)
    return doc.findBlock(start)


def test_each_preference_applies_and_persists(make_window, qtbot, data_dir):
    window = make_window()
    dialog = PreferencesDialog(window.prefs, window)
    qtbot.addWidget(dialog)
    dialog.prefsChanged.connect(window.apply_prefs)
    select_start = window.session.text.index("工匠精神")
    window.view.select_original(select_start, select_start + 4)

    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    assert QApplication.palette().color(QPalette.ColorRole.Base) == palette_for("dark").color(QPalette.ColorRole.Base)
    assert window.view.selected_range() == (select_start, select_start + 4)  # a theme switch keeps the selection
    dialog.size.setValue(20)
    assert abs(window.view.font().pointSizeF() - 20) < 0.01
    dialog.line_height.setValue(200)
    assert first_body_block(window).blockFormat().lineHeight() == 200
    dialog.spacing.setValue(1.5)
    assert abs(first_body_block(window).blockFormat().bottomMargin() - 1.5 * window.view.fontMetrics().height()) < 1
    assert first_body_block(window).blockFormat().textIndent() > 0
    dialog.indent.setChecked(False)
    assert first_body_block(window).blockFormat().textIndent() == 0
    window.resize(1600, 900)
    margins = window.view.viewportMargins().left()
    dialog.width.setValue(20)
    assert window.view.viewportMargins().left() > margins
    assert "指出，學習" in shown_text(window)
    dialog.punctuation.setChecked(False)
    assert "指出,學習" in shown_text(window)
    assert window.view.selected_range() == (select_start, select_start + 4)

    saved = reading_prefs(open_settings(data_dir))
    assert saved == ReadingPrefs(
        theme="dark",
        font_family=saved.font_family,
        font_size=20,
        line_height=200,
        paragraph_spacing=1.5,
        indent=False,
        max_width=20,
        clean_punctuation=False,
    )
    window.close()
    again = make_window()
    assert again.prefs == saved
    assert abs(again.view.font().pointSizeF() - 20) < 0.01
    assert "指出,學習" in shown_text(again)
    again.apply_prefs(ReadingPrefs())  # back to the defaults for the tests that follow


def test_restore_defaults(window, qtbot):
    dialog = PreferencesDialog(ReadingPrefs(font_size=30, indent=False), window)
    qtbot.addWidget(dialog)
    changes = []
    dialog.prefsChanged.connect(changes.append)
    from PySide6.QtWidgets import QDialogButtonBox

    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.RestoreDefaults).click()
    assert changes[-1].font_size == ReadingPrefs().font_size and changes[-1].indent


def test_clean_punctuation_never_reaches_stored_or_exported_text(window, qtbot, tmp_path):
    start = window.session.text.index("《通知》指出,學習")
    window.view.select_original(start, start + 9)
    assert window.view.textCursor().selectedText() == "《通知》指出，學習"  # shown full-width
    window.copy()
    assert QApplication.clipboard().text() == "《通知》指出,學習"  # copied as written
    qtbot.keyClick(window.view, Qt.Key.Key_1)
    window.controller.save()
    stored = json.loads(window.session.store.path.read_text(encoding="utf-8"))["annotations"][0]
    assert stored["exact"] == "《通知》指出,學習" and "，" not in stored["prefix"] + stored["suffix"]
    out = tmp_path / "notes.md"
    window.exchange.export_to("md", Script.ORIGINAL, "all", out)
    assert "> 《通知》指出,學習" in out.read_text(encoding="utf-8")


def test_dark_theme_highlights_use_dark_values(window, qtbot):
    start = window.session.text.index("工匠精神")
    window.view.select_original(start, start + 4)
    qtbot.keyClick(window.view, Qt.Key.Key_1)
    light = window.view.layers.shown["highlights"][0].format.background().color()
    window.apply_prefs(ReadingPrefs(theme="dark"))
    dark = window.view.layers.shown["highlights"][0].format.background().color()
    assert dark.lightness() < light.lightness()
    window.apply_prefs(ReadingPrefs())


def test_dropping_a_text_file_opens_it(window, tmp_path):
    doc = tmp_path / "dropped.txt"
    doc.write_text("第一章 總則\n\n本辦法自發布之日起施行。", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(doc))])
    event = QDropEvent(
        QPointF(100, 100), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier
    )
    window.dropEvent(event)
    assert window.session.document.path == doc.resolve()


def test_ctrl_c_copies_the_text_as_written(window, qtbot):
    start = window.session.text.index("《通知》指出,學習")
    window.view.select_original(start, start + 9)
    qtbot.keyClick(window.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text() == "《通知》指出,學習"


def test_enter_in_a_field_keeps_what_was_typed_and_closes(make_window, qtbot):
    # Restore Defaults was the dialog's default button (the first in its focus chain): a size
    # typed and confirmed with Enter put every preference back to its default
    window = make_window()
    dialog = PreferencesDialog(window.prefs, window)
    qtbot.addWidget(dialog)
    dialog.prefsChanged.connect(window.apply_prefs)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.theme.setCurrentIndex(dialog.theme.findData("sepia"))
    dialog.size.setFocus()
    dialog.size.selectAll()
    qtbot.keyClicks(dialog.size, "20")
    qtbot.keyClick(dialog.size, Qt.Key.Key_Return)
    assert window.prefs.font_size == 20 and window.prefs.theme == "sepia"
    qtbot.waitUntil(lambda: not dialog.isVisible())  # Enter closes, as Close does
