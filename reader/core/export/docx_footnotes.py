"""The reader's notes as numbered footnotes of a Word document: printed at the foot of the
page by Word and by LibreOffice, and kept when LibreOffice converts the file to PDF (which
drops comments).

python-docx has no footnote API, so the footnotes part is written here: the w:footnotes part
with the separator and continuation separator Word expects as footnotes -1 and 0, each note a
w:footnote whose first run is its number (w:footnoteRef), the reference in the text a run of
w:footnoteReference, and settings' w:footnotePr naming the two separators."""

from __future__ import annotations

from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from lxml import etree

_SEPARATORS = (
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/>'
    "</w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>"
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
    'w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
)
# what follows w:footnotePr in CT_Settings (Word refuses a file whose elements are out of order)
_AFTER_FOOTNOTE_PR = (
    "w:endnotePr", "w:compat", "w:docVars", "w:rsids", "m:mathPr", "w:attachedSchema", "w:themeFontLang",
    "w:clrSchemeMapping", "w:doNotIncludeSubdocsInStats", "w:doNotAutoCompressPictures", "w:forceUpgrade",
    "w:captions", "w:readModeInkLockDown", "w:smartTagType", "sl:schemaLibrary", "w:shapeDefaults",
    "w:doNotEmbedSmartTags", "w:decimalSymbol", "w:listSeparator",
)  # fmt: skip


class Footnotes:
    """Collects the notes of one document; write() adds the part when there are any."""

    def __init__(self) -> None:
        self._notes: list[str] = []

    def reference(self, paragraph, text: str) -> int:
        """A footnote with `text` (lines kept apart), referenced at the end of `paragraph` so
        far: its number, from 1."""
        self._notes.append(text)
        number = len(self._notes)
        run = paragraph.add_run()
        rpr = run._r.get_or_add_rPr()
        style = OxmlElement("w:rStyle")
        style.set(qn("w:val"), "FootnoteReference")
        rpr.append(style)
        reference = OxmlElement("w:footnoteReference")
        reference.set(qn("w:id"), str(number))
        run._r.append(reference)
        return number

    def write(self, document) -> None:
        if not self._notes:
            return
        root = parse_xml(f"<w:footnotes {nsdecls('w')}>{_SEPARATORS}</w:footnotes>")
        for number, text in enumerate(self._notes, start=1):
            footnote = OxmlElement("w:footnote")
            footnote.set(qn("w:id"), str(number))
            for i, line in enumerate(text.split("\n")):
                p = OxmlElement("w:p")
                ppr = OxmlElement("w:pPr")
                style = OxmlElement("w:pStyle")
                style.set(qn("w:val"), "FootnoteText")
                ppr.append(style)
                p.append(ppr)
                if i == 0:  # the number before the note, as the reference in the text
                    p.append(
                        parse_xml(
                            f'<w:r {nsdecls("w")}><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
                            "<w:footnoteRef/></w:r>"
                        )
                    )
                    line = " " + line
                r = OxmlElement("w:r")
                t = OxmlElement("w:t")
                t.set(qn("xml:space"), "preserve")
                t.text = line
                r.append(t)
                p.append(r)
                footnote.append(p)
            root.append(footnote)
        blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
        part = Part(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, blob, document.part.package)
        document.part.relate_to(part, RT.FOOTNOTES)
        settings = document.settings.element
        if settings.find(qn("w:footnotePr")) is None:
            footnote_pr = parse_xml(
                f'<w:footnotePr {nsdecls("w")}><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>'
            )
            settings.insert_element_before(footnote_pr, *_AFTER_FOOTNOTE_PR)
