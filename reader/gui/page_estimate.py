"""How tall a book's parts not laid out are taken to be (page_window): pixels a character takes
on the page, measured on the windows laid out at the page's width, or from the type before the
first is."""

from __future__ import annotations

from dataclasses import dataclass

QT_LAYOUT_LIMIT = 2**31 // 256  # pixels: Qt lays out no block whose top is lower (QFIXED_MAX, 8,388,607)
WINDOW_ROOM = QT_LAYOUT_LIMIT // 4  # pixels under that kept for the window laid out
MAX_HEIGHT = QT_LAYOUT_LIMIT - WINDOW_ROOM  # pixels the estimated parts may reach (16,000,000 put the 5 M
# book's last blocks below Qt's limit, never laid out: Ctrl+End stopped 280,000 characters before its end)
MIN_MEASURED_CHARS = 1000  # a window shorter than this says too little of the book's lines
REFINED = 0.03  # the estimate changed by more than this share: the parts are set to it again


@dataclass
class Estimate:
    height: float = 0.0  # pixels of the windows measured
    chars: int = 0  # their characters
    width: float = 0  # the page's width they were laid out at

    def ratio(self, width: float, from_type: float) -> float:
        """Pixels a character takes at this width: as measured there, or `from_type`."""
        return self.height / self.chars if self.chars and self.width == width else from_type

    def capped(self, width: float, from_type: float, book_chars: int) -> float:
        """The ratio the parts are held at: within MAX_HEIGHT for the whole book."""
        return min(self.ratio(width, from_type), MAX_HEIGHT / max(1, book_chars))

    def window_chars(self, width: float, from_type: float, most: int) -> int:
        """Characters the window may hold (at most `most`): within WINDOW_ROOM at this width's
        ratio, half of it to spare for lines taller than the mean (a large type on a narrow page
        takes 100 pixels a character and more)."""
        return max(1, min(most, int(WINDOW_ROOM / 2 / self.ratio(width, from_type))))

    def add(self, width: float, height: float, chars: int, from_type: float) -> bool:
        """A window laid out at `width`, `height` pixels for `chars` characters, added to what
        the estimate is made from (another width starts it again: other lines); True when
        that changed it by more than REFINED."""
        if chars < MIN_MEASURED_CHARS or height <= 0:
            return False
        before = self.ratio(width, from_type)
        if width != self.width:
            self.height, self.chars, self.width = 0.0, 0, width
        self.height += height
        self.chars += chars
        return abs(self.ratio(width, from_type) - before) > REFINED * before
