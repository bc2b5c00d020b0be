"""The 新旧对照表 (reader.core.compare.table): a Word table, old text | new text, one row per
section pair, changes marked (struck through in the old text, bold and underlined in the new),
read back with python-docx. The 2013 → 2024 holiday regulation (tests/corpus/compare)."""

from __future__ import annotations

import io

from docx import Document

from reader.core.compare import compare, render
from tests.core.compare.conftest import source


def test_the_table_sets_each_article_beside_its_counterpart_with_the_changes_marked():
    cmp = compare(source("law-holidays-2013.md"), source("law-holidays-2024.md"))
    data = render(
        cmp, "docx", titles=("放假办法 2013", "放假办法 2024"), labels={"old_text": "修订前", "new_text": "修订后"}
    )
    assert isinstance(data, bytes) and data[:2] == b"PK"
    [table] = Document(io.BytesIO(data)).tables
    assert [c.text for c in table.rows[0].cells] == ["修订前: 放假办法 2013", "修订后: 放假办法 2024"]
    assert len(table.rows) == 1 + len(cmp.pairs)
    rows = {row.cells[1].text.split(" ")[0]: row for row in table.rows[1:]}
    # 春节 3 → 4 days: 3天 struck through in the old text, 4天 bold and underlined in the new
    second = rows["第二条"]
    old_runs = [r for p in second.cells[0].paragraphs for r in p.runs]
    new_runs = [r for p in second.cells[1].paragraphs for r in p.runs]
    assert [r.text for r in old_runs if r.font.strike][:2] == ["新年", "3天"]
    assert "4天" in [r.text for r in new_runs if r.bold and r.font.underline]
    # the old 第七条 is the new 第八条 word for word: its row marks only the new number
    eighth = rows["第八条"]
    assert eighth.cells[0].text == "第七条 本办法自公布之日起施行。"
    assert [r.text for p in eighth.cells[1].paragraphs for r in p.runs if r.bold] == ["第八条"]
    # the new 第七条 stands beside an empty old cell
    assert rows["第七条"].cells[0].text == "—"
