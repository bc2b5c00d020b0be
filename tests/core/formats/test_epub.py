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
