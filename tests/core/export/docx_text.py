"""A .docx as reviewable text, read back from its XML with python-docx: one line per paragraph
with its style, each run's look in brackets, the comments' ranges and the comments themselves.
The golden files tests/golden/notice-*.docx.txt are this text."""

from __future__ import annotations

import io

from docx import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from lxml import etree

_ALIGN = {"center": "centre", "right": "right", "both": "justified"}


def _run(r) -> str:
    parts = []
    for child in r.iterchildren():
        if child.tag == qn("w:t"):
            parts.append(child.text or "")
        elif child.tag == qn("w:br"):
            parts.append("⏎")
        elif child.tag == qn("w:commentReference"):
            return f"^c{child.get(qn('w:id'))}"
        elif child.tag == qn("w:footnoteReference"):
            return f"^f{child.get(qn('w:id'))}"
    text = "".join(parts)
    rpr = r.find(qn("w:rPr"))
    if rpr is None or not text:
        return text
    looks = []
    if rpr.find(qn("w:b")) is not None:
        looks.append("bold")
    shd = rpr.find(qn("w:shd"))
    if shd is not None:
        looks.append(f"shaded {shd.get(qn('w:fill'))}")
    u = rpr.find(qn("w:u"))
    if u is not None:
        looks.append(f"underline {u.get(qn('w:color'), '')}".rstrip())
    sz = rpr.find(qn("w:sz"))
    if sz is not None:
        looks.append(f"{int(sz.get(qn('w:val'))) / 2:g}pt")
    color = rpr.find(qn("w:color"))
    if color is not None:
        looks.append(f"colour {color.get(qn('w:val'))}")
    return f"[{', '.join(looks)}: {text}]" if looks else text


def _paragraph(p) -> str:
    pieces = []
    for child in p._p.iterchildren():
        if child.tag == qn("w:r"):
            pieces.append(_run(child))
        elif child.tag == qn("w:commentRangeStart"):
            pieces.append(f"⟦c{child.get(qn('w:id'))} ")
        elif child.tag == qn("w:commentRangeEnd"):
            pieces.append(" ⟧")
    head = p.style.name
    ppr = p._p.pPr
    if ppr is not None:
        jc = ppr.find(qn("w:jc"))
        if jc is not None:
            head += f", {_ALIGN.get(jc.get(qn('w:val')), jc.get(qn('w:val')))}"
        ind = ppr.find(qn("w:ind"))
        if ind is not None:
            for side in ("left", "firstLine"):
                if ind.get(qn(f"w:{side}")):
                    head += f", indent {side} {ind.get(qn(f'w:{side}'))}"
    return f"{head} | {''.join(pieces)}"


def docx_text(data: bytes) -> str:
    document = Document(io.BytesIO(data))
    props = document.core_properties
    lines = [f"title: {props.title}", f"subject: {props.subject}", f"comments: {props.comments}", ""]
    section = document.sections[0]
    lines.append(f"page: {section.page_width.cm:.1f} × {section.page_height.cm:.1f} cm")
    defaults = document.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    lang = defaults.find(qn("w:lang")).get(qn("w:eastAsia"))
    font = defaults.find(qn("w:rFonts")).get(qn("w:eastAsia"))
    lines += [f"East Asian language: {lang}, font: {font}", ""]
    lines += [_paragraph(p) for p in document.paragraphs]
    comments = list(document.comments)
    if comments:
        lines += ["", "comments:"]
        for comment in comments:
            stamp = comment.timestamp.isoformat() if comment.timestamp else ""
            text = comment.text.replace("\n", "⏎")
            lines.append(f"c{comment.comment_id} {comment.author} {stamp}: {text}")
    footnotes = document.part.rels.part_with_reltype(RT.FOOTNOTES) if _has(document, RT.FOOTNOTES) else None
    if footnotes is not None:
        lines += ["", "footnotes:"]
        for note in etree.fromstring(footnotes.blob).findall(qn("w:footnote")):
            if note.get(qn("w:type")) is None:  # not a separator
                text = "⏎".join("".join(p.itertext()) for p in note.findall(qn("w:p")))
                lines.append(f"f{note.get(qn('w:id'))}:{text}")
    return "\n".join(lines) + "\n"


def _has(document, reltype: str) -> bool:
    return any(rel.reltype == reltype for rel in document.part.rels.values())
