"""Which ranges of a document are set apart from body text, and how: one owner for the
screen and for print.

Only a heading's own part is a heading: the heading line, the run-in sentence of a long
numbered paragraph ((一)构建…体制。), or an article's number (第一条). The body under a
heading, or after a run-in heading on its line, stays body text."""

from __future__ import annotations

from bisect import insort
from typing import NamedTuple

from reader.core.datelines import lead_end
from reader.core.outline import Outline
from reader.core.wrapping import soft_breaks

HEADER_KINDS = ("breadcrumb", "title", "subtitle", "author", "dateline")
INLINE_KINDS = ("runin", "label")
"""Blocks inside a line, which is typeset as its own kind (or as body text)."""


class Block(NamedTuple):  # a NamedTuple, not a frozen dataclass: made at launch, 2-3 M instructions fewer (issue 32)
    """A line typeset apart from the body text (a title, a dateline, a heading …)."""

    start: int
    end: int
    kind: str
    """breadcrumb, title, subtitle, author, dateline, credit; heading (outermost level),
    subheading (deeper levels), runin (a heading part, or a news story's lead, inside a body
    line: bold only), label (a field's label before the title it names, 法規名稱：, muted
    inside the title's line: the title is the name)."""


def blocks(outline: Outline) -> list[Block]:
    """The typeset ranges in document order, in original offsets."""
    out: list[Block] = []
    text = outline.text
    for node in outline.root.walk(False):
        if node.kind in HEADER_KINDS or node.kind == "credit":
            out.append(Block(node.start, node.end, node.kind))
            if node.kind == "title" and node.label_start > node.start:
                out.append(Block(node.start, node.label_start, "label"))
        elif node.kind in ("heading", "article") and node.head_end > node.start:
            line_end = text.find("\n", node.start)
            line_end = len(text) if line_end == -1 else line_end
            if text[node.head_end : line_end].strip():  # more text follows on the heading's line
                out.append(Block(node.start, node.head_end, "runin"))
            else:
                out.append(Block(node.start, node.head_end, "heading" if node.depth <= 1 else "subheading"))
    lead = _story_lead(outline)
    if lead is not None:
        insort(out, lead, key=lambda b: b.start)
    return out


_LEAD_LOOK = 256  # characters of the paragraph a lead could reach (a sender, place, day, reporters)


def _story_lead(outline: Outline) -> Block | None:
    """The lead a news story's first paragraph opens with (新华社北京3月5日电（记者 张三）国务院今天…):
    bold inside the line, as papers set it, the paragraph staying body text. A lead on a line
    of its own is the header's dateline (reader.core.datelines); only the story's first
    paragraph is looked at, the one above any heading, so a book costs one line's look."""
    for node in outline.root.walk(False):
        if node.kind in ("heading", "article", "credit"):
            return None
        if node.kind == "paragraph":
            end = lead_end(outline.text[node.start : min(node.end, node.start + _LEAD_LOOK)])
            return Block(node.start, node.start + end, "runin") if end else None
    return None


def line_joins(text: str, typeset_blocks: list[Block]) -> list[int]:
    """Line breaks inside a paragraph of a hard-wrapped e-text, typeset as one paragraph; a
    title's or heading's line is never joined to its neighbours."""
    edges = [edge for b in typeset_blocks if b.kind not in INLINE_KINDS for edge in (b.start, b.end)]
    return soft_breaks(text, edges)
