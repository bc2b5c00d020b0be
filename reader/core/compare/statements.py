"""Statements of a figure that left their sentence: the same clause, its number changed,
found in a sentence the other version rewrote or put elsewhere.

Annual documents restate the same quantities every year in new sentences: 今年拟安排地方政府
专项债券2.15万亿元，比去年增加8000亿元，为重点项目建设提供资金支持… becomes 今年拟安排地方政府专项
债券3.75万亿元，比去年增加1.6万亿元，提高专项债券可用作项目资本金的比例，中央预算内投资安排6000
亿元。, and 今年中央预算内投资安排5776亿元。 a year before was a sentence of its own in another
section. The sentences are too unlike to pair (a third of their character pairs), yet each
clause that states a figure reads the same once its figure is blanked: a figure is a slot, and
the words around it say which quantity it is.

So a clause (cut at ，、；：) holding a figure is known by its **frame**: its words with each
figure (number, magnitude, unit and bound: 3.6%以上, 1.3万亿斤左右, 五十万元) replaced by one
sign. Of the clauses left in removed and added sentences, two whose frames are alike
(≥ FRAME_LIKENESS) and each other's likest by a clear margin (align.RANK_MARGIN) are one
statement whose figure changed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from reader.core.compare.align import pair_by_rank
from reader.core.compare.normalize import bigrams, content, dice, signature

FRAME_LIKENESS = 0.7
"""Frames this alike are one statement: 今年赤字率拟按#安排 against 赤字率拟按#安排 (a leading
今年 dropped) is 0.9; two statements of different quantities in one report (专项债券 against
中央预算内投资) share under 0.4."""
FRAME_MIN = 4
"""Characters of words a frame needs besides its figures: 增加# or 达到# alone names nothing."""

_CLAUSE_END = re.compile(r"[，,、；;：:。！？!?]")
_FIGURE = re.compile(
    r"(?:[0-9]+(?:\.[0-9]+)?|[零〇一二两三四五六七八九十百千]{2,}|[一二三四五六七八九十](?=[万亿元人倍天%]))"
    r"(?:[万亿]+)?(?:%|个百分点|元|美元|人次|人|公斤|斤|吨|千瓦|亩|户|个|项|家|所|件|倍|天|公里)?"
    r"(?:左右|以上|以内|以下|上下)?"
)
_RELATIVE = re.compile(r"^(?:比|较|同比|环比)")
"""A clause opening with a comparison (比上年增加80亿元) states how the quantity named before it
changed, not a quantity of its own."""
_SLOT = "\ue000"  # a private-use character: content() keeps it, no text has it


@dataclass(frozen=True)
class Clause:
    """A clause of a sentence that states a figure: its original range and its frame."""

    sentence: int
    start: int
    end: int
    figures: tuple[str, ...]
    grams: frozenset[str]


def figure_clauses(text: str, simplified, sentence: int, start: int, end: int) -> list[Clause]:
    """The clauses of text[start:end] (one sentence) that state a figure. `simplified(s, e)`:
    the Simplified text of an original range (the comparison's view)."""
    out = []
    pos = start
    for m in [*_CLAUSE_END.finditer(text, start, end), None]:
        stop = m.start() if m else end
        s, e = pos, stop
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            key = signature(simplified(s, e))
            figures = tuple(f.group() for f in _FIGURE.finditer(key))
            frame = content(_FIGURE.sub(_SLOT, key))
            if figures and not _RELATIVE.match(key) and len(frame) - frame.count(_SLOT) >= FRAME_MIN:
                out.append(Clause(sentence, s, e, figures, bigrams(frame)))
        pos = m.end() if m else end
    return out


def pair_statements(old: Sequence[Clause], new: Sequence[Clause]) -> list[tuple[Clause, Clause]]:
    """Clauses of A and of B that are one statement whose figure changed (see the module's
    docstring), in B's order."""
    pairs = pair_by_rank(
        range(len(old)), range(len(new)), lambda i, j: dice(old[i].grams, new[j].grams), threshold=FRAME_LIKENESS
    )
    out = [(old[i], new[j]) for i, j, _ in pairs if old[i].figures != new[j].figures]
    return sorted(out, key=lambda p: p[1].start)
