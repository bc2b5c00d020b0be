"""The word diff of two paragraphs: difflib's SequenceMatcher over their words' keys.

Words are jieba's, cut on the Simplified view (reader.core.compare.sides.Side.tokens), keys
folded (reader.core.compare.normalize), so 學習/学习 and ，/, are the same word. Each opcode
that is not "equal" becomes one edit with token ranges on both sides; two cleanups make the
edits read as a person would mark them:

- one equal word of one character between two edits (的, 和, 及) is taken into a single
  edit: in a rewritten clause such words coincide by chance and would cut one rewording into
  several;
- an edit is trimmed to what differs, at word boundaries both sides share: jieba may cut the
  same words differently next to a change (全国人民代表大会|常务委员会 against
  全国人民代表大会常务委员会), which would otherwise show unchanged words as changed.

Why difflib (not diff-match-patch): see reader.core.compare.align.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from os.path import commonprefix

from reader.core.compare.model import ChangeKind
from reader.core.compare.normalize import is_punctuation
from reader.core.compare.sides import Token


@dataclass(frozen=True)
class Edit:
    """Tokens a[a_lo:a_hi] became b[b_lo:b_hi]; original ranges on both sides (a point where
    one side is empty)."""

    kind: ChangeKind
    a_start: int
    a_end: int
    b_start: int
    b_end: int


def diff_words(a: Sequence[Token], b: Sequence[Token], a_at: int, b_at: int) -> list[Edit]:
    """The edits turning paragraph A's words into B's. `a_at`/`b_at`: where a side with no
    words at all has its point (the paragraph's body start)."""
    keys_a = [t.key for t in a]
    keys_b = [t.key for t in b]
    # autojunk off: in a paragraph over 200 words it would drop 的 and ， as junk and align worse
    ops = SequenceMatcher(None, keys_a, keys_b, autojunk=False).get_opcodes()
    edits: list[tuple[int, int, int, int]] = []
    for k, (tag, i1, i2, j1, j2) in enumerate(ops):
        if tag == "equal":
            continue
        if edits and _glue(ops[k - 1], keys_a):  # ops alternate: ops[k - 2] is edits[-1]
            pi1, _, pj1, _ = edits.pop()
            i1, j1 = pi1, pj1
        edits.append((i1, i2, j1, j2))
    edits = [piece for edit in edits for piece in _figures_apart(edit, keys_a, keys_b)]
    out: list[Edit] = []
    for i1, i2, j1, j2 in edits:
        trimmed = _trim(a, b, i1, i2, j1, j2)
        if trimmed is None:
            continue
        i1, i2, j1, j2 = trimmed
        out.append(_edit(a, b, i1, i2, j1, j2, a_at, b_at))
    return _clause_moves(out, a, b)


MOVE_MIN_CHARS = 4
"""A clause dropped in one place of a sentence and added in another is a move from this many
characters of content up (城镇新增就业1200万人以上 swapping places with 城镇调查失业率5.5%左右)."""


def _clause_moves(edits: list[Edit], a: Sequence[Token], b: Sequence[Token]) -> list[Edit]:
    """A removal and an addition of the same words (punctuation aside) are one clause moved:
    one MOVED edit with A's range of the removal and B's of the addition, in the addition's
    place."""

    def words(tokens: Sequence[Token], start: int, end: int) -> str:
        return "".join(t.key for t in tokens if start <= t.start and t.end <= end and not is_punctuation(t.key))

    removed: dict[str, int] = {}
    for n, e in enumerate(edits):
        if e.kind is ChangeKind.REMOVED:
            key = words(a, e.a_start, e.a_end)
            if len(key) >= MOVE_MIN_CHARS:
                removed.setdefault(key, n)
    moved: dict[int, int] = {}  # the addition's index → the removal's
    for n, e in enumerate(edits):
        if e.kind is ChangeKind.ADDED:
            k = removed.get(words(b, e.b_start, e.b_end))
            if k is not None and k not in moved.values():
                moved[n] = k
    if not moved:
        return edits
    out: list[Edit] = []
    for n, e in enumerate(edits):
        if n in moved:
            src = edits[moved[n]]
            out.append(Edit(ChangeKind.MOVED, src.a_start, src.a_end, e.b_start, e.b_end))
        elif n not in moved.values():
            out.append(e)
    return out


_FIGURE_WORD = re.compile(r"^(?:[0-9]|[零〇一二两三四五六七八九十百千]{2})")


_BOUNDS = frozenset(("左右", "以上", "以下", "以内", "上下", "多"))


def _figures_apart(edit: tuple[int, int, int, int], keys_a, keys_b) -> list[tuple[int, int, int, int]]:
    """A figure replaced by a figure is a change of its own, apart from words dropped or added
    after (or before) it: 520亿元，比上年增长5%，为…提供支撑 → 560亿元 is 520亿元 → 560亿元 and a
    clause removed, not one rewording of both."""
    i1, i2, j1, j2 = edit
    if i2 - i1 < 1 or j2 - j1 < 1 or (i2 - i1 <= 2 and j2 - j1 <= 2):
        return [edit]
    if _FIGURE_WORD.match(keys_a[i1]) and _FIGURE_WORD.match(keys_b[j1]):
        # the figure with its bound (3% → 4%左右 is one change)
        ka = i1 + 1 + (i1 + 1 < i2 and keys_a[i1 + 1] in _BOUNDS)
        kb = j1 + 1 + (j1 + 1 < j2 and keys_b[j1 + 1] in _BOUNDS)
        return [(i1, ka, j1, kb), *_figures_apart((ka, i2, kb, j2), keys_a, keys_b)]
    if _FIGURE_WORD.match(keys_a[i2 - 1]) and _FIGURE_WORD.match(keys_b[j2 - 1]):
        return [*_figures_apart((i1, i2 - 1, j1, j2 - 1), keys_a, keys_b), (i2 - 1, i2, j2 - 1, j2)]
    return [edit]


def _glue(op: tuple, keys_a: Sequence[str]) -> bool:
    """An equal run between two edits that is one word of one character, not punctuation."""
    tag, i1, i2, _, _ = op
    return tag == "equal" and i2 - i1 == 1 and len(keys_a[i1]) == 1 and not is_punctuation(keys_a[i1])


def _trim(
    a: Sequence[Token], b: Sequence[Token], i1: int, i2: int, j1: int, j2: int
) -> tuple[int, int, int, int] | None:
    """Drop the words both sides of an edit begin or end with, where their texts agree even if
    jieba cut them differently; None when nothing differs at all."""
    text_a = "".join(t.key for t in a[i1:i2])
    text_b = "".join(t.key for t in b[j1:j2])
    if text_a == text_b:
        return None
    head = len(commonprefix((text_a, text_b)))
    if head:
        cut_a, cut_b = _shared_cut(a, b, i1, i2, j1, j2, head, from_end=False)
        i1, j1 = i1 + cut_a, j1 + cut_b
    text_a = "".join(t.key for t in a[i1:i2])
    text_b = "".join(t.key for t in b[j1:j2])
    tail = len(commonprefix((text_a[::-1], text_b[::-1])))
    if tail:
        cut_a, cut_b = _shared_cut(a, b, i1, i2, j1, j2, tail, from_end=True)
        i2, j2 = i2 - cut_a, j2 - cut_b
    if i1 == i2 and j1 == j2:
        return None
    return i1, i2, j1, j2


def _shared_cut(
    a: Sequence[Token], b: Sequence[Token], i1: int, i2: int, j1: int, j2: int, limit: int, from_end: bool
) -> tuple[int, int]:
    """How many words to drop from each side: up to the farthest length ≤ limit (characters of
    keys) at which both sides have a word boundary."""
    ta = a[i1:i2][::-1] if from_end else a[i1:i2]
    tb = b[j1:j2][::-1] if from_end else b[j1:j2]
    words_b: dict[int, int] = {}  # length in characters → words of B up to there
    total = 0
    for k, token in enumerate(tb, 1):
        total += len(token.key)
        if total > limit:
            break
        words_b[total] = k
    best = (0, 0)
    total = 0
    for k, token in enumerate(ta, 1):
        total += len(token.key)
        if total > limit:
            break
        if total in words_b:
            best = (k, words_b[total])
    return best


def _edit(a: Sequence[Token], b: Sequence[Token], i1: int, i2: int, j1: int, j2: int, a_at: int, b_at: int) -> Edit:
    a_start, a_end = _range(a, i1, i2, a_at)
    b_start, b_end = _range(b, j1, j2, b_at)
    if i1 == i2:
        kind = ChangeKind.ADDED
    elif j1 == j2:
        kind = ChangeKind.REMOVED
    else:
        kind = ChangeKind.REWORDED
    if all(is_punctuation(t.key) for t in (*a[i1:i2], *b[j1:j2])):
        kind = ChangeKind.PUNCTUATION
    return Edit(kind, a_start, a_end, b_start, b_end)


def _range(tokens: Sequence[Token], lo: int, hi: int, at: int) -> tuple[int, int]:
    if hi > lo:
        return tokens[lo].start, tokens[hi - 1].end
    # a point: right after the word before it, else right before the word after it
    if lo > 0:
        return tokens[lo - 1].end, tokens[lo - 1].end
    if tokens:
        return tokens[0].start, tokens[0].start
    return at, at
