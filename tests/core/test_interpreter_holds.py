"""The window's background steps on a book never keep the interpreter to themselves for long
(issue 32): Python lets another thread in only between bytecodes, so one call in C over a whole
book (a sort, str.lower, an array built in one go) makes the window's thread wait until it
returns. Measured with sys.setprofile as the longest stretch inside a call into C with no
Python run meanwhile, in CPU time: a loaded machine does not move it."""

from __future__ import annotations

import sys
import time
from array import array
from pathlib import Path

import pytest

from reader.core.packed_dict import packed_converter
from reader.core.script_rules import text_mode
from reader.core.search import fold
from reader.core.text_changes import changes
from reader.core.word_gaps import compact_boundaries

BOOK = Path(__file__).resolve().parents[1] / "corpus" / "hongloumeng.txt"
LONGEST_MS = 4.0
"""Python's switch interval is 5 ms; the steps' longest calls here take 0.5-1.5 ms of CPU (the
whole-book ones they replaced: a sort of 49,000 hashes 12-18 ms, str.lower of 红楼梦 5 ms, the ideographs of a
50,000-character sample found in one findall 4-6 ms)."""


def longest_c_call(work) -> tuple[float, str]:
    """(ms, name): the longest stretch work() spends in a call into C with no Python run in
    between (Python a C call runs, a generator it consumes, lets other threads in), CPU time,
    from one profiler event to the next (the profiler's own time left out)."""
    stack: list[tuple[bool, str]] = []  # (a call into C?, its name)
    longest = [0.0, ""]
    last = [time.thread_time()]

    def profile(frame, event, arg) -> None:
        now = time.thread_time()
        if stack and stack[-1][0] and now - last[0] > longest[0]:
            longest[:] = [now - last[0], stack[-1][1]]
        if event in ("call", "c_call"):
            stack.append((event == "c_call", getattr(arg, "__qualname__", "?")))
        elif stack and event in ("return", "c_return", "c_exception"):
            stack.pop()
        last[0] = time.thread_time()

    sys.setprofile(profile)
    try:
        work()
    finally:
        sys.setprofile(None)
    return longest[0] * 1000, longest[1]


@pytest.fixture(scope="module")
def book() -> str:
    return BOOK.read_text(encoding="utf-8")


def _boundaries(text: str) -> array:
    """Word boundaries as many as jieba's of the book (words of one to three characters)."""
    ends, pos = array("i", [0]), 0
    while pos < len(text):
        pos = min(len(text), pos + 1 + pos % 3)
        ends.append(pos)
    return ends


@pytest.mark.parametrize(
    "step",
    ["word gaps", "previews' converter", "the book's mode", "find's fold", "page text's changes"],
)
def test_no_step_of_the_windows_housekeeping_holds_the_interpreter_long_on_a_book(book, step):
    boundaries, shown = _boundaries(book), book.replace("，", ",")  # a page text: the same length
    works = {
        "word gaps": lambda: compact_boundaries(boundaries),
        "previews' converter": lambda: packed_converter("s2tw"),
        "the book's mode": lambda: text_mode(book),
        "find's fold": lambda: fold(book),
        "page text's changes": lambda: changes(book, shown),
    }
    ms, name = longest_c_call(works[step])
    assert ms < LONGEST_MS, f"{step}: {name} held the interpreter {ms:.1f} ms"
