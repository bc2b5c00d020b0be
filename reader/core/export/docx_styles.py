"""A hand-out style (handout_styles.py) written into a Word document: the page, the Normal,
Title and heading styles, the footnote styles, the font table and the page numbers.

python-docx's template is an English one: a blue Title over a rule, blue headings, theme fonts
whose East Asian face is Japanese. Each style it carries is set here in full (every font slot
named, the theme's attributes removed, the colour black), so Word and LibreOffice on a Chinese
system draw what the style says."""

from __future__ import annotations

from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor

from reader.core.export.handout_styles import HandoutStyle, TextStyle

_BLACK = RGBColor(0, 0, 0)
THEME_ATTRIBUTES = ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme")
# elements that follow w:rFonts in CT_RPr (Word refuses a file whose elements are out of order)
_AFTER_RFONTS = (
    "w:b", "w:bCs", "w:i", "w:iCs", "w:caps", "w:smallCaps", "w:strike", "w:dstrike", "w:outline",
    "w:shadow", "w:emboss", "w:imprint", "w:noProof", "w:snapToGrid", "w:vanish", "w:webHidden",
    "w:color", "w:spacing", "w:w", "w:kern", "w:position", "w:sz", "w:szCs", "w:highlight", "w:u",
    "w:effect", "w:bdr", "w:shd", "w:fitText", "w:vertAlign", "w:rtl", "w:cs", "w:em", "w:lang",
    "w:eastAsianLayout", "w:specVanish", "w:oMath",
)  # fmt: skip


def set_fonts(rpr, text: TextStyle, language: str) -> None:
    """Every slot of w:rFonts named: Latin letters, East Asian characters, complex script."""
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert_element_before(fonts, *_AFTER_RFONTS)
    for attribute in THEME_ATTRIBUTES:
        fonts.attrib.pop(qn(attribute), None)
    fonts.set(qn("w:ascii"), text.face.latin)
    fonts.set(qn("w:hAnsi"), text.face.latin)
    fonts.set(qn("w:cs"), text.face.latin)
    fonts.set(qn("w:eastAsia"), text.face.east_asian(language))
    fonts.set(qn("w:hint"), "eastAsia")  # ambiguous characters (“”、…) in the Chinese face


def _font(font, text: TextStyle, language: str) -> None:
    font.size = Pt(text.size)
    font.bold = text.bold
    font.italic = False
    font.color.rgb = _BLACK
    set_fonts(font.element.get_or_add_rPr(), text, language)
    rpr = font.element.rPr
    szcs = rpr.find(qn("w:szCs"))
    if szcs is None:
        szcs = OxmlElement("w:szCs")
        rpr.insert_element_before(szcs, *_AFTER_RFONTS[_AFTER_RFONTS.index("w:szCs") + 1 :])
    szcs.set(qn("w:val"), str(round(text.size * 2)))
    for element in (rpr.find(qn("w:spacing")), rpr.find(qn("w:kern"))):  # the Title's letter-spacing
        if element is not None:
            rpr.remove(element)


def _line(paragraph_format, style: HandoutStyle, text: TextStyle) -> None:
    if style.line_pitch is not None:
        # the grid of the standard: a larger title takes a line and a half of it
        lines = 1 if text.size <= style.body.size else 1.5
        paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        paragraph_format.line_spacing = Pt(style.line_pitch * lines)
    else:
        paragraph_format.line_spacing = style.line_spacing


def _paragraph_style(document, name: str, text: TextStyle, style: HandoutStyle, language: str) -> None:
    target = document.styles[name]
    _font(target.font, text, language)
    pf = target.paragraph_format
    pf.alignment = WD_ALIGN_PARAGRAPH.CENTER if text.centred else None
    pf.space_before, pf.space_after = Pt(text.space_before), Pt(text.space_after)
    _line(pf, style, text)
    ppr = target.element.pPr
    if ppr is not None:
        for element in (ppr.find(qn("w:pBdr")), ppr.find(qn("w:contextualSpacing"))):  # the Title's rule
            if element is not None:
                ppr.remove(element)


def _character_style(document, style_id: str, name: str) -> None:
    """A character style the template lacks (the footnote reference)."""
    if document.styles.element.find(f"{qn('w:style')}[@{qn('w:styleId')}='{style_id}']") is not None:
        return
    document.styles.element.append(
        parse_xml(
            f'<w:style {nsdecls("w")} w:type="character" w:styleId="{style_id}"><w:name w:val="{name}"/>'
            '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>'
        )
    )


def _note_style(document, style: HandoutStyle, language: str) -> None:
    """Footnote Text: the notes at the foot of the page, in the note face and size."""
    styles = document.styles.element
    if styles.find(f"{qn('w:style')}[@{qn('w:styleId')}='FootnoteText']") is None:
        styles.append(
            parse_xml(
                f'<w:style {nsdecls("w")} w:type="paragraph" w:styleId="FootnoteText">'
                '<w:name w:val="footnote text"/><w:basedOn w:val="Normal"/></w:style>'
            )
        )
    target = document.styles["footnote text"]
    _font(target.font, style.note, language)
    target.paragraph_format.first_line_indent = Pt(0)
    target.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
    _character_style(document, "FootnoteReference", "footnote reference")


def _font_table(document, style: HandoutStyle, language: str) -> None:
    """Each Chinese face in the font table with its stand-in (w:altName) and the GB2312 or Big5
    character set, which Word reads to choose a substitute where the face is not installed."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    part = document.part.part_related_by(RT.FONT_TABLE)  # a plain XML part in python-docx
    fonts = parse_xml(part.blob)
    charset = "88" if language == "zh-TW" else "86"
    named = {f.get(qn("w:name")) for f in fonts.findall(qn("w:font"))}
    for text in (style.title, style.heading1, style.heading2, style.body, style.note, style.page_number):
        face = text.face.east_asian(language)
        if face in named:
            continue
        named.add(face)
        alt = f'<w:altName w:val="{text.face.fallbacks[0]}"/>' if text.face.fallbacks else ""
        fonts.append(
            parse_xml(
                f'<w:font {nsdecls("w")} w:name="{face}">{alt}<w:charset w:val="{charset}"/>'
                '<w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>'
            )
        )
    from lxml import etree

    part._blob = etree.tostring(fonts, xml_declaration=True, encoding="UTF-8", standalone=True)


def _page_number(paragraph, style: HandoutStyle, language: str, align) -> None:
    """— 7 — : the number as a PAGE field between the style's marks."""
    paragraph.alignment = align
    if style.outside_page_numbers:  # one character in from the edge
        indent = Pt(style.page_number.size)
        if align == WD_ALIGN_PARAGRAPH.RIGHT:
            paragraph.paragraph_format.right_indent = indent
        else:
            paragraph.paragraph_format.left_indent = indent
    before, after = style.page_number_format.split("{}")

    def run(text: str = ""):
        r = paragraph.add_run(text)
        _font(r.font, style.page_number, language)
        return r

    if before:
        run(before)
    for kind, instruction in (("begin", None), (None, " PAGE "), ("separate", None), (None, "1"), ("end", None)):
        r = run()
        if kind:
            field = OxmlElement("w:fldChar")
            field.set(qn("w:fldCharType"), kind)
            r._r.append(field)
        elif instruction == "1":
            r.text = "1"
        else:
            code = OxmlElement("w:instrText")
            code.set(qn("xml:space"), "preserve")
            code.text = instruction
            r._r.append(code)
    if after:
        run(after)


def apply(document, style: HandoutStyle, language: str) -> None:
    """The document's page and styles as `style` says, for text in `language` (zh-CN, zh-TW)."""
    section = document.sections[0]
    assert section.start_type == WD_SECTION.NEW_PAGE
    section.page_width, section.page_height = (Mm(v) for v in style.page)
    section.top_margin, section.bottom_margin, section.left_margin, section.right_margin = (
        Mm(v) for v in style.margins
    )
    # the standard's page numbers sit 7 mm below the type area
    section.footer_distance = Mm(max(style.margins[1] - 7 - 10, 5))
    _font(document.styles["Normal"].font, style.body, language)
    _line(document.styles["Normal"].paragraph_format, style, style.body)
    _paragraph_style(document, "Title", style.title, style, language)
    _paragraph_style(document, "Heading 1", style.heading1, style, language)
    _paragraph_style(document, "Heading 2", style.heading2, style, language)
    _note_style(document, style, language)
    _font_table(document, style, language)
    if style.outside_page_numbers:
        document.settings.odd_and_even_pages_header_footer = True
        _page_number(section.footer.paragraphs[0], style, language, WD_ALIGN_PARAGRAPH.RIGHT)
        _page_number(section.even_page_footer.paragraphs[0], style, language, WD_ALIGN_PARAGRAPH.LEFT)
    else:
        _page_number(section.footer.paragraphs[0], style, language, WD_ALIGN_PARAGRAPH.CENTER)
