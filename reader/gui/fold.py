"""A range of the text folded away (reader.gui.folds), as a comparison makes it. A module of its
own: a frozen dataclass costs the launch 3 M instructions to make, and a launch folds nothing
(issue 32)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Fold:
    """A range of the text folded away and the label shown in its place."""

    start: int  # original offsets
    end: int
    label: str
