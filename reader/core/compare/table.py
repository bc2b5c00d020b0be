"""The 新旧对照表 of a revision as a Word document: the form the NPC and the ministries publish
with every amendment. A two-column table, the old text | the new text, one row per section pair
(article by article for a law: an article and its counterpart side by side, an article only one
version has beside an empty cell), the changes marked as those tables mark them: what the old
text loses struck through, what the new text brings in bold and underlined, both shaded in the
colours of the window (red and green; amber for a rewording, blue for what moved, violet for a
new number).

python-docx writes it, with the project's Chinese page (A4, the East Asian language and font on
the document's defaults) from reader.core.export.docx_format."""

from __future__ import annotations

import io

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from reader.core.compare.colours import CHANGE_COLOURS
from reader.core.compare.comparison import Comparison
from reader.core.compare.model import ChangeKind, PairStatus
from reader.core.compare.paint import labels_of, painter, region_blocks, titles_of
from reader.core.export.docx_format import _drop_thumbnail, _set_language, _shade, _xml
from reader.core.export.handout_styles import STUDY


def render(comparison: Comparison, terms=None, titles: tuple[str, str] | None = None, labels=None) -> bytes:
    """The table as the bytes of a .docx file (`terms` is not used: the table is the texts)."""
    words = labels_of(labels)
    title_a, title_b = titles_of(comparison, titles)
    changes = comparison.changes()
    document = Document()
    _drop_thumbnail(document)
    _set_language(document, "zh-Hans", STUDY)  # Song body, Hei headings; the page is set below
    section = document.sections[0]
    # A4 landscape: two columns of Chinese text side by side need the width
    section.page_width, section.page_height = Cm(29.7), Cm(21)
    section.top_margin = section.bottom_margin = Cm(2)
    section.left_margin = section.right_margin = Cm(2)
    document.core_properties.title = _xml(f"{title_a} → {title_b}")
    document.core_properties.author = ""
    heading = document.add_paragraph()
    run = heading.add_run(_xml(f"{title_a} → {title_b}"))
    run.bold = True
    run.font.size = Pt(14)
    table = document.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    head = table.rows[0].cells
    for cell, text in zip(head, (f"{words['old_text']}: {title_a}", f"{words['new_text']}: {title_b}")):
        cell.paragraphs[0].add_run(_xml(text)).bold = True
    _repeat_as_header(table.rows[0])
    painters = {side: painter(comparison, changes, side) for side in ("a", "b")}
    for pair in comparison.pairs:
        row = table.add_row().cells
        for cell, side in zip(row, ("a", "b")):
            blocks = region_blocks(comparison, side, pair.index)
            first = True
            for k in blocks:
                paragraph = cell.paragraphs[0] if first else cell.add_paragraph()
                first = False
                for piece in painters[side].paragraph(k):
                    if not piece.text:
                        continue  # a point: where the other side has words; the empty cell says it
                    run = paragraph.add_run(_xml(piece.text.replace("\n", " ")))
                    if piece.kind is None:
                        continue
                    if piece.kind in CHANGE_COLOURS:  # the window's, so a printed table reads as the screen does
                        _shade(run, CHANGE_COLOURS[piece.kind])
                    if piece.kind is ChangeKind.PUNCTUATION:
                        run.font.underline = True
                    elif side == "a" and piece.kind in (ChangeKind.REMOVED, ChangeKind.REWORDED):
                        run.font.strike = True
                    elif side == "b" and piece.kind is not ChangeKind.MOVED:
                        run.bold = True
                        run.font.underline = True
            if not blocks and pair.status in (PairStatus.ADDED, PairStatus.REMOVED):
                cell.paragraphs[0].add_run("—")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _repeat_as_header(row) -> None:
    """The header row repeats on every page of a long table (Word's and LibreOffice's way)."""
    props = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    props.append(header)
