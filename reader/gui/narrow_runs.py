"""Digits, Latin letters and runs of ASCII marks keep their own spacing while pinyin is shown.
The page's font sets every character wider apart then (pinyin_layer.RUBY_LETTER_SPACING: room
for each syllable over its character), and a QFont's spacing is for all its text: 2022, 14:04,
GDP and ____ were spread a fifth wider too, though no syllable is drawn over them. Qt has no
spacing by script, so each run of them gets its own: a character format of 100 % (the font's
own spacing), set when the document is typeset or pinyin is turned on, never from a resize or
paint."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtGui import QFont, QTextCharFormat, QTextCursor, QTextDocument, QTextFormat, QTextLayout

from reader.core.patterns import compiled
from reader.core.textpos import Utf16Map

_NARROW = "!-~\u00a1-\u024f\u0370-\u04ff\u1e00-\u1eff"
"""Basic and extended Latin, Greek, Cyrillic (ASCII's punctuation too): set in a font's own
narrow glyphs; a full-width digit (２) or Chinese punctuation is set as the characters are."""
_RUNS = f"[{_NARROW}](?:[ \u00a0{_NARROW}]*[{_NARROW}])?"
"""A run starts and ends with a narrow character and holds the spaces between its words
(compiled on first use: pinyin's, not the launch's)."""
STEP_RUNS = 500
"""Runs formatted between two yields of format_in_steps (a few ms)."""


def narrow_runs(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each run of two or more narrow characters in text, and of each lone
    digit or letter. Marks drawn together keep their spacing too: with pinyin on, 红楼梦's
    ____ showed as four dashes and *** spread apart. A lone ASCII quote or dash in Chinese
    text is set as the characters around it: the fifth more after it is a pixel, not seen on
    the screen, and formatting 红楼梦's 6,641 such marks too took twice as long (32 ms of the
    window's thread against 14: benchmarks/narrow_runs_format.py)."""
    for match in compiled(_RUNS).finditer(text):
        start, end = match.span()
        if end - start > 1 or text[start].isalnum():  # a run starts and ends with a narrow one
            yield start, end


def narrow_offsets(text: str) -> set[int]:
    """The offsets in text of the characters that keep their own spacing (in narrow_runs)."""
    return {i for start, end in narrow_runs(text) for i in range(start, end)}


def own_spacing() -> QTextCharFormat:
    """The format a narrow run keeps: the font's own spacing (100 % is Qt's unchanged)."""
    fmt = QTextCharFormat()
    fmt.setFontLetterSpacingType(QFont.SpacingType.PercentageSpacing)
    fmt.setFontLetterSpacing(100)
    return fmt


def has_own_spacing(fmt: QTextCharFormat) -> bool:
    return (
        fmt.hasProperty(QTextFormat.Property.FontLetterSpacing)
        and fmt.fontLetterSpacingType() == QFont.SpacingType.PercentageSpacing
    )


def format_in_steps(doc: QTextDocument) -> Iterator[None]:
    """Every narrow run of doc at its own spacing, merged into its format (a title's bold
    stays); None yielded after every STEP_RUNS runs. Harmless with pinyin off (100 % is the
    font's spacing), so a document keeps them when pinyin is turned off again."""
    cursor = QTextCursor(doc)
    fmt = own_spacing()
    text = doc.toPlainText()
    units = Utf16Map(text)  # a character outside the BMP is two of the cursor's positions
    for n, (start, end) in enumerate(narrow_runs(text)):
        cursor.setPosition(units.to_utf16(start))
        cursor.setPosition(units.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(fmt)
        if n % STEP_RUNS == STEP_RUNS - 1:
            yield None


def format_all(doc: QTextDocument) -> None:
    cursor = QTextCursor(doc)
    cursor.beginEditBlock()
    for _ in format_in_steps(doc):
        pass
    cursor.endEditBlock()


def layout_formats(text: str, units: Utf16Map) -> list[QTextLayout.FormatRange]:
    """The same runs for a QTextLayout measuring a line of text (title_balance), in its UTF-16
    units (units: text's)."""
    ranges = []
    for start, end in narrow_runs(text):
        one = QTextLayout.FormatRange()
        one.start, one.format = units.to_utf16(start), own_spacing()
        one.length = units.to_utf16(end) - one.start
        ranges.append(one)
    return ranges
