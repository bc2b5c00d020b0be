"""A page's paragraphs previewed in another script while a book converts (made by
reader.gui.script_pages). A module of its own: a dataclass costs the launch 2 M instructions to
make, and a launch previews nothing (issue 32)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QTextDocument

    from reader.core.scripts import View


@dataclass(eq=False)
class PagePreview:
    """The paragraphs on screen in another script: converted off the window's thread (work:
    19–27 ms of pure-Python OpenCC on 红楼梦's page), then put in the page in a turn of their
    own (apply: 21 ms). Both in one turn held the window 60–80 ms at a book's first switch."""

    view: View  # the original, shown when the preview was asked for
    doc: QTextDocument  # the page's document then
    piece: str  # the original's paragraphs on screen
    start: int  # where they start in the original
    qt_start: int  # and in the page's document
    convert: Callable[[str], str]  # the conversion: other previews (tree, title) write as the page
    display: Callable[[str, int], str]  # text from an original position as the page shows it

    def work(self) -> str | None:
        """The paragraphs converted, as the page shows them (joined lines, clean punctuation:
        the view's own text would break joined lines into blocks, and the whole view's
        arrival change those blocks again); None where the conversion changes a length (then
        positions, highlights and the caret would not hold). Any thread."""
        converted = self.convert(self.piece)
        if len(converted) != len(self.piece):
            return None
        return self.display(converted, self.start)
