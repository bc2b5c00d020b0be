"""The small window that shows what the dictionary says of a word: its forms, pinyin and every
sense of every reading. A tool tip-like window that is shown without being activated, so the
page keeps the keyboard focus and its caret; the page's own key handler closes it on Escape.
Every text in it is Qt.PlainText: senses and words are data, never markup."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QFrame, QLabel, QLayout, QPushButton, QScrollArea, QVBoxLayout, QWidget

from reader.core.dictionary import Entry, Lookup

WIDTH = 420
MAX_HEIGHT = 420


def _label(text: str, parent: QWidget, scale: float = 1.0, bold: bool = False) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    if scale != 1.0 or bold:
        font = QFont(label.font())
        font.setPointSizeF(font.pointSizeF() * scale)
        font.setBold(bold)
        label.setFont(font)
    return label


def heading(entry: Entry) -> str:
    """说 說  shuō: the Simplified form, the Traditional one where it differs, the reading."""
    forms = entry.simplified if entry.simplified == entry.traditional else f"{entry.simplified} {entry.traditional}"
    return f"{forms}   {entry.pinyin}"


def senses_text(entry: Entry) -> str:
    glosses = entry.glosses
    if len(glosses) == 1:
        return glosses[0]
    return "\n".join(f"{i}. {sense}" for i, sense in enumerate(glosses, start=1))


class WordPopup(QFrame):
    addRequested = Signal()  # Add to Vocabulary (the button; the key A on the page)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.ToolTip)
        self.setObjectName("wordPopup")
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFrameShape(QFrame.Shape.Box)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(self.palette().ColorRole.Base)
        self._scroll = QScrollArea(self)
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 6, 8, 6)
        # as tall as its text (_fill): the layout's minimum, the scroll area's 68 px, left a
        # one-sense entry with empty space under it
        outer.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        outer.addWidget(self._scroll)
        # never focused: a click adds, and the page keeps the focus and its caret
        self.add_button = QPushButton(self.tr("&Add to Vocabulary"), self)
        self.add_button.setObjectName("addToVocabulary")
        self.add_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.add_button.setToolTip(self.tr("Keep the word with its reading, sense and sentence (A)"))
        self.add_button.clicked.connect(self.addRequested)
        outer.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignRight)
        self.word = ""

    def texts(self) -> list[str]:
        """Everything the popup says, in order (for tests and for copying)."""
        body = self._scroll.widget()
        return [label.text() for label in body.findChildren(QLabel)] if body else []

    @property
    def can_add(self) -> bool:
        """Showing what the dictionary says of a word (not a message), not yet added."""
        return self.isVisible() and self.add_button.isVisible() and self.add_button.isEnabled()

    def show_message(self, word: str, message: str, at: QPoint) -> None:
        self.add_button.hide()
        self._fill(word, [(message, 1.0, False)], at)

    def show_added(self, said: str) -> None:
        """The word is in the vocabulary now: the button says so (and adds no second time)."""
        self.add_button.setText(said)
        self.add_button.setEnabled(False)

    def show_lookup(self, found: Lookup, at: QPoint, user_word_note: str, parts_note: str, nothing: str) -> None:
        rows: list[tuple[str, float, bool]] = []

        def add(entries: tuple[Entry, ...]) -> None:
            for entry in entries:
                rows.append((heading(entry), 1.25, True))
                rows.append((senses_text(entry), 1.0, False))

        add(found.entries)
        if any(part.entries for part in found.parts):  # a number's digits are no help
            rows.append((parts_note.format(word=found.word), 1.0, False))
            for part in found.parts:
                if part.entries:
                    add(part.entries)
                else:
                    rows.append((f"{part.text}   —", 1.25, True))
        if found.user_word:
            rows.append((user_word_note.format(word=found.word), 1.0, False))
        if not rows:
            rows.append((nothing.format(word=found.word), 1.0, False))
        self.add_button.setText(self.tr("&Add to Vocabulary"))
        self.add_button.setEnabled(True)
        self.add_button.show()
        self._fill(found.word, rows, at)

    def _fill(self, word: str, rows: list[tuple[str, float, bool]], at: QPoint) -> None:
        self.word = word
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        for text, scale, bold in rows:
            column.addWidget(_label(text, body, scale, bold))
        column.addStretch(1)
        self._scroll.setWidget(body)  # as wide as the scroll area shows: the labels wrap there
        # wrapped labels are as tall as their width makes them: a sizeHint is one line each, and
        # a long entry (三國演義) got a popup of 100 px with a scroll bar, which then took the
        # width the text had been laid out in and cut every line's end
        inner = WIDTH - 16  # the frame's margins
        button = self.add_button.sizeHint().height() + 6 if not self.add_button.isHidden() else 0
        height = min(column.totalHeightForWidth(inner) + 14 + button, MAX_HEIGHT)
        self.resize(WIDTH, height)
        self.move(self._placed(at, height))
        self.show()
        self.raise_()

    def _placed(self, at: QPoint, height: int) -> QPoint:
        """Below the word, moved inside the screen (above the line when there is no room below)."""
        screen = QGuiApplication.screenAt(at) or QGuiApplication.primaryScreen()
        if screen is None:
            return at
        area = screen.availableGeometry()
        x = max(area.left(), min(at.x(), area.right() - WIDTH))
        y = at.y()
        if y + height > area.bottom():
            y = max(area.top(), y - height - 30)
        return QPoint(x, y)
