"""Moving about one open document: the jumps back and forward (Alt+Left/Right), a section's
start, Ctrl+PageDown/Up along the sections, and which section is on top of the page (what two
pages scrolled together share). Handed the page's view and the book's outline (Mu's
`Editor(view)`), so a test gives it a fake view."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.core.outline import navigation_stops

if TYPE_CHECKING:  # with the first step along the sections, not before the text paints (issue 32)
    from reader.core.section_levels import Level


class ReadingNavigation:
    def __init__(self, view, session) -> None:
        self.view = view
        self.session = session
        self._back: list[int] = []
        self._forward: list[int] = []
        self._levels: list[Level] | None = None  # what Ctrl+PageDown steps along

    # -- jumps and history -------------------------------------------------------------------
    def jump(self, start: int, end: int) -> None:
        self._back.append(self.view.caret_original())
        self._forward.clear()
        self.view.reveal(start, end)

    def back(self) -> None:
        if self._back:
            self._forward.append(self.view.caret_original())
            pos = self._back.pop()
            self.view.reveal(pos, pos)

    def forward(self) -> None:
        if self._forward:
            self._back.append(self.view.caret_original())
            pos = self._forward.pop()
            self.view.reveal(pos, pos)

    # -- sections ----------------------------------------------------------------------------
    def go_to_section(self, node) -> None:
        """Caret to the section's start, the section at the top of the page, marked briefly."""
        self.jump(node.start, node.start)
        self.view.scroll_to_original(node.start, margin=24)
        self.view.flash(node.start, node.end)

    def step_section(self, direction: int, finer: bool = False) -> None:
        """Ctrl+PageDown/Up: to the next or previous section at the level the reader is on
        (reader.core.section_levels); with `finer` (Shift), one level finer."""
        from reader.core.section_levels import section_levels, step_section

        if self._levels is None:  # a book's outline is walked once, on the first step
            self._levels = section_levels(self.session.outline)
        target = step_section(self._levels, self.view.caret_original(), direction, finer)
        if target is not None:
            self.go_to_section(target)

    def section_on_top(self) -> tuple[int, float]:
        """Which section is at the top of the page (its index among the navigation stops) and
        how far into it: what two pages scrolled together share."""
        top = self.view.top_original()
        stops = navigation_stops(self.session.outline)
        index = max(0, sum(1 for n in stops if n.start <= top) - 1)
        if not stops:
            return 0, top / max(1, len(self.session.text))
        node = stops[index]
        return index, (top - node.start) / max(1, node.end - node.start)

    def show_section_on_top(self, index: int, fraction: float) -> None:
        stops = navigation_stops(self.session.outline)
        if not stops:
            self.view.scroll_to_original(int(fraction * len(self.session.text)))
        elif 0 <= index < len(stops):
            node = stops[index]
            self.view.scroll_to_original(node.start + int(fraction * (node.end - node.start)))
