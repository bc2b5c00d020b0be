"""One self-contained HTML file: quotes in their colours (or the whole text with the highlights
on it), every user text escaped, and a print stylesheet so File ▸ Print of a browser gives a
hand-out: page margins, the highlight colours kept, nothing cut at a page or line edge."""

from __future__ import annotations

from html import escape

from reader.core.annotations.model import Annotation
from reader.core.annotations.styles import HIGHLIGHT_STYLES, UNDERLINE_FALLBACK, line_colour, printed_colour
from reader.core.export import ExportData, ExportItem
from reader.core.export.layout import Paragraph

SWATCHES = {style.name: style.printed for style in HIGHLIGHT_STYLES}

_STYLE = """
body { font-family: "Noto Serif CJK SC", "Noto Serif CJK TC", "Source Han Serif", serif;
       max-width: 42em; margin: 2em auto; padding: 0 1em; line-height: 1.8; color: #222;
       overflow-wrap: anywhere; }
h1 { font-size: 1.5em; } h2 { font-size: 1.15em; margin-top: 2em; border-bottom: 1px solid #ddd; }
h3 { font-size: 1.05em; }
blockquote { margin: 1em 0 .3em; padding: .2em .6em; border-left: 4px solid #bbb; }
mark { padding: 0 .1em; color: inherit; -webkit-box-decoration-break: clone; box-decoration-break: clone; }
mark.underline { background: none; text-decoration: underline 2px; text-underline-offset: .2em; }
mark.comment { background: none; text-decoration: underline dotted 2px; text-underline-offset: .2em; }
.note { white-space: pre-wrap; margin: .2em 0 1em 1em; color: #333; }
.meta { color: #666; font-size: .9em; }
.text p { text-indent: 2em; margin: 0 0 .6em; } .text p.centre { text-indent: 0; text-align: center; }
.text p.right { text-indent: 0; text-align: right; } .text p.indented { text-indent: 0; }
.notes { margin: 0 0 1em 2em; font-size: .9em; color: #333; } .notes p { text-indent: 0; margin: 0; white-space: pre-wrap; }
sup { font-size: .7em; line-height: 0; }
@page { size: A4; margin: 18mm 18mm 20mm; }
@media print {
  html, body { background: #fff; }
  /* the page margins come from @page: the screen's centred column would narrow them twice */
  body { margin: 0; padding: 0; max-width: none; color: #000; font-size: 11pt; line-height: 1.7; }
  h1, h2, h3 { break-after: avoid; page-break-after: avoid; }
  blockquote, .note, .notes, .meta { break-inside: avoid; page-break-inside: avoid; }
  p { orphans: 2; widows: 2; }
  /* browsers drop backgrounds when printing unless told: the colours are the point here */
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
"""


def _mark(text: str, a: Annotation | None, labels) -> str:
    if a is None:
        return escape(text)
    title = escape(labels.style(a), quote=True)
    if a.style == "underline" or a.colour is None:
        cls = "underline" if a.colour is not None else "comment"
        colour = line_colour(a.colour) if a.colour else UNDERLINE_FALLBACK
        return f'<mark class="{cls}" style="text-decoration-color: {colour}" title="{title}">{escape(text)}</mark>'
    return f'<mark style="background: {printed_colour(a.colour)}" title="{title}">{escape(text)}</mark>'


def _item(item: ExportItem, data: ExportData) -> list[str]:
    a = item.annotation
    labels = data.labels
    parts = [
        f"<blockquote>{_mark(item.quote, a, labels)}</blockquote>",
        f'<p class="meta">{escape(labels.meta(labels.style(a), labels.format_date(a.modified)))}</p>',
    ]
    if a.note.strip():
        parts.append(f'<div class="note">{escape(a.note)}</div>')
    return parts


_TAGS = {"title": "h1", "heading": "h2", "subheading": "h3"}
_CLASSES = {"breadcrumb": "centre", "subtitle": "centre", "author": "centre", "dateline": "centre", "credit": "right"}


def _paragraph(paragraph: Paragraph, data: ExportData) -> list[str]:
    body = []
    for span in paragraph.spans:
        piece = _mark(span.text, span.annotation, data.labels)
        if span.bold:
            piece = f"<strong>{piece}</strong>"
        body.append(piece + "".join(f"<sup>[{n}]</sup>" for n in span.notes))
    tag = _TAGS.get(paragraph.kind, "p")
    cls = _CLASSES.get(paragraph.kind, "")
    if not cls and tag == "p" and paragraph.text[:1] in (" ", "\t", "\u3000"):
        cls = "indented"  # the text brings its own indent
    attribute = f' class="{cls}"' if cls else ""
    parts = [f"<{tag}{attribute}>{''.join(body)}</{tag}>"]
    if paragraph.notes:
        notes = "".join(f'<p id="note-{n}">[{n}] {escape(a.note.strip())}</p>' for n, a in paragraph.notes)
        parts.append(f'<div class="notes">{notes}</div>')
    return parts


def render(data: ExportData) -> str:
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{data.language}"><head><meta charset="utf-8">',
        f"<title>{escape(data.title)}</title><style>{_STYLE}</style></head><body>",
    ]
    labels = data.labels
    if data.paragraphs is not None:
        if not any(p.kind == "title" for p in data.paragraphs):
            parts.append(f"<h1>{escape(data.title)}</h1>")
        parts.append('<div class="text">')
        for paragraph in data.paragraphs:
            parts += _paragraph(paragraph, data)
        parts.append("</div>")
        orphans = [item for item in data.items if item.start is None]
        if orphans:
            parts.append(f"<h2>{escape(labels.orphans)}</h2>")
            for item in orphans:
                parts += _item(item, data)
    else:
        parts.append(f"<h1>{escape(data.title)}</h1>")
        meta = data.meta
        if meta:
            parts.append(f'<p class="meta">{escape(meta)}</p>')
        for section, items in data.groups():
            parts.append(f"<h2>{escape(section or labels.orphans)}</h2>")
            for item in items:
                parts += _item(item, data)
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"
