"""Qt cursor positions (UTF-16 units in a script view) ↔ original offsets (code points).

The only place the widgets translate coordinates: everything stored or compared is an
original offset."""

from __future__ import annotations

from reader.core.scripts import View
from reader.core.textpos import Utf16Map


class QtPositions:
    def __init__(self, view: View) -> None:
        self.view = view
        self._utf16 = Utf16Map(view.text)

    def to_qt(self, pos: int, end: bool = False) -> int:
        return self._utf16.to_utf16(self.view.to_view(pos, end))

    def to_original(self, qt_pos: int, end: bool = False) -> int:
        return self.view.to_original(self._utf16.to_code_point(qt_pos), end)

    def range_to_qt(self, start: int, end: int) -> tuple[int, int]:
        return self.to_qt(start), self.to_qt(end, end=True)

    def range_to_original(self, start: int, end: int) -> tuple[int, int]:
        return self.to_original(start), self.to_original(end, end=True)
