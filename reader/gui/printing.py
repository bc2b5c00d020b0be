"""Print or write a PDF of the document in a chosen script: highlights in their colours, notes
numbered after each paragraph, page numbers, a CJK font (Qt embeds the glyphs it uses).

The page, faces, sizes, line spacing and page numbers are a hand-out style's
(core/export/handout_styles.py), the one the Word export reads: a 公文 PDF and a 公文 Word
file are one description."""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextLine,
)

from reader.core.annotations.styles import line_colour, printed_colour
from reader.core.atomic import atomic_write
from reader.core.export import language_of
from reader.core.export.handout_styles import HandoutStyle, TextStyle, handout_style
from reader.core.export.layout import paragraphs, printed_texts, starts_indented
from reader.core.export.pdf_text import fix_radicals
from reader.core.scripts import Script
from reader.core.session import Session
from reader.gui.reading_prefs import ReadingPrefs
from reader.gui.style_fonts import style_font

_WORD_LANGUAGE = {"zh-Hant": "zh-TW"}  # the faces' language, as the Word export names it
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


def _char_format(font: QFont) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setFont(font, QTextCharFormat.FontPropertiesInheritanceBehavior.FontPropertiesAll)
    return fmt


def build_print_document(
    session: Session,
    script: Script,
    prefs: ReadingPrefs | None = None,
    resolution: int = 96,
    style: HandoutStyle | str = "study",
    family: str = "",
) -> QTextDocument:
    """The document to print on a device of `resolution` dots per inch, in `style`'s faces and
    sizes (`family`, the command line's --font, for every face). Fonts are in points; Qt's
    layout scales a block's margins and fixed line height from 96 dpi pixels to the device,
    but not its first-line indent, which is in the device's dots."""
    prefs = prefs or ReadingPrefs()
    style = handout_style(style) if isinstance(style, str) else style
    language = _WORD_LANGUAGE.get(language_of(session, script), "zh-CN")
    dots = resolution / 72  # device dots a point
    px = 96 / 72  # 96 dpi pixels a point

    def font(text: TextStyle) -> QFont:
        return style_font(text, language, family)

    doc = QTextDocument()
    doc.setDefaultFont(font(style.body))
    cursor = QTextCursor(doc)
    indent = 2 * style.body.size * dots  # two characters
    body = QTextBlockFormat()
    if style.line_pitch is not None:  # the standard's grid: every body line the same distance
        body.setLineHeight(style.line_pitch * px, QTextBlockFormat.LineHeightTypes.FixedHeight.value)
    else:
        body.setLineHeight(style.line_spacing * 100, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    notes_format = QTextBlockFormat()
    notes_format.setLeftMargin(2 * style.note.size * px)
    notes_format.setBottomMargin(style.note.size * px / 3)
    small = _char_format(font(style.note))
    plain = QTextCharFormat()
    headings = {
        kind: (text, _char_format(font(text)))
        for kind, text in (("title", style.title), ("heading", style.heading1), ("subheading", style.heading2))
    }
    first = True
    for paragraph in paragraphs(session, script, session.annotations.placed()):
        kind = paragraph.kind
        block = QTextBlockFormat(body)
        heading, heading_format = headings.get(kind, (None, None))
        if heading is not None:
            block.setTopMargin(heading.space_before * px)
            block.setBottomMargin(heading.space_after * px)
            if style.line_pitch is not None:  # a larger title takes a line and a half of the grid
                lines = 1 if heading.size <= style.body.size else 1.5
                block.setLineHeight(style.line_pitch * lines * px, QTextBlockFormat.LineHeightTypes.FixedHeight.value)
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
        # full-width punctuation as the page shows it (Preferences ▸ clean punctuation)
        for span, text in zip(paragraph.spans, printed_texts(paragraph.spans, prefs.clean_punctuation), strict=True):
            cursor.insertText(text, _span_format(span, heading_format))
            for n in span.notes:
                marker = QTextCharFormat()
                marker.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignSuperScript)
                cursor.insertText(f"[{n}]", marker)
        for n, a in paragraph.notes:
            cursor.insertBlock(notes_format, small)
            cursor.insertText(f"[{n}] {a.note.strip()}", small)
    return doc


def page_layout(style: HandoutStyle) -> QPageLayout:
    """The style's paper and margins (top, bottom, left, right in mm)."""
    top, bottom, left, right = style.margins
    return QPageLayout(
        QPageSize(QSizeF(*style.page), QPageSize.Unit.Millimeter, "", QPageSize.SizeMatchPolicy.FuzzyMatch),
        QPageLayout.Orientation.Portrait,
        QMarginsF(left, top, right, bottom),
        QPageLayout.Unit.Millimeter,
    )


def _lines(doc: QTextDocument) -> list[tuple[float, QTextLine, QPointF]]:
    """Each laid-out line: its top in the document's dots, the line, its block's position."""
    out = []
    block = doc.begin()
    while block.isValid():
        layout = block.layout()
        at = layout.position()
        out += [(at.y() + line.y(), line, at) for line in map(layout.lineAt, range(layout.lineCount()))]
        block = block.next()
    return sorted(out, key=lambda entry: entry[0])


def print_document(doc: QTextDocument, device: QPagedPaintDevice, style: HandoutStyle, family: str = "") -> int:
    """Lay `doc` out in the device's type area and paint it page by page, each page's number
    under the type area in the style's face and form (— 1 — at the outer side in 公文).
    Returns the number of pages."""
    area = device.pageLayout().paintRectPixels(device.resolution())  # the type area, in dots
    dots = device.resolution() / 72
    doc.documentLayout().setPaintDevice(device)  # points become the device's dots, as print_ does
    doc.setPageSize(QSizeF(area.width(), area.height()))
    pages = max(doc.pageCount(), 1)
    lines = _lines(doc)
    number_font = style_font(style.page_number, "zh-CN", family)
    # GB/T 9704 7.5: the numbers' line 7 mm under the type area; one character in at the outer side
    gap = 7 / 25.4 * device.resolution()
    height = style.page_number.size * 2 * dots
    inset = style.page_number.size * dots if style.outside_page_numbers else 0
    painter = QPainter(device)
    if not painter.isActive():  # a PDF writer that cannot open its file, a printer that refuses
        raise OSError(errno.EIO, os.strerror(errno.EIO))
    try:
        for page in range(pages):
            if page:
                device.newPage()
            # line by line, each on the page it begins on: the layout's own drawing draws a
            # paragraph's every line that meets the page, and one at the foot of the page
            # before, though hidden by a clip, would stand again in this page's text layer
            painter.save()
            painter.translate(QPointF(0, -page * area.height()))
            for top, line, at in lines:
                if page * area.height() <= top < (page + 1) * area.height():
                    line.draw(painter, at)
            painter.restore()
            painter.setFont(number_font)
            painter.setPen(QColor("black"))
            number_line = QRectF(inset, area.height() + gap, area.width() - 2 * inset, height)
            if style.outside_page_numbers:
                align = Qt.AlignmentFlag.AlignRight if page % 2 == 0 else Qt.AlignmentFlag.AlignLeft
            else:
                align = Qt.AlignmentFlag.AlignHCenter
            painter.drawText(number_line, align | Qt.AlignmentFlag.AlignTop, style.page_number_format.format(page + 1))
    finally:
        painter.end()
    return pages


def write_pdf(
    path,
    session: Session,
    script: Script,
    prefs: ReadingPrefs | None = None,
    style: HandoutStyle | str = "study",
    family: str = "",
) -> None:
    """The PDF at `path`, whole or not at all: an OSError says why it could not be written
    (a read-only folder, a full disk), and a file already there is left as it was."""
    atomic_write(Path(path), pdf_bytes(session, script, prefs, style, family), shared=True)


def pdf_bytes(
    session: Session,
    script: Script,
    prefs: ReadingPrefs | None = None,
    style: HandoutStyle | str = "study",
    family: str = "",
) -> bytes:
    """The printed document as a PDF's bytes. Qt writes to a file and says nothing when it
    cannot (a read-only folder) or stops short (a full disk): it writes a draft in the
    temporary folder, and a draft that is not whole raises OSError, never a damaged PDF."""
    style = handout_style(style) if isinstance(style, str) else style
    with tempfile.TemporaryDirectory(prefix="reader-pdf-") as folder:
        draft = Path(folder) / "draft.pdf"
        writer = QPdfWriter(str(draft))
        writer.setTitle(session.title_in(script))
        writer.setCreator("Reader 研讀")
        writer.setPageLayout(page_layout(style))
        doc = build_print_document(session, script, prefs, writer.resolution(), style, family)
        print_document(doc, writer, style, family)
        del writer  # the file is complete once the writer is gone
        data = draft.read_bytes()
        if not data.rstrip().endswith(b"%%EOF"):  # Qt stopped writing part way
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(draft))
        if fix_radicals(draft, doc.toPlainText()):  # Noto CJK: ⼯ in the text layer where the page shows 工
            data = draft.read_bytes()
    return data
