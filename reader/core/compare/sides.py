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

import re
import threading
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NamedTuple

from reader.core.char_classes import ZERO_WIDTH
from reader.core.compare.model import SectionRef
from reader.core.compare.normalize import bigrams, content, fold, signature
from reader.core.numbering import numbering_end
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
    size: int
    """Characters of content (no punctuation, no blanks): what a move must be long enough in."""
    sentences: tuple[int, ...] = ()
    """Its sentences (indexes into Side.sentences), in order."""


@dataclass(frozen=True)
class Sentence:
    """A sentence of a paragraph: up to and with its 。！？ or ；, the unit the comparison pairs
    inside a pair of sections (an unchanged sentence pairs with itself wherever its paragraph
    was cut, joined or rewritten). `body`: where its words start (after the paragraph's number
    for the paragraph's first sentence)."""

    index: int
    block: int
    region: int
    start: int
    end: int
    body: int
    signature: str
    grams: frozenset[str]
    size: int


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
    sentences: tuple[int, ...] = ()


@dataclass
class Side:
    source: Source
    outline: Outline
    view: View
    regions: list[Region]
    blocks: list[Block]
    sentences: list[Sentence] = field(default_factory=list)
    _tokens: dict[tuple[int, int], list[Token]] = field(default_factory=dict, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @property
    def text(self) -> str:
        return self.source.text

    def tokens(self, unit: Block | Sentence) -> list[Token]:
        """The words of a paragraph or a sentence after its number, whitespace left out, each
        figure one word (cut once, kept)."""
        key = (unit.body, unit.end)
        with self._lock:
            cached = self._tokens.get(key)
        if cached is not None:
            return cached
        made = merge_figures(self._cut(unit.body, unit.end))
        with self._lock:
            return self._tokens.setdefault(key, made)

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


_DIGIT_RUN = re.compile(r"[0-9]+")
_DIGITS = re.compile(r"^[0-9.%]+$")
_NUMERALS = re.compile(r"^[零〇一二两三四五六七八九十百千万亿]+$")
_UNITS = re.compile(
    r"^(?:[万亿千百]*(?:元|美元|人|人次|斤|公斤|吨|千瓦|亩|户|个|项|家|所|件|倍|天|年|岁|公里|平方米|立方米)?|个百分点|%)$"
)
"""What may follow a number inside one figure: a magnitude (万, 亿, 万亿), a unit (元, 人, 斤)
or the per-cent sign; 左右, 以上 and 以内 are words of their own (a changed bound is a change)."""


def merge_figures(tokens: list[Token]) -> list[Token]:
    """Each figure one word: jieba cuts 3.9万亿元 into 3.9 | 万亿元 and 4% into 4 | %, and 五十万元
    may come whole or cut; a number with its magnitude and unit is one word, so 3.9万亿元 →
    4.4万亿元 is one small change and no unchanged unit is marked alone. Adjacent tokens join
    when they are ASCII digits, points and per-cent signs (keys are folded: ４ is 4), Chinese
    numerals, or a unit right after a number."""
    out: list[Token] = []
    for n, token in enumerate(tokens):
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.end == token.start
            and _is_number(prev.key)
            and (_is_number(token.key) or (token.key and _UNITS.match(token.key)) or _decimal_point(tokens, n))
        ):
            out[-1] = Token(prev.start, token.end, prev.key + token.key)
        else:
            out.append(token)
    return out


def _decimal_point(tokens: list[Token], n: int) -> bool:
    """tokens[n] is the point of a decimal: jieba keeps 5.2 whole but cuts the full-width ５．２
    into ５ | ． | ２ (its key folded to 5 | . | 2); the point joins the number before it only
    when a digit follows at once, so a number that ends a sentence keeps its full stop apart."""
    if tokens[n].key != "." or n + 1 >= len(tokens):
        return False
    after = tokens[n + 1]
    return after.start == tokens[n].end and after.key[:1].isdigit()


def _is_number(key: str) -> bool:
    if _DIGITS.match(key):
        return any(ch.isdigit() for ch in key)
    return bool(_NUMERALS.match(key)) and len(key) <= 8 and key[0] not in "万亿"


_SENTENCE_END = re.compile(r"[。！？；!?;]+[」』”’）)》\"']*")
_RUN_IN = re.compile(r"(?:[（(][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、)")
"""A paragraph numbered （一） or 一、 under a heading (not in an article, where these number
items): a report's task section, its heading the sentence after the number."""
_RUN_IN_MAX = 80  # characters: a first sentence longer than this is no heading


def _sentence_ranges(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """[start, end) cut after each sentence end, each range without surrounding blanks."""
    out = []
    pos = start
    for m in _SENTENCE_END.finditer(text, start, end):
        out.append((pos, m.end()))
        pos = m.end()
    if pos < end:
        out.append((pos, end))
    stripped = []
    for s, e in out:
        while s < e and _blank(text[s]):
            s += 1
        while e > s and _blank(text[e - 1]):
            e -= 1
        if e > s:
            stripped.append((s, e))
    return stripped


def _run_in_heading(text: str, start: int, end: int) -> int:
    """Where the run-in heading of a numbered paragraph ends (after its first 。), or -1."""
    if not _RUN_IN.match(text, start, end):
        return -1
    stop = text.find("。", start, min(end, start + _RUN_IN_MAX))
    return stop + 1 if stop > 0 else -1


def _blank(ch: str) -> bool:
    return ch.isspace() or ch in ZERO_WIDTH


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
        while s < e and _blank(text[s]):
            s += 1
        while e > s and _blank(text[e - 1]):
            e -= 1
        if e > s:
            out.append((s, e))
        pos = line_start = nl + 1
    return out


class Keys:
    """Passages of a Simplified view → their keys: (signature, content's character pairs,
    content's length) for a sentence, (signature, content's length) for a paragraph. Pure
    functions of the passage, so the two versions compared share one: a sentence B keeps from
    A (nearly all of them, between versions) is keyed once and its pairs are one set in memory."""

    def __init__(self) -> None:
        self._sentences: dict[str, tuple[str, frozenset[str], int]] = {}
        self._paragraphs: dict[str, tuple[str, int]] = {}

    def sentence(self, passage: str) -> tuple[str, frozenset[str], int]:
        made = self._sentences.get(passage)
        if made is None:
            key = signature(passage)
            kernel = content(key)
            made = self._sentences[passage] = (key, bigrams(kernel), len(kernel))
        return made

    def paragraph(self, passage: str) -> tuple[str, int]:
        made = self._paragraphs.get(passage)
        if made is None:
            sig = signature(passage)
            made = self._paragraphs[passage] = (sig, len(content(sig)))
        return made


def prepare(source: Source, keys: Keys | None = None) -> Side:
    """Cut a document into sections and paragraphs with their keys (no jieba: fast). `keys`:
    passages already keyed (the other version's), filled here."""
    keys = Keys() if keys is None else keys
    text = source.text
    outline = source.outline or build_outline(text)
    views = source.views or ScriptViews(text)
    view = views.get(Script.SIMPLIFIED)
    sections = _sections(outline)
    starts = [node.start for node, _ in sections]
    soft = set(soft_breaks(text, [p for node, _ in sections for p in (node.start, node.end)]))
    regions: list[Region] = []
    blocks: list[Block] = []
    sentences: list[Sentence] = []

    def add(ref: SectionRef, lines: list[tuple[int, int]], head_end: int, number: str = "") -> None:
        index = len(regions)
        own: list[int] = []
        signatures: list[str] = []
        for s, e in lines:
            body = numbering_end(text, s, e)
            sig, size = keys.paragraph(view.slice(body, e))
            first_sentence = len(sentences)
            for x, y in _sentence_ranges(text, body, e):
                key, grams, length = keys.sentence(view.slice(x, y))
                sentences.append(Sentence(len(sentences), len(blocks), index, x, y, x, key, grams, length))
            mine = tuple(range(first_sentence, len(sentences)))
            blocks.append(Block(len(blocks), index, s, e, body, sig, size, mine))
            own.append(len(blocks) - 1)
            signatures.append(sig)
        if not own:
            return
        start = blocks[own[0]].start
        heading = content(signature(view.slice(blocks[own[0]].body, head_end))) if head_end > start else ""
        # the year a heading names (2023年工作回顾 → 2024年工作回顾) is no evidence of which section
        # it is: every part of one year's report names the same year
        heading = _DIGIT_RUN.sub("", heading)
        whole = "\n".join(signatures)
        ref = SectionRef(ref.kind, ref.label, ref.path, start, blocks[own[-1]].end, ref.number)
        mine = tuple(k for b in own for k in blocks[b].sentences)
        # a section's character pairs are its sentences' (the pairs across a sentence's end
        # aside): one union in C, where pairing a chapter's text again took a second for a book
        grams = frozenset().union(*(sentences[k].grams for k in mine))
        regions.append(Region(index, ref, tuple(own), whole, grams, bigrams(heading), len(heading), number, mine))

    def add_section(ref: SectionRef, start: int, end: int, head_end: int, number: str = "") -> None:
        """The section, and each run-in headed paragraph in it as a section of its own."""
        lines = _lines(text, start, end, soft)
        cuts = [0]
        if ref.kind != "article":
            cuts += [k for k, (s, e) in enumerate(lines) if k and _run_in_heading(text, s, e) > 0]
        cuts.append(len(lines))
        for x, y in zip(cuts, cuts[1:]):
            if x == 0:
                add(ref, lines[x:y], head_end, number)
                continue
            s, e = lines[x]
            head = _run_in_heading(text, s, e)
            body = numbering_end(text, s, e)
            label = text[s : head - 1].strip()
            sub = SectionRef("heading", label, (*ref.path, label), s, lines[y - 1][1], text[s:body].strip())
            add(sub, lines[x:y], head, signature(view.slice(s, body)))

    first = starts[0] if starts else len(text)
    if text[:first].strip():
        opening = outline.path_at(_first_non_blank(text))
        label = outline.label(opening[-1]) if opening else text[:first].strip().split("\n")[0][:40]
        add_section(SectionRef("preamble", label, (label,), 0, first), 0, first, 0)
    for i, (node, path) in enumerate(sections):
        end = starts[i + 1] if i + 1 < len(starts) else len(text)
        line_end = text.find("\n", node.start, node.end)
        body = numbering_end(text, node.start, node.end if line_end == -1 else line_end)
        number = text[node.start : body].strip()
        head_end = node.head_end if node.kind == "heading" and node.head_end > 0 else node.start
        ref = SectionRef(node.kind, outline.label(node), path, node.start, end, number)
        add_section(ref, node.start, end, head_end, signature(view.slice(node.start, body)))
    return Side(source, outline, view, regions, blocks, sentences)


def _first_non_blank(text: str) -> int:
    pos = 0
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos
