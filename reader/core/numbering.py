"""The number a line starts with (第十条, 第二章, 三、, （二）, 1., （1）), by the outline's heading
grammar: where it ends. The comparison keeps it out of a paragraph's key, and a hard-wrapped
text's item lines hang their continuation lines to its width (reader.core.wrapping)."""

from __future__ import annotations

from reader.core.outline import HEADING_RULES

_NUMBERING_RULES = frozenset(
    ("part", "subpart", "chapter", "section", "article", "numbered", "parenthesised", "arabic", "arabic_parenthesised")
)
"""The rungs of the outline's heading grammar that start with a number (序言 and 附则 do not)."""
_NUMBERING = tuple(rule for rule in HEADING_RULES if rule.name in _NUMBERING_RULES)


def numbering_end(text: str, start: int, end: int) -> int:
    """Where the leading number of a line ends (after the blanks that follow it), or `start`
    when the line starts with none. The outline's heading grammar decides what a number is, in
    either script: 第十条, 第二章, 第一节, 三、, （二）, 1., （1）."""
    line = text[start:end]
    for rule in _NUMBERING:
        m = rule.match(line)
        if m and m.end() > 0:
            pos = start + m.end()
            while pos < end and text[pos].isspace():
                pos += 1
            return pos
    return start
