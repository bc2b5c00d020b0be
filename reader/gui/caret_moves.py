"""The keyboard caret's own moves on the page: by jieba's words (Ctrl+←/→, a double click
selects one) and by paragraphs of the original (Ctrl+↑/↓), Shift extending the selection.
Before the words are cut (in the worker), a word is a character and the words are asked for."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from reader.core.outline import next_paragraph, previous_paragraph

if TYPE_CHECKING:
    from reader.gui.document_view import DocumentView

_CTRL = Qt.KeyboardModifier.ControlModifier
_SHIFT = Qt.KeyboardModifier.ShiftModifier


class CaretMoves:
    def __init__(self, view: DocumentView) -> None:
        self.view = view

    def move_word(self, forward: bool, extend: bool) -> None:
        view = self.view
        anchor, caret = view.selection_original()
        if view.words is None:
            view.wordsWanted.emit()
            limit = view.positions.to_original(view.document().characterCount() - 1)
            target = max(0, min(limit, caret + 1 if forward else caret - 1))  # by character until jieba is ready
        else:
            target = view.words.next(caret) if forward else view.words.previous(caret)
        view.select_original(anchor if extend else target, target)

    def select_word_at_caret(self) -> None:
        view = self.view
        caret = view.caret_original()
        if view.words is None:
            view.wordsWanted.emit()
            view.select_original(caret, caret + 1)
            return
        start, end = view.words.word_at(caret)
        view.select_original(start, end)

    def key_press(self, event) -> bool:
        """Handle a word or paragraph move; False for any other key."""
        view = self.view
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if mods not in (_CTRL, _CTRL | _SHIFT):
            return False
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.move_word(key == Qt.Key.Key_Right, extend=bool(mods & _SHIFT))
            return True
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and view.positions:
            anchor, caret = view.selection_original()
            text = view.original_text
            target = next_paragraph(text, caret) if key == Qt.Key.Key_Down else previous_paragraph(text, caret)
            view.select_original(anchor if mods & _SHIFT else target, target)
            return True
        return False
