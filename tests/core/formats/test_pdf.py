"""PDF: scanned and encrypted files refused with a clear reason, running headers and footers
found by repetition, lines joined into paragraphs by their geometry."""

import io
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter

from reader.core.document import DocumentError, load_document
from reader.core.formats import FormatError
from reader.core.formats.pdf import _furniture, _joins, _Line, _set_large, read

SAMPLE = Path(__file__).parent.parent.parent / "corpus" / "formats" / "law-criminal-2020.pdf"


def blank_pdf(pages: int = 2) -> bytes:
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(595, 842)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_a_pdf_without_a_text_layer_says_it_is_a_scan(tmp_path):
    path = tmp_path / "scan.pdf"
    path.write_bytes(blank_pdf())
    with pytest.raises(DocumentError) as caught:
        load_document(path)
    assert caught.value.code == "no_text" and "no text layer" in str(caught.value)


def test_an_encrypted_pdf_says_so(tmp_path):
    writer = PdfWriter(clone_from=PdfReader(SAMPLE))
    writer.encrypt(user_password="secret", owner_password="owner")
    out = io.BytesIO()
    writer.write(out)
    with pytest.raises(FormatError) as caught:
        read(tmp_path / "locked.pdf", out.getvalue())
    assert caught.value.code == "encrypted" and "password" in str(caught.value)


def test_a_damaged_pdf_says_so(tmp_path):
    with pytest.raises(FormatError) as caught:
        read(tmp_path / "bad.pdf", b"%PDF-1.7\n this is not a PDF body")
    assert caught.value.code == "damaged"


def test_a_pdf_cut_short_still_reads_or_says_it_is_damaged(tmp_path):
    data = SAMPLE.read_bytes()
    path = tmp_path / "cut.pdf"
    path.write_bytes(data[: len(data) // 3])
    try:
        document = load_document(path)
    except DocumentError as exc:
        assert exc.code in ("damaged", "no_text")
    else:
        assert document.format == "pdf"


def line(text, page, top, left=72.0, right=520.0, height=10.0):
    return _Line(text, left, right, top, top - height, page)


def test_running_headers_footers_and_page_numbers_are_found_and_body_lines_kept():
    pages = []
    for n in range(6):
        pages.append(
            [
                line("国务院公报 2024年第3号", n, 820),  # the same header on every page
                line(f"第{n + 1}条 正文在此。" * 3, n, 700),  # body: differs page to page
                line("附件", n, 600) if n == 2 else line(f"正文第{n}页。", n, 600),
                line(f"— {n + 1} —", n, 40),  # the page number in the footer
            ]
        )
    furniture = _furniture(pages, [842.0] * 6)
    kept = [ln.text for lines in pages for ln in lines if id(ln) not in furniture]
    assert not any("国务院公报" in t or "—" in t for t in kept)
    assert len(kept) == 12 and "附件" in kept


def test_lines_join_when_they_wrap_and_part_at_short_lines_indents_and_gaps():
    full = line("为了惩罚犯罪，保护人民，根据宪法，结合我国同犯罪作斗争的具体经验及实际情况，制", 0, 700)
    short = line("定本法。", 0, 682, right=110)
    assert _joins(full, short, right_edge=520, left_edge=72, pitch=8)  # a wrap
    assert not _joins(short, line("第二条 …", 0, 664), right_edge=520, left_edge=72, pitch=8)  # stopped short
    indented = line("　　第二段开始", 0, 682, left=96)
    assert not _joins(full, indented, right_edge=520, left_edge=72, pitch=8)
    after_gap = line("另起一段", 0, 660)
    assert not _joins(full, after_gap, right_edge=520, left_edge=72, pitch=8)
    # over a page break: mid-sentence goes on, a finished sentence ends the paragraph
    next_page = line("续上页文字。", 1, 800)
    assert _joins(full, next_page, right_edge=520, left_edge=72, pitch=8)
    ended = line("本法自公布之日起施行。", 0, 100)
    assert not _joins(ended, next_page, right_edge=520, left_edge=72, pitch=8)
    toc = line("第一节 犯罪和刑事责任......................4", 0, 700)
    assert not _joins(toc, line("第二节 犯罪的预备……5", 0, 688), right_edge=520, left_edge=72, pitch=8)


def test_latin_lines_join_with_a_space():
    from reader.core.formats.base import joiner

    assert joiner("the People's Republic of", "China") == " "
    assert joiner("中华人民共和国", "刑法") == ""
    assert joiner("Article 2 of", "the Law") == " "


def test_a_book_qt_printed_reads_back_as_its_paragraphs(tmp_path, qapp):
    """红楼梦 printed by Qt's PDF writer (as Reader prints): page numbers gone, the line Qt draws
    at the foot of one page and again at the head of the next read once, Kangxi radicals in
    the text layer read as the ideographs the page shows, paragraphs as in the source."""
    import re
    import sys

    sys.path.insert(0, str(Path(__file__).parents[3] / "benchmarks"))
    from open_formats import make_pdf

    path = tmp_path / "book.pdf"
    assert make_pdf(path, 30) == 30
    document = load_document(path)  # its speed is benchmarks/open_formats.py's, never asserted
    assert len(document.pages) == 30
    assert not re.search(r"\n\n\d+\n\n", document.text)  # no page numbers
    assert not any(0x2E80 <= ord(c) <= 0x2FDF for c in document.text)  # no radicals
    source = (Path(__file__).parents[2] / "corpus" / "hongloumeng.txt").read_text(encoding="utf-8")
    squash = re.compile(r"\s+")
    paragraphs = {squash.sub("", p) for p in source.replace("\r\n", "\n").split("\n") if p.strip()}
    got = [p for p in document.text.split("\n\n") if p.strip()][:-1]  # the last one the cut ends
    same = sum(1 for p in got if squash.sub("", p) in paragraphs)
    assert same >= 0.7 * len(got), f"{same} of {len(got)} paragraphs as in the source"
    text = squash.sub("", document.text)
    assert text[:3000] in squash.sub("", source)  # nothing doubled or lost at the page breaks


def test_a_line_that_closes_a_quotation_goes_on_from_the_line_above():
    # a citation wrapped where the line may not break inside 《…（三）》: the line above stops
    # short, and the next one closes the title it never opened
    cited = line("本案事实符合《最高人民法院关于适用〈中华人民共和国婚姻法〉若干问题的解释", 0, 700, right=470)
    rest = line("（三）》规定的情形。", 0, 682, right=200)
    assert _joins(cited, rest, right_edge=520, left_edge=72, pitch=8)
    item = line("（三）其他情形。", 0, 682, right=160)  # a list's item opens its own line
    assert not _joins(line("（二）下列情形：", 0, 700, right=170), item, right_edge=520, left_edge=72, pitch=8)


def test_a_paragraph_is_set_in_one_size():
    title = line("预付卡未使用金额经营者应向消费者返还", 0, 719, left=108, right=504, height=22)
    under = line("消费者权益保护典型案例", 0, 680, left=90, right=211, height=10)  # close under it
    assert not _joins(title, under, right_edge=519, left_edge=90, pitch=16)


def test_the_title_is_the_large_type_at_the_top_even_under_a_small_running_head():
    page = [
        line("某某法院典型案例（公开）", 0, 755, height=10),
        line("劳动者超时加班发生工伤，用工单位、劳务", 0, 719, height=22),
        line("派遣单位是否承担连带赔偿责任", 0, 690, height=22),
        line("基本案情", 0, 650, height=16),  # a heading under it, in its own size
        *(line(f"正文第{n}行，某某公司与某某签订协议。", 0, 620 - 14 * n, height=10) for n in range(8)),
    ]
    assert _set_large([page]) == "劳动者超时加班发生工伤，用工单位、劳务派遣单位是否承担连带赔偿责任"


def test_a_laws_history_line_ends_before_its_first_article():
    # the constitution's history (tests/corpus/law-constitution.md) ends in 通过, no full stop,
    # close to the right edge; the first article opens the next line
    history = line("1982年12月4日第五届全国人民代表大会第五次会议通过", 0, 700, right=508)
    article = line("第一条 中华人民共和国是工人阶级领导的、以工农联盟为基础的人民民主专政的社会主义国", 0, 686)
    assert not _joins(history, article, right_edge=519, left_edge=72, pitch=14.5)
    cited = line("依照本法", 0, 700, right=508)  # a sentence that goes on to cite an article does join
    assert _joins(cited, line("第一条的规定处理。", 0, 686, right=200), right_edge=519, left_edge=72, pitch=14.5)


def test_a_laws_history_line_ends_before_its_table_of_contents():
    # a browser's print of a law's page (eval/structure pdf_real): the history reaches the right
    # edge, ends in ）, and 目录 opens the next line at the usual spacing
    history = line("于修改＜中华人民共和国监察法＞的决定》修正）", 0, 735, left=34, right=548, height=14)
    for label in ("目录", "目 录", "目　次"):
        contents = line(label, 0, 709, left=33, right=58, height=14)
        assert not _joins(history, contents, right_edge=566, left_edge=33, pitch=12.9)
    # a line that runs on into a sentence about the contents still joins
    running = line("本规定所称的档案，是指列入本单位", 0, 735, left=34, right=560, height=14)
    assert _joins(running, line("目录的各类文件材料。", 0, 721, left=33, right=200, height=14), 566, 33, 12.9)
