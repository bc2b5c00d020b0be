"""A Word document (.docx) of the annotations, for offices that pass notes on in Word.

Two shapes. The hand-out: the title, source and date, then the highlights in document order
under their section headings, each quote shaded in its colour with its note below. The whole
text: the document itself with the highlights shaded and each note a numbered footnote where
its passage ends (docx_footnotes.py: printed, and kept in LibreOffice's PDF), or, as an option,
a Word comment on its passage, as a colleague's review would be.

python-docx writes it: the maintained pure-Python writer of .docx (over lxml, no office suite
needed), whose files Word and LibreOffice both open, and from 1.2 it writes comments. What it
has no call for (run shading, the East Asian font and language) is set on its XML elements.
Shading rather than Word's highlighter: the highlighter knows 16 fixed colours (no pale
purple or pink), shading takes the style table's print colours exactly."""

from __future__ import annotations

import io
import re
from datetime import UTC, datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.text.paragraph import Paragraph as DocxParagraph

from reader.core.annotations.model import Annotation
from reader.core.annotations.styles import line_colour, printed_colour
from reader.core.export import NO_COLOUR, ExportData, ExportItem, docx_styles
from reader.core.export.docx_footnotes import Footnotes
from reader.core.export.handout_styles import HandoutStyle, handout_style
from reader.core.export.layout import Paragraph, printed_texts, starts_indented
from reader.core.punctuation import clean_punctuation

# Word picks the East Asian font of the theme by the text's language (宋体 for zh-CN, 新細明體
# for zh-TW; LibreOffice substitutes its CJK serif for either); naming them too makes the
# choice explicit where the theme is not read
_WORD_LANGUAGE = {"zh-Hans": "zh-CN", "zh-Hant": "zh-TW", "zh": "zh-CN"}
# elements that follow w:shd and w:lang in a run's properties (ECMA-376 CT_RPr's sequence:
# Word refuses a file whose elements are out of order)
_AFTER_SHD = (
    "w:fitText",
    "w:vertAlign",
    "w:rtl",
    "w:cs",
    "w:em",
    "w:lang",
    "w:eastAsianLayout",
    "w:specVanish",
    "w:oMath",
)
_AFTER_LANG = ("w:eastAsianLayout", "w:specVanish", "w:oMath")
_MUTED = RGBColor(0x66, 0x66, 0x66)
# what XML 1.0 cannot hold (lxml refuses it): a control character pasted into a note, a lone surrogate
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _xml(text: str) -> str:
    return _NOT_XML.sub("", text)


_CENTRED = ("breadcrumb", "title", "subtitle", "author", "dateline")


def _hex(colour: str) -> str:
    return colour.lstrip("#").upper()


def _shade(run, colour: str) -> None:
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), _hex(colour))
    run._r.get_or_add_rPr().insert_element_before(shd, *_AFTER_SHD)


def _mark(run, annotation: Annotation | None) -> None:
    """A run in its annotation's look: shaded in the print colour, or underlined."""
    if annotation is None:
        return
    fill = printed_colour(annotation.colour)
    if fill and annotation.style == "highlight":
        _shade(run, fill)
    else:  # an underline, or a comment without a colour
        run.font.underline = True
        underline = run._r.get_or_add_rPr().find(qn("w:u"))
        underline.set(qn("w:color"), _hex(line_colour(annotation.colour)))


def _set_language(document, language: str, style: HandoutStyle) -> None:
    """The whole document's East Asian language, and its faces and page as `style` says."""
    word = _WORD_LANGUAGE.get(language, "zh-CN")
    styles = document.styles.element
    rpr = styles.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.insert_element_before(lang, *_AFTER_LANG)
    lang.set(qn("w:eastAsia"), word)
    # the template's defaults and other styles name theme fonts whose East Asian face is
    # Japanese (MS ゴシック): a theme attribute wins over a named font, so each is named
    for fonts in styles.iter(qn("w:rFonts")):
        for attribute in docx_styles.THEME_ATTRIBUTES:
            fonts.attrib.pop(qn(attribute), None)
        fonts.set(qn("w:eastAsia"), style.body.face.east_asian(word))
    docx_styles.set_fonts(rpr, style.body, word)
    docx_styles.apply(document, style, word)


def _drop_thumbnail(document) -> None:
    """python-docx's template carries the thumbnail of a blank page, which file managers
    would show as the preview of every export; without one they draw their own."""
    rels = document.part.package.rels
    for rId in [r for r, rel in rels.items() if rel.reltype == RT.THUMBNAIL]:
        del rels[rId]


def blank_document(language: str, style: HandoutStyle):
    """An empty Word document in `style`'s page and faces, for text in `language`."""
    document = Document()
    _drop_thumbnail(document)
    # A4 and the style's margins: the template's US Letter prints short on A4 paper
    _set_language(document, language, style)
    return document


def _new_document(data: ExportData):
    document = blank_document(data.language, handout_style(data.style))
    props = document.core_properties
    props.title = _xml(data.title)
    props.author = ""
    props.comments = _xml(data.source)
    props.subject = _xml(data.dateline)
    props.created = props.modified = datetime.now(UTC)
    props.revision = 1
    return document


class Body:
    """The body of a Word document in a hand-out style: headings, quotes, small lines.

    Appends paragraphs in constant time. python-docx's add_paragraph looks for the section
    properties at the end of the body anew for every paragraph, so a hand-out of 10,000
    highlights took seconds (quadratic); here that place is found once."""

    def __init__(self, document, style: HandoutStyle) -> None:
        self.document = document
        self.style = style
        body = document.element.body
        self._end = body.find(qn("w:sectPr"))
        self._body = body
        self._styles: dict[str, object] = {}

    def paragraph(self, style: str = "") -> DocxParagraph:
        p = OxmlElement("w:p")
        if self._end is not None:
            self._end.addprevious(p)
        else:
            self._body.append(p)
        paragraph = DocxParagraph(p, self.document)
        if style:
            if style not in self._styles:  # a lookup by name reads every style of the template
                self._styles[style] = self.document.styles[style]
            paragraph.style = self._styles[style]
        return paragraph

    def heading(self, text: str, level: int) -> DocxParagraph:
        paragraph = self.paragraph("Title" if level == 0 else f"Heading {level}")
        if text:
            paragraph.add_run(_xml(text))
        return paragraph

    def meta(self, text: str) -> DocxParagraph:
        """A small grey line: the source and date, an annotation's colour and time."""
        paragraph = self.paragraph()
        run = paragraph.add_run(_xml(text))
        run.font.size = Pt(9)
        run.font.color.rgb = _MUTED
        return paragraph

    def lines(self, text: str, annotation: Annotation | None = None) -> DocxParagraph:
        """One paragraph of lines kept apart by line breaks, indented under the section."""
        paragraph = self.paragraph()
        paragraph.paragraph_format.left_indent = _INDENT
        for i, line in enumerate(text.split("\n")):
            if i:
                paragraph.add_run().add_break()
            _mark(paragraph.add_run(_xml(line)), annotation)
        return paragraph


_INDENT = Cm(0.75)


def _handout(body: Body, data: ExportData) -> None:
    body.heading(clean_punctuation(data.title), 0)
    meta = data.meta
    if meta:
        body.meta(clean_punctuation(meta))
    if data.summary and data.items:
        _summary(body, data)
    for section, items in data.groups():
        body.heading(clean_punctuation(section) or data.labels.orphans, 1)
        for item in items:
            _item(body, item, data)


def _summary(body: Body, data: ExportData) -> None:
    """The 学习笔记's table: a row per section, a column per colour used, the totals last."""
    colours, rows = data.summary_table()
    labels = data.labels
    names = [labels.colours.get(c, labels.no_colour if c == NO_COLOUR else c) for c in colours]
    table = body.document.add_table(rows=1 + len(rows), cols=1 + len(colours))
    table.style = body.document.styles["Table Grid"]
    body._end.addprevious(table._tbl)  # where the hand-out has got to, before the sections
    header = table.rows[0].cells
    header[0].text = labels.section
    for cell, name, colour in zip(header[1:], names, colours, strict=True):
        cell.text = name
        fill = printed_colour(colour)
        if fill:
            _shade(cell.paragraphs[0].runs[0], fill)
    for row, (section, counts) in zip(table.rows[1:], rows, strict=True):
        row.cells[0].text = _xml(clean_punctuation(section))
        for cell, count in zip(row.cells[1:], counts, strict=True):
            cell.text = str(count)
            cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    # the sections' names wide, the counts narrow: even columns wrapped a heading a word a line
    section = body.document.sections[0]
    width = section.page_width - section.left_margin - section.right_margin
    first = int(width * 0.5)
    other = int((width - first) / max(len(colours), 1))
    table.autofit = False
    for i, column in enumerate(table.columns):  # the grid, which LibreOffice reads
        column.width = first if i == 0 else other
    for row in table.rows:  # and each cell's, which Word reads
        for i, cell in enumerate(row.cells):
            cell.width = first if i == 0 else other
    for cell in table.rows[-1].cells:  # the totals
        for run in cell.paragraphs[0].runs:
            run.bold = True
    body.paragraph()  # a line between the table and the first section


def _item(body: Body, item: ExportItem, data: ExportData) -> None:
    a = item.annotation
    quote = body.lines(clean_punctuation(item.quote), a)
    quote.paragraph_format.space_after = Pt(2)
    meta = body.meta(data.labels.meta(data.labels.style(a), data.labels.format_date(a.modified)))
    meta.paragraph_format.left_indent = _INDENT
    if a.note.strip():
        body.lines(a.note)


def _whole_text(body: Body, data: ExportData) -> None:
    paragraphs = data.paragraphs or []
    if not any(p.kind == "title" for p in paragraphs):
        body.heading(clean_punctuation(data.title), 0)
    runs_of: dict[str, list] = {}  # annotation id → its runs, first to last
    annotations: dict[str, Annotation] = {}
    footnotes = Footnotes()
    for paragraph in paragraphs:
        out = _paragraph(body, paragraph)
        noted = dict(paragraph.notes)
        for span, text in zip(paragraph.spans, printed_texts(paragraph.spans), strict=True):
            run = out.add_run(_xml(text))
            run.bold = span.bold or None
            _mark(run, span.annotation)
            for a in span.covering:
                runs_of.setdefault(a.id, []).append(run)
                annotations[a.id] = a
            if not data.comments:
                for number in span.notes:  # numbered where the passage ends, as the PDF does
                    footnotes.reference(out, _xml(noted[number].note.strip()))
    if data.comments:
        notes = [(annotations[i], runs) for i, runs in runs_of.items() if annotations[i].note.strip()]
        _add_comments(body.document, notes, data.labels.author)
    footnotes.write(body.document)
    orphans = [item for item in data.items if item.start is None]
    if orphans:
        body.heading(data.labels.orphans, 1)
        for item in orphans:
            _item(body, item, data)


def _add_comments(document, notes: list[tuple[Annotation, list]], author: str) -> None:
    """Each note as a Word comment on its passage's runs, dated when the note was written.

    As Document.add_comment does it, but numbering the comments here: python-docx finds the
    next free id by reading every comment already made, which made 3,000 notes take six seconds."""
    if not notes:
        return
    from docx.comments import Comment
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    comments = document.comments  # the comments part, made on first use
    element, part = comments._comments_elm, comments._comments_part
    for number, (a, runs) in enumerate(notes, start=len(comments)):
        comment_elm = parse_xml(
            f'<w:comment {nsdecls("w")} w:id="{number}" w:author="">'
            '<w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr>'
            '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r></w:p>'
            "</w:comment>"
        )
        element.append(comment_elm)
        comment = Comment(comment_elm, part)
        comment.author = _xml(author)
        comment.initials = ""
        try:  # the time the note was written, not the time of the export
            comment_elm.date = datetime.fromisoformat(a.modified)
        except ValueError:
            comment_elm.date = datetime.now(UTC)
        first, *rest = _xml(a.note.strip()).split("\n")
        comment.paragraphs[0].add_run(first)
        for line in rest:
            comment.add_paragraph(line)
        runs[0].mark_comment_range(runs[-1], number)


def _paragraph(body: Body, paragraph: Paragraph) -> DocxParagraph:
    kind = paragraph.kind
    if kind == "title":
        out = body.heading("", 0)
        out.alignment = WD_ALIGN_PARAGRAPH.CENTER  # as the page and the print set it
        return out
    if kind in ("heading", "subheading"):
        return body.heading("", 1 if kind == "heading" else 2)
    out = body.paragraph()
    if kind in _CENTRED:
        out.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif kind == "credit":
        out.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    else:
        out.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        if not starts_indented(paragraph.spans):  # two characters, as Chinese print does
            out.paragraph_format.first_line_indent = Pt(2 * body.style.body.size)
    return out


def render(data: ExportData) -> bytes:
    document = _new_document(data)
    body = Body(document, handout_style(data.style))
    if data.paragraphs is not None:
        _whole_text(body, data)
    else:
        _handout(body, data)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
