"""Score an outline against a golden file of the structure evaluation corpus, and the fixed
held-out split. Used by benchmarks/outline_accuracy.py and the regression tests."""

from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLDEN = HERE / "golden"
SPLIT_SEED = 2026
_LOCATE_CHARS = 24  # a heading is found in the reading text by its first characters


@dataclass
class Score:
    expected: int = 0
    found: int = 0
    matched: int = 0
    same_level: int = 0
    errors: int = 0
    documents: int = 0
    titles: int = 0
    """Documents whose outline's title is the source's title."""

    def add(self, other: Score) -> None:
        for name in ("expected", "found", "matched", "same_level", "errors", "documents", "titles"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @property
    def recall(self) -> float:
        return self.matched / self.expected if self.expected else 1.0

    @property
    def precision(self) -> float:
        return self.matched / self.found if self.found else 1.0

    @property
    def level_agreement(self) -> float:
        return self.same_level / self.matched if self.matched else 1.0


def goldens() -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(GOLDEN.glob("*/*.json"))]


def held_out_ids(all_goldens: list[dict]) -> set[str]:
    """A fixed random third of every kind, drawn by document id with a seed."""
    out: set[str] = set()
    kinds = sorted({g["kind"] for g in all_goldens})
    for kind in kinds:
        ids = sorted(g["id"] for g in all_goldens if g["kind"] == kind)
        out.update(random.Random(f"{SPLIT_SEED}:{kind}").sample(ids, len(ids) // 3))
    return out


_IGNORED = set("“”‘’\"'「」")  # a PDF's text may set quotation marks apart from their words


def _squeezed(text: str) -> tuple[str, list[int]]:
    chars, where = [], []
    for i, ch in enumerate(text):
        if not ch.isspace() and ch not in _IGNORED:
            chars.append(ch)
            where.append(i)
    return "".join(chars), where


def locate(text: str, golden: dict) -> tuple[int | None, list[int | None]]:
    """Where the title and each golden heading start in the reading text (None: not there),
    found in order, spaces ignored (a PDF or web page may lay a heading out differently). A
    golden heading marked `contents` (a law's 目录) is followed by its list, whose last line is
    the golden's `after`: the next heading is looked for past it (the list names the headings)."""
    squeezed, where = _squeezed(text)
    title_at = None
    title = _squeezed(golden.get("title", ""))[0]
    cursor = 0
    if title:  # on a line of its own: a book's name in its preface's first sentence is not it
        i = squeezed.find(title[:_LOCATE_CHARS], 0, 400)
        while i >= 0 and text[text.rfind("\n", 0, where[i]) + 1 : where[i]].strip():
            i = squeezed.find(title[:_LOCATE_CHARS], i + 1, 400)
        title_at = where[i] if i >= 0 else None
        cursor = i + min(len(title), _LOCATE_CHARS) if i >= 0 else 0
    after = _squeezed(golden.get("after", ""))[0]
    places: list[int | None] = []
    for heading in golden["headings"]:
        whole = _squeezed(heading["text"])[0]
        key = whole[:_LOCATE_CHARS]
        i = first = squeezed.find(key, cursor)
        opening = None  # a heading opens its line: 君子 inside a sentence is not it
        while i >= 0:
            line_start = text.rfind("\n", 0, where[i]) + 1
            if not text[line_start : where[i]].strip():
                line_end = text.find("\n", where[i])
                if _squeezed(text[where[i] : len(text) if line_end < 0 else line_end])[0] == whole:
                    break  # the heading's own line: 君子 alone, not 君子曰 … opening a paragraph
                if opening is None:
                    opening = i
            i = squeezed.find(key, i + 1)
        i = (first if opening is None else opening) if i < 0 else i
        if i < 0:
            places.append(None)
            continue
        places.append(where[i])
        cursor = i + len(key)
        if heading.get("contents") and after:  # 目录: its lines name the headings, are not them
            i = squeezed.find(after, cursor)
            cursor = i + len(after) if i >= 0 else cursor
    return title_at, places


def _marked_lines(text: str, marked) -> set[int]:
    """Where the lines stand that a golden lists as `marked`: headings a file sets (an EPUB's
    h1–h6 under its table of contents' entries) that an outline may show or not."""
    wanted = {_squeezed(m)[0] for m in marked}
    out: set[int] = set()
    if not wanted:
        return out
    start = 0
    for line in text.split("\n"):
        if _squeezed(line)[0] in wanted:
            out.add(start + len(line) - len(line.lstrip()))
        start += len(line) + 1
    return out


def score(text: str, outline, golden: dict) -> tuple[Score, list[str]]:
    """Heading recall, precision and level agreement of one outline; with the misses and false
    headings as lines for a report."""
    title_at, places = locate(text, golden)
    notes: list[str] = []
    found = {n.start: n for n in outline.root.walk() if n.kind in ("heading", "article") and n.start != title_at}
    for start in _marked_lines(text, golden.get("marked", ())):  # neither asked for nor false
        if start not in places:
            found.pop(start, None)
    result = Score(expected=len(golden["headings"]), found=len(found), documents=1)
    # a long title is labelled by its opening (LABEL_MAX characters and …)
    said, wanted = _squeezed(outline.title().rstrip("…"))[0], _squeezed(golden.get("title", ""))[0]
    result.titles = int(said == wanted or len(said) >= 30 and wanted.startswith(said))
    if not result.titles:
        notes.append(f"  title   {outline.title()[:40]} ≠ {golden.get('title', '')[:40]}")
    for heading, place in zip(golden["headings"], places):
        node = found.get(place) if place is not None else None
        if node is None:
            notes.append(f"  missed  L{heading['level']} {heading['text'][:40]}")
            continue
        result.matched += 1
        if node.depth == heading["level"]:
            result.same_level += 1
        else:
            notes.append(f"  level   L{heading['level']}→{node.depth} {heading['text'][:40]}")
    expected_at = {p for p in places if p is not None}
    for start, node in found.items():
        if start not in expected_at:
            label = re.sub(
                r"\s+", " ", text[start : min(node.head_end if node.head_end > start else start + 40, start + 40)]
            )
            notes.append(f"  false   d{node.depth} {label}")
    return result, notes
