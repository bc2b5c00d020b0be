"""The scripts a document can be shown in and the Traditional variants, by name only: what the
window's settings, menus and status bar need before anything is converted. reader.core.scripts
(the views, OpenCC and the rules, whose patterns take ~15 ms to compile) loads with the first
document, after the window's first paint."""

from __future__ import annotations

from enum import StrEnum


class Script(StrEnum):
    ORIGINAL = "original"
    SIMPLIFIED = "simplified"
    TRADITIONAL = "traditional"


class Mode(StrEnum):
    """How a document is written, read from its own text (reader.core.script_rules.text_mode):
    the rules of a view follow it. Named here, where the page's modules find it before the
    rules load (their tables cost the notice's launch 6 M instructions before its text painted,
    and nothing is converted before it: issue 32)."""

    MODERN = "modern"
    CLASSICAL = "classical"  # 文言
    VERNACULAR = "vernacular"  # 舊白話: the Ming–Qing novels and stories, up to the 1940s


TRADITIONAL_VARIANTS = {
    "s2t": "OpenCC standard",
    "s2tw": "Taiwan",
    "s2twp": "Taiwan, with Taiwanese phrases",
    "s2hk": "Hong Kong",
}
DEFAULT_VARIANT = "s2tw"
"""Traditional as Taiwan prints it: OpenCC's "standard" s2t writes 爲/衆/裏/着, which no
printer uses (character error rate 2.2 % against 0.44 % for s2tw on the parallel corpus of
tests/corpus/parallel: python benchmarks/script_accuracy.py)."""
TO_SIMPLIFIED = "tw2s"
"""Traditional → Simplified: tw2s turns 著 into 着 where mainland text has it (著重點 → 着重点);
t2s leaves 著 (0.45 % against 0.14 % character errors on the parallel corpus)."""
