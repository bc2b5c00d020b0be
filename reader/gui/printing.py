"""Print or write a PDF of the document in a chosen script: highlights in their colours, notes
numbered after each paragraph, page numbers, a CJK font (Qt embeds the glyphs it uses)."""

from __future__ import annotations

from bisect import bisect_right

from PySide6.QtCore import QMarginsF, Qt
from PySide6.QtGui import (
    QFont,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)

from reader.core import typeset
from reader.core.export.pdf_text import fix_radicals
from reader.core.scripts import Script
from reader.core.session import Session
from reader.core.wrapping import join_lines
from reader.gui.palette import highlight_colour
from reader.gui.preferences import ReadingPrefs, body_font


def _paragraphs(text: str, joins: list[int]):
    """(start, end) of each paragraph that is not blank: a line, or the lines a hard-wrapped
    text's soft breaks join."""
    soft = set(joins)
    start = pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        if end not in soft:
            if text[start:end].strip():
                yield start, end
            start = end + 1
        pos = end + 1


_PRINT_SIZES = {"title": 16, "heading": 13, "subheading": 11}


def _line_kinds(blocks: list[typeset.Block]):
    """kind(start, end) of a whole line: the typeset block holding it, else paragraph (a
    run-in heading leaves its line a paragraph)."""
    whole = [b for b in blocks if b.kind != "runin"]
    starts = [b.start for b in whole]

    def kind(start: int, end: int) -> str:
        i = bisect_right(starts, start) - 1
        if i >= 0 and whole[i].start <= start and end <= whole[i].end:
            return whole[i].kind
        return "paragraph"

    return kind


def _shown(view, start: int, end: int) -> str:
    """A stretch of a paragraph as printed: the lines of a wrapped paragraph joined."""
    return join_lines(view.slice(start, end))


def build_print_document(session: Session, script: Script, prefs: ReadingPrefs | None = None) -> QTextDocument:
    prefs = prefs or ReadingPrefs()
    view = session.view(script)
    font = body_font(prefs)
    font.setPointSizeF(11)
    doc = QTextDocument()
    doc.setDefaultFont(font)
    cursor = QTextCursor(doc)
    body = QTextBlockFormat()
    body.setLineHeight(150, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    body.setBottomMargin(8)
    notes_format = QTextBlockFormat()
    notes_format.setLeftMargin(24)
    notes_format.setBottomMargin(4)
    small = QTextCharFormat()
    small.setFontPointSize(9)
    plain = QTextCharFormat()
    annotations = session.annotations.placed()
    blocks = typeset.blocks(session.outline)
    kinds = _line_kinds(blocks)
    number = 0
    first = True
    for start, end in _paragraphs(session.text, typeset.line_joins(session.text, blocks)):
        kind = kinds(start, end)
        inside = [a for a in annotations if start <= a.start < end]
        block = QTextBlockFormat(body)
        if kind in ("breadcrumb", "title", "subtitle", "author", "dateline"):
            block.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        elif kind == "credit":
            block.setAlignment(Qt.AlignmentFlag.AlignRight)
        if not first:
            cursor.insertBlock(block, plain)
        else:
            cursor.setBlockFormat(block)
            first = False
        if kind in _PRINT_SIZES:  # the title and heading lines, as on screen
            heading = QTextCharFormat()
            heading.setFontPointSize(_PRINT_SIZES[kind])
            heading.setFontWeight(QFont.Weight.Bold)
            cursor.insertText(_shown(view, start, end), heading)
            continue
        pos = start
        notes = []
        for a in inside:
            if a.start > pos:
                cursor.insertText(_shown(view, pos, a.start), plain)
            fmt = QTextCharFormat()
            if a.colour and a.style == "highlight":
                fmt.setBackground(highlight_colour(a.colour, 255))
            else:
                fmt.setFontUnderline(True)
                fmt.setUnderlineColor(highlight_colour(a.colour, 255).darker(130))
            shown_from = max(pos, a.start)
            a_end = min(a.end, end)
            if a_end > shown_from:
                cursor.insertText(_shown(view, shown_from, a_end), fmt)
            pos = max(pos, a_end)
            if a.note.strip():
                number += 1
                marker = QTextCharFormat()
                marker.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignSuperScript)
                cursor.insertText(f"[{number}]", marker)
                notes.append((number, a.note.strip()))
        if end > pos:
            cursor.insertText(_shown(view, pos, end), plain)
        for n, note in notes:
            cursor.insertBlock(notes_format, small)
            cursor.insertText(f"[{n}] {note}", small)
    return doc


def write_pdf(path, session: Session, script: Script, prefs: ReadingPrefs | None = None) -> None:
    writer = QPdfWriter(str(path))
    writer.setTitle(session.title)
    writer.setCreator("Reader 研讀")
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF(18, 18, 18, 18))
    )
    doc = build_print_document(session, script, prefs)
    doc.print_(writer)  # paginates and numbers the pages
    del writer  # the file is complete once the writer is gone
    fix_radicals(path, doc.toPlainText())  # Noto CJK: ⼯ in the text layer where the page shows 工
