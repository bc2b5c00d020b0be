from pathlib import Path

import pytest

CORPUS = Path(__file__).parent.parent / "corpus"
# documents of every shape: a notice, a report, a law, a constitution in Markdown, a classic
DOCUMENTS = [
    "notice",
    "report-20th-congress-2022-gb18030.txt",
    "law-civil-code.txt",
    "law-constitution.md",
    "mengzi-gutenberg-big5.txt",
]


def document_path(name: str) -> Path:
    from reader.core.resources import notice_path

    return notice_path() if name == "notice" else CORPUS / name


@pytest.fixture(autouse=True)
def _application(qapp):
    """Models paint icons (QPixmap): they need the application object, as in the window."""
    return qapp
