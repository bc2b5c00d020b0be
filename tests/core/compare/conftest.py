"""Comparisons of the real corpus, made once per test session (each takes a tenth of a second,
the word diffs and jieba's load half a second more)."""

from pathlib import Path

import pytest

from reader.core.compare import Source, compare
from reader.core.compare.sides import Keys, Side, prepare
from reader.core.document import load_document

CORPUS = Path(__file__).parent.parent.parent / "corpus" / "compare"


def source(name: str) -> Source:
    """A corpus document as the command line hands it over: its outline from the file's headings."""
    return Source.of_document(load_document(CORPUS / name))


@pytest.fixture(scope="session")
def legislation():
    """立法法 as amended in 2015 against 2023."""
    comparison = compare(source("law-legislation-2015.md"), source("law-legislation-2023.md"))
    comparison.changes()
    return comparison


@pytest.fixture(scope="session")
def company():
    """公司法 as amended in 2018 against the revision of 2023."""
    return compare(source("law-company-2018.md"), source("law-company-2023.md"))


@pytest.fixture(scope="session")
def legislation_sources():
    """A function giving the two 立法法 sources (outlines made once) for a fresh comparison."""
    a, b = source("law-legislation-2015.md"), source("law-legislation-2023.md")
    return lambda: (a, b)


SECTIONS_A = "总则\n\n一、总则\n第一句话在这里说明了很多内容。第二句话讲的是另外一件重要的事情。\n\n二、分则\n第三句话也是原来就有的内容。\n"
SECTIONS_B = "总则\n\n一、总则\n第一句话在这里说明了很多内容。\n\n二、分则\n第三句话也是原来就有的内容。第二句话讲的是另外一件重要的事情。\n"
"""Two versions of a short law: B's second sentence of 一、 moved to the end of 二、."""


def sides(a: str, b: str) -> tuple[Side, Side]:
    """Two texts prepared for comparing, as compare() prepares them (one Keys for both)."""
    keys = Keys()
    return prepare(Source(a), keys), prepare(Source(b), keys)


def sentence(side: Side, text: str) -> int:
    """The index of the sentence of `side` whose text is `text`."""
    return next(s.index for s in side.sentences if side.text[s.start : s.end] == text)
