"""The keyboard caret's own moves on the page: by jieba's words (Ctrl+←/→, a double click
selects one) and by paragraphs of the original (Ctrl+↑/↓), Shift extending the selection.
Before the words are cut (in the worker), a word is a character and the words are asked for."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from reader.core.passages import word_at_caret

if TYPE_CHECKING:
    from reader.gui.document_view import DocumentView

_CTRL = Qt.KeyboardModifier.ControlModifier
_SHIFT = Qt.KeyboardModifier.ShiftModifier
# Keys that move the caret from where it is: after the page was scrolled away from the caret
# (a drag of the bar, the wheel, a tree click), they start from the page read, not the caret.
CARET_KEYS = {
    Qt.Key.Key_PageDown,
    Qt.Key.Key_PageUp,
    Qt.Key.Key_Up,
    Qt.Key.Key_Down,
    Qt.Key.Key_Left,
    Qt.Key.Key_Right,
    Qt.Key.Key_Home,
    Qt.Key.Key_End,
}


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

    def select_word_at_caret(self) -> bool:
        """W, a double click: the word at the caret (reader.core.passages.word_at_caret) selected;
        False where there is none (a blank line), the caret left as it was."""
        view = self.view
        word = word_at_caret(view.original_text, view.caret_original(), self.word_at)
        if word is not None:
            view.select_original(*word)
        return word is not None

    def word_at(self, pos: int) -> tuple[int, int]:
        """The word around pos: a character until the words are cut (then asked for)."""
        view = self.view
        if view.words is None:
            view.wordsWanted.emit()
            return pos, pos + 1
        return view.words.word_at(pos)

    def caret_to_page(self, key: int, mods: Qt.KeyboardModifier) -> None:
        """Before a move from the caret, put a caret the page was scrolled away from at the top
        of the page read: PageDown after dragging the bar to the middle of a book goes on from
        there, as in any reader, instead of jumping back to the caret's page. A selection (or
        Shift, which extends one) keeps the caret where it is."""
        view = self.view
        if key not in CARET_KEYS or mods & _SHIFT or view.positions is None or view.selected_range():
            return
        top, bottom = view.visible_range()
        if not top <= view.caret_original() <= bottom:
            view.select_original(top, top, ensure_visible=False)

    def key_press(self, event) -> bool:
        """Handle a word or paragraph move; False for any other key."""
        view = self.view
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        self.caret_to_page(key, mods)
        if mods not in (_CTRL, _CTRL | _SHIFT):
            return False
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.move_word(key == Qt.Key.Key_Right, extend=bool(mods & _SHIFT))
            return True
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and view.positions:
            # here: the launch reads CARET_KEYS (reader.gui.typed_ahead) before the page's modules
            from reader.core.outline import next_paragraph, previous_paragraph

            anchor, caret = view.selection_original()
            text = view.original_text
            target = next_paragraph(text, caret) if key == Qt.Key.Key_Down else previous_paragraph(text, caret)
            view.select_original(anchor if mods & _SHIFT else target, target)
            return True
        return False
