"""One document made ready for comparison: its sections, its paragraphs, their keys, its words.

A document is cut twice, without jieba (that is what makes the first result fast):

- into **sections** (`Region`): every heading and every article of the outline owns the text
  from its start to the next heading or article; the text before the first one is the
  preamble. These pieces do not overlap and leave nothing out, so every change falls in
  exactly one section of each document.
- each section into **paragraphs** (`Block`): its non-blank lines, a hard-wrapped paragraph
  (reader.core.wrapping) as one.

Keys and likeness come from the Simplified view (reader.core.normalize). The words of a
paragraph are cut only when the word diff asks for them (`Side.tokens`): from the document's
word boundaries when the session has them, else by jieba on the paragraph's Simplified text.
"""

from __future__ import annotations

import threading
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NamedTuple

from reader.core.compare.model import SectionRef
from reader.core.compare.normalize import bigrams, content, fold, numbering_end, signature
from reader.core.outline import Outline, Section, build_outline
from reader.core.scripts import Script, ScriptViews, View
from reader.core.words import WordBoundaries, word_ends
from reader.core.wrapping import soft_breaks

if TYPE_CHECKING:
    from reader.core.document import Document
    from reader.core.session import Session

SECTION_KINDS = ("heading", "article")
"""The outline nodes that start a section of the comparison."""


@dataclass
class Source:
    """What a comparison needs of one document. Only `text` is required; pass what an open
    session already has (its outline, script views, word boundaries) and nothing is made twice."""

    text: str
    outline: Outline | None = None
    views: ScriptViews | None = None
    words: WordBoundaries | None = None
    """Word boundaries in original offsets (Session.words), when already cut."""
    user_words: frozenset[str] = frozenset()
    """The reader's own words (Simplified), kept whole when jieba cuts here."""
    name: str = ""

    @classmethod
    def of_document(cls, document: Document) -> Source:
        """From a reader.core.document.Document (the command line's way): its outline built
        from the headings the file marks, named by its file."""
        return cls(document.text, build_outline(document.text, document.headings), name=document.name)

    @classmethod
    def of_session(cls, session: Session) -> Source:
        """From a reader.core.session.Session (read by its attributes only, so this module does
        not import the session and its store)."""
        user_words = getattr(getattr(session, "user_words", None), "words", frozenset())
        words = session.words if getattr(session, "words", None) is not None else None
        if words is not None and getattr(session, "words_stale", False):
            words = None  # cut with another list of the reader's words: cut again here
        return cls(
            session.text, session.outline, session.views, words, frozenset(user_words), getattr(session, "title", "")
        )


class Token(NamedTuple):
    """One word of a paragraph: its original range and its key. A named tuple, not a dataclass:
    a book has 600,000 words, and a tuple is made in a third of the time."""

    start: int
    end: int
    key: str


@dataclass(frozen=True)
class Block:
    """A paragraph: [start, end) without surrounding blanks, `body` where the text after its
    number starts (`start` when it has none)."""

    index: int
    region: int
    start: int
    end: int
    body: int
    signature: str
    grams: frozenset[str]
    size: int
    """Characters of content (no punctuation, no blanks): what a move must be long enough in."""


@dataclass(frozen=True)
class Region:
    """A section as the comparison cuts it (see the module's docstring)."""

    index: int
    ref: SectionRef
    blocks: tuple[int, ...]
    signature: str
    grams: frozenset[str]
    heading: frozenset[str]
    """Character pairs of the heading's own words (after its number); empty for an article,
    whose heading is its number alone, and for the preamble."""
    heading_size: int
    number: str = ""
    """The heading's number in Simplified, folded (第十条): a renumbering is told by it."""


@dataclass
class Side:
    source: Source
    outline: Outline
    view: View
    regions: list[Region]
    blocks: list[Block]
    _tokens: dict[int, list[Token]] = field(default_factory=dict, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @property
    def text(self) -> str:
        return self.source.text

    def tokens(self, block: Block) -> list[Token]:
        """The words of a paragraph after its number, whitespace left out (cut once, kept)."""
        with self._lock:
            cached = self._tokens.get(block.index)
        if cached is not None:
            return cached
        made = self._cut(block.body, block.end)
        with self._lock:
            return self._tokens.setdefault(block.index, made)

    def _cut(self, start: int, end: int) -> list[Token]:
        view = self.view
        # a view of the same lengths (every Simplified original, nearly every Traditional one:
        # tw2s keeps lengths) shares the original's offsets: nothing to map, word by word
        same = not view.segments
        out: list[Token] = []
        words = self.source.words
        if words is not None and words.length == len(self.text):
            edges = [start, *_between(words.boundaries, start, end), end]
            for s, e in zip(edges, edges[1:]):
                key = fold(view.text[s:e] if same else view.slice(s, e)).strip()
                if key:  # blanks and line breaks are no words
                    out.append(Token(s, e, key))
            return out
        v_start, v_end = (start, end) if same else view.range_to_view(start, end)
        piece = view.text[v_start:v_end]
        before = 0
        append = out.append
        for after in word_ends(piece, self.source.user_words):
            key = fold(piece[before:after]).strip()
            if key:
                if same:
                    append(Token(v_start + before, v_start + after, key))
                else:  # the view's word, mapped back to the original
                    s, e = view.range_to_original(v_start + before, v_start + after)
                    if e > s:
                        out.append(Token(s, e, key))
            before = after
        return out


def _between(boundaries, start: int, end: int) -> list[int]:
    """The word boundaries strictly inside (start, end)."""
    return list(boundaries[bisect_right(boundaries, start) : bisect_left(boundaries, end)])


def _sections(outline: Outline) -> list[tuple[Section, tuple[str, ...]]]:
    """Headings and articles in document order, each with the labels of its path."""
    out: list[tuple[Section, tuple[str, ...]]] = []

    def walk(node: Section, path: tuple[str, ...]) -> None:
        for child in node.children:
            if child.kind in SECTION_KINDS:
                here = (*path, outline.label(child))
                out.append((child, here))
                walk(child, here)

    walk(outline.root, ())
    return out


def _lines(text: str, start: int, end: int, soft: set[int]) -> list[tuple[int, int]]:
    """Non-blank paragraphs of [start, end) as stripped ranges; a soft break does not end one."""
    out = []
    pos = start
    line_start = start
    while pos <= end:
        nl = text.find("\n", pos, end)
        if nl == -1:
            nl = end
        if nl < end and nl in soft:
            pos = nl + 1
            continue
        s, e = line_start, nl
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
        pos = line_start = nl + 1
    return out


def prepare(source: Source) -> Side:
    """Cut a document into sections and paragraphs with their keys (no jieba: fast)."""
    text = source.text
    outline = source.outline or build_outline(text)
    views = source.views or ScriptViews(text)
    view = views.get(Script.SIMPLIFIED)
    sections = _sections(outline)
    starts = [node.start for node, _ in sections]
    soft = set(soft_breaks(text, [p for node, _ in sections for p in (node.start, node.end)]))
    regions: list[Region] = []
    blocks: list[Block] = []

    def add(ref: SectionRef, start: int, end: int, head_end: int, number: str = "") -> None:
        index = len(regions)
        own: list[int] = []
        signatures: list[str] = []
        for s, e in _lines(text, start, end, soft):
            body = numbering_end(text, s, e)
            sig = signature(view.slice(body, e))
            core = content(sig)
            blocks.append(Block(len(blocks), index, s, e, body, sig, bigrams(core), len(core)))
            own.append(len(blocks) - 1)
            signatures.append(sig)
        if not own:
            return
        heading = content(signature(view.slice(blocks[own[0]].body, head_end))) if head_end > start else ""
        whole = "\n".join(signatures)
        ref = SectionRef(ref.kind, ref.label, ref.path, blocks[own[0]].start, blocks[own[-1]].end, ref.number)
        regions.append(
            Region(index, ref, tuple(own), whole, bigrams(content(whole)), bigrams(heading), len(heading), number)
        )

    first = starts[0] if starts else len(text)
    if text[:first].strip():
        opening = outline.path_at(_first_non_blank(text))
        label = outline.label(opening[-1]) if opening else text[:first].strip().split("\n")[0][:40]
        add(SectionRef("preamble", label, (label,), 0, first), 0, first, 0)
    for i, (node, path) in enumerate(sections):
        end = starts[i + 1] if i + 1 < len(starts) else len(text)
        line_end = text.find("\n", node.start, node.end)
        body = numbering_end(text, node.start, node.end if line_end == -1 else line_end)
        number = text[node.start : body].strip()
        head_end = node.head_end if node.kind == "heading" and node.head_end > 0 else node.start
        ref = SectionRef(node.kind, outline.label(node), path, node.start, end, number)
        add(ref, node.start, end, head_end, signature(view.slice(node.start, body)))
    return Side(source, outline, view, regions, blocks)


def _first_non_blank(text: str) -> int:
    pos = 0
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos
