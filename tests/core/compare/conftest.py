"""Comparisons of the real corpus, made once per test session (each takes a tenth of a second,
the word diffs and jieba's load half a second more)."""

from pathlib import Path

import pytest

from reader.core.compare import Source, compare
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
