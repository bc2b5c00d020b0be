"""One self-contained HTML file: quotes in their colours, every user text escaped."""

from __future__ import annotations

from html import escape

from reader.core.export import ExportData

SWATCHES = {
    "yellow": "#fff3a3",
    "green": "#c8f0c0",
    "blue": "#c6e2ff",
    "pink": "#ffd0e0",
    "purple": "#e2d4ff",
}

_STYLE = """
body { font-family: "Noto Serif CJK SC", "Noto Serif CJK TC", "Source Han Serif", serif;
       max-width: 42em; margin: 2em auto; padding: 0 1em; line-height: 1.8; color: #222; }
h1 { font-size: 1.5em; } h2 { font-size: 1.15em; margin-top: 2em; border-bottom: 1px solid #ddd; }
blockquote { margin: 1em 0 .3em; padding: .2em .6em; border-left: 4px solid #bbb; }
mark { padding: 0 .1em; } mark.underline { background: none; text-decoration: underline 2px; }
.note { white-space: pre-wrap; margin: .2em 0 1em 1em; color: #333; }
.meta { color: #666; font-size: .9em; }
@media print { body { margin: 0; max-width: none; } h2 { break-after: avoid; }
  blockquote { break-inside: avoid; } mark { -webkit-print-color-adjust: exact; print-color-adjust: exact; } }
"""


def render(data: ExportData) -> str:
    lang = "zh-Hans" if data.script.value == "simplified" else "zh-Hant" if data.script.value == "traditional" else "zh"
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{lang}"><head><meta charset="utf-8">',
        f"<title>{escape(data.title)}</title><style>{_STYLE}</style></head><body>",
        f"<h1>{escape(data.title)}</h1>",
    ]
    meta = " · ".join(m for m in (data.dateline, data.source) if m)
    if meta:
        parts.append(f'<p class="meta">{escape(meta)}</p>')
    labels = data.labels
    for section, items in data.groups():
        parts.append(f"<h2>{escape(section or labels.orphans)}</h2>")
        for item in items:
            a = item.annotation
            colour = SWATCHES.get(a.colour or "", "transparent")
            css = f"text-decoration-color: {colour}" if a.style == "underline" else f"background: {colour}"
            cls = ' class="underline"' if a.style == "underline" else ""
            parts.append(f'<blockquote><mark{cls} style="{css}">{escape(item.quote)}</mark></blockquote>')
            parts.append(f'<p class="meta">{escape(labels.style(a))} · {escape(labels.format_date(a.modified))}</p>')
            if a.note.strip():
                parts.append(f'<div class="note">{escape(a.note)}</div>')
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"
