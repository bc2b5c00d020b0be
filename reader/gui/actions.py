"""Every command of the window, declared once: name, menu, text, default shortcuts, icon, and
what it does (a callable taking the window); `create_actions` builds the QActions, so menus,
the toolbar, the context menu, the shortcuts dialog and the help list all read from this table."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QToolBar

from reader.core.annotations.styles import HIGHLIGHT_STYLES, HighlightStyle
from reader.core.script_names import DEFAULT_VARIANT, Script
from reader.gui import ruby_style
from reader.gui.palette import swatch_icon, swatch_tooltip
from reader.gui.script_labels import VARIANT_TEXTS

if TYPE_CHECKING:
    from reader.core.scripts import ScriptViews

SK = QKeySequence.StandardKey


class ActionSpec(
    NamedTuple
):  # a NamedTuple, not a frozen dataclass: made at launch, 2-3 M instructions fewer (issue 32)
    """One command of the window, from which `create_actions` builds its QAction."""

    name: str
    menu: str  # "" keeps a second key for a command out of the menus
    text: str
    shortcuts: tuple = ()
    icon: str = ""
    scope: str = "window"  # "text": a single-key shortcut live only while the text has focus
    checkable: bool = False
    group: str = ""
    call: Callable | None = None
    """call(window): resolved when triggered, so `on(...)` reaches the reading current then."""
    toggle: Callable | None = None
    """toggle(window, checked), for a checkable command outside a group."""
    swatch: str = ""
    """A highlight colour's name: its icon is a square of that colour."""
    enabled: bool = True
    """False: off until the window turns it on (Undo, Redo: nothing to undo yet)."""


def following(script: Script) -> Script:
    """Next Script cycles 原文 → 简体 → 繁體 → 原文."""
    order = list(Script)
    return order[(order.index(script) + 1) % len(order)]


# -- commands that open a dialog or a file: the window is where they open --------------------
def about(w) -> None:
    from reader.gui.dialogs import show_about  # the dialogs' module: not before the window shows

    show_about(w)


def open_documents(w) -> None:
    from reader.gui.dialogs import choose_documents

    for path in choose_documents(w, w.current.folder if w.current is not None else None):
        w.open_path(path)


def paste_document(w) -> None:
    """File ▸ New from Clipboard."""
    from PySide6.QtWidgets import QMessageBox  # its type and enums: when a box is first shown

    from reader.gui.clipboard_document import PasteFailed, save_clipboard

    try:
        w.open_path(save_clipboard(w.data_dir))
    except PasteFailed as exc:
        if exc.refused:  # a paste refused is said where it cannot be missed
            QMessageBox.warning(w, QCoreApplication.translate("Actions", "New from Clipboard"), str(exc))
        w.statusBar().showMessage(str(exc), 6000)


def library(w, then: Callable | None = None) -> None:
    """Library ▸ Show Library, and the Add and Watch commands: the Library window (reader.gui.library_view)."""
    from reader.gui.library_view import library_of

    window = library_of(w)
    window.show()
    window.raise_()
    window.activateWindow()
    if then is not None:
        then(window)


def look_up_word(w) -> None:
    """Edit ▸ Look Up Word: the popup over the page, whose keys close it (Escape) or keep the
    word (A): the page takes the focus, wherever Ctrl+D was pressed (a panel kept it, and
    its Escape left the popup open)."""
    if w.current is not None:
        w.current.view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        w.word_lookup.look_up(w.current)


def preferences(w) -> None:
    from reader.gui.preferences import PreferencesDialog

    dialog = PreferencesDialog(w.prefs, w)
    dialog.prefsChanged.connect(w.apply_prefs)
    dialog.exec()


def shortcuts(w) -> None:
    from reader.gui.shortcuts_dialog import ShortcutsDialog

    ShortcutsDialog(w.actions, w.settings, w).exec()


def show_dock(dock, on: bool) -> None:
    dock.setVisible(on)
    if on:
        dock.raise_()


def on_with_window(act: Callable) -> Callable:
    """A dialog about the current reading: act(reading, prefs, parent)."""
    return lambda w: w.current is not None and act(w.current, w.prefs, w)


def printing(name: str) -> Callable:
    """A function of reader.gui.print_dialogs, imported when first called: Qt's print support
    and the PDF layout cost every launch 11 ms before the window could paint."""

    def act(*args):
        from reader.gui import print_dialogs

        return getattr(print_dialogs, name)(*args)

    return act


def go_to(reading) -> None:
    from reader.gui.goto_dialog import go_to as ask_and_go

    ask_and_go(reading)


def on(act: Callable) -> Callable:
    """A command on the current reading: act(reading), nothing when no document is open."""
    return lambda w: w.current is not None and act(w.current)


def _colour_command(number: int, style: HighlightStyle) -> ActionSpec:
    """Highlight in a colour of the style table: key 1 is its first row (gui/palette.py marks
    the texts for lupdate)."""
    return ActionSpec(
        f"colour_{number}",
        "annotate",
        style.command,
        (str(number),),
        scope="text",
        call=on(lambda r: r.editor.highlight(style.name)),
        swatch=style.name,
    )


# QT_TRANSLATE_NOOP marks each text for lupdate; create_actions translates it
ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec(
        "open",
        "file",
        QT_TRANSLATE_NOOP("Actions", "&Open…"),
        (SK.Open,),
        "document-open",
        call=lambda w: open_documents(w),
    ),
    ActionSpec(
        "paste_document",
        "file",
        QT_TRANSLATE_NOOP("Actions", "New from Clip&board"),
        ("Ctrl+Shift+V",),
        "edit-paste",
        call=lambda w: paste_document(w),
    ),
    ActionSpec(
        "import_annotations",
        "file",
        QT_TRANSLATE_NOOP("Actions", "&Import Annotations…"),
        (),
        "document-import",
        call=on(lambda r: r.exchange.import_dialog()),
    ),
    ActionSpec(
        "export_annotations",
        "file",
        QT_TRANSLATE_NOOP("Actions", "&Export Annotations…"),
        ("Ctrl+E",),
        "document-export",
        call=on(lambda r: r.exchange.export_dialog()),
    ),
    ActionSpec(
        "reattach_notes",
        "file",
        QT_TRANSLATE_NOOP("Actions", "Reattach &Notes…"),
        (),
        call=on(lambda r: r.reattach.dialog()),
    ),
    ActionSpec(
        "copy_markdown",
        "file",
        QT_TRANSLATE_NOOP("Actions", "Copy Annotations as &Markdown"),
        ("Ctrl+Shift+C",),
        call=on(lambda r: r.exchange.copy_markdown()),
    ),
    ActionSpec(
        "close_tab",
        "file",
        QT_TRANSLATE_NOOP("Actions", "&Close Tab"),
        (SK.Close, "Ctrl+W"),
        "window-close",
        call=lambda w: w.close_reading(w.current),
    ),
    ActionSpec(
        "print",
        "file",
        QT_TRANSLATE_NOOP("Actions", "&Print…"),
        (SK.Print,),
        "document-print",
        call=on_with_window(printing("print_reading")),
    ),
    ActionSpec(
        "export_pdf",
        "file",
        QT_TRANSLATE_NOOP("Actions", "Export as P&DF…"),
        ("Ctrl+Shift+P",),
        "application-pdf",
        call=on_with_window(printing("export_pdf")),
    ),
    ActionSpec(
        "quit",
        "file",
        QT_TRANSLATE_NOOP("Actions", "&Quit"),
        (SK.Quit, "Ctrl+Q"),
        "application-exit",
        call=lambda w: w.close(),
    ),
    ActionSpec(
        "undo",
        "edit",
        QT_TRANSLATE_NOOP("Actions", "&Undo"),
        (SK.Undo,),
        "edit-undo",
        call=lambda w: w.undo_group.undo(),
        enabled=False,
    ),
    ActionSpec(
        "redo",
        "edit",
        QT_TRANSLATE_NOOP("Actions", "&Redo"),
        ("Ctrl+Shift+Z", "Ctrl+Y"),
        "edit-redo",
        call=lambda w: w.undo_group.redo(),
        enabled=False,
    ),
    ActionSpec("copy", "edit", QT_TRANSLATE_NOOP("Actions", "&Copy"), (SK.Copy,), "edit-copy", call=lambda w: w.copy()),
    ActionSpec(
        "find",
        "edit",
        QT_TRANSLATE_NOOP("Actions", "&Find…"),
        (SK.Find,),
        "edit-find",
        call=on(lambda r: r.finder.open()),
    ),
    ActionSpec(
        "find_slash", "", QT_TRANSLATE_NOOP("Actions", "Find"), ("/",), scope="text", call=on(lambda r: r.finder.open())
    ),
    ActionSpec(
        "find_next",
        "edit",
        QT_TRANSLATE_NOOP("Actions", "Find &Next"),
        ("F3",),
        "go-down-search",
        call=on(lambda r: r.finder.step(1)),
    ),
    ActionSpec(
        "find_previous",
        "edit",
        QT_TRANSLATE_NOOP("Actions", "Find Pre&vious"),
        ("Shift+F3",),
        "go-up-search",
        call=on(lambda r: r.finder.step(-1)),
    ),
    ActionSpec(
        "preferences",
        "edit",
        QT_TRANSLATE_NOOP("Actions", "Pr&eferences…"),
        (SK.Preferences, "Ctrl+,"),
        "preferences-system",
        call=lambda w: preferences(w),
    ),
    ActionSpec(
        "select_word",
        "edit",
        QT_TRANSLATE_NOOP("Actions", "Select &Word"),
        ("W",),
        scope="text",
        call=on(lambda r: r.select_word()),
    ),
    ActionSpec(
        "select_sentence",
        "edit",
        QT_TRANSLATE_NOOP("Actions", "Select &Sentence"),
        ("S",),
        scope="text",
        call=on(lambda r: r.select_sentence()),
    ),
    ActionSpec(
        "treat_as_one_word",
        "edit",
        QT_TRANSLATE_NOOP("Actions", "Treat as &One Word"),
        call=lambda w: w.treat_as_one_word(),
    ),
    ActionSpec(
        "look_up_word",
        "edit",
        QT_TRANSLATE_NOOP("Actions", "&Look Up Word"),
        ("Ctrl+D",),
        "accessories-dictionary",
        call=look_up_word,
    ),
    ActionSpec(
        "hover_lookup",
        "edit",
        QT_TRANSLATE_NOOP("Actions", "Look Up Under the &Mouse"),
        checkable=True,
        toggle=lambda w, on: w.hover.set_on(on),
    ),
    ActionSpec(
        "add_to_vocabulary",
        "edit",
        QT_TRANSLATE_NOOP("Actions", "Add to Voca&bulary"),
        (),
        call=lambda w: w.current is not None and w.word_lookup.add_to_vocabulary(w.current),
    ),
    ActionSpec(
        "highlight",
        "annotate",
        QT_TRANSLATE_NOOP("Actions", "&Highlight Selection"),
        ("H",),
        "format-text-highlight",
        scope="text",
        call=on(lambda r: r.editor.highlight_current()),
    ),
    *(_colour_command(i, style) for i, style in enumerate(HIGHLIGHT_STYLES, start=1)),
    ActionSpec(
        "underline",
        "annotate",
        QT_TRANSLATE_NOOP("Actions", "&Underline Selection"),
        ("U",),
        "format-text-underline",
        scope="text",
        call=on(lambda r: r.editor.underline()),
    ),
    ActionSpec(
        "note",
        "annotate",
        QT_TRANSLATE_NOOP("Actions", "&Note…"),
        ("N",),
        "document-edit",
        scope="text",
        call=on(lambda r: r.editor.note()),
    ),
    ActionSpec(
        "comment",
        "annotate",
        QT_TRANSLATE_NOOP("Actions", "&Comment Without Highlight…"),
        ("C",),
        scope="text",
        call=on(lambda r: r.editor.comment()),
    ),
    ActionSpec(
        "confirm_placement",
        "annotate",
        QT_TRANSLATE_NOOP("Actions", "Con&firm Moved Highlight"),
        ("Ctrl+Shift+K",),
        call=on(lambda r: r.editor.confirm_placement()),
    ),
    ActionSpec(
        "remove_highlight",
        "annotate",
        QT_TRANSLATE_NOOP("Actions", "&Remove Highlight"),
        ("Delete",),
        "edit-delete",
        scope="text",
        call=on(lambda r: r.editor.remove_at_caret()),
    ),
    ActionSpec(
        "next_highlight",
        "go",
        QT_TRANSLATE_NOOP("Actions", "Next &Highlight"),
        ("Alt+Down",),
        "go-down",
        call=on(lambda r: r.editor.step(1)),
    ),
    ActionSpec(
        "previous_highlight",
        "go",
        QT_TRANSLATE_NOOP("Actions", "Previous H&ighlight"),
        ("Alt+Up",),
        "go-up",
        call=on(lambda r: r.editor.step(-1)),
    ),
    ActionSpec(
        "next_section",
        "go",
        QT_TRANSLATE_NOOP("Actions", "&Next Section"),
        ("Ctrl+PgDown",),
        "go-next",
        call=on(lambda r: r.step_section(+1)),
    ),
    ActionSpec(
        "previous_section",
        "go",
        QT_TRANSLATE_NOOP("Actions", "&Previous Section"),
        ("Ctrl+PgUp",),
        "go-previous",
        call=on(lambda r: r.step_section(-1)),
    ),
    ActionSpec(
        "next_section_finer",
        "go",
        QT_TRANSLATE_NOOP("Actions", "Next Section, One Level Fine&r"),
        ("Ctrl+Shift+PgDown",),
        call=on(lambda r: r.step_section(+1, finer=True)),
    ),
    ActionSpec(
        "previous_section_finer",
        "go",
        QT_TRANSLATE_NOOP("Actions", "Previous Section, One &Level Finer"),
        ("Ctrl+Shift+PgUp",),
        call=on(lambda r: r.step_section(-1, finer=True)),
    ),
    ActionSpec(
        "go_to",
        "go",
        QT_TRANSLATE_NOOP("Actions", "&Go To…"),
        ("Ctrl+G",),
        "go-jump",
        call=on(lambda r: go_to(r)),
    ),
    ActionSpec(
        "back",
        "go",
        QT_TRANSLATE_NOOP("Actions", "&Back"),
        ("Alt+Left",),
        "go-previous-view",
        call=on(lambda r: r.back()),
    ),
    ActionSpec(
        "forward",
        "go",
        QT_TRANSLATE_NOOP("Actions", "&Forward"),
        ("Alt+Right",),
        "go-next-view",
        call=on(lambda r: r.forward()),
    ),
    ActionSpec(
        "focus_next",
        "go",
        QT_TRANSLATE_NOOP("Actions", "Focus Next Pan&e"),
        ("F6",),
        call=lambda w: w.focus_cycle.step(+1),
    ),
    ActionSpec(
        "focus_previous",
        "go",
        QT_TRANSLATE_NOOP("Actions", "Focus Previous P&ane"),
        ("Shift+F6",),
        call=lambda w: w.focus_cycle.step(-1),
    ),
    ActionSpec(
        "script_original",
        "view",
        QT_TRANSLATE_NOOP("Actions", "&Original Script (原文)"),
        ("Ctrl+1",),
        checkable=True,
        group="script",
        call=on(lambda r: r.set_script(Script.ORIGINAL)),
    ),
    ActionSpec(
        "script_simplified",
        "view",
        QT_TRANSLATE_NOOP("Actions", "&Simplified (简体)"),
        ("Ctrl+2",),
        checkable=True,
        group="script",
        call=on(lambda r: r.set_script(Script.SIMPLIFIED)),
    ),
    ActionSpec(
        "script_traditional",
        "view",
        QT_TRANSLATE_NOOP("Actions", "&Traditional (繁體)"),
        ("Ctrl+3",),
        checkable=True,
        group="script",
        call=on(lambda r: r.set_script(Script.TRADITIONAL)),
    ),
    ActionSpec(
        "cycle_script",
        "view",
        QT_TRANSLATE_NOOP("Actions", "Ne&xt Script"),
        ("Ctrl+Shift+T",),
        call=on(lambda r: r.set_script(following(r.script))),
    ),
    ActionSpec(
        "variant_s2t",
        "view",
        VARIANT_TEXTS["s2t"],
        checkable=True,
        group="variant",
        call=lambda w: w.set_variant("s2t"),
    ),
    ActionSpec(
        "variant_s2tw",
        "view",
        VARIANT_TEXTS["s2tw"],
        checkable=True,
        group="variant",
        call=lambda w: w.set_variant("s2tw"),
    ),
    ActionSpec(
        "variant_s2twp",
        "view",
        VARIANT_TEXTS["s2twp"],
        checkable=True,
        group="variant",
        call=lambda w: w.set_variant("s2twp"),
    ),
    ActionSpec(
        "variant_s2hk",
        "view",
        VARIANT_TEXTS["s2hk"],
        checkable=True,
        group="variant",
        call=lambda w: w.set_variant("s2hk"),
    ),
    ActionSpec(
        "pinyin",
        "pinyin",
        QT_TRANSLATE_NOOP("Actions", "Show &Over the Text"),
        (),
        checkable=True,
        toggle=lambda w, on: w.current is not None and w.current.show_pinyin(on),
    ),
    ActionSpec(
        "ruby_pinyin",
        "pinyin",
        QT_TRANSLATE_NOOP("Actions", "&Pinyin"),
        checkable=True,
        group="ruby",
        call=lambda w: ruby_style.set_style(w, zhuyin=False),
    ),
    ActionSpec(
        "ruby_zhuyin",
        "pinyin",
        QT_TRANSLATE_NOOP("Actions", "&Zhuyin (注音)"),
        checkable=True,
        group="ruby",
        call=lambda w: ruby_style.set_style(w, zhuyin=True),
    ),
    ActionSpec(
        "pinyin_tone_colours",
        "pinyin",
        QT_TRANSLATE_NOOP("Actions", "&Tone Colours"),
        checkable=True,
        toggle=lambda w, on: ruby_style.set_style(w, tone_colours=on),
    ),
    ActionSpec(
        "language_system",
        "language",
        QT_TRANSLATE_NOOP("Actions", "&System Language"),
        checkable=True,
        group="language",
        call=lambda w: w.choose_language(""),
    ),
    ActionSpec(
        "language_en",
        "language",
        QT_TRANSLATE_NOOP("Actions", "&English"),
        checkable=True,
        group="language",
        call=lambda w: w.choose_language("en"),
    ),
    ActionSpec(
        "language_zh_CN",
        "language",
        QT_TRANSLATE_NOOP("Actions", "简体中文 (&C)"),
        checkable=True,
        group="language",
        call=lambda w: w.choose_language("zh_CN"),
    ),
    ActionSpec(
        "language_zh_TW",
        "language",
        QT_TRANSLATE_NOOP("Actions", "繁體中文 (&T)"),
        checkable=True,
        group="language",
        call=lambda w: w.choose_language("zh_TW"),
    ),
    ActionSpec(
        "zoom_in",
        "view",
        QT_TRANSLATE_NOOP("Actions", "Zoom &In"),
        (SK.ZoomIn, "Ctrl+="),
        "zoom-in",
        call=lambda w: w.zoom(+1),
    ),
    ActionSpec(
        "zoom_out",
        "view",
        QT_TRANSLATE_NOOP("Actions", "Zoom O&ut"),
        (SK.ZoomOut,),
        "zoom-out",
        call=lambda w: w.zoom(-1),
    ),
    ActionSpec(
        "zoom_reset",
        "view",
        QT_TRANSLATE_NOOP("Actions", "Reset &Zoom"),
        ("Ctrl+0",),
        "zoom-original",
        call=lambda w: w.zoom(None),
    ),
    ActionSpec(
        "toggle_outline",
        "view",
        QT_TRANSLATE_NOOP("Actions", "Sectio&n Tree"),
        ("Ctrl+T",),
        checkable=True,
        toggle=lambda w, on: w.outline_dock.setVisible(on),
    ),
    ActionSpec(
        "toggle_annotations",
        "view",
        QT_TRANSLATE_NOOP("Actions", "&Annotations Panel"),
        ("Ctrl+H",),
        checkable=True,
        toggle=lambda w, on: w.annotation_dock.setVisible(on),
    ),
    ActionSpec(
        "toggle_keyterms",
        "view",
        QT_TRANSLATE_NOOP("Actions", "&Key Terms Panel"),
        ("Ctrl+K",),
        checkable=True,
        toggle=lambda w, on: show_dock(w.keyterm_dock, on),
    ),
    ActionSpec(
        "toggle_vocabulary",
        "view",
        QT_TRANSLATE_NOOP("Actions", "Vo&cabulary Panel"),
        (),
        checkable=True,
        toggle=lambda w, on: show_dock(w.panels.vocabulary, on),
    ),
    ActionSpec(
        "reset_progress",
        "view",
        QT_TRANSLATE_NOOP("Actions", "&Reset Reading Progress"),
        (),
        call=lambda w: w.progress.reset(),
    ),
    ActionSpec(
        "unfold",
        "",  # the page's context menu, over a fold's marker line (reader.gui.folds)
        QT_TRANSLATE_NOOP("Actions", "&Unfold"),
        (),
        call=on(lambda r: r.view.folds.open_pointed()),
    ),
    ActionSpec(
        "unfold_all",
        "",  # the page's context menu, while anything is folded
        QT_TRANSLATE_NOOP("Actions", "Unfold &All"),
        (),
        call=on(lambda r: r.view.folds.open_all()),
    ),
    ActionSpec(
        "full_screen",
        "view",
        QT_TRANSLATE_NOOP("Actions", "&Full Screen"),
        ("F11",),
        "view-fullscreen",
        checkable=True,
        toggle=lambda w, on: w.showFullScreen() if on else w.showNormal(),
    ),
    ActionSpec(
        "split_view",
        "view",
        QT_TRANSLATE_NOOP("Actions", "Split Sid&e by Side"),
        ("Ctrl+\\",),
        checkable=True,
        toggle=lambda w, on: w.split(on),
    ),
    ActionSpec(
        "sync_scrolling",
        "view",
        QT_TRANSLATE_NOOP("Actions", "Scroll To&gether by Section"),
        (),
        checkable=True,
        toggle=lambda w, on: w.set_sync_scrolling(on),
    ),
    ActionSpec(
        "next_tab",
        "view",
        QT_TRANSLATE_NOOP("Actions", "Next Ta&b"),
        (SK.NextChild, "Ctrl+Tab"),
        call=lambda w: w.workspace.step(+1),
    ),
    ActionSpec(
        "previous_tab",
        "view",
        QT_TRANSLATE_NOOP("Actions", "Pre&vious Tab"),
        ("Ctrl+Shift+Tab", SK.PreviousChild),  # the menu shows the first: not X11's Ctrl+Shift+Backtab
        call=lambda w: w.workspace.step(-1),
    ),
    ActionSpec(
        "compare_with",
        "compare",
        QT_TRANSLATE_NOOP("Actions", "Compare &With…"),
        ("Ctrl+Shift+D",),
        call=lambda w: w.compare_with(),
    ),
    ActionSpec(
        "next_change",
        "compare",
        QT_TRANSLATE_NOOP("Actions", "&Next Change"),
        ("F8",),
        call=lambda w: w.comparing is not None and w.comparing.step(+1),
    ),
    ActionSpec(
        "previous_change",
        "compare",
        QT_TRANSLATE_NOOP("Actions", "&Previous Change"),
        ("Shift+F8",),
        call=lambda w: w.comparing is not None and w.comparing.step(-1),
    ),
    ActionSpec(
        "compare_fold",
        "compare",
        QT_TRANSLATE_NOOP("Actions", "&Fold Unchanged Sections"),
        ("Ctrl+Shift+U",),
        checkable=True,
        toggle=lambda w, on: w.comparing is not None and w.comparing.fold_unchanged(on),
    ),
    ActionSpec(
        "compare_export",
        "compare",
        QT_TRANSLATE_NOOP("Actions", "&Export Comparison…"),
        call=lambda w: w.comparing is not None and w.comparing.export(),
    ),
    ActionSpec(
        "compare_close",
        "compare",
        QT_TRANSLATE_NOOP("Actions", "&Close Comparison"),
        call=lambda w: w.stop_comparing(),
    ),
    ActionSpec(
        "library",
        "library",
        QT_TRANSLATE_NOOP("Actions", "&Show Library"),
        ("Ctrl+Shift+L",),
        "folder-documents",
        call=lambda w: library(w),
    ),
    ActionSpec(
        "add_files_to_library",
        "library",
        QT_TRANSLATE_NOOP("Actions", "Add &Files to Library…"),
        (),
        call=lambda w: library(w, lambda lib: lib.choose_files()),
    ),
    ActionSpec(
        "add_folder_to_library",
        "library",
        QT_TRANSLATE_NOOP("Actions", "Add F&older to Library…"),
        (),
        call=lambda w: library(w, lambda lib: lib.choose_folder()),
    ),
    ActionSpec(
        "watch_folder_for_library",
        "library",
        QT_TRANSLATE_NOOP("Actions", "&Watch Folder…"),
        (),
        call=lambda w: library(w, lambda lib: lib.choose_watched_folder()),
    ),
    ActionSpec(
        "shortcuts",
        "help",
        QT_TRANSLATE_NOOP("Actions", "&Keyboard Shortcuts"),
        (SK.HelpContents,),
        "help-keys",
        call=lambda w: shortcuts(w),
    ),
    ActionSpec(
        "shortcuts_in_text",
        "",
        QT_TRANSLATE_NOOP("Actions", "Keyboard Shortcuts"),
        ("?",),
        scope="text",
        call=lambda w: shortcuts(w),
    ),
    ActionSpec("about", "help", QT_TRANSLATE_NOOP("Actions", "&About Reader"), (), "help-about", call=about),
)

MENUS = (
    ("file", QT_TRANSLATE_NOOP("Actions", "&File")),
    ("edit", QT_TRANSLATE_NOOP("Actions", "&Edit")),
    ("view", QT_TRANSLATE_NOOP("Actions", "&View")),
    ("go", QT_TRANSLATE_NOOP("Actions", "&Go")),
    ("annotate", QT_TRANSLATE_NOOP("Actions", "&Annotate")),
    ("compare", QT_TRANSLATE_NOOP("Actions", "&Compare")),
    ("library", QT_TRANSLATE_NOOP("Actions", "&Library")),
    ("help", QT_TRANSLATE_NOOP("Actions", "&Help")),
)
# submenu → (the menu it sits in, its title, the item it follows: after that item's separator)
SUBMENUS = {
    "pinyin": ("view", QT_TRANSLATE_NOOP("Actions", "Pin&yin"), "previous_tab"),
    "language": ("view", QT_TRANSLATE_NOOP("Actions", "&Language"), "previous_tab"),
}
FOLLOWED_BY_MENU = {"paste_document": "recent", "watch_folder_for_library": "stop_watching"}
"""Menus the window fills itself (File ▸ Open Recent, Library ▸ Stop Watching), each after the item named."""
SEPARATED_AFTER = frozenset(
    {
        "paste_document",
        "compare_with",
        "previous_change",
        "library",
        "add_folder_to_library",
        "reattach_notes",
        "close_tab",
        "export_pdf",
        "redo",
        "copy",
        "preferences",
        "find_previous",
        "add_to_vocabulary",
        "remove_highlight",
        "previous_highlight",
        "go_to",
        "forward",
        "reset_progress",
        "cycle_script",
        "variant_s2hk",
        "zoom_reset",
        "language_zh_TW",
        "pinyin",
        "ruby_zhuyin",
        "previous_tab",
    }
)
"""The menu items a separator follows."""
MARKING = (
    *(f"colour_{i}" for i in range(1, len(HIGHLIGHT_STYLES) + 1)),
    "underline",
    "note",
    "remove_highlight",
)
"""The marking commands, in the toolbar and the context menu alike."""
TOOLBAR = (
    "open",
    "export_annotations",
    "-",
    "script_original",
    "script_simplified",
    "script_traditional",
    "-",
    *MARKING,
    "-",
    "find",
)
"""The toolbar, in order; "-" is a separator. The colours show as their swatch only."""
TOOLBAR_LABELS = {
    "open": QT_TRANSLATE_NOOP("Actions", "Open"),
    "export_annotations": QT_TRANSLATE_NOOP("Actions", "Export"),
    "script_original": "原文",
    "script_simplified": "简体",
    "script_traditional": "繁體",
    "underline": QT_TRANSLATE_NOOP("Actions", "Underline"),
    "note": QT_TRANSLATE_NOOP("Actions", "Note"),
    "remove_highlight": QT_TRANSLATE_NOOP("Actions", "Remove"),
}
"""Shorter words beside the toolbar's icons than the menus' texts."""
CONTEXT_MENU = (
    "copy",
    "-",
    *MARKING,
    "-",
    "select_word",
    "select_sentence",
    "treat_as_one_word",
    "look_up_word",
    "add_to_vocabulary",
)


def translate(text: str) -> str:
    return QCoreApplication.translate("Actions", text)


def key_sequences(spec: ActionSpec) -> list[QKeySequence]:
    out: list[QKeySequence] = []
    for shortcut in spec.shortcuts:
        if isinstance(shortcut, QKeySequence.StandardKey):
            out.extend(QKeySequence.keyBindings(shortcut))
        else:
            out.append(QKeySequence(shortcut))
    unique: list[QKeySequence] = []
    for seq in out:
        if not seq.isEmpty() and seq not in unique:
            unique.append(seq)
    return unique


def first_keys() -> dict[str, str]:
    """Each command's first key as the action table writes it, for the hints that name them
    (a standard key, whose keys are the platform's, is left out)."""
    return {spec.name: spec.shortcuts[0] for spec in ACTIONS if spec.shortcuts and isinstance(spec.shortcuts[0], str)}


def on_a_keyboard(sequence: QKeySequence) -> bool:
    """Whether every key of `sequence` is one an ordinary keyboard has: letters, figures,
    signs, the editing and moving keys, F1–F12. Not the alternates Qt's platforms add to a
    standard key: X11's F13–F35 (a Sun keyboard's Undo is F14, its Copy F16) and keys named
    for the command (Undo, Copy, Open…), which no keyboard a reader has carries."""
    return all(sequence[k].key() <= Qt.Key.Key_F12 for k in range(sequence.count()))


def shown_keys(spec: ActionSpec, keys: list[QKeySequence]) -> list[QKeySequence]:
    """An action's keys as a list tells them: without the alternates of its default that no
    keyboard has (the action keeps them bound); a key the reader chose is always shown."""
    foreign = [k for k in key_sequences(spec) if not on_a_keyboard(k)]
    return [k for k in keys if k not in foreign]


def command_name(text: str) -> str:
    """An action's menu text as a list or a button names it: without its mnemonic (打开(&O)… →
    打开…, &Open… → Open…; "&&" is a written "&")."""
    i = text.find("(&")
    if i >= 0 and text[i + 3 : i + 4] == ")":
        text = text[:i] + text[i + 4 :]
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def name_swatch(action: QAction, colour: str) -> None:
    """A colour's tooltip names the colour and its key (the reader may have changed the key)."""
    keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts())
    action.setToolTip(swatch_tooltip(colour, keys))


def create_actions(window, overrides: dict[str, str] | None = None) -> dict[str, QAction]:
    """QActions for the table, each triggering its spec's call (or toggle) on the window.
    `overrides` maps a name to a user-chosen shortcut string (portable text, several separated
    by ', ')."""
    actions: dict[str, QAction] = {}
    groups: dict[str, QActionGroup] = {}
    for spec in ACTIONS:
        text = translate(spec.text)
        action = QAction(QIcon.fromTheme(spec.icon) if spec.icon else QIcon(), text, window)
        action.setObjectName(f"action_{spec.name}")
        if "(&" in text:  # a button's text and tip without the mnemonic Qt would keep: 查找(F)
            action.setIconText(command_name(text).removesuffix("…"))
            action.setToolTip(action.iconText())
        if overrides and spec.name in overrides:
            action.setShortcuts([QKeySequence(s) for s in overrides[spec.name].split(", ") if s])
        else:
            action.setShortcuts(key_sequences(spec))
        action.setCheckable(spec.checkable)
        action.setEnabled(spec.enabled)
        if spec.swatch:
            action.setIcon(swatch_icon(spec.swatch))
            name_swatch(action, spec.swatch)
            action.changed.connect(lambda a=action, colour=spec.swatch: name_swatch(a, colour))  # a new key
        if spec.group:
            groups.setdefault(spec.group, QActionGroup(window)).addAction(action)
        if spec.toggle is not None:
            action.triggered.connect(lambda checked, toggle=spec.toggle: toggle(window, checked))
        else:
            action.triggered.connect(lambda _=False, call=spec.call: call(window))
        if spec.scope == "text":
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        else:
            window.addAction(action)
        actions[spec.name] = action
    return actions


def equip_page(view, actions: dict[str, QAction], parent) -> None:
    """A text page gets the context menu and the single-key commands (H, N, /, ?), which live
    only while a page has focus."""
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    view.customContextMenuRequested.connect(lambda point: page_menu(view, actions, parent, point))
    for spec in ACTIONS:
        if spec.scope == "text":
            view.addAction(actions[spec.name])


def build_menus(bar: QMenuBar, actions: dict[str, QAction], own: dict[str, QMenu]) -> dict[str, QMenu]:
    """The menu bar from the table; `own` holds the menus the window fills itself."""
    menus: dict[str, QMenu] = {}
    for key, title in MENUS:
        menus[key] = bar.addMenu(translate(title))
        menus[key].setObjectName(f"menu_{key}")
    for key, (parent, title, _after) in SUBMENUS.items():
        menus[key] = QMenu(translate(title), menus[parent])
    for spec in ACTIONS:
        if not spec.menu:
            continue
        menu = menus[spec.menu]
        menu.addAction(actions[spec.name])
        if spec.name in FOLLOWED_BY_MENU:
            menu.addMenu(own[FOLLOWED_BY_MENU[spec.name]])
        if spec.name in SEPARATED_AFTER:
            menu.addSeparator()
        for key, (_parent, _title, after) in SUBMENUS.items():
            if after == spec.name:
                menu.addMenu(menus[key])
    return menus


def fill_toolbar(bar: QToolBar, actions: dict[str, QAction]) -> None:
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    for name in TOOLBAR:
        if name == "-":
            bar.addSeparator()
            continue
        action = actions[name]
        if name in TOOLBAR_LABELS:
            action.setIconText(translate(TOOLBAR_LABELS[name]))
        bar.addAction(action)
        if name.startswith("colour_"):
            bar.widgetForAction(action).setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)


def context_menu(actions: dict[str, QAction], parent=None, first: tuple[str, ...] = ()) -> QMenu:
    """The page's context menu; `first`: commands that apply where it opened, above the rest."""
    menu = QMenu(parent)
    for name in (*first, "-", *CONTEXT_MENU) if first else CONTEXT_MENU:
        menu.addSeparator() if name == "-" else menu.addAction(actions[name])
    return menu


def page_menu(view, actions: dict[str, QAction], parent, point) -> None:
    """The context menu at a point of the page: Unfold over a fold's marker, Unfold All while
    anything is folded (reader.gui.folds), then the commands on the text."""
    context_menu(actions, parent, view.folds.commands_at(point)).exec(view.mapToGlobal(point))
    view.folds.pointed = None  # its command, if chosen, has run


def check_script(actions: dict[str, QAction], script: Script, config: str | None, views: ScriptViews) -> None:
    """The script and Traditional variant commands show what the reading shows: `script`,
    made with OpenCC's `config` (a variant chosen is checked once its page shows)."""
    actions[f"script_{script.value}"].setChecked(True)
    simplified_original = views.original_script is not Script.TRADITIONAL
    shown = config if script is Script.TRADITIONAL and config else views.plan.traditional
    for variant in VARIANT_TEXTS:
        action = actions[f"variant_{variant}"]
        action.setEnabled(simplified_original)  # a Traditional original is its own 繁體
        action.setChecked(variant == shown if simplified_original else variant == DEFAULT_VARIANT)
