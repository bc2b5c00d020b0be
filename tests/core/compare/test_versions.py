"""A pane's version label (reader.core.compare.versions): the date a document names for itself
in its opening, else a year of its file name, else the file name."""

from reader.core.compare.versions import version_of
from tests.core.compare.conftest import CORPUS


def test_a_law_is_named_by_its_latest_amendment():
    text = (CORPUS / "law-company-2018.md").read_text(encoding="utf-8")
    assert version_of(text, "law-company-2018.md") == "2018-10-26"
    text = (CORPUS / "law-accounting-2024.md").read_text(encoding="utf-8")
    assert version_of(text) == "2024-06-28"


def test_a_report_is_named_by_its_dateline():
    text = (CORPUS / "report-gov-2025.md").read_text(encoding="utf-8")
    assert version_of(text) == "2025-03-05"


def test_without_a_date_the_file_name_tells():
    assert version_of("第一条 本办法自公布之日起施行。", "/tmp/放假办法-2013.txt") == "2013"
    assert version_of("第一条 本办法自公布之日起施行。", "/tmp/旧版.txt") == "旧版.txt"
