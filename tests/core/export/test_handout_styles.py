"""The hand-out styles as the .docx carries them, read from its XML: the page, each style's
faces in every slot (the East Asian one above all), sizes, colour, and the page numbers."""

import io
import zipfile

import pytest
from lxml import etree

from reader.core.export import gather, render_bytes
from reader.core.export.handout_styles import GONGWEN, HANDOUT_STYLES, STUDY, handout_style
from reader.core.scripts import Script

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TWIPS_PER_MM = 1440 / 25.4


def part(docx: bytes, name: str):
    with zipfile.ZipFile(io.BytesIO(docx)) as z:
        return etree.fromstring(z.read(name))


def style_rpr(styles, style_id: str):
    [style] = styles.xpath(f"w:style[@w:styleId='{style_id}']", namespaces={"w": W[1:-1]})
    return style.find(f"{W}rPr"), style.find(f"{W}pPr")


@pytest.mark.parametrize("style", HANDOUT_STYLES, ids=lambda s: s.name)
@pytest.mark.parametrize("script", [Script.SIMPLIFIED, Script.TRADITIONAL], ids=lambda s: s.value)
def test_every_style_names_its_faces_in_every_slot_in_black(session, style, script):
    docx = render_bytes(gather(session, script, style=style.name), "docx")
    styles = part(docx, "word/styles.xml")
    language = "zh-TW" if script is Script.TRADITIONAL else "zh-CN"
    for style_id, text in (
        ("Normal", style.body),
        ("Title", style.title),
        ("Heading1", style.heading1),
        ("Heading2", style.heading2),
        ("FootnoteText", style.note),
    ):
        rpr, ppr = style_rpr(styles, style_id)
        fonts = rpr.find(f"{W}rFonts")
        assert fonts.get(f"{W}eastAsia") == text.face.east_asian(language), style_id
        assert fonts.get(f"{W}ascii") == fonts.get(f"{W}hAnsi") == text.face.latin
        assert not [a for a in fonts.attrib if a.endswith("Theme") or a.endswith("theme")], style_id
        assert rpr.find(f"{W}sz").get(f"{W}val") == str(round(text.size * 2)), style_id
        assert rpr.find(f"{W}color").get(f"{W}val") == "000000", style_id  # no template blue
        assert (rpr.find(f"{W}b") is not None and rpr.find(f"{W}b").get(f"{W}val") in (None, "1", "true")) == (
            text.bold
        ), style_id
        assert ppr is None or ppr.find(f"{W}pBdr") is None  # no rule under the Title
    # no theme font left anywhere: a theme attribute would win over the named face
    assert b"Theme=" not in etree.tostring(styles).replace(b"themeColor", b"")
    # the faces are in the font table with the GB2312 or Big5 character set
    table = part(docx, "word/fontTable.xml")
    charsets = {f.get(f"{W}name"): f.find(f"{W}charset").get(f"{W}val") for f in table.findall(f"{W}font")}
    assert charsets[style.title.face.east_asian(language)] == ("88" if language == "zh-TW" else "86")


def test_gongwen_page_is_the_standards(session):
    docx = render_bytes(gather(session, Script.SIMPLIFIED, style="gongwen"), "docx")
    document = part(docx, "word/document.xml")
    sect = document.find(f"{W}body/{W}sectPr")
    size, margins = sect.find(f"{W}pgSz"), sect.find(f"{W}pgMar")
    assert abs(int(size.get(f"{W}w")) - 210 * TWIPS_PER_MM) < 2 and abs(int(size.get(f"{W}h")) - 297 * TWIPS_PER_MM) < 2
    for side, mm in (("top", 37), ("bottom", 35), ("left", 28), ("right", 26)):
        assert abs(int(margins.get(f"{W}{side}")) - mm * TWIPS_PER_MM) < 2, side
    styles = part(docx, "word/styles.xml")
    rpr, ppr = style_rpr(styles, "Normal")
    assert rpr.find(f"{W}rFonts").get(f"{W}eastAsia") == "仿宋_GB2312"
    assert rpr.find(f"{W}sz").get(f"{W}val") == "32"  # 三号
    spacing = ppr.find(f"{W}spacing")
    assert spacing.get(f"{W}lineRule") == "exact"
    # 22 lines in the type area's 225 mm: 28.95 pt each
    assert abs(int(spacing.get(f"{W}line")) / 20 * 22 - 225 / 25.4 * 72) < 1
    title, _ = style_rpr(styles, "Title")
    assert title.find(f"{W}rFonts").get(f"{W}eastAsia") == "方正小标宋简体"
    assert title.find(f"{W}sz").get(f"{W}val") == "44"  # 二号
    # page numbers as — 1 —, odd pages at the right and even ones at the left
    settings = part(docx, "word/settings.xml")
    assert settings.find(f"{W}evenAndOddHeaders") is not None
    footers = {ref.get(f"{W}type") for ref in sect.findall(f"{W}footerReference")}
    assert footers == {"default", "even"}
    with zipfile.ZipFile(io.BytesIO(docx)) as z:
        footer_xml = [z.read(n) for n in z.namelist() if n.startswith("word/footer")]
    for xml in footer_xml:
        footer = etree.fromstring(xml)
        text = "".join(footer.itertext())
        assert text.replace(" PAGE ", "") == "— 1 —"
        assert footer.find(f".//{W}instrText").text.strip() == "PAGE"
        assert footer.find(f".//{W}rFonts").get(f"{W}eastAsia") == "宋体"
        assert footer.find(f".//{W}sz").get(f"{W}val") == "28"  # 四号


def test_study_style_is_song_body_and_hei_headings(session):
    docx = render_bytes(gather(session, Script.TRADITIONAL, style="study"), "docx")
    styles = part(docx, "word/styles.xml")
    assert style_rpr(styles, "Normal")[0].find(f"{W}rFonts").get(f"{W}eastAsia") == "新細明體"
    assert style_rpr(styles, "Heading1")[0].find(f"{W}rFonts").get(f"{W}eastAsia") == "微軟正黑體"
    assert STUDY.body.face.simplified == "宋体" and STUDY.heading1.face.simplified == "黑体"
    assert GONGWEN.body.size == 16 and GONGWEN.title.size == 22


def test_an_unknown_style_is_refused_with_the_choices():
    with pytest.raises(ValueError, match="study, gongwen"):
        handout_style("memo")
