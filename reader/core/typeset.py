"""Which ranges of a document are set apart from body text, and how: one owner for the
screen and for print.

Only a heading's own part is a heading: the heading line, the run-in sentence of a long
numbered paragraph ((一)构建…体制。), or an article's number (第一条). The body under a
heading, or after a run-in heading on its line, stays body text."""

from __future__ import annotations

from dataclasses import dataclass

from reader.core.outline import Outline
from reader.core.wrapping import soft_breaks

HEADER_KINDS = ("breadcrumb", "title", "subtitle", "author", "dateline")


@dataclass(frozen=True)
class Block:
    start: int
    end: int
    kind: str
    """breadcrumb, title, subtitle, author, dateline, credit; heading (outermost level),
    subheading (deeper levels), runin (a heading part inside a body line: bold only)."""


def blocks(outline: Outline) -> list[Block]:
    """The typeset ranges in document order, in original offsets."""
    out: list[Block] = []
    text = outline.text
    for node in outline.root.walk(False):
        if node.kind in HEADER_KINDS or node.kind == "credit":
            out.append(Block(node.start, node.end, node.kind))
        elif node.kind in ("heading", "article") and node.head_end > node.start:
            line_end = text.find("\n", node.start)
            line_end = len(text) if line_end == -1 else line_end
            if text[node.head_end : line_end].strip():  # more text follows on the heading's line
                out.append(Block(node.start, node.head_end, "runin"))
            else:
                out.append(Block(node.start, node.head_end, "heading" if node.depth <= 1 else "subheading"))
    return out


def line_joins(text: str, typeset_blocks: list[Block]) -> list[int]:
    """Line breaks inside a paragraph of a hard-wrapped e-text, typeset as one paragraph; a
    title's or heading's line is never joined to its neighbours."""
    edges = [edge for b in typeset_blocks if b.kind != "runin" for edge in (b.start, b.end)]
    return soft_breaks(text, edges)
