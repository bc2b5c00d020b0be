"""CommonMark: the title, then each section's quotes as blockquotes with their notes below.

Markdown has no colours, so each quote's colour is named on the line under it (the style
table's name, in the reader's language), with the date. What the reader typed is data, never markup:
it is escaped, a line that would start a list, a heading or a rule is escaped at its start,
and each line break is a hard break, so a note written on two lines shows on two lines in
GitHub, VS Code, Obsidian, Typora and pandoc alike."""

from __future__ import annotations

import re

from reader.core.export import ExportData

_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~])")
# what a viewer would read as a character reference (&amp; &#38; &#x26;) and show as one
# character: its & is written as &amp;, so "&amp;" typed in a note shows as typed
_REFERENCE = re.compile(r"&(?=#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{1,31};)")
# what would start a block at the beginning of a line: a list item ("- ", "+ ", "1. ", "1) ")
# or a setext underline / thematic break (a line of = or -); * and _ are escaped everywhere
_BLOCK_START = re.compile(r"^( {0,3})(?:([-+])|(\d{1,9})[.)])(?=\s|$)|^( {0,3})([=-])[=\-\s]*$")
# two trailing spaces: the hard line break every Markdown dialect reads (CommonMark's
# backslash form is not read by Python-Markdown or the original Markdown.pl)
_HARD_BREAK = "  "


def _escape(text: str) -> str:
    return _REFERENCE.sub("&amp;", _SPECIAL.sub(r"\\\1", text))


def _escape_line(line: str) -> str:
    line = _escape(line)
    match = _BLOCK_START.match(line)
    if match:
        indent, bullet, number, rule_indent, rule = match.groups()
        if number:  # a digit cannot be escaped: the punctuation after it can
            line = f"{indent}{number}\\{line[len(indent) + len(number) :]}"
        else:
            indent = indent if bullet else rule_indent
            line = f"{indent}\\{line[len(indent) :]}"
    if line.startswith("    "):  # four spaces would make an indented code block
        line = "&#32;" + line[1:]
    return line


def _block(text: str, prefix: str = "") -> list[str]:
    """Lines of a quote or note; a blank line inside a blockquote keeps its '>' or the quote
    ends there; the other lines end in a hard break when a line follows in the same paragraph."""
    lines = text.split("\n")
    out = []
    for i, line in enumerate(lines):
        if not line.strip():
            out.append(prefix.rstrip())
            continue
        follows = i + 1 < len(lines) and lines[i + 1].strip()
        out.append(f"{prefix}{_escape_line(line)}".rstrip() + (_HARD_BREAK if follows else ""))
    return out


def render(data: ExportData) -> str:
    lines = [f"# {_escape(data.title)}", ""]
    if data.meta:
        lines += [_escape(data.meta), ""]
    labels = data.labels
    for section, items in data.groups():
        lines += [f"## {_escape(section or labels.orphans)}", ""]
        for item in items:
            lines += _block(item.quote, "> ")
            lines.append("")
            a = item.annotation
            # everything from a file is data: the date too is escaped, never raw Markdown/HTML
            lines += [f"*{_escape(labels.meta(labels.style(a), labels.format_date(a.modified)))}*", ""]
            if a.note.strip():
                lines += _block(a.note)
                lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"
