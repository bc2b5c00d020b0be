"""A comparison as CommonMark: a summary, the changes list, the term table, then both texts with
their changes marked.

The marks are the HTML elements every Markdown renderer passes through (GitHub, VS Code,
Obsidian, pandoc): <del> for what A had and B has not, <ins> for what B has new, <u> for a moved
passage, each with the window's colours as an inline style (kept by VS Code, Obsidian and
pandoc; a renderer that drops styles, GitHub's, still shows the marks). Emphasis markers (~~,
**) cannot be used: CommonMark does not open them before a Chinese punctuation mark that
follows a character (文字**，并**), which a change often starts with. Document text is data, never markup: it is escaped as reader.core.export.markdown does.
"""

from __future__ import annotations

import re

from reader.core.compare.colours import change_css
from reader.core.compare.comparison import Comparison
from reader.core.compare.figures import figure_changes
from reader.core.compare.model import Change, ChangeKind
from reader.core.compare.paint import Piece, labels_of, painter, region_blocks, summary_lines, titles_of
from reader.core.compare.terms import TermChange, TermTable

_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~])")
_BLOCK_START = re.compile(r"^( {0,3})(?:([-+])|(\d{1,9})[.)])(?=\s|$)")
_CELL_MAX = 80


def _escape(text: str) -> str:
    return _SPECIAL.sub(r"\\\1", text)


def _cell(text: str) -> str:
    text = " ".join(text.split())
    if len(text) > _CELL_MAX:
        text = text[: _CELL_MAX - 1] + "…"
    return _escape(text) or "—"


def _mark(piece: Piece, side: str) -> str:
    text = _escape(" ".join(piece.text.split("\n")))
    if piece.kind is None:
        return text
    if not piece.text:  # where the other side has text this one has not
        return "<ins>‸</ins>" if side == "a" else "<del>‸</del>"
    look = f' style="{change_css(piece.kind)}"'  # the window's colours, where styles are kept
    if piece.kind is ChangeKind.MOVED:
        return f"<u{look}>{text}</u>"
    return f"<del{look}>{text}</del>" if side == "a" else f"<ins{look}>{text}</ins>"


def _text_section(comparison: Comparison, changes: list[Change], side: str) -> list[str]:
    paint = painter(comparison, changes, side)
    lines: list[str] = []
    for pair in comparison.pairs:
        for k in region_blocks(comparison, side, pair.index):
            pieces = paint.paragraph(k)
            line = "".join(_mark(p, side) for p in pieces).strip()
            if line:
                lines.extend([_line_start(line), ""])
    return lines


def _line_start(line: str) -> str:
    m = _BLOCK_START.match(line)
    if m:
        indent, bullet, number = m.groups()
        if number:
            return f"{indent}{number}\\{line[len(indent) + len(number) :]}"
        return f"{indent}\\{line[len(indent) :]}"
    return line


def _term_rows(terms: list[TermChange], words: dict[str, str]) -> list[str]:
    rows = [f"| {words['term']} | {words['words']} | A | B | G² |", "|---|---|---|---|---|"]
    rows += [f"| {_escape(t.term)} | {t.words} | {t.count_a} | {t.count_b} | {t.score:.1f} |" for t in terms]
    return rows


def render(
    comparison: Comparison,
    terms: TermTable,
    titles: tuple[str, str] | None = None,
    labels: dict[str, str] | None = None,
) -> str:
    words = labels_of(labels)
    title_a, title_b = titles_of(comparison, titles)
    changes = comparison.changes()
    out = [f"# {_escape(title_a)} → {_escape(title_b)}", ""]
    out += [
        f"A: {_escape(title_a)} ({len(comparison.a.text):,} {words['characters']})  ",
        f"B: {_escape(title_b)} ({len(comparison.b.text):,} {words['characters']})",
        "",
    ]
    out += summary_lines(comparison, changes, labels) + [""]
    out += [f"## {words['figures']}", ""]
    figures = figure_changes(changes, comparison.b.text)
    if figures:
        out += [f"| {words['subject']} | A | B |", "|---|---|---|"]
        out += [f"| {_cell(f.subject)} | {_cell(f.old)} | {_cell(f.new)} |" for f in figures]
    else:
        out.append(words["no_figures"])
    out += ["", f"## {words['changes']}", ""]
    if changes:
        out += [
            f"| # | {words['kind']} | {words['section_a']} | {words['section_b']} | A | B |",
            "|---|---|---|---|---|---|",
        ]
        for n, change in enumerate(changes, 1):
            out.append(
                f"| {n} | {words[change.kind.value]} | {_cell(change.section_a.label) if change.section_a else '—'} | "
                f"{_cell(change.section_b.label) if change.section_b else '—'} | {_cell(change.a.text)} | {_cell(change.b.text)} |"
            )
    else:
        out.append(words["no_changes"])
    out += ["", f"## {words['terms']}", ""]
    for heading, group in (
        (words["terms_new"], terms.new),
        (words["terms_dropped"], terms.dropped),
        (words["terms_changed"], terms.changed),
    ):
        out += [f"### {heading}", ""]
        out += (_term_rows(group, words) if group else [words["none"]]) + [""]
    out += [f"## A: {_escape(title_a)}", "", *_text_section(comparison, changes, "a")]
    out += [f"## B: {_escape(title_b)}", "", *_text_section(comparison, changes, "b")]
    return "\n".join(out).rstrip() + "\n"
