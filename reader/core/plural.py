"""Counts in the interface: their English plural agreement ("1 document", "2 documents") and
how a count's digits are written (2,008).

Each call site passes both English forms through tr(), so each is translated on its own (Chinese
has one form and translates them alike). Qt's numerus forms (tr("%n document(s)", "", n)) would
need an English translator loaded at every English launch and cannot agree two counts in one
sentence; two source strings need neither."""

from __future__ import annotations


def plural(count: int, one: str, other: str) -> str:
    """one for a count of 1, other for every other count (0 documents, 2 documents)."""
    return one if count == 1 else other


def counted(count: int) -> str:
    """A count as the interface writes it, its thousands grouped: 2,008 (the status bar's
    place, the Library's sizes), the same in every language."""
    return f"{count:,}"
