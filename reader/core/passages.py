"""What the reader's selection commands take from the text: a passage without the blanks at its
ends, and the word at the caret.

A caret put past a line's end by a click, or on the blank line between two paragraphs (where ↓
stops), stands on a line break: W, N and Ctrl+D took that break as "the word", and H or N then
made a highlight of nothing, listed with an empty quote in the panel and the notebook."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

from reader.core.char_classes import ZERO_WIDTH


def is_blank(ch: str) -> bool:
    """A space, a line break or a zero-width character: nothing a reader marks."""
    return ch.isspace() or ch in ZERO_WIDTH


def _in_word(ch: str) -> bool:
    return not is_blank(ch) and not unicodedata.category(ch).startswith("P")


def strip_range(text: str, start: int, end: int) -> tuple[int, int]:
    """The range without the spaces and zero-width characters at its ends: a line of nothing
    else (a web page's lone zero-width space between paragraphs) is blank."""
    while start < end and is_blank(text[start]):
        start += 1
    while end > start and is_blank(text[end - 1]):
        end -= 1
    return start, end


def passage(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The passage start..end marks, without the blanks at its ends (a drag past a line's end
    takes its break); None when it holds nothing else."""
    start, end = strip_range(text, start, end)
    return (start, end) if end > start else None


def word_at_caret(text: str, caret: int, word_at: Callable[[int], tuple[int, int]]) -> tuple[int, int] | None:
    """The word at the caret, by word_at(pos) → (start, end). Where the caret stands on blanks,
    the last word before it on its line (a caret put past the line's end), else the first one
    after it on its line (a caret before a paragraph's indent); None on a blank line."""
    line_start = text.rfind("\n", 0, caret) + 1
    line_end = text.find("\n", caret)
    line_end = len(text) if line_end == -1 else line_end
    if caret < line_end and not is_blank(text[caret]):
        pos = caret
    elif line_start < caret <= line_end and not is_blank(text[caret - 1]):
        # past a line's end: its last word, not the full stop or quotation mark closing it
        pos = next((i for i in range(caret - 1, line_start - 1, -1) if _in_word(text[i])), caret - 1)
    else:
        pos = next((i for i in range(caret, line_end) if not is_blank(text[i])), None)
        if pos is None:
            return None
    return passage(text, *word_at(pos))
