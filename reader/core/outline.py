"""Build the section tree of a document: metadata header, headings, paragraphs, sentences, items.

Every node holds ranges in the original text (code-point offsets); labels are substrings of
the original, so a view in another script presents them by mapping the label's range.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

LABEL_MAX = 40
_MIN_OPENING = 8  # an opening clause shorter than this (《通知》強調) takes the next clause too

_NUM = "一二三四五六七八九十百千零〇两兩壹貳參肆伍陸柒捌玖拾\\d"
_HEADING_LEVELS = [
    re.compile(rf"^第[{_NUM}]+[編编部卷篇](?:\s|$|[：:、])"),
    re.compile(rf"^第[{_NUM}]+章"),
    re.compile(rf"^第[{_NUM}]+[節节]"),
    re.compile(r"^[一二三四五六七八九十百]+、"),
    re.compile(r"^[（(][一二三四五六七八九十百]+[)）]"),
    re.compile(r"^\d{1,3}[.．、](?!\d)"),
    re.compile(r"^[（(]\d{1,3}[)）]"),
]
_SENTENCE_END = re.compile(r"[。！？!?…]+[」』”’）)》\"']*")
_CLAUSE_END = re.compile(r"[,，:：;；﹔、。！？!?]")
_LABEL_STOP = re.compile(r"[,，:：;；﹔。！？!?]")
_SEMICOLON = re.compile(r"[;；﹔]")
_COMMA = re.compile(r"[,，]")
_DATELINE = re.compile(r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}-\d{1,2}-\d{1,2}|來源|来源")
_CREDIT = re.compile(r"^[（(]\s*(責編|责编|編輯|编辑|責任編輯|责任编辑)\s*[:：].*[)）]$")
_HEADER_LINE_MAX = 60


@dataclass
class Section:
    kind: str
    """document, header, breadcrumb, title, subtitle, author, dateline, heading, paragraph,
    sentence, item or credit."""
    start: int
    end: int
    label_start: int
    label_end: int
    truncated: bool = False
    children: list[Section] = field(default_factory=list)

    def walk(self):
        yield self
        for child in self.children:
            yield from child.walk()


@dataclass
class Outline:
    text: str
    root: Section

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

    def path_at(self, pos: int) -> list[Section]:
        """Nodes containing pos, outermost first (the root excluded)."""
        path: list[Section] = []
        nodes = self.root.children
        while nodes:
            i = bisect_right([n.start for n in nodes], pos) - 1
            if i < 0 or pos >= nodes[i].end and not (pos == nodes[i].end == len(self.text)):
                break
            path.append(nodes[i])
            nodes = nodes[i].children
        return path

    def group_at(self, pos: int) -> Section | None:
        """The section an annotation at pos is filed under: its innermost heading, else its
        top-level block (header, paragraph, credit)."""
        path = self.path_at(pos)
        headings = [n for n in path if n.kind == "heading"]
        if headings:
            return headings[-1]
        return path[0] if path else None

    def first(self, kind: str) -> Section | None:
        """The first node of a kind (the title, the dateline), or None."""
        return next((n for n in self.root.walk() if n.kind == kind), None)

    def title(self) -> str:
        node = self.first("title") or next(iter(self.root.children), None)
        return self.label(node) if node else ""


def _strip_range(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _label_end(text: str, start: int, end: int, min_opening: int = _MIN_OPENING) -> tuple[int, bool]:
    pos = start
    while True:
        m = _LABEL_STOP.search(text, pos, end)
        stop = m.start() if m else end
        if stop - start >= min_opening or not m or text[m.start()] in "。！？!?":
            break
        pos = m.end()
    stop = min(stop, end)
    if stop - start > LABEL_MAX:
        return start + LABEL_MAX, True
    while stop > start and text[stop - 1].isspace():
        stop -= 1
    return stop, False


def _node(text: str, kind: str, start: int, end: int) -> Section:
    # an item is named by its first clause alone (加強組織領導), the rest need a fuller opening
    label_end, truncated = _label_end(text, start, end, 1 if kind == "item" else _MIN_OPENING)
    return Section(kind, start, end, start, label_end, truncated)


def _lines(text: str) -> list[tuple[int, int]]:
    """Non-blank lines as stripped (start, end) ranges."""
    out = []
    pos = 0
    for line in text.split("\n"):
        s, e = _strip_range(text, pos, pos + len(line))
        if e > s:
            out.append((s, e))
        pos += len(line) + 1
    return out


def _split(text: str, start: int, end: int, pattern: re.Pattern, keep_sep: bool) -> list[tuple[int, int]]:
    parts = []
    pos = start
    for m in pattern.finditer(text, start, end):
        s, e = _strip_range(text, pos, m.end() if keep_sep else m.start())
        if e > s:
            parts.append((s, e))
        pos = m.end()
    s, e = _strip_range(text, pos, end)
    if e > s:
        parts.append((s, e))
    return parts


def _trim_end_punct(text: str, start: int, end: int) -> int:
    while end > start and _CLAUSE_END.match(text, end - 1):
        end -= 1
    return end


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


def _items(text: str, start: int, end: int) -> list[Section]:
    """The parallel items of an enumeration inside one sentence."""
    parts = _split(text, start, end, _SEMICOLON, keep_sep=False)
    if len(parts) >= 2:
        return [_node(text, "item", s, _trim_end_punct(text, s, e)) for s, e in parts]
    clauses = _split(text, start, end, _COMMA, keep_sep=False)
    items: list[Section] = []
    i = 0
    while i < len(clauses):
        j = i + 1
        prefix = None
        while j < len(clauses):
            shared = _common_prefix(text[clauses[j - 1][0] : clauses[j - 1][1]], text[clauses[j][0] : clauses[j][1]])
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
    node = _node(text, kind, start, end)
    sentences = _split(text, start, end, _SENTENCE_END, keep_sep=True)
    if len(sentences) >= 2:
        for s, e in sentences:
            sentence = _node(text, "sentence", s, e)
            sentence.children = _items(text, s, e)
            node.children.append(sentence)
    else:
        node.children = _items(text, start, end)
    return node


def heading_level(text: str, start: int, end: int) -> int | None:
    line = text[start:end]
    for level, pattern in enumerate(_HEADING_LEVELS):
        if pattern.match(line):
            return level
    return None


def _is_body_line(text: str, start: int, end: int) -> bool:
    return end - start > _HEADER_LINE_MAX or "。" in text[start:end]


def _header(text: str, lines: list[tuple[int, int]]) -> tuple[Section | None, int]:
    """The metadata block: leading short lines before the first body paragraph."""
    n = 0
    while n < len(lines) and not _is_body_line(text, *lines[n]) and heading_level(text, *lines[n]) is None:
        n += 1
    if n < 2 or n == len(lines):
        return None, 0
    header = Section("header", lines[0][0], lines[n - 1][1], lines[0][0], lines[0][0])
    seen_title = False
    for s, e in lines[:n]:
        line = text[s:e]
        if ">" in line or "›" in line:
            kind = "breadcrumb"
        elif _DATELINE.search(line):
            kind = "dateline"
        elif not seen_title:
            kind, seen_title = "title", True
        elif len(line) <= 6 and not _CLAUSE_END.search(line):
            kind = "author"
        else:
            kind = "subtitle"
        label_end = min(e, s + LABEL_MAX)
        header.children.append(Section(kind, s, e, s, label_end, label_end < e))
    # the header is labelled by its title, which need not be its first line
    title = next((c for c in header.children if c.kind == "title"), header.children[0])
    header.label_start, header.label_end, header.truncated = title.label_start, title.label_end, title.truncated
    return header, n


def build_outline(text: str) -> Outline:
    root = Section("document", 0, len(text), 0, 0)
    lines = _lines(text)
    header, used = _header(text, lines)
    if header:
        root.children.append(header)
    stack: list[tuple[int, Section]] = []  # (level, heading) from outermost to innermost

    def parent() -> Section:
        return stack[-1][1] if stack else root

    for index, (s, e) in enumerate(lines[used:], start=used):
        level = heading_level(text, s, e)
        if index == len(lines) - 1 and _CREDIT.match(text[s:e]):
            while stack:
                stack.pop()
            root.children.append(_node(text, "credit", s, e))
        elif level is not None:
            while stack and stack[-1][0] >= level:
                stack.pop()
            heading = _paragraph(text, "heading", s, e) if e - s > LABEL_MAX else _node(text, "heading", s, e)
            parent().children.append(heading)
            stack.append((level, heading))
        else:
            parent().children.append(_paragraph(text, "paragraph", s, e))
        for _, heading in stack:
            heading.end = max(heading.end, e)
    return Outline(text, root)


def sentence_at(text: str, pos: int) -> tuple[int, int]:
    """The sentence around pos, within its line: what S selects."""
    line_start = text.rfind("\n", 0, pos) + 1
    line_end = text.find("\n", pos)
    line_end = len(text) if line_end == -1 else line_end
    for s, e in _split(text, line_start, line_end, _SENTENCE_END, keep_sep=True):
        if s <= pos < e or pos == e == line_end:
            return s, e
    return _strip_range(text, line_start, line_end)


def navigation_stops(outline: Outline) -> list[Section]:
    """What next/previous section steps through: the header, headings, paragraphs, the credit."""
    return [n for n in outline.root.walk() if n.kind in ("header", "heading", "paragraph", "credit")]


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
