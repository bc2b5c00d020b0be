"""Which version a document is, in a few characters for a pane's label: the date the document
names for itself (a law's latest 修正/修订 date in its opening lines, a report's 2025年3月5日),
else a year in its file name, else the file name. Two versions of one law share their title
(中华人民共和国公司法): this is what tells the panes apart."""

from __future__ import annotations

import re
from pathlib import Path

_DATE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_ISO = re.compile(r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)")
_YEAR = re.compile(r"(?<!\d)(19\d{2}|20\d{2})(?!\d)")
OPENING = 1500
"""Characters of the opening read for dates: a law's history of amendments, a report's dateline."""


def version_of(text: str, name: str = "") -> str:
    """The latest date of the opening lines as 2024-06-28, else a year in the name, else the
    name (without its folder); empty when there is nothing at all."""
    head = text[:OPENING]
    dates = [(int(y), int(m), int(d)) for y, m, d in (*_DATE.findall(head), *_ISO.findall(head))]
    dates = [date for date in dates if 1 <= date[1] <= 12 and 1 <= date[2] <= 31]
    if dates:
        y, m, d = max(dates)
        return f"{y}-{m:02d}-{d:02d}"
    stem = Path(name).name if name else ""
    years = _YEAR.findall(stem)
    if years:
        return years[-1]
    return stem
