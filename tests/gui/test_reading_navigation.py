"""ReadingNavigation on its own: handed a fake view (it records where the page was sent) and a
real document's outline, without a window."""

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from reader.core.document import load_document
from reader.core.outline import build_outline, document_outline, navigation_stops
from reader.gui.reading_navigation import ReadingNavigation

REPORT = Path(__file__).parents[1] / "corpus" / "report-20th-congress-2022-gb18030.txt"


class FakeView:
    """What the navigation asks of the page: the caret, the top, and where to send them."""

    def __init__(self) -> None:
        self.caret = 0
        self.top = 0
        self.flashed: list[tuple[int, int]] = []
        self.scrolled: list[int] = []

    def caret_original(self) -> int:
        return self.caret

    def top_original(self) -> int:
        return self.top

    def reveal(self, start: int, end: int) -> None:
        self.caret = start

    def scroll_to_original(self, pos: int, margin: int = 0) -> None:
        self.scrolled.append(pos)
        self.top = pos

    def flash(self, start: int, end: int) -> None:
        self.flashed.append((start, end))


@dataclass
class Book:
    text: str
    outline: object


@cache
def report() -> Book:
    document = load_document(REPORT)
    return Book(document.text, document_outline(document))


def test_back_and_forward_retrace_the_jumps_and_a_new_jump_drops_the_way_forward():
    view = FakeView()
    nav = ReadingNavigation(view, report())
    nav.jump(100, 105)
    nav.jump(900, 900)
    assert view.caret == 900
    nav.back()
    assert view.caret == 100
    nav.back()
    assert view.caret == 0
    nav.back()  # nothing further back: the caret stays
    assert view.caret == 0
    nav.forward()
    assert view.caret == 100
    nav.jump(50, 50)
    nav.forward()  # the way forward went with the new jump
    assert view.caret == 50
    nav.back()
    assert view.caret == 100


def test_stepping_sections_goes_to_each_part_in_turn_marks_it_and_back_returns():
    book = report()
    view = FakeView()
    nav = ReadingNavigation(view, book)
    nav.step_section(+1)  # the header
    nav.step_section(+1)
    first = view.caret
    assert book.text[first:].lstrip().startswith("一、")
    assert view.flashed[-1][0] == first and view.scrolled[-1] == first
    nav.step_section(+1)
    assert book.text[view.caret :].lstrip().startswith("二、")
    nav.step_section(-1)
    assert view.caret == first
    nav.back()
    assert book.text[view.caret :].lstrip().startswith("二、")


def test_the_section_on_top_is_shown_again_at_the_same_place_in_it():
    book = report()
    stops = navigation_stops(book.outline)
    node = stops[len(stops) // 2]
    view = FakeView()
    view.top = node.start + (node.end - node.start) // 2
    index, fraction = ReadingNavigation(view, book).section_on_top()
    assert stops[index] is node and 0.4 < fraction < 0.6
    other = FakeView()
    ReadingNavigation(other, book).show_section_on_top(index, fraction)
    assert abs(other.top - view.top) <= 1


def test_a_text_without_sections_shares_its_place_as_a_fraction_of_the_whole():
    book = Book("", build_outline(""))  # nothing to stop at
    book.text = "x" * 1000
    assert navigation_stops(book.outline) == []
    view = FakeView()
    view.top = 250
    nav = ReadingNavigation(view, book)
    assert nav.section_on_top() == (0, 0.25)
    nav.show_section_on_top(0, 0.5)
    assert view.top == 500
