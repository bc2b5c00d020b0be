import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from reader.app import Shell, open_settings
from reader.core.resources import notice_path, resource_path
from reader.gui.language import LANGUAGES, install, system_language

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def english():
    yield
    install("en")


def messages(ts: Path):
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_is_translated(language):
    ts = resource_path("translations") / f"reader_{language}.ts"
    found = list(messages(ts))
    assert len(found) > 150
    for context, message in found:
        translation = message.find("translation")
        assert translation.get("type") is None, (context, message.findtext("source"))
        assert (translation.text or "").strip(), (context, message.findtext("source"))
    assert (resource_path("translations") / f"reader_{language}.qm").exists()


def test_traditional_interface_uses_taiwan_words_and_quotation_marks():
    """繁體 is Taiwan usage: s2twp leaves these mainland words and quotation marks, which a reader in
    Taiwan meets in every menu (全螢幕, 快速鍵, 唯讀, 復原, 「」 are what their systems say)."""
    mainland = ("全屏", "快捷鍵", "只讀", "撤銷", "“", "”", "‘", "’")
    ts = resource_path("translations") / "reader_zh_TW.ts"
    for context, message in messages(ts):
        text = message.findtext("translation") or ""
        assert not [word for word in mainland if word in text], (context, text)


def test_the_script_is_never_called_a_font():
    """简体/繁體 are scripts: s2twp makes 字体 字型, Taiwan's word for a font, so "Next Script"
    read 切換到下一種字型 (next font) and the export's script choice 字型："""
    for language, word in (("zh_CN", "字体"), ("zh_TW", "字型")):
        for context, message in messages(resource_path("translations") / f"reader_{language}.ts"):
            if word in (message.findtext("translation") or ""):
                assert "font" in message.findtext("source").lower(), (context, message.findtext("source"))


def test_no_string_in_the_code_is_missing_from_the_translations(tmp_path):
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed beside this Python")
    sources = [str(p) for folder in ("reader/gui", "reader/models") for p in (ROOT / folder).glob("*.py")]
    probe = tmp_path / "probe.ts"
    subprocess.run(
        [str(lupdate), *sources, str(ROOT / "reader/app.py"), "-ts", str(probe)], check=True, capture_output=True
    )
    in_code = {(c, m.findtext("source")) for c, m in messages(probe)}
    shipped = {(c, m.findtext("source")) for c, m in messages(resource_path("translations") / "reader_zh_CN.ts")}
    assert in_code - shipped == set(), "run: python tools/update_translations.py"


@pytest.mark.parametrize(
    "name, expected",
    [
        ("zh_CN", "zh_CN"),
        ("zh_SG", "zh_CN"),
        ("zh_TW", "zh_TW"),
        ("zh_HK", "zh_TW"),
        ("zh_MO", "zh_TW"),
        ("en_US", "en"),
        ("fr_FR", "en"),
    ],
)
def test_system_language(name, expected):
    assert system_language(QLocale(name)) == expected


def test_menus_in_chinese(make_window, english):
    install("zh_CN")
    window = make_window()
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["文件(&F)", "编辑(&E)", "视图(&V)", "转到(&G)", "标注(&A)", "比较(&C)", "文库(&L)", "帮助(&H)"]
    assert window.outline_dock.windowTitle() == "章节"
    assert window.outline_model.data(window.outline_model.index(0, 0)) == "文档信息"
    assert window.status_line.position.text() == "第 0 字，共 2,008 字 · 0%"
    install("zh_TW")
    window = make_window()
    assert [a.text() for a in window.menuBar().actions()][0] == "檔案(&F)"


def test_changing_language_keeps_document_caret_and_annotations(qtbot, data_dir, english):
    shell = Shell(open_settings(data_dir), data_dir)
    qtbot.addWidget(shell.window)
    window = shell.window
    window.open_path(notice_path())
    window.show()
    start = window.session.text.index("工匠精神")
    window.controller.push(None, window.session.new_annotation(start, start + 4, note="筆記"), "add")
    window.view.select_original(start, start + 4)
    window.actions["language_zh_CN"].trigger()
    new = shell.window
    qtbot.addWidget(new)
    assert new is not window and new.isVisible()
    assert [a.text() for a in new.menuBar().actions()][0] == "文件(&F)"
    assert new.view.selected_range() == (start, start + 4)
    assert [a.note for a in new.session.annotations] == ["筆記"]
    assert new.settings.value("ui/language") == "zh_CN"


def translations(language: str) -> dict[tuple[str, str], str]:
    ts = resource_path("translations") / f"reader_{language}.ts"
    return {(c, m.findtext("source")): m.findtext("translation") for c, m in messages(ts)}


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_command_menu_and_toolbar_word_shows_translated(make_window, english, language):
    """What the window shows of reader.gui.actions' table (each command, menu and submenu, the
    toolbar's shorter words) is in the translation files, in every shipped language, and the
    window shows it translated: a text that lupdate cannot read (a bare literal, or one passed
    through a wrapper) is missing from the files and shows in English."""
    from PySide6.QtWidgets import QMenu

    from reader.gui.actions import ACTIONS, MENUS, SUBMENUS, TOOLBAR_LABELS

    shipped = translations(language)
    install(language)
    window = make_window()

    def shown(source: str) -> str:
        assert ("Actions", source) in shipped, f"not in reader_{language}.ts: {source!r}"
        return shipped["Actions", source]

    assert [window.actions[spec.name].text() for spec in ACTIONS] == [shown(spec.text) for spec in ACTIONS]
    assert [a.text() for a in window.menuBar().actions()] == [shown(title) for _key, title in MENUS]
    titles = {menu.title() for menu in window.findChildren(QMenu)}
    assert {shown(title) for _parent, title, _after in SUBMENUS.values()} <= titles
    for name, label in TOOLBAR_LABELS.items():
        script_name = any("\u4e00" <= c <= "\u9fff" for c in label)  # 原文, 简体, 繁體: the same in every language
        assert window.actions[name].iconText() == (label if script_name else shown(label))


@pytest.mark.parametrize(
    "language, look_in, file_type",
    [("zh_CN", "查找范围(&L)：", "文件类型(&T)："), ("zh_TW", "查詢範圍(&L)：", "檔案型別(&T)：")],
)
def test_the_open_dialogs_own_labels_are_in_chinese(make_window, qtbot, english, language, look_in, file_type):
    """Ctrl+O in a Chinese interface (Qt's own file dialog, where the desktop has none): under
    Xvfb its Look in: and Files of type: stayed English, which Qt 6's catalogues lack."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QFileDialog

    from tests.gui.conftest import answer_dialog

    install(language)
    window = make_window()
    seen = []

    def look(dialog):
        seen.append(
            [dialog.labelText(label) for label in (QFileDialog.DialogLabel.LookIn, QFileDialog.DialogLabel.FileType)]
        )
        dialog.reject()

    answered = answer_dialog(qtbot, look)
    qtbot.keyClick(window.view, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: answered.answered)
    assert seen == [[look_in, file_type]]


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_two_items_of_a_menu_share_a_mnemonic(language, make_window, english):
    """Alt+letter, then a letter, reaches one item: two items with one letter (紫色高亮(&U) and
    为所选内容加下划线(&U); seven pairs in all) only moved between them, choosing neither."""
    import re

    install(language)
    window = make_window()

    def clashes(menu, path):
        found, letters = [], {}
        for action in menu.actions():
            if action.isSeparator() or not action.isVisible():
                continue
            mark = re.search(r"&([^&])", action.text().replace("&&", ""))
            if mark:
                letters.setdefault(mark.group(1).lower(), []).append(action.text())
            if action.menu() is not None:
                found += clashes(action.menu(), [*path, action.text()])
        return found + [(path, texts) for texts in letters.values() if len(texts) > 1]

    assert clashes(window.menuBar(), []) == []


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW"])
def test_buttons_name_their_command_without_its_menu_mnemonic(language, make_window, english, qtbot):
    """The toolbar's Find read 查找(F) and the Changes panel's fold button 折叠未改动的部分(F):
    Qt drops the "&" of a menu's 查找(&F)… from a button's text but keeps its "(F)"."""
    import re

    from PySide6.QtWidgets import QToolButton

    from tests.gui.conftest import COMPARED_NEW, COMPARED_OLD

    install(language)
    window = make_window(COMPARED_OLD)
    qtbot.wait(0)
    monkeypatch = pytest.MonkeyPatch()
    monkeypatch.setattr("reader.gui.compare_launch.choose_documents", lambda *args: [str(COMPARED_NEW)])
    try:
        window.actions["compare_with"].trigger()
        qtbot.waitUntil(lambda: window.compare_dock.isVisible())
    finally:
        monkeypatch.undo()
    shown = [b.text() for b in window.findChildren(QToolButton) if b.isVisible() and b.text()]
    tips = [b.toolTip() for b in window.findChildren(QToolButton) if b.isVisible() and b.toolTip()]
    assert window.actions["find"].iconText() in shown and window.compare_dock.fold.text()
    assert [t for t in shown + tips if re.search(r"\(&?[A-Za-z]\)|&", t)] == [], (shown, tips)


def test_changing_language_while_comparing_compares_again(qtbot, data_dir, english, monkeypatch, request):
    """The window is rebuilt in the new language: the comparison was lost with the old one (no
    Changes panel, and both tabs read the law's same title, the versions gone)."""
    import shiboken6

    from tests.gui.conftest import COMPARED_NEW, COMPARED_OLD, WORKER_WAIT_MS

    shell = Shell(open_settings(data_dir), data_dir)
    window = shell.window  # closed here unless the shell deleted it (a job of its may hold it)
    request.addfinalizer(lambda: shiboken6.isValid(window) and window.close())
    window.open_path(COMPARED_OLD)
    window.show()
    monkeypatch.setattr("reader.gui.compare_launch.choose_documents", lambda *args: [str(COMPARED_NEW)])
    window.actions["compare_with"].trigger()
    qtbot.waitUntil(lambda: window.compare_dock.model.rowCount() > 0, timeout=WORKER_WAIT_MS)
    titles = sorted(r.tab_title() for r in window.readings())
    window.actions["language_zh_CN"].trigger()
    new = shell.window
    qtbot.addWidget(new)
    assert new is not window
    qtbot.waitUntil(lambda: new.comparing is not None and new.compare_dock.model.rowCount() > 0, timeout=WORKER_WAIT_MS)
    older, newer = new.comparing.readings()
    assert (older.path, newer.path) == (COMPARED_OLD.resolve(), COMPARED_NEW.resolve())
    assert sorted(r.tab_title() for r in new.readings()) == titles
    qtbot.waitExposed(new)
    qtbot.wait(200)
    assert not new.compare_dock.visibleRegion().isEmpty()  # in front of the panels it shares a side with
    assert len(set(titles)) == 2  # each names its version
