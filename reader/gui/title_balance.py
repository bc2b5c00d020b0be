"""Balanced titles on the page: a centred title or subtitle that wraps is laid out in lines of
even length, broken between words (reader.core.balance chooses them). Qt's own wrap breaks
there: the block is narrowed (its margins) to the longest line, and a shorter line is ended by
spacing after its characters (a character format: the text stays the text, so the caret,
selection, copy and every position are as they were): the first line by half as much after
its last character and as much indent, a later line between its characters, which keeps
each centred.

The lines depend on the page's width, so the margins and the spacing change when the page is
resized or jieba's words arrive. Never from a resize or paint handler, and never without
laying the document out again from the top: a format changed while Qt's lazy layout is
part-way through the document is laid out on its own, and Qt's partial layout then takes the
document for laid out to its end, so every block below the lazy layout's reach stays without
lines for good (the notice's last paragraphs were never drawn). So the formats are set when a
document is typeset, before any layout; and a change of width or of words only schedules
`rebalance`, which runs from the event loop, changes the formats that must change, and restarts
the layout from the top, as a new document's does.

A dateline or a breadcrumb, in small running type, is not spaced out so (第　九　届全国 in a
134 px compare pane): the page shows its runs (a date, a label) joined (positions: a zero width
joiner the page's text alone holds) and, once jieba's words are known, each word a line holds
(_tie_words: the LOOSE after each of its characters made a joiner, one character for one), so
that Qt's wrap breaks between words; and its lines are where that wrap ends them at the block's
width, chosen among the widths' wraps, or after a space, by spacing after that space, which
hangs past the line's end unseen (reader.core.balance.ragged_lines)."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QFont, QTextBlock, QTextCharFormat, QTextCursor, QTextDocument, QTextFormat, QTextLayout

from reader.core.balance import Balance, Padding, Soft, balanced_lines, break_pads, ragged_lines, tied
from reader.core.line_units import (
    JOINER,
    LOOSE,
    PAGE_ONLY,
    broken,
    inside,
    soft_cuts,
    whole_runs,
    without_page_chars,
)
from reader.core.textpos import Utf16Map
from reader.gui.narrow_runs import has_own_spacing, layout_formats, narrow_offsets, own_spacing
from reader.gui.positions import BALANCED_KINDS, GLUED_KINDS

if TYPE_CHECKING:
    from reader.gui.document_view import DocumentView

# a dateline and a breadcrumb are centred too: their lines break between their runs (line_units),
# not 2022年11月02|日14:04 來|源, nor before a breadcrumb's >> (Qt's own wrap did: 新聞網 / >>中國);
# set ragged (ragged_lines), not balanced: no spacing between their characters
LAID_OUT_KINDS = (*BALANCED_KINDS, *GLUED_KINDS)
SIZE_STEPS = {-1: 0.8, 0: 1.0, 1: 1.2, 2: 1.5}  # Qt scales a relative size as HTML's <font size>
SLACK = 1.0  # px of room on every line against rounding between the measure here and Qt's


class TitleBalancer(QObject):
    def __init__(self, view: DocumentView) -> None:
        super().__init__(view)
        self.view = view
        self._timer = QTimer(self, singleShot=True, interval=0, timeout=self.rebalance)
        self._owed = False
        """A balance was asked for while the page's width was not known: it is done once it shows."""
        self._fitted = False
        """The page, not shown yet, has the width its tab will show it at (ReadingPage.fit)."""
        self._width: float | None = None  # the width the titles were last balanced for
        view.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        # on screen at last, with its width (Qt sends a widget's resizes before its Show):
        # balanced here, before its first paint, which a scheduled balance could follow; also
        # when balanced for the width it was fitted to and resized since (a window resized)
        if event.type() == QEvent.Type.Show:
            fitted, self._fitted = self._fitted, False  # from now on, off screen may be a stale width
            if self._owed or (fitted and self._width != self.text_width(self.view.document())):
                self.rebalance()
        return False

    def fitted(self) -> None:
        """The page was given the size its tab will show it at, before it shows: a document
        typeset before that is balanced before the page lays it out (typeset_owed)."""
        self._fitted = True

    def typeset_owed(self, doc: QTextDocument, positions, blocks) -> bool:
        """Balance doc's titles, typeset while the page's width was not known, if it is known
        now: before the page lays doc out, so that it is laid out once (balanced once the page
        had laid it out, the notice was laid out again from the top before its first paint).
        True when they were balanced here."""
        if not self._owed:
            return False
        self.typeset(doc, positions, blocks)
        return not self._owed

    def text_width(self, doc: QTextDocument) -> float:
        """The width a block's lines have on the page (no margins of its own)."""
        return self.view.viewport().width() - 2 * doc.documentMargin()

    def typeset(self, doc: QTextDocument, positions, blocks) -> bool:
        """Set the titles' margins in doc for the page's width; True when one changed. Not
        before the page is on screen or fitted to its tab: its width is Qt's default until then
        (a new tab's page is made and typeset before it goes in the window), and a launch
        balanced the notice's title for 42 and 30 px wide pages (14 ms of the window's thread)
        before the real one."""
        width = self.text_width(doc)
        self._owed = not (self.view.isVisible() or self._fitted)
        if width <= 0 or self._owed:
            return False
        self._width = width
        changed = False
        cursor = QTextCursor(doc)
        for start, end, kind in blocks:
            if kind not in LAID_OUT_KINDS:
                continue
            a, b = positions.range_to_qt(start, end)
            block = doc.findBlock(a)
            while block.isValid() and block.position() <= b:
                changed |= self._balance(cursor, block, positions, width, kind in BALANCED_KINDS)
                block = block.next()
        return changed

    @property
    def pending(self) -> bool:
        """Whether a rebalance is scheduled and has not run yet."""
        return self._timer.isActive()

    def schedule(self) -> None:
        """Balance the shown document's titles again, from the event loop."""
        self._timer.start()

    def rebalance(self) -> None:
        self._timer.stop()  # balanced now: one asked for before need not run again
        view = self.view
        current = view.typeset_blocks()
        if view.positions is None or current is None:
            return
        doc = view.document()
        place = view.coords.place()
        if self.typeset(doc, view.positions, current):
            # a format changed in a document Qt may be laying out lazily: lay it out from the top
            doc.documentLayout().documentChanged(0, 0, doc.characterCount())
            view.layout_restarted()
            view.coords.keep_place(place)  # the reader's line stays where it was on the page

    def _balance(self, cursor: QTextCursor, block: QTextBlock, positions, width: float, title: bool) -> bool:
        # the balance counts the block's characters; Qt's positions in it are UTF-16 units,
        # two for a character outside the BMP (𠀀, 𪚥): translated here, both ways
        text = block.text()
        units = Utf16Map(text)
        font = _block_font(block)
        advances = _advances(text, font)
        margin, padding, tie_changed = 0.0, Padding(0.0, {}), False
        words = {units.to_code_point(end) for end in self._word_ends(block, positions)}
        if title:  # a title, in display type, may be spaced out to end a line
            lines = _title_lines(text, advances, _overhangs(text, font), words, width)
        else:  # a dateline's small type is not: ragged lines, each where Qt's wrap ends it, its words joined
            if sum(advances) + SLACK > width:  # (on one line they need not be: a launch's wide page)
                text, tie_changed = _tie_words(cursor, block, positions, text, advances, words, width - SLACK)
            lines = ragged_lines(text, advances, words, _soft_runs(text), width, SLACK)
        if lines is not None and title:
            margin = max(0.0, math.floor((width - lines.width - SLACK) / 2))
            padding = break_pads(text, advances, lines.starts, width - 2 * margin, SLACK)
        elif lines is not None:  # the block as wide as wraps it so; a space ends a line early
            margin = max(0.0, (width - lines.width) / 2)
            padding = Padding(0.0, lines.pads)
        changed = _set_margins(cursor, block, margin, padding.indent) or tie_changed
        # a pad is the character's whole spacing: with the spacing the page's font gives every
        # character (wider while pinyin is shown) in it, else the line would come out shorter
        # the narrow runs (their own spacing) matter only to a widened font's spacing and to a pad
        # taken away: not to a launch's first balance, which so leaves their pattern uncompiled
        padded = _pads(block)
        narrow = narrow_offsets(text) if padded or _widened(font) else set()
        spacings = {
            units.to_utf16(k): pad + _own_spacing(font, k in narrow, advances[k]) for k, pad in padding.pads.items()
        }
        if padded != spacings:
            _set_pads(cursor, block, spacings, {units.to_utf16(k) for k in narrow})
            changed = True
        return changed

    def _word_ends(self, block: QTextBlock, positions) -> set[int]:
        """Where jieba's words end in the block (its Qt positions); before the words are cut,
        every place a line may break."""
        words = self.view.words
        first, length = block.position(), block.length() - 1
        if words is None:
            return set(range(1, length))
        start, end = positions.range_to_original(first, first + length)
        ends, pos = set(), words.next(start)
        while pos < end:
            ends.add(positions.to_qt(pos) - first)
            pos = words.next(pos)
        return ends


def _title_lines(text: str, advances: list[float], overhangs: list[float], words: set[int], width: float):
    """A title's balanced lines, breaking inside none of its runs (line_units) where the lines
    can hold them whole; in two, after a field's label that starts it (法規名稱：)."""
    runs = whole_runs(text)
    lines = balanced_lines(text, advances, words - inside(runs), width, SLACK, overhangs)
    if lines is not None and broken(runs, lines.starts):  # a run the lines cannot hold whole
        fits = lambda a, b: sum(advances[a:b]) + SLACK <= width  # noqa: E731
        kept = inside(runs, but_inner=True, fits=fits)  # 日|14:04 before 2022年11|月; 法規|名稱 by words
        lines = balanced_lines(text, advances, words - kept, width, SLACK, overhangs)
    if lines is not None and runs and runs[0].start == 0 and text[runs[0].end - 1] in ":：":
        return _after_label(text, advances, overhangs, width, runs[0].end, lines)
    return lines


def _after_label(text: str, advances, overhangs, width: float, label: int, lines: Balance) -> Balance:
    """Two lines ended after the label (法規名稱： / 懲戒法院組織法, not 法規名稱：懲戒 / 法院組織法,
    as even, with pinyin on an 800 px window), where the lines were two and the rest fits one:
    a field's value is read whole, its label apart. (A longer value is balanced with it.)"""
    ink = lambda a, b: sum(advances[a:b]) + overhangs[b - 1]  # noqa: E731
    n = len(text)
    if len(lines.starts) != 1 or not 0 < label < n or max(ink(0, label), ink(label, n)) + SLACK > width:
        return lines
    return Balance([label], max(ink(0, label), ink(label, n)))


def _tie_words(
    cursor: QTextCursor, block: QTextBlock, positions, text: str, advances: list[float], words: set[int], room: float
) -> tuple[str, bool]:
    """The block's page-only characters (line_units.slots) made joiners inside its runs and
    inside its words a line `room` wide holds, LOOSEs elsewhere (line_units.tied), one
    character for one in the document and in positions: no position moves. The block's text
    as it is now, and whether a character changed. (words: where they end in text.)"""
    at = [k for k, ch in enumerate(text) if ch not in PAGE_ONLY]  # an offset without them → text's
    plain_at = {k: j for j, k in enumerate(at)}
    ties = tied(
        without_page_chars(text),
        [advances[k] for k in at],
        {plain_at[k] for k in words if k in plain_at},
        room,
    )
    units = Utf16Map(text)
    chars, changed = list(text), False
    for k, ch in enumerate(text):
        if ch not in PAGE_ONLY:
            continue
        want = JOINER if plain_at.get(k - 1) in ties else LOOSE
        qt = block.position() + units.to_utf16(k)
        positions.tie(qt - 1, want == JOINER)  # also where the page's document was kept from before
        if ch == want:
            continue
        chars[k], changed = want, True
        cursor.setPosition(qt)
        cursor.setPosition(qt + 1, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(want, cursor.charFormat())
    return "".join(chars), changed


def _soft_runs(text: str) -> list[Soft]:
    """The runs of a block's text (with the page's own characters in) that a line should hold
    whole."""
    at = [i for i, ch in enumerate(text) if ch not in PAGE_ONLY]  # a run's offsets without them → text's
    at.append(len(text))
    plain = without_page_chars(text)
    return [
        Soft(at[run.start], at[run.end - 1] + 1, tuple(at[c] for c in soft_cuts(plain, run)))
        for run in whole_runs(plain)
    ]


def _advances(text: str, font: QFont) -> list[float]:
    """Each character's advance, as Qt's layout shapes them in one line. One advance a
    character: Qt's positions are UTF-16 units, two for one outside the BMP."""
    units = Utf16Map(text)
    layout = _one_line(text, font, layout_formats(text, units) if _widened(font) else None)
    line = layout.lineAt(0)
    xs = [line.cursorToX(units.to_utf16(i))[0] for i in range(len(text) + 1)]
    return [b - a for a, b in zip(xs, xs[1:])]


def _overhangs(text: str, font: QFont) -> list[float]:
    """How far each character's glyph reaches past its advance, as Qt's layout shapes it: a
    line ending in a bold 償 (Noto Serif CJK SC, 21 pt) is 4 px wider in the layout than its
    advances, where QFontMetricsF gives it a positive right bearing (nothing past them). A
    title's balance needs them; a dateline's ragged lines, where Qt's wrap ends them, do not."""
    return [_overhang(_one_line(ch, font)) for ch in text]


def _overhang(layout: QTextLayout) -> float:
    line = layout.lineAt(0)  # a QTextLine lives as long as its layout: kept here till done
    return max(0.0, line.naturalTextWidth() - line.cursorToX(1)[0])


def _one_line(text: str, font: QFont, formats: list[QTextLayout.FormatRange] | None = None) -> QTextLayout:
    layout = QTextLayout(text, font)
    if formats:  # digits and Latin at their own spacing, as the page sets them (narrow_runs)
        layout.setFormats(formats)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return layout


def _block_font(block: QTextBlock) -> QFont:
    """The font the block's text is set in: the page's, in the block's weight and size step."""
    it = block.begin()
    char = it.fragment().charFormat() if not it.atEnd() else None
    font = QFont(block.document().defaultFont())
    if char is not None:
        font.setBold(char.fontWeight() >= QFont.Weight.Bold)
        step = char.intProperty(QTextFormat.Property.FontSizeAdjustment)
        font.setPointSizeF(font.pointSizeF() * SIZE_STEPS.get(step, 1.0))
    return font


def _widened(font: QFont) -> bool:
    """Whether the font sets its characters wider apart (while pinyin is shown)."""
    percent = font.letterSpacing()
    return font.letterSpacingType() == QFont.SpacingType.PercentageSpacing and percent not in (0.0, 100.0)


def _own_spacing(font: QFont, narrow: bool, advance: float) -> float:
    """The spacing the font sets after a character of this advance (measured with it); none
    after a digit or a Latin letter (narrow), which keep their own (narrow_runs)."""
    if not _widened(font) or narrow:
        return 0.0
    return advance * (1 - 100 / font.letterSpacing())


def pad_after(block: QTextBlock, offset: int) -> float:
    """The spacing a balanced title's line ends with, after the character at offset in the
    block (0 for any other character): part of the character's box, not of its glyph."""
    cursor = QTextCursor(block)
    cursor.setPosition(block.position() + offset + 1)  # the format of the character before
    return _pad(cursor.charFormat())


def _pad(fmt: QTextCharFormat) -> float:
    """A balanced line's spacing in px (absolute): not a digit's own spacing (a percentage)."""
    if not fmt.hasProperty(QTextFormat.Property.FontLetterSpacing) or has_own_spacing(fmt):
        return 0.0
    return fmt.fontLetterSpacing()


def _set_margins(cursor: QTextCursor, block: QTextBlock, margin: float, indent: float) -> bool:
    fmt = block.blockFormat()
    if (fmt.leftMargin(), fmt.rightMargin(), fmt.textIndent()) == (margin, margin, indent):
        return False
    fmt.setLeftMargin(margin)
    fmt.setRightMargin(margin)
    fmt.setTextIndent(indent)
    cursor.setPosition(block.position())
    cursor.setBlockFormat(fmt)
    return True


def _pads(block: QTextBlock) -> dict[int, float]:
    """The spacing after characters of the block (its Qt position → px), as set below."""
    pads, it = {}, block.begin()
    while not it.atEnd():
        fragment = it.fragment()
        spacing = _pad(fragment.charFormat())
        if spacing:
            first = fragment.position() - block.position()
            pads.update(dict.fromkeys(range(first, first + fragment.length()), spacing))
        it += 1
    return pads


def _set_pads(cursor: QTextCursor, block: QTextBlock, pads: dict[int, float], narrow: set[int]) -> None:
    """Spacing after the given characters only: each character keeps the rest of its format;
    a character of a narrow run (narrow: its offsets) its own spacing again where a pad goes."""
    for offset in [*_pads(block), *pads]:
        cursor.setPosition(block.position() + offset)
        cursor.setPosition(block.position() + offset + 1, QTextCursor.MoveMode.KeepAnchor)
        fmt = QTextCharFormat(cursor.charFormat())
        if offset in pads:
            fmt.setFontLetterSpacingType(QFont.SpacingType.AbsoluteSpacing)
            fmt.setFontLetterSpacing(pads[offset])
        elif offset in narrow:  # a digit's or a letter's own spacing again
            fmt.merge(own_spacing())
        else:
            fmt.clearProperty(QTextFormat.Property.FontLetterSpacing)
            fmt.clearProperty(QTextFormat.Property.FontLetterSpacingType)
        cursor.setCharFormat(fmt)
