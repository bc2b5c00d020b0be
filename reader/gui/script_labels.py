"""How a script view is named to the person, in the interface's language: one owner for the
View menu's Traditional variants and the status bar's script part. The status bar said
"繁體 (OpenCC s2tw)" (OpenCC's file name) where the menu said "Traditional: Taiwan"."""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from reader.core.script_names import Script

VARIANT_TEXTS = {
    "s2t": QT_TRANSLATE_NOOP("Actions", "Traditional: OpenCC Stan&dard"),
    "s2tw": QT_TRANSLATE_NOOP("Actions", "Traditional: Tai&wan"),
    "s2twp": QT_TRANSLATE_NOOP("Actions", "Traditional: Taiwan with Taiwanese &Phrases"),
    "s2hk": QT_TRANSLATE_NOOP("Actions", "Traditional: &Hong Kong"),
}
"""The View menu's command for each Traditional variant (an OpenCC configuration), in the
Actions context as the menu translates it; the status bar names the view with the same words."""

_MNEMONIC = r"\s*\(&[^&)]\)|&(?=[^&])"  # 臺灣(&W) in Chinese, Tai&wan in English
"""Compiled at its first use (re's cache), not at import: this module loads before the window's
first paint, which compiles no pattern it does not use (issue 32)."""


def without_mnemonic(text: str) -> str:
    """A menu's text as said anywhere else: its accelerator letter's & (or the "(&W)" after
    a Chinese text) gone."""
    return re.sub(_MNEMONIC, "", text).replace("&&", "&")


def variant_name(config: str) -> str:
    """The View menu's name of a Traditional variant, translated, without its accelerator."""
    return without_mnemonic(QCoreApplication.translate("Actions", VARIANT_TEXTS[config]))


def view_name(script: Script, config: str | None) -> str:
    """A converted or as-written view as the status bar names it: a Traditional view made from
    a Simplified original by the variant's menu name; otherwise the toolbar's 简体 / 繁體."""
    if script is Script.TRADITIONAL and config in VARIANT_TEXTS:
        return variant_name(config)
    return "简体" if script is Script.SIMPLIFIED else "繁體"


def script_status(script: Script, config: str | None, original: Script) -> str:
    """The status bar's script part: what is on the page and how it came from what the
    document is written in. "Original: 繁體", "繁體 (as written)", "Traditional: Taiwan
    (converted from 简体)": it read "原文（未轉換）；原文：繁體" (原文 twice, for the view and for
    the original) and "Original (as written); original: 繁體"."""
    translate = QCoreApplication.translate
    written = {Script.SIMPLIFIED: "简体", Script.TRADITIONAL: "繁體"}.get(original)
    if script is Script.ORIGINAL:
        written = written or translate("ScriptLabels", "no Chinese detected")
        return translate("ScriptLabels", "Original: {original}").format(original=written)
    view = view_name(script, config)
    if not config:
        return translate("ScriptLabels", "{view} (as written)").format(view=view)
    if written is None:
        return translate("ScriptLabels", "{view} (converted)").format(view=view)
    return translate("ScriptLabels", "{view} (converted from {original})").format(view=view, original=written)
