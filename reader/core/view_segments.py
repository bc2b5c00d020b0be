"""The pieces of a view's offset map (reader.core.scripts.View): where a conversion changed a
length. A module of its own: a frozen dataclass costs the launch 3.5 M instructions to make, and
a launch converts nothing (issue 32)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Segment:
    """A stretch whose converted length differs: original [o_start, o_end) ↔ view [v_start, v_end)."""

    o_start: int
    o_end: int
    v_start: int
    v_end: int
