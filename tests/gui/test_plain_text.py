"""Document and note text is text, never markup, wherever the window shows it (issue 25).

A paragraph reading <img src="/dev/zero"> in a QLabel on automatic text format made Qt read
/dev/zero (abort after 1.4 s); a FIFO there hung the window. This test opens a document whose
headings and paragraphs hold markup, puts a note holding markup on it, and goes through the
window: the caret in it, the note dialog, the section tree, find, key terms, a comparison with
another version and the export dialog. Then it walks every widget: a label showing that text
must be Qt.PlainText, and no tooltip (of a widget, a tab or an item of any model on screen)
may hand Qt the markup as rich text."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import Qt as QtGui
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QTabBar

from tests.gui.conftest import WORKER_WAIT_MS, answer_dialog, type_text

IMG = '<img src="/dev/zero">'
BOLD = "<b>x</b>"
LINK = '<a href="file:///etc/passwd">連結</a>'
MARKUP = (IMG, BOLD, '<a href="file')

OLDER = f"""關於{BOLD}學習的通知

第一章 {IMG}總則

第一條 各級工會要認真組織學習{IMG}，學習二十大精神。

第二條 工會幹部{BOLD}要帶頭學習，{LINK}做到學深悟透。

第二章 {BOLD}附則

第三條 本通知自印發之日起施行。
"""
NEWER = OLDER.replace("學習二十大精神", f"學習{BOLD}二十大精神和{IMG}工會章程").replace("做到學深悟透", "做到學以致用")


def shows_markup(text: str) -> bool:
    return any(m in text for m in MARKUP)


def tooltip_is_safe(tip: str) -> bool:
    """Qt shows a tooltip as rich text when it looks like it (Qt::mightBeRichText): one that
    does must not carry the document's markup raw."""
    return not (shows_markup(tip) and QtGui.mightBeRichText(tip))


def model_tooltips(model, parent: QModelIndex | None = None):
    parent = parent if parent is not None else QModelIndex()
    try:
        columns = model.columnCount(parent)
    except TypeError:  # a list model (QListWidget's) keeps it private: one column
        columns = 1
    for row in range(model.rowCount(parent)):
        for column in range(columns):
            index = model.index(row, column, parent)
            tip = model.data(index, Qt.ItemDataRole.ToolTipRole)
            if isinstance(tip, str) and tip:
                yield tip
        yield from model_tooltips(model, model.index(row, 0, parent))


def unsafe_widgets() -> tuple[list[str], int]:
    """What shows the document's markup unsafely, and how many places showed it at all."""
    bad, seen = [], 0
    for widget in QApplication.allWidgets():
        if isinstance(widget, QLabel) and shows_markup(widget.text()):
            seen += 1
            if widget.textFormat() != Qt.TextFormat.PlainText:
                bad.append(f"label {widget.objectName() or type(widget.parent()).__name__}: {widget.text()[:60]}")
        if widget.toolTip():
            seen += shows_markup(widget.toolTip()) or "&lt;" in widget.toolTip()
            if not tooltip_is_safe(widget.toolTip()):
                bad.append(f"tooltip of {type(widget).__name__}: {widget.toolTip()[:60]}")
        if isinstance(widget, QTabBar):
            for i in range(widget.count()):
                if not tooltip_is_safe(widget.tabToolTip(i)):
                    bad.append(f"tab tooltip {widget.tabToolTip(i)[:60]}")
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            for tip in model_tooltips(widget.model()):
                seen += "&lt;" in tip or shows_markup(tip)
                if not tooltip_is_safe(tip):
                    bad.append(f"item tooltip in {type(widget.model()).__name__}: {tip[:60]}")
    return bad, seen


def test_markup_in_a_document_and_its_notes_is_shown_as_text_everywhere(make_window, qtbot, tmp_path, monkeypatch):
    older, newer = tmp_path / "older.txt", tmp_path / "newer.txt"
    older.write_text(OLDER, encoding="utf-8")
    newer.write_text(NEWER, encoding="utf-8")
    window = make_window(older)
    text = window.session.text

    # the caret into a heading and into a paragraph holding markup: the status bar names the section
    heading = text.index("第一章")
    window.view.select_original(heading + 4, heading + 4)
    assert IMG in window.status_line.section.text()
    paragraph = text.index("工會幹部")

    # a note holding markup, on a passage holding markup, written in the note dialog
    passages, unsafe_in_dialog = [], []

    def write(dialog):
        passages.extend(label.textFormat() for label in dialog.findChildren(QLabel) if shows_markup(label.text()))
        unsafe_in_dialog.extend(unsafe_widgets()[0])
        type_text(dialog.edit, f"筆記{IMG}{BOLD}{LINK}")
        qtbot.keyClick(dialog.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    window.view.select_original(paragraph, text.index("\n", paragraph))
    answer = answer_dialog(qtbot, write)
    qtbot.keyClick(window.view, Qt.Key.Key_N)
    assert answer.answered
    assert passages == [Qt.TextFormat.PlainText]  # the passage the note is on, as written
    assert unsafe_in_dialog == []
    [note] = list(window.session.annotations)
    assert IMG in note.note

    # find: the query is markup too
    qtbot.keyClick(window.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    window.find_bar.edit.setText(BOLD)
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Return)

    # key terms, once the worker has cut the words
    window.actions["toggle_keyterms"].setChecked(True)
    window.current.start_words()
    qtbot.waitUntil(lambda: window.view.words is not None, timeout=WORKER_WAIT_MS)

    # the changes panel of a comparison with a version whose changes hold markup; the newer
    # version opened on its own after is offered the older one's notes (not while compared
    # with it), in a message naming its title (markup)
    from PySide6.QtWidgets import QMessageBox

    offers = []
    monkeypatch.setattr(
        "PySide6.QtWidgets.QMessageBox.question",
        lambda parent, title, message, *rest: offers.append(message) or QMessageBox.StandardButton.No,
    )
    monkeypatch.setattr("reader.gui.compare_launch.choose_documents", lambda *args: [str(newer)])
    window.actions["compare_with"].trigger()
    qtbot.waitUntil(lambda: window.compare_dock.model.rowCount() > 0, timeout=WORKER_WAIT_MS)

    # the export dialog, named after the document's title
    from reader.gui.export_dialog import ExportDialog

    dialog = ExportDialog(window.settings, window.current.title(), window.current.script, window)
    dialog.show()
    QApplication.processEvents()

    bad, seen = unsafe_widgets()
    dialog.close()
    assert bad == []
    assert window.close_reading(window.comparing.b)
    assert window.open_path(newer)
    qtbot.waitUntil(lambda: bool(offers), timeout=WORKER_WAIT_MS)
    assert offers and all(tooltip_is_safe(message) for message in offers)  # a message box guesses as a tooltip does
    assert seen >= 5  # the section label, the note's tooltip, the outline's, the changes'…
