"""Look Up Word (Ctrl+D, the context menu): the word at the caret, or the selection, in the
dictionary, shown in a popup beside it; Add to Vocabulary (the popup's button, the key A while
it shows, or the Edit menu) keeps it with its sentence and its place in the document.

The word's edges are the ones the reading already has (cut by jieba in the worker process), so
jieba never loads in the window. The dictionary's SQLite file is built on the first lookup ever
(about 2 s, in a thread); after that, opening it and a lookup each take well under a millisecond.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QTextCursor

from reader.core.dictionary import Dictionary, dictionary_folder
from reader.core.outline import sentence_at
from reader.core.passages import passage, word_at_caret
from reader.core.plural import plural
from reader.core.vocabulary import Vocabulary, item_from_lookup, vocabulary_path
from reader.gui.word_popup import WordPopup


def word_range(view) -> tuple[int, int] | None:
    """The selection without the blanks at its ends, or the word at the caret (original
    offsets; a character while the reading's words are not cut yet, and they are asked for);
    None on a blank line (reader.core.passages)."""
    selected = view.selected_range()
    if selected is not None:
        return passage(view.original_text, *selected)
    return word_at_caret(view.original_text, view.caret_original(), view.moves.word_at)


class WordLookup(QObject):
    """One per window: the dictionary (opened on first use) and the popup."""

    def __init__(self, data_dir: Path, runner, parent) -> None:
        super().__init__(parent)
        self.folder = dictionary_folder(data_dir)
        self.vocabulary_file = vocabulary_path(data_dir)
        self.runner = runner
        self.dictionary: Dictionary | None = None
        self._opening = False
        self._after_open = None  # what waits for the dictionary: () → None
        self.popup = WordPopup(parent)
        self.popup.addRequested.connect(self._add_shown)
        self._shown = None  # (reading, range) of the word the popup shows
        self._watched = None

    def look_up(self, reading, rng: tuple[int, int] | None = None) -> None:
        """The word at the caret or the selection, or the original range `rng` (the word under
        the mouse, reader.gui.hover_lookup): the caret stays where it is."""
        view = reading.view
        rng = rng or word_range(view)
        if rng is None:
            reading.status(self.tr("No word at the caret."), 3000)
            return
        word = reading.shown_view().slice(*rng).strip()
        if not word:
            reading.status(self.tr("No word at the caret."), 3000)
            return
        at = self._below(view, rng)
        self._watch(view)
        if self.dictionary is None:
            self.popup.show_message(word, self.tr("Preparing the dictionary (once)…"), at)
            self._open(lambda: self.popup.isVisible() and self.look_up(reading, rng))
            return
        found = self.dictionary.lookup(word, reading.session.user_words.words)
        self._shown = (reading, rng)
        self.popup.show_lookup(
            found,
            at,
            user_word_note=self.tr("“{word}” is one of your words (Treat as One Word)."),
            parts_note=self.tr("“{word}” is not in the dictionary; its parts:"),
            nothing=self.tr("“{word}” is not in the dictionary."),
        )

    def add_to_vocabulary(self, reading, rng: tuple[int, int] | None = None) -> None:
        """Edit ▸ Add to Vocabulary: the word at the caret (or the selection, or `rng`) with its
        reading and sense, the sentence it stands in, the document and the word's offsets in it,
        kept for the Vocabulary panel and export."""
        rng = rng or word_range(reading.view)
        shown = reading.shown_view()
        word = shown.slice(*rng).strip() if rng else ""
        if not word:
            reading.status(self.tr("No word at the caret."), 3000)
            return
        if self.dictionary is None:
            reading.status(self.tr("Preparing the dictionary (once)…"), 3000)
            self._open(lambda: self.add_to_vocabulary(reading, rng))
            return
        sentence = shown.slice(*sentence_at(reading.session.text, rng[0])).strip()
        path = str(reading.path) if reading.path is not None else ""
        found = self.dictionary.lookup(word, reading.session.user_words.words)
        item = item_from_lookup(found, sentence, reading.title(), path, rng)
        try:
            vocabulary = Vocabulary(self.vocabulary_file)
            vocabulary.add(item)
        except OSError as exc:
            reading.status(self.tr("Could not save the vocabulary: {error}").format(error=exc.strerror or exc), 5000)
            return
        count = len(vocabulary.items)
        message = plural(
            count,
            self.tr("“{word}” is in the vocabulary (1 word)."),
            self.tr("“{word}” is in the vocabulary ({count} words)."),
        )
        reading.status(message.format(word=word, count=count), 4000)
        if self.popup.isVisible() and self._shown == (reading, rng):
            self.popup.show_added(self.tr("In the vocabulary"))

    def _add_shown(self) -> None:
        if self._shown is not None and self.popup.can_add:
            self.add_to_vocabulary(*self._shown)

    def close(self) -> None:
        self.popup.hide()

    def shown_range(self):
        """(reading, original range) of the word the popup shows (None: a message, or none yet)."""
        return self._shown

    def _open(self, then) -> None:
        self._after_open = then
        if self._opening:
            return
        self._opening = True
        folder = self.folder
        self.runner.run(lambda: Dictionary.open(folder), self._opened, self._failed)

    def _opened(self, dictionary: Dictionary) -> None:
        self._opening = False
        self.dictionary = dictionary
        then, self._after_open = self._after_open, None
        if then is not None:
            then()

    def _failed(self, exc: BaseException) -> None:
        self._opening = False
        self._after_open = None
        reason = getattr(exc, "strerror", None) or str(exc)
        if self.popup.isVisible():
            self.popup.show_message(
                self.popup.word,
                self.tr("The dictionary could not be prepared: {reason}").format(reason=reason),
                self.popup.pos(),
            )

    @staticmethod
    def _below(view, rng: tuple[int, int]) -> QPoint:
        cursor = QTextCursor(view.document())
        cursor.setPosition(view.positions.to_qt(rng[0]))
        rect = view.cursorRect(cursor)
        return view.viewport().mapToGlobal(rect.bottomLeft() + QPoint(0, 4))

    def _watch(self, view) -> None:
        """Escape on the page closes the popup; so does moving the caret, or leaving the page."""
        if self._watched is view:
            return
        if self._watched is not None:
            self._watched.removeEventFilter(self)
            self._watched.caretMoved.disconnect(self.close)
        self._watched = view
        view.installEventFilter(self)
        view.caretMoved.connect(self.close)
        view.destroyed.connect(self._forget)

    def _forget(self) -> None:
        self._watched = None
        self.popup.hide()

    def eventFilter(self, watched, event) -> bool:
        if self.popup.isVisible():
            if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape:
                self.popup.hide()
                return True
            if _plain_key(event, Qt.Key.Key_A) and self.popup.can_add:
                self._add_shown()
                return True
            if event.type() in (QEvent.Type.FocusOut, QEvent.Type.Hide) and not _focus_to_popup(event):
                self.popup.hide()
        return False


def _plain_key(event, key) -> bool:
    """The key alone (Shift aside): A adds the shown word, while Ctrl+A still selects all."""
    if event.type() != QEvent.Type.KeyPress or event.key() != key:
        return False
    others = event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier & ~Qt.KeyboardModifier.KeypadModifier
    return others == Qt.KeyboardModifier.NoModifier


def _focus_to_popup(event) -> bool:
    return event.type() == QEvent.Type.FocusOut and event.reason() == Qt.FocusReason.PopupFocusReason
