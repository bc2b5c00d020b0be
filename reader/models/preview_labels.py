"""The Sections tree's labels made through a preview's conversion (OutlineModel.preview_labels).
A module of its own: a dataclass costs the launch 2 M instructions to make, and a launch
previews nothing (issue 32)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.core.outline import Section
    from reader.core.scripts import View


@dataclass(frozen=True, eq=False)  # never compared: a method fewer to compile
class PreviewLabels:
    """Labels made through a preview's conversion (OutlineModel.preview_labels), and what
    they were made from."""

    view: View | None
    clean: bool
    labels: dict[int, tuple[Section, str]]
