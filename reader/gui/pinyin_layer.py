"""Pinyin over the text (View ▸ Pinyin): each Chinese character's syllable drawn small above it,
in the page's own paint layer. Qt's rich text has no ruby, so the page's lines are made taller
while it is on (RUBY_LINE_HEIGHT) and the syllables are painted into the room above each line;
the text, highlights, selection and find hits stay the document's own, beneath. A syllable is
mostly wider than its character, so the characters are set wider apart too (RUBY_LETTER_SPACING,
in the page's font, as books printed with pinyin set them), and each line's syllables are placed
by ruby_layout: near their characters, never touching, a word's syllables closer together than
two words'.

The syllables come from the worker (reader.core.analysis.make_pinyin: jieba and pypinyin on the
Simplified view), in original offsets, so they stay on their characters in every script view.
Each paint places only the syllables of the lines on screen, from the lines' own geometry.
The syllables are written as RubyStyle says: pinyin or Zhuyin (horizontal, after the
syllable's reading, so both always agree), in one colour or coloured by tone."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QTextLine

from reader.gui.ruby_style import RubyStyle, tone_colour
from reader.gui.title_balance import pad_after
from reader.gui.visible_blocks import first_visible_block

if TYPE_CHECKING:  # names for annotations, not imported at launch
    from PySide6.QtGui import QStaticText  # made with the first syllable (see paint)

    from reader.core.pinyin import CharacterReadings  # from the worker: no pinyin tables (~10 ms of patterns)
    from reader.gui.ruby_layout import Placement

RUBY_LINE_HEIGHT = 240
"""Percent of the font's height a line takes while pinyin is shown: room for a syllable line
of half the text's size above each line of text."""
RUBY_SCALE = 0.5
"""The syllables' size against the text's."""
RUBY_LETTER_SPACING = 120
"""Percent of each character's width it takes on the line while pinyin is shown (QFont's
PercentageSpacing): at half the text's size a syllable is often wider than its character
(zhuàng, chuáng 1.7 times). Placed by ruby_layout on lines of the notice set as they were, 19 %
of its syllables had to be condensed (to 0.72); a fifth more room leaves 1.1 % condensed (to 0.9
at least) and 95 % of the syllables within an eighth of a character of their characters'
centres; 孟子's shorter syllables all at their own width (benchmarks/pinyin_spacing.py). A
quarter more would condense none of the notice's but spread the text further for little."""
WORD_GAP = 2.0
"""The least room between two words' syllables, in spaces of the syllables' font; inside a
word it is one space: a word's syllables read as one group, as Hanyu Pinyin writes a word."""
ZHUYIN_SCALE = 0.6
"""Zhuyin's: its symbols are full-width, so it is condensed more often than pinyin, and taller
symbols read better; its tone mark is drawn over the last symbol, taking no width."""


class PinyinLayer:
    def __init__(self, view) -> None:
        self.view = view
        self.readings: CharacterReadings | None = None
        self.held = False
        """While the page is typeset again for pinyin: nothing drawn over the lines before."""
        self.style = RubyStyle()
        self._font = QFont()
        self._texts: dict[str, QStaticText] = {}

    @property
    def active(self) -> bool:
        return self.readings is not None

    def set(self, readings: CharacterReadings | None) -> None:
        """Show these syllables, or none (None): the caller makes the lines' room (line_room)."""
        self.readings = readings
        self.view.viewport().update()

    def set_style(self, style: RubyStyle) -> None:
        """Pinyin or Zhuyin, tone colours or not: only painted otherwise, nothing typeset."""
        if style != self.style:
            self.style = style
            self._texts = {}
            self.view.viewport().update()

    def label(self, syllable: str) -> str:
        """What is written over a character whose reading is `syllable`."""
        from reader.core.zhuyin import zhuyin  # Zhuyin: once pinyin is on

        return zhuyin(syllable) if self.style.zhuyin else syllable

    def font(self) -> QFont:
        font = QFont(self.view.font())
        font.setPointSizeF(self.view.font().pointSizeF() * (ZHUYIN_SCALE if self.style.zhuyin else RUBY_SCALE))
        return font

    def page_font(self, font: QFont) -> QFont:
        """The page's font as the document sets its text: its characters set wider apart
        while pinyin is shown (a document's default font: set when pinyin is turned on or a
        document is typeset, never while painting)."""
        if not self.active:
            return font
        spaced = QFont(font)
        spaced.setLetterSpacing(QFont.SpacingType.PercentageSpacing, RUBY_LETTER_SPACING)
        return spaced

    def room(self) -> int:
        """Pixels a line's syllables take above it (0 while pinyin is off): a line put at the
        top of the page is put this far below it, so its syllables are on the page too."""
        return int(QFontMetricsF(self.font()).height()) + 1 if self.active else 0

    def placements(self) -> list[Placement]:
        """The syllables of the lines on screen, each with its character's box and where it is
        drawn: taken from the line's own geometry (QTextLine), so a character at a line's end
        keeps its width and a line's characters are found without hit-testing each one; each
        line's syllables placed together (ruby_layout.arrange) within the page."""
        view, readings = self.view, self.readings
        if readings is None or self.held or view.positions is None or not len(readings):
            return []
        # placing syllables: imported once pinyin is on (it is off by default)
        from reader.gui.ruby_layout import Placement, Slot, arrange

        to_qt, to_original = view.positions.to_qt, view.positions.to_original
        dx = -view.horizontalScrollBar().value()
        dy = -view.verticalScrollBar().value()
        page = view.viewport().width()
        bottom = view.viewport().height() + self.room()
        metrics = self._metrics()
        space = metrics.horizontalAdvance(" ")
        words = view.words
        block = first_visible_block(view)
        out: list[Placement] = []
        while block.isValid():
            layout = block.layout()
            if layout.lineCount() == 0 and block.length() > 1:
                break  # not laid out yet: below the page
            origin = layout.position()
            if origin.y() + dy > bottom:
                break
            if block.isVisible():  # not a folded paragraph
                base = block.position()
                for n in range(layout.lineCount()):
                    line = layout.lineAt(n)
                    top = origin.y() + line.y() + dy
                    if top + line.height() < 0:
                        continue
                    if top > bottom:
                        break
                    start = to_original(base + line.textStart())
                    end = to_original(base + line.textStart() + line.textLength(), end=True)
                    shown = readings.between(start, end)
                    if not shown:
                        continue
                    boxes, slots, after = [], [], None
                    for pos, syllable in shown:
                        at = to_qt(pos) - base
                        left = _x(line, at)
                        width = _x(line, at + 1) - left
                        glyph = width * 100 / RUBY_LETTER_SPACING  # the page's spacing is after the character
                        if at + 1 == line.textStart() + line.textLength():  # a title's line may end in spacing
                            pad = pad_after(block, at)  # all of its spacing
                            if pad:
                                width = glyph = width - pad
                        box = QRectF(origin.x() + left + dx, top, width, line.height())
                        one_word = after == pos and words is not None and words.word_at(pos)[0] != pos
                        gap = space if one_word else WORD_GAP * space
                        natural = self._width(syllable)
                        slots.append(Slot(box.left() + glyph / 2, width / 2, natural, gap))
                        boxes.append((pos, syllable, box))
                        after = pos + 1
                    for (pos, syllable, box), place in zip(boxes, arrange(slots, 1.0, page - 1.0)):
                        out.append(Placement(pos, syllable, box, place.left, place.scale))
            block = block.next()
        return out

    def visible(self) -> list[tuple[int, str]]:
        """The (original offset, syllable) pairs on screen."""
        return [(p.pos, p.syllable) for p in self.placements()]

    def paint(self, painter: QPainter) -> None:
        shown = self.placements()
        if not shown:
            return
        # here, not at the top: PySide makes a class and its enums at its first touch, and the
        # launch draws no pinyin
        from PySide6.QtGui import QTransform

        from reader.core.tones import tone_of  # writing syllables: once pinyin is on
        from reader.core.zhuyin import NEUTRAL_DOT

        font = self.font()
        height = QFontMetricsF(font).height()
        painter.setFont(font)
        painter.setPen(self.view.palette().placeholderText().color())
        coloured, dark = self.style.tone_colours, self.view.dark
        base = painter.worldTransform()
        for p in shown:
            if coloured:
                painter.setPen(tone_colour(tone_of(p.syllable), dark))
            written, mark = self._written(p.syllable)
            text = self._static(written, font)
            # above the line's own top, in the room the taller line left there; condensed
            # (p.scale < 1) only where ruby_layout found no room for its whole width
            place = QTransform.fromTranslate(p.left, p.char.top() - height)
            painter.setWorldTransform(QTransform.fromScale(p.scale, 1.0) * place * base)
            painter.drawStaticText(QPointF(0, 0), text)
            if mark:  # Zhuyin's tone mark over the end of the syllable (the neutral dot over its start)
                sign = self._static(mark, font)
                needed = text.size().width()
                at = 0.0 if mark == NEUTRAL_DOT else needed - sign.size().width() * 0.8
                painter.setWorldTransform(QTransform.fromTranslate(at * p.scale, -0.55 * height) * place * base)
                painter.drawStaticText(QPointF(0, 0), sign)
        painter.setWorldTransform(base)

    def _written(self, syllable: str) -> tuple[str, str]:
        """What is written over a character and its separate tone mark (Zhuyin's; "" for pinyin)."""
        from reader.core.zhuyin import split_mark

        return split_mark(self.label(syllable)) if self.style.zhuyin else (syllable, "")

    def _metrics(self) -> QFontMetricsF:
        font = self.font()
        if font != self._font:  # each syllable laid out once per font, not once per paint
            self._font, self._texts = QFont(font), {}
        return QFontMetricsF(font)

    def _width(self, syllable: str) -> float:
        """A syllable's written width, as drawn (its Zhuyin's tone mark takes none)."""
        return self._static(self._written(syllable)[0], self._font).size().width()

    def _static(self, written: str, font: QFont) -> QStaticText:
        """One syllable's laid-out text, made once per font."""
        text = self._texts.get(written)
        if text is None:
            from PySide6.QtGui import QStaticText, QTransform  # here, as in paint

            text = self._texts[written] = QStaticText(written)
            text.setTextFormat(Qt.TextFormat.PlainText)
            text.prepare(QTransform(), font)
        return text


def _x(line: QTextLine, at: int) -> float:
    found = line.cursorToX(at)  # PySide6 gives (x, the position it took)
    return found[0] if isinstance(found, tuple) else found
