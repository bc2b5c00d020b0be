"""Build the section tree of a document: metadata header, headings, paragraphs, sentences, items.

Every node holds ranges in the original text (code-point offsets); labels are substrings of
the original, so a view in another script presents them by mapping the label's range.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from os.path import commonprefix
from threading import Lock
from typing import TYPE_CHECKING, NamedTuple

from reader.core.boilerplate import field_value, is_boilerplate, title_field
from reader.core.char_classes import is_han
from reader.core.datelines import is_byline, is_dateline, opens_with_date
from reader.core.heading_evidence import PART_RANK, article_lines_to_drop, is_caption, is_table_row, numbered_roles
from reader.core.passages import strip_range
from reader.core.patterns import compiled

if TYPE_CHECKING:  # a file's own headings: imported with a format that marks them
    from collections.abc import Iterable, Iterator

    from reader.core.formats.base import HeadingHint

LABEL_MAX = 40
_MIN_OPENING = 8  # an opening clause shorter than this (《通知》強調) takes the next clause too

_NUM = "一二三四五六七八九十百千零〇两兩壹貳參肆伍陸柒捌玖拾\\d"
_SEP = r"(?:[\s\u3000:：、．.]|$)"
# a number as laws write it: 第一章, 第 一 章 and 第 1 條 (the MOJ database spaces its numbers),
# 第 7-1 條 (an article inserted after 第 7 條)
_N = rf"(?:[ \u3000][{_NUM}]+(?:-\d+)?[ \u3000]|[{_NUM}]+(?:-\d+)?)"  # spaced on both sides or neither  # what follows a chapter number: 第一回合 is prose, 第一回　… a heading


class HeadingRule(
    NamedTuple
):  # a NamedTuple, not a frozen dataclass: made at launch, 2-3 M instructions fewer (issue 32)
    """One rung of the heading grammar: a pattern for the start of a line and its rank
    (smaller is higher). `short` rules hold only on a line that is a heading by itself."""

    name: str
    rank: int
    source: str
    """Its pattern, compiled when first tried (reader.core.patterns): the 第 rules' classes of
    numerals cost 28 M instructions to compile before a notice, which has none, painted."""
    short: bool = True
    opens: str = ""
    """The characters a line it matches starts with ("": any): others are not tried on it."""

    @property
    def pattern(self) -> re.Pattern[str]:
        return compiled(self.source)

    def match(self, line: str) -> re.Match[str] | None:
        if self.opens and line[:1] not in self.opens:
            return None
        return self.pattern.match(line)


_COUNTED_BY_TIAO = (
    "(?:規則|规则|原則|原则|規律|规律|定律|法則|法则|道路|路|線|线|河|街|建議|建议|意見|意见|理由|措施|標準|标准"
    "|經驗|经验|教訓|教训|消息|新聞|新闻|信息|記錄|记录|語句|语句|命令|連結|链接|途徑|途径)"
)
# The grammar, highest first: laws (编 > 分编 > 章 > 节 > 条), books (部/卷/篇/集 > 回/章),
# official documents (一、 > （一） > 1. > （1）), classical passage numbers. Context decides
# the rest: a （一） inside an article is an item of it, not a heading (_build_body).
HEADING_RULES: tuple[HeadingRule, ...] = (
    # a classical book's volumes: 卷第三, 卷之三, 卷三, 卷下, alone on their line, or named after
    # an interpunct (間隔號), as a title's parts are set apart: 卷一・離騷, 卷一上・帝紀第一上
    HeadingRule(
        "part",
        0,
        # 第IV部: a Hong Kong ordinance's older parts are numbered in Roman figures; 第6A部: a
        # part inserted after 第6部 takes a letter
        rf"^(?:第{_N}[編编部卷篇集]{_SEP}|第(?:[IVXL]+|\d+)[A-Z]{{0,2}}部{_SEP}|卷之[{_NUM}]+|卷第?[{_NUM}]+[上中下]?(?:$|[・‧·])|卷[上中下]$)",
        opens="第卷",
    ),
    # 附表, 附表1, 附錄: a law's schedule or appendix, alone on its line (its name, if any, on
    # the next), at the level of its parts; 附表1 主要指标 with a name beside it is a caption
    HeadingRule("schedule", 0, r"^附\s*[表錄录]\s*(?:[\dA-Z]{1,3}|[一二三四五六七八九十]{1,3})?$", opens="附"),
    HeadingRule("preamble", 0, r"^(?:序\s*言|附\s*[則则]|總\s*則|总\s*则)$", opens="序附總总"),
    # 分部: a Hong Kong ordinance's division (第2A分部 inserted after 第2分部)
    HeadingRule("subpart", 1, rf"^第(?:{_N}|\d+[A-Z]{{1,2}})分[編编部]{_SEP}", opens="第"),
    HeadingRule("chapter", 2, rf"^第{_N}[章回]{_SEP}", opens="第"),
    HeadingRule("section", 3, rf"^第{_N}[節节]{_SEP}", opens="第"),
    HeadingRule("subsection", 3, rf"^第{_N}[款目]{_SEP}(?=\S)", opens="第"),
    # 第一条规则, 第二条路: 条 counting the noun after it (a rule, a road) is an ordinal, no
    # article's number; an article's number stands apart from its text or runs into a sentence
    HeadingRule("article", 4, rf"^第{_N}[條条](?!{_COUNTED_BY_TIAO})", short=False, opens="第"),
    HeadingRule("numbered", 5, r"^[一二三四五六七八九十百]+、", short=False, opens="一二三四五六七八九十百"),
    HeadingRule("parenthesised", 6, r"^[（(][一二三四五六七八九十百]+[)）]", short=False, opens="（("),
    # 11A. 豁免: Hong Kong numbers a section inserted after 11. with capital letters (35AB., 122ZG.)
    HeadingRule("arabic", 7, r"^\d{1,3}[A-Z]{0,3}[.．、](?!\d)"),
    HeadingRule("arabic_parenthesised", 8, r"^[（(]\d{1,3}[)）]", opens="（("),
    HeadingRule("passage", 9, rf"^[{_NUM}]{{1,4}}$"),
)
_ARTICLE_RULE = next(rule for rule in HEADING_RULES if rule.name == "article")
_ARABIC = next(rule for rule in HEADING_RULES if rule.name == "arabic")
_RANKS = {rule.name: rule.rank for rule in HEADING_RULES}
_RULE_OPENINGS = frozenset("第卷序附總总（(" + _NUM.replace("\\d", ""))
"""The characters a line the grammar names can start with, besides a digit (\\d): most lines
start otherwise and are passed over without trying the rules (a fifth of an outline's time)."""
_ITEM_RULES = ("numbered", "parenthesised", "arabic", "arabic_parenthesised")
"""Inside an article these number its items."""
_STANDALONE_RANK = 10
_STANDALONE_MAX = 16  # 公孫丑上, 離婁上: a heading by itself, not a sentence
_ARTICLES_MIN = 2  # articles that make a document of articles
_QUOTED_ARTICLE_RANK = _STANDALONE_RANK + 1  # one article quoted elsewhere: below the headings
_HINT_ARTICLE_RANK = 100  # under headings the file marks, articles rank below them all
_SENTENCE_ENDERS = "。！？!?…．"
_SENTENCE_CLOSERS = "」』”’）)》\"'"
"""A sentence ends with a run of enders and the closing marks after it (。」): found by
_sentence_ends with str.find, its pattern a class above U+00FF (compiled, 2.5 M at launch)."""
# marks looked for one by one (_holds_any): a class of several marks above U+00FF costs Python's re
# about 2.5 M instructions to compile (a map of the whole BMP), the launch's outline paid it (issue 32)
_CLAUSE_ENDS = ",，:：︰;；﹔、。！？!?．"
_LABEL_STOPS = ",，:：︰;；﹔。！？!?．"
_SEMICOLONS = ";；﹔"
_SEMICOLON = r"[;；﹔]"  # compiled when a sentence holds one
_COMMA = re.compile(r"[,，]")
_TRAIL = ">›»＞"
"""What separates the steps of a breadcrumb (首页 > 新闻) or a category (行政＞內政部＞組織目)."""
_CREDIT = r"^[（(]\s*(責編|责编|編輯|编辑|責任編輯|责任编辑)\s*[:：].*[)）]$"  # compiled for a line in brackets
_FULL_STOPS = "。！？．"
_CLOSING = "。！？!?；;：:︰，,、．…"  # ︰: the colon as Hong Kong's older texts set it
_HEADER_LINE_MAX = 60
_LEADS_ON = ("——", "—", "─", "：", ":", "︰", "；", ";", "，", ",")
"""How a line ends that a list or the next line completes: a clause, never a heading."""
_SUBSECTION_RULES = ("arabic", "arabic_parenthesised")
"""1. and （1）: a heading when it names what follows, a subsection when it says something."""


FINE_KINDS = ("sentence", "item")
"""The kinds a paragraph's text is cut into, built on demand (Section.children)."""
_BUILDING = Lock()  # the window's threads may both ask for a paragraph's sentences


@dataclass(slots=True)  # a book has tens of thousands: slots keep each a third smaller (issue 32)
class Section:
    """A node of a document's outline: its kind, its range and its label's in the text."""

    kind: str
    """document, header, breadcrumb, title, subtitle, author, dateline, heading, article,
    paragraph, sentence, item or credit."""
    start: int
    end: int
    label_start: int
    label_end: int
    truncated: bool = False
    _children: list[Section] = field(default_factory=list)
    head_end: int = -1
    """For a heading or article: where the part typeset as a heading ends (the heading line,
    the run-in heading sentence, the article's number); -1 for other nodes."""
    depth: int = 0
    """For a heading: 1 for the outermost level present in this document, 2 below it …"""
    _pending: str | tuple[str, int] | None = field(default=None, repr=False, compare=False)
    """While the sentences and items inside this paragraph, item or run-in heading are not
    built: the text (a heading's with the end of its line, the heading growing past it). A
    book's paragraphs were four fifths of its outline's time and most of its objects, and only
    the ones read, shown in the tree or stepped through are ever asked for (issue 32)."""

    @property
    def children(self) -> list[Section]:
        """The nodes inside, the sentences and items built the first time they are asked for."""
        if self._pending is not None:
            with _BUILDING:
                if self._pending is not None:
                    self._children[:0] = _inside(*_pending_range(self, self._pending))
                    self._pending = None  # after the list is whole: a reader without the lock sees it so
        return self._children

    @property
    def has_children(self) -> bool:
        """Whether there are nodes inside, a paragraph's sentences not built if it has two:
        the Sections tree asks it of every row it lays out, and building a book's paragraphs'
        sentences to answer took 150 µs a row."""
        pending = self._pending
        if self._children or (pending is not None and _two_sentences(*_pending_range(self, pending))):
            return True
        return bool(self.children)

    @children.setter
    def children(self, nodes: list[Section]) -> None:
        self._children = nodes
        self._pending = None

    def walk(self, sentences: bool = True):
        """This node and every node below it, in document order. `sentences` False: without
        the sentences and items (an article's numbered items too), none of them built: the
        headings, paragraphs and header that most walks look for."""
        yield self
        if sentences:
            for child in self.children:
                yield from child.walk()
        else:
            for child in self._children:
                if child.kind not in FINE_KINDS:
                    yield from child.walk(False)


@dataclass
class Outline:
    """A document's outline: the tree of its sections over its text."""

    text: str
    root: Section
    known_title: str = ""
    """The title the file's metadata names (an EPUB's dc:title, a PDF's /Title), for a text
    that does not say it as a line of its own."""

    @property
    def sections(self) -> list[Section]:
        return self.root.children

    def label(self, node: Section, text: str | None = None, to_view=None) -> str:
        """The node's label, taken from `text` (a view) through `to_view` when given."""
        if text is None or to_view is None:
            label = self.text[node.label_start : node.label_end]
        else:
            label = text[to_view(node.label_start) : to_view(node.label_end)]
        label = " ".join(label.split())
        return label + "…" if node.truncated else label

    def label_through(self, node: Section, text: str, to_view, convert) -> str:
        """The node's label from `text` (a view) through convert(), a change of the text that
        keeps every length (a page previewed in another script, its punctuation cleaned): the
        label's piece is changed with a character of context on each side, as on the page,
        where a neighbour can decide how a character is written."""
        first = max(0, to_view(node.label_start) - 1)
        piece = text[first : to_view(node.label_end) + 1]
        changed = convert(piece)
        return self.label(node, changed if len(changed) == len(piece) else piece, lambda p: to_view(p) - first)

    def full_label(self, node: Section, text: str | None = None, to_view=None) -> str:
        """A heading's label never cut, for print and exports, where a long one wraps (the
        outline cuts it at LABEL_MAX with …). Other nodes keep their label: a paragraph's is
        the opening of the paragraph, and its … says so."""
        if not node.truncated or node.kind != "heading":
            return self.label(node, text, to_view)
        whole = Section(
            node.kind, node.start, node.head_end, node.start, _heading_label_end(self.text, node.start, node.head_end)
        )
        return self.label(whole, text, to_view)

    def path_at(self, pos: int, sentences: bool = True) -> list[Section]:
        """Nodes containing pos, outermost first (the root excluded). A position in the blank
        between two top-level nodes or after the last one (a book's closing blank lines, where
        Ctrl+End puts the caret) is in the node before it, where the reader has just been
        reading; one in the blank before the first node is in that node. `sentences` False:
        down to the paragraph or item, its sentences not cut."""
        path: list[Section] = []
        nodes = self.root.children
        if nodes:
            i = bisect_right([n.start for n in nodes], pos) - 1
            if i < 0:
                pos = nodes[0].start
            elif pos >= nodes[i].end:
                pos = max(nodes[i].start, nodes[i].end - 1)
        while nodes:
            i = bisect_right([n.start for n in nodes], pos) - 1
            if i < 0 or pos >= nodes[i].end:
                break
            path.append(nodes[i])
            if not sentences and nodes[i].kind in ("paragraph", *FINE_KINDS):
                break
            nodes = nodes[i].children
        return path

    def group_at(self, pos: int) -> Section | None:
        """The section an annotation at pos is filed under: its innermost heading, else its
        top-level block (header, paragraph, credit)."""
        path = self.path_at(pos, sentences=False)  # a book's every note: no sentence needed
        headings = [n for n in path if n.kind == "heading"]
        if headings:
            return headings[-1]
        return path[0] if path else None

    def first(self, kind: str) -> Section | None:
        """The first node of a kind (the title, the dateline), or None."""
        return next((n for n in self.root.walk(kind in FINE_KINDS) if n.kind == kind), None)

    def title(self) -> str:
        """The title line; else the metadata's title; else the first line that is not a
        distributor's notice, a site's name or a language bar."""
        node = self.title_node()
        return self.label(node) if node is not None else " ".join(self.known_title.split())

    def title_node(self) -> Section | None:
        """The node whose label is the title (title()): None when the metadata's title is it,
        or nothing is."""
        node = self.first("title")
        if node is not None or self.known_title:
            return node
        return next((n for n in self.root.children if (label := self.label(n)) and not is_boilerplate(label)), None)


def _label_end(text: str, start: int, end: int, min_opening: int = _MIN_OPENING) -> tuple[int, bool]:
    """Where a node's label ends, and whether that cuts it short (shown with …)."""
    pos = start
    while True:
        found = _first_of(_LABEL_STOPS, text, pos, end)
        stop = end if found < 0 else found
        if stop - start >= min_opening or found < 0 or text[found] in "。！？!?．":
            break
        pos = found + 1
    stop = min(stop, end)
    if stop - start > LABEL_MAX:
        return start + LABEL_MAX, True
    while stop > start and text[stop - 1].isspace():
        stop -= 1
    return stop, False


def _node(text: str, kind: str, start: int, end: int) -> Section:
    # an item is named by its first clause alone (加強組織領導), the rest need a fuller opening
    label_end, truncated = _label_end(text, start, end, 1 if kind == "item" else _MIN_OPENING)
    if kind in ("paragraph", "sentence") and label_end < _trim_end_punct(text, start, end):
        truncated = True  # the label is the opening of something longer: say so
    return Section(kind, start, end, start, label_end, truncated)


def _heading(text: str, kind: str, start: int, end: int, head_end: int, inside: bool = True) -> Section:
    """A heading labelled by its whole heading part (cut at LABEL_MAX, with …)."""
    if kind == "article":  # 第一条 with the opening of its text
        label_end, truncated = _label_end(text, start, end, head_end - start + _MIN_OPENING)
        truncated = truncated or label_end < _trim_end_punct(text, start, end)
    else:
        label_end = _heading_label_end(text, start, head_end)
        truncated = label_end - start > LABEL_MAX
        if truncated:
            label_end = start + LABEL_MAX
    node = Section(kind, start, end, start, label_end, truncated, head_end=head_end)
    if head_end < end and inside:  # a run-in heading: the rest of its line is body text with sentences
        node._pending = (text, end)
    return node


def _lines(text: str) -> list[tuple[int, int]]:
    """Non-blank lines as stripped (start, end) ranges."""
    out = []
    pos = 0
    for line in text.split("\n"):
        s, e = strip_range(text, pos, pos + len(line))
        if e > s:
            out.append((s, e))
        pos += len(line) + 1
    return out


def _split(
    text: str, start: int, end: int, separators: Iterable[tuple[int, int]], keep_sep: bool
) -> list[tuple[int, int]]:
    """text[start:end] cut at the separators (spans, in order), each kept with the part before it or dropped."""
    parts = []
    pos = start
    for sep_start, sep_end in separators:
        s, e = strip_range(text, pos, sep_end if keep_sep else sep_start)
        if e > s:
            parts.append((s, e))
        pos = sep_end
    s, e = strip_range(text, pos, end)
    if e > s:
        parts.append((s, e))
    return parts


def _spans(pattern: re.Pattern, text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    return (m.span() for m in pattern.finditer(text, start, end))


def _first_of(marks: str, text: str, start: int, end: int) -> int:
    """Where the first of the marks in text[start:end] is, or -1 (str.find for each: nothing to compile)."""
    first = end
    for mark in marks:
        found = text.find(mark, start, first)
        if found >= 0:
            first = found
    return first if first < end else -1


def _sentence_ends(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The spans in text[start:end] that end sentences: a run of enders and the closing marks after it."""
    pos = start
    while (s := _first_of(_SENTENCE_ENDERS, text, pos, end)) >= 0:
        e = s + 1
        while e < end and text[e] in _SENTENCE_ENDERS:
            e += 1
        while e < end and text[e] in _SENTENCE_CLOSERS:
            e += 1
        yield s, e
        pos = e


def _first_sentence_end(text: str, start: int, end: int) -> tuple[int, int] | None:
    return next(_sentence_ends(text, start, end), None)


def _holds_any(marks: str, text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether text[start:end] holds any of the marks (each found by str.find, as fast as a
    pattern's search and with nothing to compile)."""
    for mark in marks:
        if text.find(mark, start, end) >= 0:
            return True
    return False


def _trim_end_punct(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in _CLAUSE_ENDS:
        end -= 1
    return end


def _heading_label_end(text: str, start: int, end: int) -> int:
    """Where a heading's label ends: before the comma, colon or full stop closing its line (一、總
    體要求。), after a question or exclamation mark, which is part of what it says (什么是所有权？,
    要不要 panic!)."""
    stop = _trim_end_punct(text, start, end)
    while stop < end and text[stop] in _ASKED:
        stop += 1
    return stop


_ASKED = frozenset("！？!?")


def _may_run(text: str, start: int, end: int) -> bool:
    """Whether three clauses in a row could share an opening of two characters (False: they
    cannot, so splitting the sentence into clauses is not needed)."""
    starts = [start, *(m.end() for m in _COMMA.finditer(text, start, end))]
    if any(p < end and text[p].isspace() for p in starts):
        return True  # an opening after spaces: leave it to the full comparison
    keys = [text[p : p + 2] for p in starts]
    return any(keys[k] == keys[k + 1] == keys[k + 2] for k in range(len(keys) - 2))


def _items(text: str, start: int, end: int) -> list[Section]:
    """The parallel items of an enumeration inside one sentence."""
    # every sentence of a book comes here: what cannot hold items is told by a count first
    # (a third of a novel's outline time went to splitting sentences that had none)
    if _holds_any(_SEMICOLONS, text, start, end):
        parts = _split(text, start, end, _spans(compiled(_SEMICOLON), text, start, end), keep_sep=False)
        if len(parts) >= 2:
            return [_node(text, "item", s, _trim_end_punct(text, s, e)) for s, e in parts]
    if text.count("，", start, end) + text.count(",", start, end) < 2:
        return []  # fewer than three clauses: no run of parallel ones
    if not _may_run(text, start, end):
        return []
    clauses = _split(text, start, end, _spans(_COMMA, text, start, end), keep_sep=False)
    items: list[Section] = []
    i = 0
    while i < len(clauses):
        j = i + 1
        prefix = None
        while j < len(clauses):
            a, b = clauses[j - 1][0], clauses[j][0]
            if text[a : a + 2] != text[b : b + 2]:
                break  # the two clauses share less than two characters
            shared = len(commonprefix((text[a : clauses[j - 1][1]], text[b : clauses[j][1]])))
            if shared < 2 or (prefix is not None and shared < prefix):
                break
            prefix = shared if prefix is None else min(prefix, shared)
            j += 1
        if j - i >= 3:
            items.extend(_node(text, "item", s, _trim_end_punct(text, s, e)) for s, e in clauses[i:j])
            i = j
        else:
            i += 1
    return items


def _paragraph(text: str, kind: str, start: int, end: int) -> Section:
    """A paragraph or item, its sentences and items built when asked for (Section.children)."""
    node = _node(text, kind, start, end)
    node._pending = text
    return node


def _pending_range(node: Section, pending: str | tuple[str, int]) -> tuple[str, int, int]:
    """The text and range whose sentences a node's pending children are (Section._pending)."""
    text, end = pending if isinstance(pending, tuple) else (pending, node.end)
    return text, node.start, end


def _two_sentences(text: str, start: int, end: int) -> bool:
    """Whether _inside cuts the range into sentences: a sentence's end with more after it
    (each end closes a piece of _split's; what follows the first makes another)."""
    first = _first_sentence_end(text, start, end)
    if first is None:
        return False
    s, e = strip_range(text, first[1], end)
    return e > s


def _inside(text: str, start: int, end: int) -> list[Section]:
    """The sentences of a paragraph with the items of each; or its items, if it is one sentence."""
    sentences = _split(text, start, end, _sentence_ends(text, start, end), keep_sep=True)
    if len(sentences) < 2:
        return _items(text, start, end)
    nodes = []
    for s, e in sentences:
        sentence = _node(text, "sentence", s, e)
        sentence.children = _items(text, s, e)
        nodes.append(sentence)
    return nodes


def _is_short_line(line: str) -> bool:
    """A line that can stand as a heading by itself: short, not a sentence."""
    # a stray ASCII ? inside a line is a lost character in many e-texts, not a question
    return len(line) <= LABEL_MAX and not _holds_any(_FULL_STOPS, line.rstrip("。．")) and not line.endswith(("!", "?"))


def is_paragraph_line(line: str) -> bool:
    """A line that holds a full stop or runs longer than a label: a paragraph, whatever style
    a file gives it, never a name."""
    return len(line) > LABEL_MAX or _holds_any(_FULL_STOPS, line)


_SOURCE_NOTE = r"\s*[（(][^（()）]*[)）]$"  # compiled on first use, as are _NO_CLAUSE and _NOTE_ALONE
"""A note in brackets closing a line: (由2012年第18號第2條修訂), (1998 年第 25 號第 2 條)."""
_LIST_GOES_ON = r"(?<=[；;，,])[ \u3000]*(?:或|及|並|并|而|和|與|与)$"  # compiled on first use (3 M instructions)
"""一間…的清盤人；或 / …；及: an item of a list that goes on with the next one."""


def _is_clause(line: str) -> bool:
    """A numbered line that is a sentence (（1）本條例可引稱為《安老院條例》。) or the opening of one
    its next lines go on with (（1）在本條例中，除文意另有所指外——), whatever note in brackets
    follows it ((2) 就個人資料而言，如某資料使用者 —— (由2012年第18號第2條修訂)): a subsection or an
    item, not a heading, however short."""
    while (note := compiled(_SOURCE_NOTE).search(line)) and note.start() > 0:
        line = line[: note.start()]
    line = compiled(_LIST_GOES_ON).sub("", line.rstrip())
    return line.endswith(("。", "．", *_LEADS_ON))


def heading_rule(text: str, start: int, end: int) -> HeadingRule | None:
    """The grammar rule a line starts with, if any."""
    first = text[start] if start < end else ""
    if first not in _RULE_OPENINGS and not first.isdecimal():
        return None
    line = text[start:end]
    for rule in HEADING_RULES:
        if rule.match(line) and (not rule.short or _is_short_line(line) or rule is _ARABIC and _is_long_name(line)):
            return rule
    return None


_NAME_MAX = 2 * LABEL_MAX
_NO_CLAUSE = r"[，,。：:︰；;！？!?]"  # compiled on first use, as is _OR_AND
_OR_AND = r"[，,](?=或|及|以及|與|与|和|並|并)"
"""A comma before 或, 及 …: what follows is another name of the list, no clause."""


def _is_long_name(line: str) -> bool:
    """A numbered line longer than a heading mostly is that still names its section rather
    than saying something (58. 由犯罪的董事、高級人員及發起人提出或針對犯罪的董事、高級人員及發起人
    提出的申請): no clause in it at all. A comma may part two names the heading lists (169. 對
    須由…繳付的訟費的評定，或對須由公司繳付的訟費的評定)."""
    line = compiled(_OR_AND).sub("", line)
    return len(line) <= _NAME_MAX and not compiled(_NO_CLAUSE).search(line) and not _holds_any(_FULL_STOPS, line)


def heading_level(text: str, start: int, end: int) -> int | None:
    rule = heading_rule(text, start, end)
    return rule.rank if rule else None


def _head_end(text: str, rule: HeadingRule, start: int, end: int) -> int:
    """The part of a heading line typeset as the heading."""
    if rule.name == "article":
        return start + rule.pattern.match(text[start:end]).end()
    line = text[start:end]
    if len(line) <= LABEL_MAX and "。" not in line.rstrip("。"):
        return end
    first = _first_sentence_end(text, start, end)  # a run-in heading: its first sentence
    return first[1] if first else end


def _is_body_line(text: str, start: int, end: int) -> bool:
    return end - start > _HEADER_LINE_MAX or _holds_any(_FULL_STOPS, text, start, end)


def _is_history_line(text: str, start: int, end: int) -> bool:
    """A law's dateline, however long: the date it was adopted or amended and by whom (2012 年
    8 月 31 日 第十一届全国人民代表大会常务委员会第二十八次会议《关于修改…的决定》修正, or in
    Chinese numerals: （一九九三年十二月二十九日…通过）), a line that opens with its date and
    says no sentence."""
    return opens_with_date(text, start, end) and not _holds_any(_FULL_STOPS, text, start, end)


# Hong Kong cites an ordinance by its chapter in the Laws of Hong Kong (Cap. 459, subsidiary
# legislation Cap. 459A): 第459章 above or before the ordinance's name, which ends as a law's
# name does. A chapter of a law or a novel is named for its topic (总则, 重逢), never so.
_LAW_NAME = r"《?[^《》\n]{1,40}(?:條例|条例|規例|规例|規則|规则|令)》?"
_CODE_CHAPTER = re.compile(rf"第\s*\d+[A-Z]{{0,2}}\s*章(?:\s*{_LAW_NAME})?")
_LAW_NAME_LINE = _LAW_NAME


def _code_chapter_lines(text: str, lines: list[tuple[int, int]], n: int) -> int:
    """How many lines from line n are an ordinance's chapter number and name (第459章 /
    安老院條例, or 第 459 章 《安老院條例》 on one line): 0 if they are not."""
    if n >= len(lines) or not _CODE_CHAPTER.fullmatch(text, *lines[n]):
        return 0
    s, e = lines[n]
    if re.search(r"章\s*\S", text[s:e]):
        return 1  # the name on the same line
    named = n + 1 < len(lines) and compiled(_LAW_NAME_LINE).fullmatch(text, *lines[n + 1])
    return 2 if named else 0


def _code_chapter_under_name(text: str, lines: list[tuple[int, int]]) -> bool:
    """Whether the text opens with an ordinance's name and its chapter number alone on the
    next line (個人資料(私隱)條例 / 第486章, as e-Legislation heads a chapter)."""
    if len(lines) < 2 or not compiled(_LAW_NAME_LINE).fullmatch(text, *lines[0]):
        return False
    s, e = lines[1]
    return _CODE_CHAPTER.fullmatch(text, s, e) is not None and not re.search(r"章\s*\S", text[s:e])


def _is_salutation(line: str) -> bool:
    return line.endswith(("：", ":")) and len(line) <= 12  # 同志們：, 各位代表：


def _header(text: str, lines: list[tuple[int, int]], known_title: str = "") -> tuple[Section | None, int]:
    """The metadata block: leading short lines before the first body paragraph or heading.

    A block that opens like a news article (a breadcrumb or a dateline among its lines) is
    read as breadcrumb, title, subtitle, author and dateline; elsewhere only the first line is
    the title and nothing is guessed."""
    n = code = _code_chapter_lines(text, lines, 0)  # 第459章 / 安老院條例: the title, not a chapter
    code_under = _code_chapter_under_name(text, lines)  # 安老院條例 / 第459章: the same, named first
    history = False  # past a law's long dateline only its other datelines follow (目录 is the body's)
    while (
        n < len(lines)
        and (not _is_body_line(text, *lines[n]) or _is_history_line(text, *lines[n]))
        and (not history or is_dateline(text[lines[n][0] : lines[n][1]]))
        and (heading_rule(text, *lines[n]) is None or code_under and n == 1)
        and not _BRACKETED.match(text, *lines[n])  # 【第一章 总则】: a web page's subhead
        and not _is_salutation(text[lines[n][0] : lines[n][1]])
    ):
        history = history or _is_body_line(text, *lines[n])
        n += 1
    if n == 0 or n == len(lines):
        return None, 0
    block = [text[s:e] for s, e in lines[:n]]
    wanted = _squeeze(known_title)
    known, known_end = None, None
    for i in range(len(block) if wanted else 0):  # the title the file names, on one line or several
        said = ""
        for j in range(i, len(block)):
            said += _squeeze(block[j])
            if not wanted.startswith(said):
                break
            if said == wanted:
                known, known_end = i, j
                break
        if known is not None:
            break
    marked = any(any(c in line for c in _TRAIL) or is_dateline(line) or is_byline(line) for line in block)
    if known is not None and not marked:  # the title the file names, and nothing of a news page's
        n = known_end + 1  # under it: what follows (基本案情) is the body's, not a subtitle
        block = block[:n]
    news = known is not None or marked
    if news:  # past the dateline, a line that heads the body text is the body's first heading
        n = _body_headed_at(text, lines, block, n)
        block = block[:n]
    if not news:  # the title is the first line, past a distributor's notice, or a 書名 field
        field = next((i for i, line in enumerate(block) if title_field(line) is not None), None)
        first = field if field is not None else next((i for i, line in enumerate(block) if not is_boilerplate(line)), 0)
        n = first + 1
        known = first if first > 0 or field is not None else None
        if code == 2:  # the chapter number and the name under it: one title on two lines
            known, known_end, n = 0, 1, max(n, 2)
        elif code_under:  # the name, then its chapter number: the title and a line of the header
            n = max(n, 2)
    fields = n > 1 and all(field_value(line) is not None for line in block[:2])
    header = Section("header", lines[0][0], lines[n - 1][1], lines[0][0], lines[0][0])
    # a title set on several lines (高举…旗帜 / 为…而团结奋斗) runs up to its —— subtitle
    dash = next((i for i, line in enumerate(block) if line.startswith(("——", "－－"))), None)
    for i, ((s, e), line) in enumerate(zip(lines[:n], block)):
        title = next((c for c in header.children if c.kind == "title"), None)
        if title is not None and _is_history_line(text, s, e):
            kind = "dateline"  # 《关于修改<…>的决定》修正: its > is no breadcrumb's
        elif (
            known is not None and i < known or any(c in line for c in _TRAIL) or title is None and is_boilerplate(line)
        ):
            kind = "breadcrumb"  # above the title the file names: where it was published
        elif i == known:
            kind = "title"
        elif title is not None and known_end is not None and i <= known_end:
            title.end = e  # the rest of a title set on several lines
            title.label_end = min(e, title.start + LABEL_MAX)
            title.truncated = e - title.start > LABEL_MAX
            continue
        elif is_dateline(line):
            kind = "dateline"
        elif is_byline(line):
            kind = "author"
        elif line.startswith(("——", "－－")):
            kind = "subtitle"
        elif title is not None and dash is not None and i < dash:
            title.end = e
            title.label_end = min(e, title.start + LABEL_MAX)
            continue
        elif title is None:
            kind = "title"
        elif len(line) <= 6 and not _holds_any(_CLAUSE_ENDS, line):
            kind = "author"
        else:
            kind = "subtitle"
        # 書名 孟子譯解, or the first of a database's field lines (法規名稱：…/修正日期：…): the name
        field = title_field(line) or (field_value(line) if i == 0 and fields else None)
        label_start = s + (field or 0) if kind == "title" else s
        header.children.append(_header_line(kind, s, e, label_start))
    return _labelled_by_title(header), n


def _header_line(kind: str, start: int, end: int, label_start: int | None = None) -> Section:
    """One line of the header (title, dateline …), labelled by the line itself from label_start
    (the title a 書名 field names: past the field), cut at LABEL_MAX."""
    label_start = start if label_start is None else label_start
    label_end = min(end, label_start + LABEL_MAX)
    return Section(kind, start, end, label_start, label_end, label_end < end)


def _labelled_by_title(header: Section) -> Section:
    """The header, labelled by its title, which need not be its first line."""
    title = next((c for c in header.children if c.kind == "title"), header.children[0])
    header.label_start, header.label_end, header.truncated = title.label_start, title.label_end, title.truncated
    return header


def _marked_title_header(text: str, lines: list[tuple[int, int]], hints: dict[int, int]) -> tuple[Section | None, int]:
    """The title a file marks (its one top-level heading, on its first line) and the datelines
    under it (a law's adoption and amendments, a page's date and source) as the header, as a
    plain text's would be; without a dateline under it the title stands alone (None)."""
    if not lines or lines[0][0] not in hints or hints[lines[0][0]] != min(hints.values()):
        return None, 0
    if not _is_first_only(hints, lines[0][0]) or is_boilerplate(text[lines[0][0] : lines[0][1]]):
        return None, 0
    n = 1
    while n < len(lines) and lines[n][0] not in hints:
        s, e = lines[n]
        if not (is_dateline(text[s:e]) or _is_history_line(text, s, e)):
            break
        n += 1
    if n == 1:
        return None, 0
    header = Section("header", lines[0][0], lines[n - 1][1], lines[0][0], lines[0][0])
    header.children = [_header_line("title" if i == 0 else "dateline", s, e) for i, (s, e) in enumerate(lines[:n])]
    return _labelled_by_title(header), n


def _body_headed_at(text: str, lines: list[tuple[int, int]], block: list[str], n: int) -> int:
    """Where a news-like header ends when what follows its dateline heads the body: a case's
    name and its 基本案情 above the text, under the court's release and its date, are the body's
    headings, not the header's subtitle and author. The header keeps the lines up to its last
    dateline, and every line that is no heading of the body text after it."""
    dated = [i for i, line in enumerate(block) if is_dateline(line)]
    if not dated:
        return n
    near = lines[: n + _BLOCK_LOOK + 2]
    rules = [heading_rule(text, s, e) for s, e in near]
    for i in range(dated[-1] + 1, n):
        if is_byline(block[i]):
            continue
        if _standalone_rank(text, near, i, rules) is not None or rules[i + 1] is _ARABIC and _names_only(block[i]):
            return i  # 導言 right above 1. 規則的適用範圍: the name of the sections it heads
    return n


def _names_only(line: str) -> bool:
    """A line that says no clause and leads into none: a name."""
    return not line.endswith(_LEADS_ON) and not compiled(_NO_CLAUSE).search(line)


def build_outline(
    text: str, headings: tuple[HeadingHint, ...] | list[HeadingHint] = (), title: str = "", inside: bool = True
) -> Outline:
    """The section tree of a text. `headings` are the headings the file itself marks
    (Markdown, HTML, Word …): when given, they are the headings and the grammar only adds
    articles (第X条) below them. `title` is the title the file's metadata names (a PDF's or an
    EPUB's): the line that says it is the title, and what stands above it (a site's name, a
    series) is not. `inside` False: paragraphs and items without the sentences and items
    inside them (the same headings, articles and title at a fifth of the time: what the
    library's index keeps)."""

    def paragraph(kind: str, s: int, e: int) -> Section:
        return _paragraph(text, kind, s, e) if inside else _node(text, kind, s, e)

    def heading(kind: str, s: int, e: int, head_end: int) -> Section:
        return _heading(text, kind, s, e, head_end, inside)

    root = Section("document", 0, len(text), 0, 0)
    lines = _lines(text)
    hints = {h.start: h.level for h in headings if not h.supplement}
    used = 0
    header, used = _marked_title_header(text, lines, hints) if hints else _header(text, lines, title)
    if header and _marked_chapter_first(text, header, headings, title):
        header, used = None, 0
    if header:
        root.children.append(header)
    body = lines[used:]
    contents = _written_contents(text, body)
    rules = _weighed_rules(text, body)
    added = _supplement_ranks(body, rules, headings) if not hints else {}
    named = set() if hints else _named_numbers(text, body, rules)  # a file's own headings are its own
    # a short standalone line is a heading only where the text has no chapter grammar of its
    # own: in a novel with 回 a line such as 詩云 is the poem's cue, not a heading (a book's
    # 卷 above its named chapters is no such grammar); nor in a document of articles, whose
    # short lines between them are a table's caption or a signature (one article quoted in a
    # case report does not make a document of articles)
    articles = sum(r is not None and r.name == "article" for r in rules)
    standalone = not hints and articles < _ARTICLES_MIN and not any(r is not None and 2 <= r.rank <= 3 for r in rules)
    stack: list[tuple[int, Section]] = []  # (rank, node) from outermost to innermost

    def parent() -> Section:
        return stack[-1][1] if stack else root

    def open_node(rank: int, node: Section) -> None:
        while stack and stack[-1][0] >= rank:
            stack.pop()
        parent().children.append(node)
        stack.append((rank, node))

    for index, ((s, e), rule) in enumerate(zip(body, rules)):
        if index - 1 in named:
            continue  # the name of the part above, in its heading
        if index in named:
            e = body[index + 1][1]
        line = text[s:e]
        in_article = bool(stack) and stack[-1][1].kind == "article"
        if index in contents:
            if index == min(contents):  # 目录 and its entries: one node, none of them headings
                stack.clear()
                last = body[max(contents)][1]
                root.children.append(heading("heading", s, last, e))
            continue
        if index == len(body) - 1 and line.startswith(("（", "(")) and compiled(_CREDIT).match(line):
            stack.clear()
            root.children.append(_node(text, "credit", s, e))
        elif s in hints:
            if hints[s] == min(hints.values()) and not root.children and not stack and _is_first_only(hints, s):
                if is_boilerplate(line):  # a site's name set as the page's one h1: not the title
                    root.children.append(_node(text, "paragraph", s, e))
                else:
                    root.children.append(heading("title", s, e, e))  # the document's title
            else:
                open_node(hints[s], heading("heading", s, e, e))
        elif rule is not None and (in_article and rule.name in _ITEM_RULES or rule is _ITEM):
            parent().children.append(paragraph("item", s, e))  # an article's （一） …
        elif hints and rule is not None and rule.name == "article":
            open_node(_HINT_ARTICLE_RANK, heading("article", s, e, _head_end(text, rule, s, e)))
        elif rule is not None and not hints:
            kind = "article" if rule.name == "article" else "heading"
            # an article a case report quotes stands under the heading that quotes it
            rank = _QUOTED_ARTICLE_RANK if kind == "article" and standalone else rule.rank
            open_node(rank, heading(kind, s, e, _head_end(text, rule, s, e)))
        elif standalone and (rank := _standalone_rank(text, body, index, rules)) is not None:
            open_node(rank, heading("heading", s, e, e))
        elif s in added:  # a heading the file marks and the grammar misses (a law's 附件二)
            open_node(added[s], heading("heading", s, e, e))
        else:
            parent().children.append(paragraph("paragraph", s, e))
        for _, node in stack:
            node.end = max(node.end, e)
    _set_depths(root)
    return Outline(text, root, title)


def document_outline(document, inside: bool = True) -> Outline:
    """The section tree of a loaded Document: its text, the headings and the title its file
    marks (`inside`: see build_outline)."""
    return build_outline(document.text, document.headings, document.info.title, inside)


_CONTENTS = r"^(?:目\s*[录錄次]|CONTENTS|Contents)$"  # compiled for a line that starts as it does
_LEADER = r"[\s\u3000.．·…_-]+\d*$"


def _squeeze(line: str) -> str:
    """A line without its spaces, for telling whether two lines say the same."""
    return re.sub(r"[\s\u3000]+", "", line)


def is_contents_line(line: str) -> bool:
    """The heading of a table of contents written into the text: 目录, 目錄, 目次, Contents."""
    return compiled(_CONTENTS).match(line.strip()) is not None


def _written_contents(text: str, body: list[tuple[int, int]]) -> set[int]:
    """The lines of a table of contents written into the text (a law's 目录): the line 目录
    and its entries, up to where the first entry stands again as the body's first heading.
    Empty when there is none, or when the first entry never comes again (then it is not a
    list of what follows)."""
    for i, (s, e) in enumerate(body):
        line = text[s:e].strip()
        if not line.startswith(("目", "C")) or not compiled(_CONTENTS).match(line):
            continue
        if i + 1 >= len(body):
            return set()
        first = _squeeze(compiled(_LEADER).sub("", text[body[i + 1][0] : body[i + 1][1]]))
        for j in range(i + 2, len(body)):
            if _squeeze(compiled(_LEADER).sub("", text[body[j][0] : body[j][1]])) == first:
                return set(range(i, j))
        return set()
    return set()


def _supplement_ranks(
    body: list[tuple[int, int]], rules: list[HeadingRule | None], headings: tuple[HeadingHint, ...] | list[HeadingHint]
) -> dict[int, float]:
    """Where the file's marks supplement the grammar's outline (HeadingHint.supplement): the
    rank of each marked line the grammar has no rule for, as the grammar ranks the marked
    lines of that level it reads (an h2 附件二 beside the h2 编 and 附则); a level the grammar
    reads no line of stands between the levels around it (with no level read, nothing tells
    a rank and no line is added)."""
    marks = {h.start: h.level for h in headings if h.supplement}
    if not marks:
        return {}
    ranks: dict[int, float] = {}
    missed: dict[int, int] = {}
    for (s, _), rule in zip(body, rules):
        if s not in marks:
            continue
        if rule is None:
            missed[s] = marks[s]
        elif rule is not _ITEM:
            ranks[marks[s]] = min(rule.rank, ranks.get(marks[s], rule.rank))
    out: dict[int, float] = {}
    for s, level in missed.items():
        above = [ranks[lv] for lv in ranks if lv < level]
        below = [ranks[lv] for lv in ranks if lv > level]
        if level in ranks:
            out[s] = ranks[level]
        elif above and below:
            out[s] = (max(above) + min(below)) / 2
        elif above or below:
            out[s] = max(above) + 0.5 if above else min(below) - 0.5
    return out


def _marked_chapter_first(text: str, header: Section, headings, title: str) -> bool:
    """The header's title is a chapter's heading, not the document's: the file names another
    title (an EPUB's package names the book) and marks the first line as one of several
    headings of its level (the run of a book that opens at a chapter: 卷七十七・晉書三, 序)."""
    first = next((c for c in header.children if c.kind == "title"), None)
    if not title or first is None or _squeeze(text[first.start : first.end]) == _squeeze(title):
        return False
    marks = {h.start: h.level for h in headings}
    return first.start in marks and not _is_first_only(marks, first.start)


def _is_first_only(hints: dict[int, int], start: int) -> bool:
    """The top-level heading that opens the document and is the only one of its level."""
    top = min(hints.values())
    return sum(1 for level in hints.values() if level == top) == 1


_PART_RULE = HeadingRule(
    "numbered_part", PART_RANK, next(r for r in HEADING_RULES if r.name == "numbered").source, short=False
)
_ITEM = HeadingRule("item", _STANDALONE_RANK, "")  # a numbered line the document shows is a list's item
_BRACKETED = re.compile(r"【[^【】]+】$")
_BRACKET_RANK = 3.9  # a subhead in brackets with no number of its own: above articles, below 节


def _weighed_rules(text: str, body: list[tuple[int, int]]) -> list[HeadingRule | None]:
    """The grammar's rule for each line, weighed against the document's own evidence
    (reader.core.heading_evidence): articles out of the document's numbering and numbered
    lists are not headings, numbered parts of a document of articles rank above them, table
    rows are never headings."""
    rules = [heading_rule(text, s, e) for s, e in body]
    for i, (s, e) in enumerate(body):  # 【第一章 总则】, 【基本案情】: a web page's subhead
        if _BRACKETED.match(text, s, e) and e - s <= LABEL_MAX:
            inner = heading_rule(text, s + 1, e - 1)
            rank = inner.rank if inner is not None and inner.rank < _ARTICLE_RULE.rank else _BRACKET_RANK
            rules[i] = HeadingRule("bracketed", rank, _BRACKETED.pattern)
    names = [r.name if r else None for r in rules]
    dropped = article_lines_to_drop(text, body, names)
    parts, items = numbered_roles(text, body, names, [r.rank if r else None for r in rules])
    for i, rule in enumerate(rules):
        if rule is None:
            continue
        line = text[body[i][0] : body[i][1]]
        if i in dropped or rule.name != "passage" and (is_table_row(line) or "\t" in line):
            rules[i] = None
        elif i in items:
            rules[i] = _ITEM
        elif i in parts:
            rules[i] = _PART_RULE
        elif rule.name in _SENTENCE_NUMBERS and _is_numbered_sentence(line):
            rules[i] = None
        elif rule.name == "arabic_parenthesised" and _is_note_alone(line):
            rules[i] = _ITEM  # (4) (由1985年第139號法律公告廢除): a subsection repealed, no heading
    _subsections_to_items(text, body, rules)
    _cross_headings(text, body, rules)
    _preambles_with_their_peers(rules)
    return rules


_NUMBERED_PARTS = ("part", "subpart", "chapter", "section")


def _preambles_with_their_peers(rules: list[HeadingRule | None]) -> None:
    """序言, 总则, 附则 alone on their line stand beside the document's outermost numbered
    parts: above its 章 in a law of chapters (a constitution's 序言 before 第一章 总纲), not
    over them; beside its 编 where it has them."""
    outermost = min((r.rank for r in rules if r is not None and r.name in _NUMBERED_PARTS), default=0)
    if outermost == 0:
        return
    for i, rule in enumerate(rules):
        if rule is not None and rule.name == "preamble":
            rules[i] = rule._replace(rank=outermost)


_CROSS_HEADING = HeadingRule("cross_heading", 6.5, "")
"""A name set above a run of numbered sections (導言 over 1. 2. 3.): above them, below the rest."""
_CROSS_HEADINGS_MIN = 2


def _cross_headings(text: str, body: list[tuple[int, int]], rules: list[HeadingRule | None]) -> None:
    """Hong Kong's rules and regulations group their sections under names without a number of
    their own (cross-headings: 導言 / 1. 規則的適用範圍 … 法定要求償債書 / 3A. …): a short line
    that is no sentence, directly above a numbered section's heading (1. 簡稱), heads the
    sections down to the next such line, where a document has at least two of them."""
    found = []
    for i in range(len(body) - 1):
        after = rules[i + 1]
        if rules[i] is not None or after is None or after.name != "arabic":
            continue
        if i > 0 and rules[i - 1] is not None and compiled(_NUMBER_ALONE).fullmatch(text, *body[i - 1]):
            continue  # 第1部 / 導言: the name of the part above
        line = text[body[i][0] : body[i][1]]
        if (
            len(line) <= LABEL_MAX
            and line[-1] not in _CLOSING
            and not any(c in line for c in "，,。：:；;\t()（）")
            and any(is_han(c) for c in line)  # ____ closing an editor's note names nothing
            and not (is_caption(line) or is_table_row(line) or _is_dialogue(line) or _is_bracketed_note(line))
        ):
            found.append(i)
    if len(found) >= _CROSS_HEADINGS_MIN or found == [0]:
        # one alone opens the body: a part of the rules printed by itself, under its one name
        for i in found:
            rules[i] = _CROSS_HEADING


_SENTENCE_NUMBERS = ("numbered", "parenthesised")
_SUBSECTION_NUMBER = r"[（(]\d{1,3}[A-Z]{0,2}[)）]"
_NOTE_ALONE = (  # compiled on first use
    rf"^{_SUBSECTION_NUMBER}(?:[\s\u3000]*[-–—至及][\s\u3000]*{_SUBSECTION_NUMBER})?"
    r"[\s\u3000]*(?:[（(][^（()）]+[)）])?$"
)


def _is_note_alone(line: str) -> bool:
    """（1）, (4) or a range of them ((4)-(6)) followed by a note in brackets alone ((由1985年第
    139號法律公告廢除), (已失時效而略去)), or by nothing: where a subsection was, it says nothing
    and names nothing."""
    return compiled(_NOTE_ALONE).match(line) is not None


def _is_numbered_sentence(line: str) -> bool:
    """一、 or （一） opening a sentence of clauses (十三、本规定适用于国家机关、事业单位，企业
    可参照执行。 十二、聘任专业技术职务，必须实事求是。对于…): a numbered paragraph that says
    something, not a heading that names what follows. A run-in heading names its part in a
    first sentence without a clause (（一）着力扩大国内需求。今年…)."""
    first = _first_sentence_end(line, 0, len(line))
    return first is not None and "，" in line[: first[0]]


def _subsections_to_items(text: str, body: list[tuple[int, int]], rules: list[HeadingRule | None]) -> None:
    """Numbered lines of one run under the same heading share one role: where one of them is
    a clause (（1）在本條例中，除文意另有所指外——), they are a section's subsections, all
    items, the short ones too (（2）（已失時效而略去）)."""
    run: dict[str, list[int]] = {}  # rule name → its lines since the last heading above it
    for i, rule in enumerate(rules):
        if rule is not None and rule.name not in _SUBSECTION_RULES:
            for name in [n for n in run if rule.rank <= _RANKS[n]]:
                _settle(text, body, rules, run.pop(name))
        elif rule is not None:
            for name in [n for n in run if _RANKS[rule.name] < _RANKS[n]]:
                _settle(text, body, rules, run.pop(name))  # 2. 釋義 closes 1. 簡稱's (1) (2)
            run.setdefault(rule.name, []).append(i)
    for lines in run.values():
        _settle(text, body, rules, lines)


def _settle(text: str, body: list[tuple[int, int]], rules: list[HeadingRule | None], lines: list[int]) -> None:
    if any(_is_clause(text[body[i][0] : body[i][1]]) for i in lines):
        for i in lines:
            rules[i] = _ITEM


_NUMBER_ALONE = rf"第(?:{_N}|[IVXL]+[A-Z]?|\d+[A-Z]{{1,2}})分?[編编部章節节]|附\s*[表錄录].*"
_NUMBERED_RULES = ("part", "subpart", "chapter", "section", "schedule")


def _named_numbers(text: str, body: list[tuple[int, int]], rules: list[HeadingRule | None]) -> set[int]:
    """The lines that hold a part's number alone with its name on the next line (第1部 / 導言,
    第一章 / 总则, as Hong Kong's ordinances and many printed laws set them): each is one
    heading with the line below it."""
    out = set()
    for i, rule in enumerate(rules[:-1]):
        after = rules[i + 1]
        if rule is None or rule.name not in _NUMBERED_RULES or after is not None and after.name != "preamble":
            continue  # 第一章 / 总则: 总则 alone is a heading of its own, here it is the chapter's name
        if not compiled(_NUMBER_ALONE).fullmatch(text, *body[i]):
            continue
        name = text[body[i + 1][0] : body[i + 1][1]]
        if _is_part_name(name) and not (is_caption(name) or is_table_row(name) or _is_dialogue(name)):
            out.add(i)
    return out


def _is_bracketed_note(line: str) -> bool:
    """A line in square brackets: a note of the drafter's or the editor's, which names nothing
    ([第3及4條]: the sections that refer to a schedule; [比照 1929 c. 23 s. 156 U.K.]: the
    English act a Hong Kong section follows, set at the section's end)."""
    return line[:1] in "[［〔" and line[-1:] in "]］〕"


def _is_part_name(name: str) -> bool:
    """A part's name under its number: short, without punctuation; or, as long as a label, a
    name that lists without a clause (視察、投訴及調查; 在直接促銷中使用個人資料及提供個人資料以供用於
    直接促銷: Hong Kong names its parts at length). A note in square brackets under a schedule's
    number ([第3及4條], the sections that refer to it) names nothing."""
    if _is_bracketed_note(name):
        return False
    if len(name) <= _STANDALONE_MAX and not any(c in _CLOSING or c in "\t" for c in name):
        return True
    return len(name) <= LABEL_MAX and not any(c in _CLOSING and c != "、" or c in "\t ()（）" for c in name)


# a case is named for its parties and its cause: 张某诉某公司网络侵权责任纠纷案, 李某与某购物广场
# 买卖合同纠纷案; a case report's heading, however long
_CASE_NAME = r"[^，。；：:;,\s]{1,20}(?:诉|訴|与|與)[^，。；：:;,\s]{1,36}案"


def _is_case_name(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a case's name (its pattern, 4 M instructions to compile
    before the notice painted, only for a line ending in 案: issue 32)."""
    return text.endswith("案", start, end) and compiled(_CASE_NAME).fullmatch(text, start, end) is not None


def _standalone_candidate(text: str, body: list[tuple[int, int]], index: int) -> bool:
    """A short line without punctuation, set apart by blank lines."""
    s, e = body[index]
    line = text[s:e]
    # one character may name a chapter (管子's 戒, 汉书's 传), if it is an ideograph
    if (
        not (1 <= len(line) <= (LABEL_MAX if _is_case_name(text, s, e) else _STANDALONE_MAX))
        or len(line) == 1
        and not is_han(line)
        or line[-1] in _CLOSING
        or any(c in line for c in "，,。：:；;\t")
    ):
        return False  # a tab parts a table's cells
    if is_caption(line) or is_table_row(line) or _is_dialogue(line):
        return False
    blank_before = index == 0 or "\n\n" in text[body[index - 1][1] : s] or text[s - 1 : s] == ""
    blank_after = index + 1 < len(body) and "\n\n" in text[e : body[index + 1][0]]
    return blank_before and blank_after


_QUOTES_OPEN = "“「『\"'‘"
_QUOTES_CLOSE = "”」』\"'’"


def _is_dialogue(line: str) -> bool:
    """A line of speech (“走罢！”, 「是。」): never a heading, however short."""
    return line[0] in _QUOTES_OPEN or line.rstrip(_QUOTES_CLOSE)[-1:] in _CLOSING


def _standalone_rank(
    text: str, body: list[tuple[int, int]], index: int, rules: list[HeadingRule | None]
) -> float | None:
    """公孫丑上 between blank lines, followed by body text: a heading (rank 10). One followed
    by such a heading (卷一 above 楚庄王第一, 僖公 above 二年) heads a group of them: a rank
    above; one right above a heading of the grammar (列传 above 卷一) a rank above that. A
    case's name is set as its report's parts are (基本案情, 裁判结果): beside them, not above."""
    rank = _STANDALONE_RANK
    while _standalone_candidate(text, body, index):
        ns, ne = body[index + 1]
        if (after := rules[index + 1]) not in (None, _ITEM):  # an article quoted here ranks below
            return min(rank, (_QUOTED_ARTICLE_RANK if after.name == "article" else after.rank) - 0.5)
        if _is_body_line(text, ns, ne) and compiled(_PROSE).search(text, ns, ne):
            return rank  # a list of names (鞍山仲裁委员会、抚顺仲裁委员会、…) under a label is no body text
        if "\n\n" not in text[ne : body[index + 2][0] if index + 2 < len(body) else ne]:
            # a short line run into a block below (◎后妃上 over its text; ◎宗室一 and a list
            # of names over the text): the block's body text makes it a heading's
            if _block_has_body(text, body, index + 1):
                return rank
        if not _is_case_name(text, *body[index]):  # a case's name stands beside its parts
            rank -= 0.5
        index += 1
        if rank < _STANDALONE_RANK - 1:
            return None
    return None


_BLOCK_LOOK = 4  # lines of a block read for its body text
_PROSE = r"[，。！？；：,.!?;:]"  # what a heading's body text says in clauses (compiled when asked)


def _block_has_body(text: str, body: list[tuple[int, int]], index: int) -> bool:
    """Whether the block of lines that starts at body[index] (up to a blank line) has a body
    line among its first few."""
    for j in range(index + 1, min(index + 1 + _BLOCK_LOOK, len(body))):
        if "\n\n" in text[body[j - 1][1] : body[j][0]]:
            return False
        if _is_body_line(text, *body[j]):
            return True
    return False


def _set_depths(root: Section) -> None:
    """Depth 1 for the outermost headings present, 2 for those inside them …"""

    def walk(node: Section, depth: int) -> None:
        for child in node.children:
            if child.kind in ("heading", "article"):
                child.depth = depth
                walk(child, depth + 1)

    walk(root, 1)


def outline_json(outline: Outline) -> dict:
    """The tree as plain data for tools and tests: kind, label, range and children; a
    heading also its depth and the end of its heading part."""

    def node(n: Section) -> dict:
        out = {"kind": n.kind, "label": outline.label(n), "start": n.start, "end": n.end}
        if n.head_end >= 0:
            out["depth"] = n.depth
            out["head_end"] = n.head_end
        if n.children:
            out["children"] = [node(c) for c in n.children]
        return out

    return {"title": outline.title(), "sections": [node(c) for c in outline.root.children]}


def headings_of(outline: Outline) -> list[tuple[str, int, str]]:
    """(kind, depth, label) of every heading, article and title, in document order: what a
    golden outline pins down."""
    return [
        (n.kind, n.depth, outline.label(n))
        for n in outline.root.walk(False)
        if n.kind in ("title", "heading", "article")
    ]


def sentence_at(text: str, pos: int) -> tuple[int, int]:
    """The sentence around pos, within its line: what S selects."""
    line_start = text.rfind("\n", 0, pos) + 1
    line_end = text.find("\n", pos)
    line_end = len(text) if line_end == -1 else line_end
    for s, e in _split(text, line_start, line_end, _sentence_ends(text, line_start, line_end), keep_sep=True):
        if s <= pos < e or pos == e == line_end:
            return s, e
    return strip_range(text, line_start, line_end)


def navigation_stops(outline: Outline) -> list[Section]:
    """What next/previous section steps through: the header, headings, articles, paragraphs, the credit."""
    return [n for n in outline.root.walk(False) if n.kind in ("header", "heading", "article", "paragraph", "credit")]


def next_paragraph(text: str, pos: int) -> int:
    """Where the caret goes on Ctrl+Down: the start of the next non-blank line (or the end)."""
    end = text.find("\n", pos)
    if end == -1:
        return len(text)
    while end < len(text) and text[end] in "\n \t\u3000":
        end += 1
    return end


def previous_paragraph(text: str, pos: int) -> int:
    """Where the caret goes on Ctrl+Up: the start of this paragraph, or of the one before."""
    start = text.rfind("\n", 0, pos) + 1
    while start < pos and text[start] in " \t\u3000":
        start += 1
    if start < pos:
        return start
    before = start - 1
    while before > 0 and text[before - 1] in "\n \t\u3000":
        before -= 1
    if before <= 0:
        return 0
    return previous_paragraph(text, before)
