"""Paste as document: the clipboard's HTML or text written to the data folder, opening like any
other file, with every word of what was copied."""

import json
from datetime import datetime

import pytest

from reader.core.annotations.store import AnnotationStore, StoreState
from reader.core.document import load_document
from reader.core.pasted import PasteError, paste_document, pasted_folder
from reader.core.session import Session

WHEN = datetime(2024, 5, 1, 14, 30, 15)


def test_pasted_html_keeps_everything_copied_with_its_headings(data_dir):
    html = (
        "<h1>关于做好2024年工作的通知</h1><p>各有关单位：</p><ul><li>首页</li><li>返回</li></ul>"
        "<h2>一、总体要求</h2><p>坚持稳中求进。</p><h3>（一）主要目标</h3><p>完成年度任务。</p>"
    )
    path = paste_document(data_dir, html=html, text="关于做好2024年工作的通知\n各有关单位：", when=WHEN)
    assert path.parent == pasted_folder(data_dir)
    assert path.name == "2024-05-01-143015-关于做好2024年工作的通知.html"
    document = load_document(path)
    assert document.format == "html"
    # short items an article extractor would drop as navigation stay: the reader chose them
    assert document.text == (
        "关于做好2024年工作的通知\n\n各有关单位：\n\n首页\n\n返回\n\n一、总体要求\n\n坚持稳中求进。\n\n（一）主要目标\n\n完成年度任务。\n"
    )


def test_windows_clipboard_html_header_and_source_url(data_dir):
    cf_html = (
        "Version:0.9\r\nStartHTML:0000000105\r\nEndHTML:0000000300\r\nStartFragment:0000000141\r\n"
        "EndFragment:0000000264\r\nSourceURL:https://www.gov.cn/zhengce/content/2024-01/01/content_1.htm\r\n"
        "<html><body><!--StartFragment--><p>国务院办公厅关于印发方案的通知</p><p>方案已经国务院同意，现印发给你们。</p>"
        "<!--EndFragment--></body></html>"
    )
    path = paste_document(data_dir, html=cf_html, when=WHEN)
    document = load_document(path)
    assert document.text.startswith("国务院办公厅关于印发方案的通知\n\n方案已经国务院同意")
    assert "Version:0.9" not in document.text
    assert document.info.source == "https://www.gov.cn/zhengce/content/2024-01/01/content_1.htm"


def test_plain_text_becomes_a_text_file_and_names_do_not_collide(data_dir):
    first = paste_document(data_dir, text="第一条　为了规范管理，制定本办法。\r\n第二条　本办法适用于全市。", when=WHEN)
    second = paste_document(data_dir, text="第一条　为了规范管理，制定本办法。", when=WHEN)
    assert first.suffix == ".txt" and first != second and second.name.endswith("-2.txt")
    assert first.read_text(encoding="utf-8") == "第一条　为了规范管理，制定本办法。\n第二条　本办法适用于全市。\n"
    assert "/" not in paste_document(data_dir, text="a/b:c*d?e", when=WHEN).name


def test_html_without_text_falls_back_to_the_plain_text(data_dir):
    path = paste_document(data_dir, html='<img src="x.png">', text="图片说明文字", when=WHEN)
    assert path.suffix == ".txt" and load_document(path).text == "图片说明文字\n"


def test_an_empty_clipboard_is_refused(data_dir):
    with pytest.raises(PasteError) as caught:
        paste_document(data_dir, html="  ", text="\n \n", when=WHEN)
    assert caught.value.code == "empty"
    assert not pasted_folder(data_dir).exists() or not any(pasted_folder(data_dir).iterdir())


def test_a_pasted_document_keeps_its_annotations_and_the_store_records_its_format(data_dir):
    path = paste_document(data_dir, html="<p>学习贯彻党的二十大精神，推动高质量发展。</p>", when=WHEN)
    session = Session.open(path, data_dir)
    session.apply(None, session.new_annotation(2, 4, note="重点"))
    session.save()
    record = json.loads(session.store.path.read_text(encoding="utf-8"))
    assert record["document"]["format"] == "html"
    again = Session.open(path, data_dir)
    assert [a.note for a in again.annotations] == ["重点"]


def test_the_store_records_the_format_it_is_given(tmp_path):
    store = AnnotationStore(tmp_path, tmp_path / "a.pdf", "hash", text="正文")
    assert store.format == "pdf"
    store = AnnotationStore(tmp_path, tmp_path / "a.txt", "hash", text="正文", format="epub", source_hash="abc")
    head = json.loads(store.serialise(StoreState()))
    assert head["document"]["format"] == "epub" and head["document"]["source_hash"] == "abc"


@pytest.mark.parametrize(
    ("html", "text", "code"),
    [
        (None, "第一段\x00第二段", "binary"),
        ("<p>第一段\x00</p>", "第一段\x00", "binary"),
        (None, "長" * (22 * 2**20 + 1), "too_large"),  # 3 bytes each in UTF-8: just over 64 MB
        (None, "第一段\ud800", "undecodable"),
    ],
)
def test_a_paste_that_could_not_open_is_refused_and_never_written(data_dir, html, text, code):
    with pytest.raises(PasteError) as refused:
        paste_document(data_dir, html=html, text=text, when=WHEN)
    assert refused.value.code == code
    folder = pasted_folder(data_dir)
    assert not folder.exists() or list(folder.iterdir()) == []


def test_a_page_whose_html_cannot_be_saved_is_saved_as_its_text(data_dir):
    path = paste_document(data_dir, html="<p>第一段\x00</p>", text="第一段", when=WHEN)
    assert path.suffix == ".txt" and load_document(path).text == "第一段\n"
