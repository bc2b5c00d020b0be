"""Word files: paragraphs in order, headings from Heading styles and outline levels, Word's
list numbers, tables as text rows, and clear refusals of what is not a .docx."""

import io
import zipfile

import docx
import pytest
from docx.oxml.ns import qn
from docx.oxml.parser import OxmlElement

from reader.core.document import DocumentError, load_document
from reader.core.formats import FormatError
from reader.core.formats.docx import format_number, read


def save(document, path):
    document.save(str(path))
    return path


def test_heading_styles_paragraphs_and_tables_in_order(tmp_path):
    d = docx.Document()
    d.add_heading("关于加强基层治理的意见", level=0)  # the Title style
    d.add_paragraph("各省、自治区、直辖市人民政府：")
    d.add_heading("总体要求", level=1)
    d.add_paragraph("坚持以人民为中心，\n推进基层治理现代化。")  # a line break inside the paragraph
    d.add_heading("主要目标", level=2)
    table = d.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "指标", "目标值"
    table.cell(1, 0).text, table.cell(1, 1).text = "覆盖率", "95%"
    d.add_heading("重点任务", level=1)
    d.add_paragraph("加强统筹协调。")
    extracted = read(tmp_path / "x.docx", save(d, tmp_path / "x.docx").read_bytes())
    assert extracted.text == (
        "关于加强基层治理的意见\n\n各省、自治区、直辖市人民政府：\n\n总体要求\n\n坚持以人民为中心，\n推进基层治理现代化。"
        "\n\n主要目标\n\n指标\t目标值\n\n覆盖率\t95%\n\n重点任务\n\n加强统筹协调。\n"
    )
    levels = [(extracted.text[h.start : h.end], h.level) for h in extracted.headings]
    assert levels == [("关于加强基层治理的意见", 1), ("总体要求", 2), ("主要目标", 3), ("重点任务", 2)]


def test_outline_level_of_a_plain_paragraph_makes_it_a_heading(tmp_path):
    d = docx.Document()
    for text, level in (("第一部分", 0), ("正文第一段。", None), ("第二部分", 0), ("正文第二段。", None), ("小节", 1)):
        p = d.add_paragraph(text)
        if level is not None:
            ppr = p._p.get_or_add_pPr()
            outline = OxmlElement("w:outlineLvl")
            outline.set(qn("w:val"), str(level))
            ppr.append(outline)
    extracted = read(tmp_path / "o.docx", save(d, tmp_path / "o.docx").read_bytes())
    assert [(extracted.text[h.start : h.end], h.level) for h in extracted.headings] == [
        ("第一部分", 1),
        ("第二部分", 1),
        ("小节", 2),
    ]


def test_word_list_numbers_are_in_the_text(tmp_path):
    d = docx.Document()
    for text in ("第一项工作", "第二项工作", "第三项工作"):
        d.add_paragraph(text, style="List Number")
    extracted = read(tmp_path / "n.docx", save(d, tmp_path / "n.docx").read_bytes())
    assert extracted.text.split("\n\n") == ["1. 第一项工作", "2. 第二项工作", "3. 第三项工作\n"]


@pytest.mark.parametrize(
    "n, fmt, shown",
    [(1, "chineseCounting", "一"), (10, "chineseCounting", "十"), (21, "chineseCountingThousand", "二十一"),
     (3, "lowerLetter", "c"), (4, "upperRoman", "IV"), (2, "decimalEnclosedCircle", "②"), (5, "decimal", "5")],
)  # fmt: skip
def test_number_formats(n, fmt, shown):
    assert format_number(n, fmt) == shown


def test_damaged_and_foreign_files_are_refused_clearly(tmp_path):
    with pytest.raises(FormatError) as caught:
        read(tmp_path / "a.docx", b"PK\x03\x04 this is not a zip archive")
    assert caught.value.code == "damaged" and "damaged" in str(caught.value)
    with pytest.raises(FormatError) as caught:
        read(tmp_path / "b.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    assert caught.value.code == "unsupported" and ".doc" in str(caught.value)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("hello.txt", "不是Word文件")
    with pytest.raises(FormatError) as caught:
        read(tmp_path / "c.docx", buffer.getvalue())
    assert caught.value.code == "damaged"


def test_a_truncated_docx_is_a_document_error_not_a_crash(tmp_path):
    d = docx.Document()
    d.add_paragraph("内容" * 1000)
    data = save(d, tmp_path / "full.docx").read_bytes()
    (tmp_path / "cut.docx").write_bytes(data[: len(data) // 2])
    with pytest.raises(DocumentError) as caught:
        load_document(tmp_path / "cut.docx")
    assert caught.value.code == "damaged"


def alt_chunk_docx(content_type: str, name: str, chunk: bytes) -> bytes:
    """A Word file as web-page converters (html-docx-js) write it: no paragraph, one
    w:altChunk importing the page."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
            f'<Override PartName="/word/{name}" ContentType="{content_type}"/></Types>',
        )
        z.writestr(
            "_rels/.rels",
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        )
        z.writestr(
            "word/_rels/document.xml.rels",
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="htmlChunk" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk" Target="/word/{name}"/></Relationships>',
        )
        z.writestr(
            "word/document.xml",
            '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
            ' xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>'
            '<w:altChunk r:id="htmlChunk"/><w:sectPr/></w:body></w:document>',
        )
        z.writestr(f"word/{name}", chunk)
    return out.getvalue()


_REPORT_PAGE = (
    "<html><head><meta charset='utf-8'><title>x</title></head><body>"
    "<h1>2023年国民经济和社会发展统计公报</h1>"
    "<h2>一、综合</h2><p>初步核算，全年国内生产总值1260582亿元。<br />比上年增长5.2%。</p>"
    "<h2>二、农业</h2><h3>（一）粮食</h3><p>全年粮食产量69541万吨。</p></body></html>"
)


def test_a_word_file_of_an_imported_mht_page_reads_the_page_with_its_headings(tmp_path):
    # html-docx-js and the online Markdown editors built on it: the page as a MIME archive
    # (quoted-printable), Word converts it on opening; Reader found no text in such a file
    import quopri

    body = quopri.encodestring(_REPORT_PAGE.encode("utf-8")).decode("ascii")
    mht = (
        'MIME-Version: 1.0\nContent-Type: multipart/related;\n    type="text/html";\n    boundary="----=part"\n\n\n'
        '------=part\nContent-Type: text/html;\n    charset="utf-8"\nContent-Transfer-Encoding: quoted-printable\n'
        f"Content-Location: file:///C:/fake/document.html\n\n{body}\n\n------=part--\n"
    )
    path = tmp_path / "bulletin.docx"
    path.write_bytes(alt_chunk_docx("message/rfc822", "afchunk.mht", mht.encode("ascii")))
    document = load_document(path)
    assert document.text.startswith("2023年国民经济和社会发展统计公报\n\n一、综合\n\n初步核算")
    assert "全年国内生产总值1260582亿元。\n比上年增长5.2%。" in document.text  # <br> a line break
    from reader.core.outline import document_outline, headings_of

    assert headings_of(document_outline(document)) == [
        ("title", 0, "2023年国民经济和社会发展统计公报"),
        ("heading", 1, "一、综合"),
        ("heading", 1, "二、农业"),
        ("heading", 2, "（一）粮食"),
    ]


def test_a_word_file_of_an_imported_html_page_in_gb18030(tmp_path):
    page = _REPORT_PAGE.replace("charset='utf-8'", "charset='gb2312'").encode("gb18030")
    extracted = read(tmp_path / "x.docx", alt_chunk_docx("text/html", "chunk.htm", page))
    assert "二、农业" in extracted.text and "全年粮食产量69541万吨。" in extracted.text


def test_a_word_file_of_an_imported_chunk_reader_cannot_read_says_it_has_no_text(tmp_path):
    path = tmp_path / "rtf.docx"
    path.write_bytes(alt_chunk_docx("application/rtf", "chunk.rtf", rb"{\rtf1 hello}"))
    with pytest.raises(DocumentError, match="no text"):
        load_document(path)
