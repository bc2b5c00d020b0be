"""A document's word boundaries held as the gaps between them (a byte each), for the window.

The worker sends them as an array of ints: 605,000 boundaries of 红楼梦 in 2.4 MB (2.8 bytes a
character of the book), which the window keeps for the caret's word moves, the word under the
mouse and a title's balance. Held as the gaps between them (words are short: a byte each, two
when one is longer than 255 characters) with every 64th boundary as it is, a quarter of that."""

from __future__ import annotations

from array import array
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from itertools import accumulate, islice
from operator import sub

from reader.core.job_threads import give_way

STEP = 64  # every STEP-th boundary is kept as it is; the others are summed from it


class GapBoundaries(Sequence[int]):
    """Sorted boundaries, read as an array of them is (index, slice, len, iter, bisect)."""

    __slots__ = ("_marks", "_gaps", "_count")

    def __init__(self, boundaries: array) -> None:
        self._count = len(boundaries)
        self._marks = boundaries[::STEP]
        for code in "BHi":  # a byte a gap unless a word is longer than 255 characters
            try:
                self._gaps = _gaps(boundaries, code)
                break
            except OverflowError:
                continue

    def __len__(self) -> int:
        return self._count

    def __getitem__(self, index):
        if isinstance(index, slice):
            start, stop, step = index.indices(self._count)
            if step != 1:
                return array("i", (self[i] for i in range(start, stop, step)))
            if start >= stop:
                return array("i")
            return array("i", accumulate(self._gaps[start : stop - 1], initial=self[start]))
        if index < 0:
            index += self._count
        if not 0 <= index < self._count:
            raise IndexError("boundary index out of range")
        mark = index // STEP
        return self._marks[mark] + sum(self._gaps[mark * STEP : index])

    def __iter__(self) -> Iterator[int]:
        if self._count:
            yield from accumulate(self._gaps, initial=self._marks[0])

    def bisect_right(self, pos: int) -> int:
        """bisect.bisect_right(self, pos), in a few microseconds: the marks bisected in C, then
        at most STEP gaps walked (bisect over __getitem__ took ~40 µs; a book's titles, balanced
        word by word, ask hundreds of times)."""
        mark = bisect_right(self._marks, pos) - 1
        if mark < 0:
            return 0
        i, value = mark * STEP, self._marks[mark]
        end = min(i + STEP, self._count)
        for gap in self._gaps[i : end - 1]:
            value += gap
            if value > pos:
                return i + 1
            i += 1
        return end

    def bisect_left(self, pos: int) -> int:
        """bisect.bisect_left(self, pos) (boundaries are whole numbers)."""
        return self.bisect_right(pos - 1)

    def tobytes(self) -> bytes:
        """As array('i', ...).tobytes() (the analysis cache's form)."""
        return array("i", self).tobytes()


CHUNK = 4_096  # gaps made at a time (~2 ms): a thread making them lets the window's thread in between


def _gaps(boundaries: array, code: str) -> array:
    """The gaps between boundaries, in chunks: made in one go, in C, the thread held the
    interpreter for the whole book (50-100 ms of 红楼梦's under load), the window's thread
    waiting; between chunks the interpreter can switch threads."""
    gaps = array(code)
    for start in range(1, len(boundaries), CHUNK):
        part = boundaries[start - 1 : start + CHUNK]
        gaps.extend(map(sub, islice(part, 1, None), part))
        give_way()  # the window's housekeeping thread: to the reader's keys and clicks
    return gaps


def compact_boundaries(boundaries: Sequence[int]) -> Sequence[int]:
    """boundaries as GapBoundaries when they are an array of many (0.1 s of a thread's time for
    红楼梦's: not for the window's thread); as they are otherwise."""
    if not isinstance(boundaries, array) or len(boundaries) < 4 * STEP:
        return boundaries
    return GapBoundaries(boundaries)
