"""A term's history by year: occurrences per 10,000 characters of each year's documents."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from reader.core.library.adding import add_file
from reader.core.library.catalogue import Catalogue
from reader.core.library.concordance import Searcher, fold, occurrences
from reader.core.library.history import by_year

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


def test_each_years_rate_is_its_documents_occurrences_per_10000_of_their_characters(tmp_path, data_dir):
    # two company laws of different years, and a short text dated in the first law's year
    catalogue = Catalogue(data_dir)
    texts = {}
    for name in ("law-company-2018.md", "law-company-2023.md"):
        shutil.copy(CORPUS / "compare" / name, tmp_path / name)
        texts[name] = (tmp_path / name).read_text(encoding="utf-8")
    short = tmp_path / "notice.md"
    short.write_text(
        "# 关于公司登记的通知\n\n2018年5月1日\n\n各公司：请于月底前完成登记。公司名称不变。\n", encoding="utf-8"
    )
    for path in (tmp_path / "law-company-2018.md", tmp_path / "law-company-2023.md", short):
        add_file(catalogue, data_dir, path)
    years = by_year(Searcher(catalogue).history("股东"))
    assert [y.year for y in years] == ["2018", "2023"]
    first, second = years
    assert len(first.points) == 2 and len(second.points) == 1
    for year, names in ((first, ("law-company-2018.md", "notice.md")), (second, ("law-company-2023.md",))):
        sources = [texts.get(n) or short.read_text(encoding="utf-8") for n in names]
        count = sum(len(occurrences(fold(t), "股东")) for t in sources)
        assert year.count == count > 0
        assert year.chars == sum(p.entry.chars for p in year.points)
        assert year.per_10k == pytest.approx(count * 10000 / year.chars)
    # not the mean of the documents' rates: the notice is short and has no 股东
    mean = sum(p.per_10k for p in first.points) / 2
    assert first.per_10k != pytest.approx(mean)
