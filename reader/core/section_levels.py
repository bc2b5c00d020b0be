"""Ctrl+PageDown and Ctrl+PageUp: the sections they step between, level by level.

A document's levels, coarsest first, are its heading depths (编, then 章, then 节 … in a law;
一、 then （一） in a report; 回 in a novel), then its paragraphs, then its sentences. At a
level the stops are the headings of that depth and of every coarser one (so a finer step never
skips the heading of the next part), plus the document's first block, so Ctrl+PageUp
always gets back to the top.

The level the reader is on is the outermost one that divides the document, that is, the first
with more than one section of its own: 一、 … 十五、 in the report, the 回 of 红楼梦, the 编
of the Civil Code (not its 1,260 articles), the paragraphs of a notice without headings. A
single heading wrapping the whole text (a title marked as a heading) is not a level one
moves along. Ctrl+Shift+PageDown and Ctrl+Shift+PageUp step one level finer."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from reader.core.outline import Outline, Section

_HEADINGS = ("heading", "article")
_BLOCKS = ("header", "heading", "article", "paragraph", "credit")


@dataclass(frozen=True)
class Level:
    name: str  # "depth N", "paragraphs" or "sentences": what a test and a message name
    stops: tuple[Section, ...]
    own: int
    """How many of the stops are this level's own (not a coarser heading nor the first block)."""


class _Sentences:
    """The finest level, a Level made the first time it is stepped along (or weighed): its
    stops are a book's every sentence, cut from the paragraphs only when asked for
    (reader.core.outline.Section.children), which the coarser levels never need."""

    name = "sentences"

    def __init__(self, outline: Outline) -> None:
        self._outline = outline

    @cached_property
    def _level(self) -> Level:
        finest = [n for n in self._outline.root.walk() if n.kind in _BLOCKS or n.kind in ("sentence", "item")]
        own = sum(n.kind in ("sentence", "item") for n in finest)
        return Level(self.name, _with_first(self._outline.root.children[:1], finest), own)

    @property
    def stops(self) -> tuple[Section, ...]:
        return self._level.stops

    @property
    def own(self) -> int:
        return self._level.own


def section_levels(outline: Outline) -> list[Level]:
    """The document's levels, coarsest first (never empty: a text has its paragraphs). A
    book's outline has tens of thousands of nodes: its levels are worth keeping."""
    headings: list[Section] = []
    blocks: list[Section] = []
    paragraphs = 0
    for node in outline.root.walk(False):
        kind = node.kind
        if kind in _HEADINGS:
            headings.append(node)
        if kind in _BLOCKS:
            blocks.append(node)
            paragraphs += kind == "paragraph"
    first = outline.root.children[:1]
    levels = []
    for depth in sorted({n.depth for n in headings}):
        own = sum(n.depth == depth for n in headings)
        levels.append(Level(f"depth {depth}", _with_first(first, [n for n in headings if n.depth <= depth]), own))
    levels.append(Level("paragraphs", _with_first(first, blocks), paragraphs))
    levels.append(_Sentences(outline))
    return levels


def _with_first(first: list[Section], stops: list[Section]) -> tuple[Section, ...]:
    if first and (not stops or first[0].start < stops[0].start):
        return (first[0], *stops)
    return tuple(stops)


def reading_level(levels: list[Level]) -> int:
    """The index of the level Ctrl+PageDown moves along: the first with more than one section
    of its own (the finest there is when none has)."""
    return next((i for i, level in enumerate(levels) if level.own > 1), len(levels) - 1)


def step(stops: tuple[Section, ...] | list[Section], caret: int, direction: int) -> Section | None:
    """The stop after the caret (direction +1), or the one before it (-1): the start of the
    section the caret is in when it is past that start, as a page-up would."""
    if direction > 0:
        return next((n for n in stops if n.start > caret), None)
    return next((n for n in reversed(stops) if n.start < caret), None)


def step_section(levels: list[Level], caret: int, direction: int, finer: bool = False) -> Section | None:
    """Where Ctrl+PageDown (+1) or Ctrl+PageUp (-1) goes from the caret, among a document's
    `levels`; with `finer`, where the same keys with Shift go."""
    index = min(reading_level(levels) + (1 if finer else 0), len(levels) - 1)
    return step(levels[index].stops, caret, direction)
