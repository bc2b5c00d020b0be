"""Every command of the window, declared once: name, menu, text, default shortcuts, icon.

The window implements `on_<name>` for each; `create_actions` builds the QActions, so menus,
the shortcuts dialog and the help list all read from this one table."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence

SK = QKeySequence.StandardKey


@dataclass(frozen=True)
class ActionSpec:
    name: str
    menu: str  # "" keeps a second key for a command out of the menus
    text: str
    shortcuts: tuple = ()
    icon: str = ""
    scope: str = "window"  # "text": a single-key shortcut live only while the text has focus
    checkable: bool = False
    group: str = ""


def _t(text: str) -> str:
    return text  # marks a string for lupdate; translated in create_actions


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("open", "file", _t("&Open…"), (SK.Open,), "document-open"),
    ActionSpec("import_annotations", "file", _t("&Import Annotations…"), (), "document-import"),
    ActionSpec("export_annotations", "file", _t("&Export Annotations…"), ("Ctrl+E",), "document-export"),
    ActionSpec("copy_markdown", "file", _t("Copy Annotations as &Markdown"), ("Ctrl+Shift+C",)),
    ActionSpec("quit", "file", _t("&Quit"), (SK.Quit, "Ctrl+Q"), "application-exit"),
    ActionSpec("undo", "edit", _t("&Undo"), (SK.Undo,), "edit-undo"),
    ActionSpec("redo", "edit", _t("&Redo"), ("Ctrl+Shift+Z", "Ctrl+Y"), "edit-redo"),
    ActionSpec("copy", "edit", _t("&Copy"), (SK.Copy,), "edit-copy"),
    ActionSpec("find", "edit", _t("&Find…"), (SK.Find,), "edit-find"),
    ActionSpec("find_slash", "", _t("Find"), ("/",), scope="text"),
    ActionSpec("find_next", "edit", _t("Find &Next"), ("F3",), "go-down-search"),
    ActionSpec("find_previous", "edit", _t("Find Pre&vious"), ("Shift+F3",), "go-up-search"),
    ActionSpec("select_word", "edit", _t("Select &Word"), ("W",), scope="text"),
    ActionSpec("select_sentence", "edit", _t("Select &Sentence"), ("S",), scope="text"),
    ActionSpec("highlight", "annotate", _t("&Highlight Selection"), ("H",), "format-text-highlight", scope="text"),
    ActionSpec("colour_1", "annotate", _t("Highlight &Yellow"), ("1",), scope="text"),
    ActionSpec("colour_2", "annotate", _t("Highlight &Green"), ("2",), scope="text"),
    ActionSpec("colour_3", "annotate", _t("Highlight &Blue"), ("3",), scope="text"),
    ActionSpec("colour_4", "annotate", _t("Highlight &Pink"), ("4",), scope="text"),
    ActionSpec("colour_5", "annotate", _t("Highlight P&urple"), ("5",), scope="text"),
    ActionSpec("underline", "annotate", _t("&Underline Selection"), ("U",), "format-text-underline", scope="text"),
    ActionSpec("note", "annotate", _t("&Note…"), ("N",), "document-edit", scope="text"),
    ActionSpec("comment", "annotate", _t("&Comment Without Highlight…"), ("C",), scope="text"),
    ActionSpec("remove_highlight", "annotate", _t("&Remove Highlight"), ("Delete",), "edit-delete", scope="text"),
    ActionSpec("next_highlight", "go", _t("Next &Highlight"), ("Alt+Down",), "go-down"),
    ActionSpec("previous_highlight", "go", _t("Previous H&ighlight"), ("Alt+Up",), "go-up"),
    ActionSpec("next_section", "go", _t("&Next Section"), ("Ctrl+PgDown",), "go-next"),
    ActionSpec("previous_section", "go", _t("&Previous Section"), ("Ctrl+PgUp",), "go-previous"),
    ActionSpec("back", "go", _t("&Back"), ("Alt+Left",), "go-previous-view"),
    ActionSpec("forward", "go", _t("&Forward"), ("Alt+Right",), "go-next-view"),
    ActionSpec("focus_next", "go", _t("Focus Next &Pane"), ("F6",)),
    ActionSpec("focus_previous", "go", _t("Focus Previous P&ane"), ("Shift+F6",)),
    ActionSpec("script_original", "view", _t("&Original Script (原文)"), ("Ctrl+1",), checkable=True, group="script"),
    ActionSpec("script_simplified", "view", _t("&Simplified (简体)"), ("Ctrl+2",), checkable=True, group="script"),
    ActionSpec("script_traditional", "view", _t("&Traditional (繁體)"), ("Ctrl+3",), checkable=True, group="script"),
    ActionSpec("cycle_script", "view", _t("Next Scrip&t"), ("Ctrl+Shift+T",)),
    ActionSpec("variant_s2t", "view", _t("Traditional: OpenCC &Standard"), checkable=True, group="variant"),
    ActionSpec("variant_s2tw", "view", _t("Traditional: T&aiwan"), checkable=True, group="variant"),
    ActionSpec(
        "variant_s2twp", "view", _t("Traditional: Taiwan with Taiwanese &Phrases"), checkable=True, group="variant"
    ),
    ActionSpec("variant_s2hk", "view", _t("Traditional: &Hong Kong"), checkable=True, group="variant"),
    ActionSpec("zoom_in", "view", _t("Zoom &In"), (SK.ZoomIn, "Ctrl+="), "zoom-in"),
    ActionSpec("zoom_out", "view", _t("Zoom O&ut"), (SK.ZoomOut,), "zoom-out"),
    ActionSpec("zoom_reset", "view", _t("&Reset Zoom"), ("Ctrl+0",), "zoom-original"),
    ActionSpec("toggle_outline", "view", _t("Section &Tree"), ("Ctrl+T",), checkable=True),
    ActionSpec("toggle_annotations", "view", _t("&Annotations Panel"), ("Ctrl+H",), checkable=True),
    ActionSpec("full_screen", "view", _t("&Full Screen"), ("F11",), "view-fullscreen", checkable=True),
    ActionSpec("shortcuts", "help", _t("&Keyboard Shortcuts"), (SK.HelpContents,), "help-keys"),
    ActionSpec("shortcuts_in_text", "", _t("Keyboard Shortcuts"), ("?",), scope="text"),
    ActionSpec("about", "help", _t("&About Reader"), (), "help-about"),
)

MENUS = (
    ("file", _t("&File")),
    ("edit", _t("&Edit")),
    ("view", _t("&View")),
    ("go", _t("&Go")),
    ("annotate", _t("&Annotate")),
    ("help", _t("&Help")),
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


def create_actions(window, text_widget, overrides: dict[str, str] | None = None) -> dict[str, QAction]:
    """QActions for the table, connected to window.on_<name>. `overrides` maps a name to a
    user-chosen shortcut string (portable text, several separated by ', ')."""
    actions: dict[str, QAction] = {}
    groups: dict[str, QActionGroup] = {}
    for spec in ACTIONS:
        action = QAction(QIcon.fromTheme(spec.icon) if spec.icon else QIcon(), translate(spec.text), window)
        action.setObjectName(f"action_{spec.name}")
        if overrides and spec.name in overrides:
            action.setShortcuts([QKeySequence(s) for s in overrides[spec.name].split(", ") if s])
        else:
            action.setShortcuts(key_sequences(spec))
        action.setCheckable(spec.checkable)
        if spec.group:
            groups.setdefault(spec.group, QActionGroup(window)).addAction(action)
        handler = getattr(window, f"on_{spec.name}")
        action.triggered.connect(handler if spec.checkable and not spec.group else lambda _=False, h=handler: h())
        if spec.scope == "text":
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            text_widget.addAction(action)
        else:
            window.addAction(action)
        actions[spec.name] = action
    return actions
