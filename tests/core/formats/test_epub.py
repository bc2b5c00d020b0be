"""EPUB 2 (NCX) and 3 (navigation document): spine order, headings from the table of contents
checked against the text, DRM and damaged files refused clearly."""

import zipfile
from pathlib import Path

import pytest

from reader.core.document import decode_bytes
from reader.core.formats import FormatError
from reader.core.formats.epub import read

MENGZI = Path(__file__).parent.parent.parent / "corpus" / "mengzi-gutenberg-big5.txt"

CONTAINER = """<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
<rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles></container>"""


def chapter(title: str, paragraphs: list[str], anchor: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    heading = f'<h2 id="{anchor}">{title}</h2>' if anchor else f"<h2>{title}</h2>"
    return f'<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml"><head><title>{title}</title></head><body>{heading}{body}</body></html>'


def mengzi_books() -> list[tuple[str, list[str]]]:
    """Two books of 孟子 from the corpus text (Traditional), a few passages each."""
    text, _ = decode_bytes(MENGZI.read_bytes())
    lines = [ln.strip() for ln in text.split("\n")]
    books = []
    for name in ("卷之一梁惠王上", "卷之一梁惠王下"):
        start = lines.index(name)
        passages = [ln for ln in lines[start + 1 : start + 40] if ln.startswith("孟子") or ln.startswith("王")][:3]
        books.append((name, passages))
    return books


def write_epub(path: Path, ncx: bool = True, encryption: str | None = None) -> Path:
    books = mengzi_books()
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/epub+zip", compress_type=zipfile.ZIP_STORED)
        z.writestr("META-INF/container.xml", CONTAINER)
        if encryption:
            z.writestr("META-INF/encryption.xml", encryption)
        # the manifest's first item is the spine's last; the notes are not linear
        z.writestr(
            "OEBPS/content.opf",
            """<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="2.0" unique-identifier="id">
            <metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>孟子</dc:title><dc:creator>孟軻</dc:creator>
            <dc:language>zh</dc:language><dc:identifier id="id">mengzi</dc:identifier></metadata>
            <manifest><item id="a" href="text/b.xhtml" media-type="application/xhtml+xml"/>
            <item id="b" href="text/a.xhtml" media-type="application/xhtml+xml"/>
            <item id="notes" href="text/notes.xhtml" media-type="application/xhtml+xml"/>
            <item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/></manifest>
            <spine toc="ncx"><itemref idref="b"/><itemref idref="notes" linear="no"/><itemref idref="a"/></spine></package>""",
        )
        z.writestr("OEBPS/text/a.xhtml", chapter(books[0][0], books[0][1], anchor="c1"))
        z.writestr("OEBPS/text/b.xhtml", chapter(books[1][0], books[1][1]))
        z.writestr("OEBPS/text/notes.xhtml", chapter("注", ["不在正文中的注释。"]))
        if ncx:
            z.writestr(
                "OEBPS/toc.ncx",
                f"""<?xml version="1.0"?><ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1"><navMap>
                <navPoint id="p1"><navLabel><text>{books[0][0]}</text></navLabel><content src="text/a.xhtml#c1"/></navPoint>
                <navPoint id="p2"><navLabel><text>{books[1][0]}</text></navLabel><content src="text/b.xhtml"/></navPoint>
                </navMap></ncx>""",
            )
    return path


def test_epub2_spine_order_and_ncx_headings(tmp_path):
    path = write_epub(tmp_path / "mengzi.epub")
    extracted = read(path, path.read_bytes())
    text = extracted.text
    # the manifest lists 梁惠王下 (text/b.xhtml) first; the spine reads 梁惠王上 first
    assert text.index("卷之一梁惠王上") < text.index("卷之一梁惠王下")
    assert "不在正文中的注释" not in text
    assert extracted.title == "孟子" and extracted.author == "孟軻"
    # both headings are marked (h2 and the NCX), and the text's grammar alone would miss them
    heads = {text[h.start : h.end] for h in extracted.headings}
    assert heads == {"卷之一梁惠王上", "卷之一梁惠王下"} or extracted.headings == ()


def test_an_epub_without_a_table_of_contents_uses_its_own_headings(tmp_path):
    path = write_epub(tmp_path / "plain.epub", ncx=False)
    extracted = read(path, path.read_bytes())
    assert "卷之一梁惠王上" in extracted.text


def test_drm_is_refused_but_font_obfuscation_is_not(tmp_path):
    drm = """<encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container" xmlns:enc="http://www.w3.org/2001/04/xmlenc#">
    <enc:EncryptedData><enc:EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#aes128-cbc"/>
    <enc:CipherData><enc:CipherReference URI="OEBPS/text/a.xhtml"/></enc:CipherData></enc:EncryptedData></encryption>"""
    path = write_epub(tmp_path / "drm.epub", encryption=drm)
    with pytest.raises(FormatError) as caught:
        read(path, path.read_bytes())
    assert caught.value.code == "encrypted" and "DRM" in str(caught.value)
    fonts = drm.replace("http://www.w3.org/2001/04/xmlenc#aes128-cbc", "http://www.idpf.org/2008/embedding")
    path = write_epub(tmp_path / "fonts.epub", encryption=fonts)
    assert "卷之一梁惠王上" in read(path, path.read_bytes()).text


def test_damaged_epubs_say_so(tmp_path):
    with pytest.raises(FormatError) as caught:
        read(tmp_path / "x.epub", b"PK\x03\x04broken")
    assert caught.value.code == "damaged"
    path = tmp_path / "nocontainer.epub"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/epub+zip")
    with pytest.raises(FormatError) as caught:
        read(path, path.read_bytes())
    assert caught.value.code == "damaged" and "container.xml" in str(caught.value)


def test_ncx_entries_mark_their_targets_where_the_text_says_them(tmp_path):
    # headings the text's grammar cannot see (they hold commas), one nested under the other,
    # and an entry whose target does not say its label (ignored)
    path = tmp_path / "toc.epub"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/epub+zip")
        z.writestr("META-INF/container.xml", CONTAINER)
        z.writestr(
            "OEBPS/content.opf",
            """<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="2.0">
            <metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>讲话</dc:title></metadata>
            <manifest><item id="c" href="c.xhtml" media-type="application/xhtml+xml"/>
            <item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/></manifest>
            <spine toc="ncx"><itemref idref="c"/></spine></package>""",
        )
        z.writestr(
            "OEBPS/c.xhtml",
            '<html xmlns="http://www.w3.org/1999/xhtml"><body><p id="a">坚持人民至上，站稳人民立场</p><p>正文第一段，讲人民。</p>'
            '<p id="b">坚持自信自立，走自己的路</p><p>正文第二段，讲道路。</p><p id="c">正文第三段，不是标题。</p></body></html>',
        )
        z.writestr(
            "OEBPS/toc.ncx",
            """<?xml version="1.0"?><ncx xmlns="http://www.daisy.org/z3986/2005/ncx/"><navMap>
            <navPoint><navLabel><text>坚持人民至上，站稳人民立场</text></navLabel><content src="c.xhtml#a"/>
              <navPoint><navLabel><text>坚持自信自立，走自己的路</text></navLabel><content src="c.xhtml#b"/></navPoint></navPoint>
            <navPoint><navLabel><text>第三部分</text></navLabel><content src="c.xhtml#c"/></navPoint>
            </navMap></ncx>""",
        )
    extracted = read(path, path.read_bytes())
    assert [(extracted.text[h.start : h.end], h.level) for h in extracted.headings] == [
        ("坚持人民至上，站稳人民立场", 1),
        ("坚持自信自立，走自己的路", 2),
    ]


def calibre_epub(path: Path, names: tuple[str, ...], label, page, ncx_depth: int = 1) -> Path:
    """孟子's books (the corpus's Gutenberg text) packaged as a calibre-made EPUB of classics
    is: one file a book, the NCX's entry pointing at `<title id="toc_1">` in the file's head,
    each label and page as `label(name)` and `page(name, passages)` make them."""
    text, _ = decode_bytes(MENGZI.read_bytes())
    lines = [ln.strip() for ln in text.split("\n")]
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/epub+zip", compress_type=zipfile.ZIP_STORED)
        z.writestr("META-INF/container.xml", CONTAINER)
        items = "".join(
            f'<item id="c{i}" href="Text/{i}.html" media-type="application/xhtml+xml"/>' for i in range(len(names))
        )
        refs = "".join(f'<itemref idref="c{i}"/>' for i in range(len(names)))
        z.writestr(
            "OEBPS/content.opf",
            f"""<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="2.0">
            <metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>孟子</dc:title></metadata>
            <manifest>{items}<item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/></manifest>
            <spine toc="ncx">{refs}</spine></package>""",
        )
        points = ""
        for i, name in enumerate(names):
            start = lines.index(name)
            passages = [ln for ln in lines[start + 1 : start + 40] if ln.startswith("孟子")][:2]
            head = f'<head><title id="toc_1">孟子-{label(name)}</title></head>'
            z.writestr(
                f"OEBPS/Text/{i}.html",
                f'<html xmlns="http://www.w3.org/1999/xhtml">{head}<body>{page(name, passages)}</body></html>',
            )
            points += f'<navPoint><navLabel><text>{label(name)}</text></navLabel><content src="Text/{i}.html#toc_1"/></navPoint>'
        z.writestr(
            "OEBPS/toc.ncx",
            f'<?xml version="1.0"?><ncx xmlns="http://www.daisy.org/z3986/2005/ncx/"><navMap>{points}</navMap></ncx>',
        )
    return path


def outline_of(path: Path):
    from reader.core.document import load_document
    from reader.core.outline import document_outline

    document = load_document(path)
    outline = document_outline(document)
    found = [(document.text[n.start : n.label_end], n.depth) for n in outline.root.walk() if n.kind == "heading"]
    return outline, found


NAMES = ("卷之一梁惠王上", "卷之一梁惠王下", "卷之二公孫丑上")


def test_an_entry_pointing_into_the_files_head_is_its_start(tmp_path):
    # calibre's books point each entry at <title id="toc_1">: the head is not read, and a
    # reading system goes to the file's start (it found no heading at all)
    def page(name, passages):
        return f'<p class="title">{name[3:]}</p>' + "".join(f"<p>{p}</p>" for p in passages)

    path = calibre_epub(tmp_path / "m.epub", NAMES, lambda name: name[3:], page)
    outline, found = outline_of(path)
    assert found == [("梁惠王上", 1), ("梁惠王下", 1), ("公孫丑上", 1)]
    assert outline.title() == "孟子"


def test_an_entry_is_said_past_the_pages_running_heads_and_by_a_part_of_its_label(tmp_path):
    # each page repeats the book's name and its part's above its own heading (孟子 / 卷之一 /
    # 梁惠王上), and the entry's label puts the volume before the name: 卷一・梁惠王上
    def page(name, passages):
        return f"<h5>孟子</h5><span>{name[:3]}</span><hr/><p>{name[3:]}</p>" + "".join(f"<p>{p}</p>" for p in passages)

    def label(name):
        return f"卷{name[2]}・{name[3:]}"

    outline, found = outline_of(calibre_epub(tmp_path / "m.epub", NAMES, label, page))
    assert found == [("梁惠王上", 1), ("梁惠王下", 1), ("公孫丑上", 1)]
    assert outline.title() == "孟子"


def test_a_contents_page_before_the_books_does_not_become_the_parts_they_fall_under(tmp_path):
    # the book's own contents page (in the spine, not in the NCX) lists each 卷 and the names
    # under it: read by the grammar, its last short lines become headings the first book falls
    # under; the NCX says the books are the outermost parts
    names = ("卷一・梁惠王上", "卷二・梁惠王下", "卷三・公孫丑上")
    listed = ["孟子目錄", "章句"]
    for n in ("卷一\u3000梁惠王章句上", "卷二\u3000梁惠王章句下", "卷三\u3000公孫丑章句上"):
        listed += [n, "序言", "孟子見梁惠王", "齊宣王問", "贊曰"]
    path = tmp_path / "m.epub"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/epub+zip", compress_type=zipfile.ZIP_STORED)
        z.writestr("META-INF/container.xml", CONTAINER)
        items = "".join(f'<item id="c{i}" href="{i}.html" media-type="application/xhtml+xml"/>' for i in range(4))
        z.writestr(
            "OEBPS/content.opf",
            f"""<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="2.0">
            <metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>孟子</dc:title></metadata>
            <manifest>{items}<item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/></manifest>
            <spine toc="ncx">{"".join(f'<itemref idref="c{i}"/>' for i in range(4))}</spine></package>""",
        )
        z.writestr("OEBPS/0.html", f"<html><body>{''.join(f'<p>{line}</p>' for line in listed)}</body></html>")
        for (_, passages), i in zip(mengzi_books() + mengzi_books()[:1], range(1, 4)):
            z.writestr(
                f"OEBPS/{i}.html",
                f"<html><body><h1>{names[i - 1]}</h1>{''.join(f'<p>{p}</p>' for p in passages)}</body></html>",
            )
        points = "".join(
            f'<navPoint><navLabel><text>{n}</text></navLabel><content src="{i}.html"/></navPoint>'
            for i, n in enumerate(names, 1)
        )
        z.writestr(
            "OEBPS/toc.ncx", f'<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/"><navMap>{points}</navMap></ncx>'
        )
    _, found = outline_of(path)
    assert [h for h in found if h[0] in names] == [(n, 1) for n in names]


def test_a_book_that_opens_at_a_chapter_keeps_its_name_as_the_title(tmp_path):
    # the first line is the first chapter's heading, one of the NCX's entries; the package
    # names the book (孟子): the chapter is the outline's first heading, not its title
    def page(name, passages):
        return f"<h1>{name[3:]}章句</h1>" + "".join(f"<p>{p}</p>" for p in passages)

    outline, found = outline_of(calibre_epub(tmp_path / "m.epub", NAMES, lambda name: f"{name[3:]}章句", page))
    assert outline.title() == "孟子"
    assert found == [("梁惠王上章句", 1), ("梁惠王下章句", 1), ("公孫丑上章句", 1)]


def test_a_book_without_a_title_line_is_named_by_its_package_in_every_script(tmp_path):
    # its tab and window say 孟子, not the file's name m.epub (no line of the text is the title)
    from reader.core.scripts import Script
    from reader.core.session import Session

    def page(name, passages):
        return f"<h1>{name[3:]}章句</h1>" + "".join(f"<p>{p}</p>" for p in passages)

    path = calibre_epub(tmp_path / "m.epub", NAMES, lambda name: f"{name[3:]}章句", page)
    session = Session.open(path, tmp_path / "data")
    assert session.outline.first("title") is None
    assert [session.title_in(script) for script in (Script.ORIGINAL, Script.SIMPLIFIED)] == ["孟子", "孟子"]
