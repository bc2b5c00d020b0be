"""CommonMark: the title, then each section's quotes as blockquotes with their notes below."""

from __future__ import annotations

import re

from reader.core.export import ExportData

_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~])")


def _escape(text: str) -> str:
    return _SPECIAL.sub(r"\\\1", text)


def _block(text: str, prefix: str = "") -> list[str]:
    # a blank line inside a blockquote must keep its '>' or the quote ends there
    return [f"{prefix}{_escape(line)}".rstrip() if line.strip() else prefix.rstrip() for line in text.split("\n")]


def render(data: ExportData) -> str:
    lines = [f"# {_escape(data.title)}", ""]
    meta = [m for m in (data.dateline, data.source) if m]
    if meta:
        lines += [_escape(" · ".join(meta)), ""]
    labels = data.labels
    for section, items in data.groups():
        lines += [f"## {_escape(section or labels.orphans)}", ""]
        for item in items:
            lines += _block(item.quote, "> ")
            lines.append("")
            a = item.annotation
            # everything from a file is data: the date too is escaped, never raw Markdown/HTML
            lines += [f"*{_escape(labels.style(a))} · {_escape(labels.format_date(a.modified))}*", ""]
            if a.note.strip():
                lines += _block(a.note)
                lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"
