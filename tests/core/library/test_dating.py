"""The date a document gives itself (issue 29): the Library orders documents by it."""

from __future__ import annotations

import pytest

from reader.core.library.dating import document_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("高举中国特色社会主义伟大旗帜\n（2022年10月16日）\n同志们：", "2022-10-16"),
        ("中华人民共和国公司法\n（1993年12月29日通过　根据2018年10月26日第四次修正）\n第一章", "2018-10-26"),
        ("某某通知\n各有关单位：\n" + "正文。" * 400 + "\n某某部\n二〇一九年三月五日\n", "2019-03-05"),
        ("關於某事的決定\n" + "正文。" * 400 + "\n中華民國一一〇年十二月\n二〇二一年十二月三十一日", "2021-12-31"),
        ("太原新闻 2019-09-18 来源：山西\n正文", "2019-09-18"),
        ("红楼梦\n第一回　甄士隐梦幻识通灵", None),
        ("2019年13月40日 is no date", None),
    ],
)
def test_the_date_written_in_the_document(text, expected):
    assert document_date(text) == expected


def test_the_file_s_own_date_comes_first():
    assert document_date("（2022年10月16日）", metadata="D:20230308120000") == "2023-03-08"
