"""A page's paragraphs previewed in another script while a book converts: converted in a
thread, then put in the page in a turn of their own. A module of its own, imported with a
book's first switch: a dataclass costs the launch 2 M instructions to make, and a launch
previews nothing (issue 32)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reader.core.scripts import convert_with_map
from reader.gui.script_swap import replace_in_page

if TYPE_CHECKING:
    from PySide6.QtGui import QTextDocument

    from reader.core.script_names import Mode
    from reader.core.scripts import View
    from reader.gui.document_view import DocumentView

PREVIEW_MAX = 20_000  # characters converted at once when a book changes script


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


def preview_page(page: DocumentView, config: str, script, mode: Mode | None = None) -> PagePreview | None:
    """See DocumentView.preview_conversion."""
    view = page.positions.view
    if not view.is_identity:
        return None  # previews start from the original only: a view is never converted again
    page.pages.in_place.stop()  # the page is about to hold a preview, not what a swap was bringing
    top, bottom = page.visible_range()
    if not 0 <= bottom - top <= PREVIEW_MAX:  # a page not laid out yet: the caret's surroundings
        caret = page.caret_original()
        top, bottom = max(0, caret - PREVIEW_MAX // 2), caret + PREVIEW_MAX // 2
    text = view.text
    start = text.rfind("\n", 0, top) + 1
    end = text.find("\n", bottom)
    end = len(text) if end == -1 else end
    qt_start, qt_end = page.positions.range_to_qt(start, end)
    if qt_end - qt_start != len(page.positions.shown(text[start:end], start)):
        return None  # surrogate pairs: Qt positions are not the view's (a dateline's joiners are put in)

    def convert(piece: str) -> str:
        return convert_with_map(piece, config, script, by_words=False, mode=mode).text

    return PagePreview(view, page.document(), text[start:end], start, qt_start, convert, page.typesetter.display_part)


def apply_preview(page: DocumentView, preview: PagePreview, shown: str | None) -> bool:
    """A preview's work() into the page (the window's thread, in a turn of its own): False
    when there is none, or the page shows something else by now."""
    doc = page.document()
    if shown is None or page.positions is None or page.positions.view is not preview.view or doc is not preview.doc:
        return False
    shown = page.positions.shown(shown, preview.start)  # a dateline's joiners (positions)
    qt_start, qt_end = preview.qt_start, preview.qt_start + len(shown)
    # the blocks from qt_start to qt_end alone (the whole page's text, toPlainText, cost
    # 7 ms), with what joined lines put of them before qt_start and after qt_end
    first, last = doc.findBlock(qt_start), doc.findBlock(qt_end)
    head = first.text()[: qt_start - first.position()]
    tail = last.text()[qt_end - last.position() :] if last.isValid() else ""
    replace_in_page(page, doc, head + shown + tail, qt_start, qt_end, offset=first.position())
    page.pages.forget_view(preview.view)  # this document no longer shows the original
    return True
