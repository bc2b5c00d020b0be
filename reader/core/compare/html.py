"""A comparison as one self-contained HTML page: a summary, the changes list (each entry links
to its place in both texts), the term table, and both texts side by side, section by section,
with the changes marked: <del> what only A has, <ins> what only B has, <mark class="moved"> a
passage that moved, each in the window's colours; a caret where the other side has text this
side has not. Every document
text is escaped; the page needs no script and prints as it shows.
"""

from __future__ import annotations

from html import escape

from reader.core.compare.colours import change_css
from reader.core.compare.comparison import Comparison
from reader.core.compare.figures import figure_changes
from reader.core.compare.model import ChangeKind, PairStatus
from reader.core.compare.paint import Piece, labels_of, painter, region_blocks, summary_lines, titles_of
from reader.core.compare.terms import TermChange, TermTable

_STYLE = """
body { font-family: "Noto Serif CJK SC", "Noto Serif CJK TC", "Source Han Serif", serif; margin: 2em auto;
       max-width: 80em; padding: 0 1em; line-height: 1.8; color: #222; overflow-wrap: anywhere; }
h1 { font-size: 1.5em; } h2 { font-size: 1.15em; margin-top: 2em; border-bottom: 1px solid #ddd; }
table { border-collapse: collapse; width: 100%; } td, th { vertical-align: top; padding: .2em .5em; }
table.list td, table.list th { border-bottom: 1px solid #eee; text-align: left; font-size: .9em; }
table.texts td { width: 50%; border-top: 1px solid #ddd; }
table.texts p { margin: 0 0 .5em; } .label { color: #666; font-size: .85em; }
tr.same td { color: #555; } tr.added td.a, tr.removed td.b { background: #f6f6f6; }
span.point { color: #c00; font-weight: bold; }
@media print { * { -webkit-print-color-adjust: exact; print-color-adjust: exact; } tr { break-inside: avoid; } }
"""
_STATUS = {
    PairStatus.SAME: "same",
    PairStatus.CHANGED: "changed",
    PairStatus.MOVED: "moved",
    PairStatus.ADDED: "added in B",
    PairStatus.REMOVED: "removed from A",
}


def _piece(piece: Piece, side: str, words: dict[str, str]) -> str:
    anchor = f' id="c{piece.change + 1}{side}"' if piece.first else ""
    text = escape(piece.text).replace("\n", " ")
    if piece.kind is None:
        return text
    title = escape(words[piece.kind.value], quote=True)
    if not piece.text:
        return f'<span class="point"{anchor} title="{title}">‸</span>'
    look = f' style="{change_css(piece.kind)}"'  # the screen's colours (compare.colours)
    if piece.kind in (ChangeKind.MOVED, ChangeKind.RENUMBERED):
        return f'<mark class="{piece.kind.value}"{anchor}{look} title="{title}">{text}</mark>'
    tag = "del" if side == "a" else "ins"
    return f'<{tag}{anchor}{look} title="{title}">{text}</{tag}>'


def _terms(heading: str, group: list[TermChange], words: dict[str, str]) -> list[str]:
    out = [f"<h3>{escape(heading)}</h3>"]
    if not group:
        return [*out, f"<p>{escape(words['none'])}</p>"]
    out.append(
        f'<table class="list"><tr><th>{escape(words["term"])}</th><th>{escape(words["words"])}</th>'
        "<th>A</th><th>B</th><th>G²</th></tr>"
    )
    out += [
        f"<tr><td>{escape(t.term)}</td><td>{t.words}</td><td>{t.count_a}</td><td>{t.count_b}</td>"
        f"<td>{t.score:.1f}</td></tr>"
        for t in group
    ]
    return [*out, "</table>"]


def render(
    comparison: Comparison,
    terms: TermTable,
    titles: tuple[str, str] | None = None,
    labels: dict[str, str] | None = None,
) -> str:
    words = labels_of(labels)
    title_a, title_b = titles_of(comparison, titles)
    changes = comparison.changes()
    out = [
        "<!DOCTYPE html>",
        '<html lang="zh"><head><meta charset="utf-8">',
        f"<title>{escape(title_a)} → {escape(title_b)}</title>",
        f"<style>{_STYLE}</style></head><body>",
        f"<h1>{escape(title_a)} → {escape(title_b)}</h1>",
        "<ul>"
        + "".join(f"<li>{escape(line[2:])}</li>" for line in summary_lines(comparison, changes, labels))
        + "</ul>",
        f"<h2>{escape(words['figures'])}</h2>",
    ]
    figures = figure_changes(changes, comparison.b.text)
    if figures:
        out.append(f'<table class="list"><tr><th>{escape(words["subject"])}</th><th>A</th><th>B</th></tr>')
        index = {id(c): n for n, c in enumerate(changes, 1)}
        for f in figures:
            n = index[id(f.change)]
            out.append(
                f'<tr><td>{escape(f.subject)}</td><td><a href="#c{n}a">{escape(f.old)}</a></td>'
                f'<td><a href="#c{n}b">{escape(f.new)}</a></td></tr>'
            )
        out.append("</table>")
    else:
        out.append(f"<p>{escape(words['no_figures'])}</p>")
    out.append(f"<h2>{escape(words['changes'])}</h2>")
    if changes:
        out.append(
            f'<table class="list"><tr><th>#</th><th>{escape(words["kind"])}</th>'
            f"<th>{escape(words['section_a'])}</th><th>{escape(words['section_b'])}</th>"
            "<th>A</th><th>B</th></tr>"
        )
        for n, c in enumerate(changes, 1):
            sa = escape(c.section_a.label) if c.section_a else "—"
            sb = escape(c.section_b.label) if c.section_b else "—"
            out.append(
                f"<tr><td>{n}</td><td>{escape(words[c.kind.value])}</td><td>{sa}</td><td>{sb}</td>"
                f'<td><a href="#c{n}a">{escape(c.a.text) or "‸"}</a></td>'
                f'<td><a href="#c{n}b">{escape(c.b.text) or "‸"}</a></td></tr>'
            )
        out.append("</table>")
    else:
        out.append(f"<p>{escape(words['no_changes'])}</p>")
    out.append(f"<h2>{escape(words['terms'])}</h2>")
    out += _terms(words["terms_new"], terms.new, words)
    out += _terms(words["terms_dropped"], terms.dropped, words)
    out += _terms(words["terms_changed"], terms.changed, words)
    out.append(f"<h2>{escape(words['texts'])}</h2>")
    out.append(f'<table class="texts"><tr><th>A: {escape(title_a)}</th><th>B: {escape(title_b)}</th></tr>')
    painters = {side: painter(comparison, changes, side) for side in ("a", "b")}
    for pair in comparison.pairs:
        cells = []
        for side in ("a", "b"):
            ref = pair.a if side == "a" else pair.b
            paragraphs = [
                "<p>" + "".join(_piece(p, side, words) for p in painters[side].paragraph(k)) + "</p>"
                for k in region_blocks(comparison, side, pair.index)
            ]
            status = words[pair.status.value] if labels else _STATUS[pair.status]
            if pair.renumbered:
                status += f", {words['renumbered']} {pair.a.number} → {pair.b.number}"
            label = f'<div class="label">{escape(status)}</div>' if ref else ""
            cells.append(f'<td class="{side}">{label}{"".join(paragraphs)}</td>')
        out.append(f'<tr class="{pair.status.value}">{"".join(cells)}</tr>')
    out += ["</table>", "</body></html>"]
    return "\n".join(out) + "\n"
