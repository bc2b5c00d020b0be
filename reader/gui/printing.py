"""Print or write a PDF of the document in a chosen script: highlights in their colours, notes
numbered after each paragraph, page numbers, a CJK font (Qt embeds the glyphs it uses)."""

from __future__ import annotations

from PySide6.QtCore import QMarginsF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)

from reader.core.annotations.styles import line_colour, printed_colour
from reader.core.export.layout import paragraphs, printed_texts, starts_indented
from reader.core.export.pdf_text import fix_radicals
from reader.core.scripts import Script
from reader.core.session import Session
from reader.gui.preferences import ReadingPrefs, body_font

_PRINT_SIZES = {"title": 16, "heading": 13, "subheading": 11}
_CENTRED = ("breadcrumb", "title", "subtitle", "author", "dateline")


def _span_format(span, heading: QTextCharFormat | None) -> QTextCharFormat:
    """A stretch in its highlight's paper colour (the style table's print colour), or
    underlined in the colour's deep tone; in the heading's size and weight on a heading line."""
    fmt = QTextCharFormat(heading) if heading is not None else QTextCharFormat()
    if span.bold:
        fmt.setFontWeight(QFont.Weight.Bold)
    a = span.annotation
    if a is None:
        return fmt
    fill = printed_colour(a.colour)
    if fill and a.style == "highlight":
        fmt.setBackground(QColor(fill))
    else:
        fmt.setFontUnderline(True)
        fmt.setUnderlineColor(QColor(line_colour(a.colour)))
    return fmt


def build_print_document(
    session: Session, script: Script, prefs: ReadingPrefs | None = None, resolution: int = 96
) -> QTextDocument:
    """The document to print on a device of `resolution` dots per inch: fonts are in points,
    but a block's indent is in the device's dots, so it is worked out for that device."""
    prefs = prefs or ReadingPrefs()
    font = body_font(prefs)
    font.setPointSizeF(11)
    doc = QTextDocument()
    doc.setDefaultFont(font)
    cursor = QTextCursor(doc)
    indent = 2 * font.pointSizeF() * resolution / 72  # two characters, in the device's dots
    body = QTextBlockFormat()
    body.setLineHeight(150, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    body.setBottomMargin(8)
    notes_format = QTextBlockFormat()
    notes_format.setLeftMargin(24)
    notes_format.setBottomMargin(4)
    small = QTextCharFormat()
    small.setFontPointSize(9)
    plain = QTextCharFormat()
    first = True
    for paragraph in paragraphs(session, script, session.annotations.placed()):
        kind = paragraph.kind
        block = QTextBlockFormat(body)
        if kind in _CENTRED:
            block.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        elif kind == "credit":
            block.setAlignment(Qt.AlignmentFlag.AlignRight)
        elif kind == "paragraph":  # justified, two characters in, as Chinese print sets a paragraph
            block.setAlignment(Qt.AlignmentFlag.AlignJustify)
            if not starts_indented(paragraph.spans):
                block.setTextIndent(indent)
        if not first:
            cursor.insertBlock(block, plain)
        else:
            cursor.setBlockFormat(block)
            first = False
        heading = None
        if kind in _PRINT_SIZES:  # the title and heading lines, as on screen
            heading = QTextCharFormat()
            heading.setFontPointSize(_PRINT_SIZES[kind])
            heading.setFontWeight(QFont.Weight.Bold)
        # full-width punctuation as the page shows it (Preferences ▸ clean punctuation)
        for span, text in zip(paragraph.spans, printed_texts(paragraph.spans, prefs.clean_punctuation), strict=True):
            cursor.insertText(text, _span_format(span, heading))
            for n in span.notes:
                marker = QTextCharFormat()
                marker.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignSuperScript)
                cursor.insertText(f"[{n}]", marker)
        for n, a in paragraph.notes:
            cursor.insertBlock(notes_format, small)
            cursor.insertText(f"[{n}] {a.note.strip()}", small)
    return doc


def write_pdf(path, session: Session, script: Script, prefs: ReadingPrefs | None = None) -> None:
    writer = QPdfWriter(str(path))
    writer.setTitle(session.title_in(script))
    writer.setCreator("Reader 研讀")
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF(18, 18, 18, 18))
    )
    doc = build_print_document(session, script, prefs, writer.resolution())
    doc.print_(writer)  # paginates and numbers the pages
    del writer  # the file is complete once the writer is gone
    fix_radicals(path, doc.toPlainText())  # Noto CJK: ⼯ in the text layer where the page shows 工
