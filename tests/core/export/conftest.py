"""The notice with five fixed annotations, for the export tests: every colour style, a note
with a line break and markup characters, one a spreadsheet would run as a formula."""

import pytest

from reader.core.annotations.model import Annotation
from reader.core.session import Session

FIXED = [
    (
        "a0000000-0000-4000-8000-000000000001",
        "習近平同志為核心",
        "yellow",
        "highlight",
        "核心：要點\n第二段 <b>粗</b> & “引號”",
    ),
    ("a0000000-0000-4000-8000-000000000002", "聚焦到中國式現代化在理論和實踐的創新突破上", "green", "highlight", ""),
    ("a0000000-0000-4000-8000-000000000003", "大力弘揚勞模精神、勞動精神、工匠精神", "blue", "underline", "三種精神"),
    ("a0000000-0000-4000-8000-000000000004", "營造良好氛圍", None, "highlight", "=SUM(A1:A2) 不是公式"),
    (
        "a0000000-0000-4000-8000-000000000005",
        "全國總工會印發關於認真學習宣傳貫徹黨的二十大精神的通知",
        "purple",
        "highlight",
        "",
    ),
]


@pytest.fixture
def session(notice_copy, data_dir):
    s = Session.open(notice_copy, data_dir)
    for ident, exact, colour, style, note in FIXED:
        start = s.text.index(exact)
        s.apply(
            None,
            Annotation.on_text(
                s.text,
                start,
                start + len(exact),
                id=ident,
                colour=colour,
                style=style,
                note=note,
                created="2026-11-20T09:30:00+08:00",
                modified="2026-11-21T10:00:00+08:00",
            ),
        )
    return s
