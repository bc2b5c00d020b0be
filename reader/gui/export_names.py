"""The file name an export proposes: its words (" notes", translated) around a document's
title, written in the title's script, without the characters a file name cannot hold."""

from __future__ import annotations

from reader.core.char_classes import has_han
from reader.core.patterns import compiled
from reader.core.scripts import DEFAULT_VARIANT, TO_SIMPLIFIED, Script, convert, detect_script

_NOT_IN_NAMES = r'[\\/:*?"<>|\x00-\x1f]+'  # compiled on first use: the page imports this at launch


def export_stem(words: str, title: str, config: str | None = None) -> str:
    """words ("{title} notes", 学习笔记 in Chinese) with the title, in its script: a 繁體 title
    with 学习笔记 mixed the two. config: the OpenCC configuration to the title's script; None:
    the title's script as it reads (an English title leaves the words as they are)."""
    if has_han(words):  # Chinese words (an English name converts to itself)
        if config is None:
            script = detect_script(title)
            config = {Script.SIMPLIFIED: TO_SIMPLIFIED, Script.TRADITIONAL: DEFAULT_VARIANT}.get(script)
        if config is not None:
            words = convert(words, config)
    stem = words.format(title=title).strip()
    return compiled(_NOT_IN_NAMES).sub(" ", stem).strip(" .")[:120]
