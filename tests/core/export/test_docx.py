"""The Word export: its text and look read back from the .docx (golden files), and the same
file opened by LibreOffice, which must find the same text, quotes and comments."""

import io
import os
import re
import shutil
import subprocess
import zipfile
from html import unescape

import pytest
from docx import Document

from reader.core.export import NO_COLOUR, gather, render_bytes
from reader.core.punctuation import clean_punctuation
from reader.core.scripts import Script
from tests.conftest import GOLDEN
from tests.core.export.docx_text import docx_text


def check_golden(name: str, text: str) -> None:
    golden = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN"):
        golden.write_text(text, encoding="utf-8", newline="")
    with open(golden, encoding="utf-8", newline="") as handle:
        assert text == handle.read()


@pytest.mark.parametrize("script", list(Script), ids=lambda s: s.value)
def test_golden_handout(session, script):
    check_golden(f"notice-{script.value}.docx.txt", docx_text(render_bytes(gather(session, script), "docx")))


@pytest.mark.parametrize("script", list(Script), ids=lambda s: s.value)
def test_golden_whole_text(session, script):
    data = gather(session, script, whole_text=True)
    check_golden(f"notice-{script.value}-whole.docx.txt", docx_text(render_bytes(data, "docx")))


def test_the_handout_holds_each_quote_in_its_colour_with_its_note(session):
    data = gather(session, Script.SIMPLIFIED)
    document = Document(io.BytesIO(render_bytes(data, "docx")))
    paragraphs = [p.text for p in document.paragraphs]
    assert paragraphs[0] == session.title_in(Script.SIMPLIFIED)
    view = session.view(Script.SIMPLIFIED)
    at = 0
    for section, items in data.groups():  # each under its section heading, in document order
        at = paragraphs.index(clean_punctuation(section), at + 1)  # full-width, as the page prints it
        assert document.paragraphs[at].style.name == "Heading 1"
        for item in items:
            a = item.annotation
            at = paragraphs.index(
                clean_punctuation(view.slice(a.start, a.end)), at + 1
            )  # the quote, in the chosen script
            if a.note.strip():
                assert paragraphs[at + 2] == a.note  # under the style line; the note as written
            [run] = [r for r in document.paragraphs[at].runs if r.text]
            shading = run._r.rPr.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}shd")
            if a.colour and a.style == "highlight":
                assert shading is not None and shading.get(
                    "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}fill"
                ) == {"yellow": "FFF3A3", "green": "C8F0C0", "purple": "E2D4FF"}.get(a.colour)
            else:
                assert shading is None and run.font.underline


def test_whole_text_is_the_document_with_notes_as_comments_when_asked(session):
    data = gather(session, Script.TRADITIONAL, whole_text=True, comments=True)
    document = Document(io.BytesIO(render_bytes(data, "docx")))
    body = "\n".join(p.text for p in document.paragraphs)
    view = session.view(Script.TRADITIONAL)
    assert "".join(body.split()) == "".join(clean_punctuation(view.text).split())  # as the page prints it
    noted = [i for i in data.items if i.note.strip()]
    assert sorted(c.text for c in document.comments) == sorted(i.note.strip() for i in noted)


def test_colours_and_scope_choose_what_is_exported(session):
    data = gather(session, colours={"yellow", NO_COLOUR})
    assert [i.annotation.colour for i in data.items] == ["yellow", None]
    document = Document(io.BytesIO(render_bytes(data, "docx")))
    assert len([p for p in document.paragraphs if p.style.name == "Heading 1"]) == 2
    section = session.outline.sections[3]
    data = gather(session, scope="section", section=section, whole_text=True)
    text = "".join(p.text for p in data.paragraphs)
    assert "".join(text.split()) == "".join(session.text[section.start : section.end].split())
    assert [i.quote for i in data.items] == ["聚焦到中國式現代化在理論和實踐的創新突破上"]


# -- LibreOffice ------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def soffice(tmp_path_factory):
    program = shutil.which("soffice") or shutil.which("libreoffice")
    if program is None:
        pytest.skip("LibreOffice (soffice) is not installed: apt install libreoffice-writer-nogui")
    profile = tmp_path_factory.mktemp("lo-profile")

    def convert(path, target: str) -> str:
        """Have LibreOffice open `path` and save it as `target` (txt, fodt, pdf); returns the new file's path."""
        filters = {"txt": "txt:Text (encoded):UTF8", "fodt": "fodt", "pdf": "pdf"}
        result = subprocess.run(
            [
                program,
                f"-env:UserInstallation={profile.as_uri()}",  # never the user's own profile
                "--headless",
                "--convert-to",
                filters[target],
                "--outdir",
                str(path.parent),
                str(path),
            ],
            capture_output=True,
            text=True,
            timeout=180,
        )
        out = path.with_suffix(f".{target}")
        assert result.returncode == 0 and out.exists(), result.stderr
        return str(out)

    return convert


def lo_text(path: str) -> str:
    return open(path, encoding="utf-8-sig").read()


@pytest.mark.parametrize("script", list(Script), ids=lambda s: s.value)
def test_libreoffice_reads_the_handout(session, soffice, tmp_path, script):
    data = gather(session, script)
    path = tmp_path / f"notice-{script.value}.docx"
    path.write_bytes(render_bytes(data, "docx"))
    lines = lo_text(soffice(path, "txt")).split("\n")
    view = session.view(script)
    assert lines[0] == session.title_in(script)
    assert lines[1] == clean_punctuation(data.meta)  # the dateline, the file, the script when converted
    assert lines[1].startswith(f"{clean_punctuation(data.dateline)} · notice.txt")
    at = 1
    for section, items in data.groups():  # each under its section heading, in document order
        at = lines.index(clean_punctuation(section), at + 1)
        for item in items:
            a = item.annotation
            at = lines.index(clean_punctuation(view.slice(a.start, a.end)), at + 1)
            assert lines[at + 1].endswith("· 2026-11-21 10:00")
            if a.note.strip():
                assert lines[at + 2 : at + 2 + len(a.note.split("\n"))] == a.note.split("\n")


@pytest.mark.parametrize("script", list(Script), ids=lambda s: s.value)
def test_libreoffice_reads_the_whole_text_and_its_comments(session, soffice, tmp_path, script):
    data = gather(session, script, whole_text=True, comments=True)
    path = tmp_path / f"whole-{script.value}.docx"
    path.write_bytes(render_bytes(data, "docx"))
    view = session.view(script)
    assert "".join(lo_text(soffice(path, "txt")).split()) == "".join(clean_punctuation(view.text).split())
    flat = lo_text(soffice(path, "fodt"))
    # each comment: its note, then the passage it is anchored on up to its end marker
    found = {}
    for match in re.finditer(
        r'<office:annotation office:name="([^"]+)"[^>]*>(.*?)</office:annotation>(.*?)<office:annotation-end office:name="\1"/>',
        flat,
        re.S,
    ):
        paragraphs = re.findall(r"<text:p[^>]*>(.*?)</text:p>", match.group(2), re.S)
        note = "\n".join(unescape(re.sub(r"<[^>]+>", "", p)) for p in paragraphs)
        found[note] = unescape(re.sub(r"<[^>]+>", "", match.group(3)))
    expected = {i.note.strip(): i.quote for i in data.items if i.note.strip()}
    assert found == expected


def test_the_docx_is_a_complete_package(session):
    """Every part the package lists is there, and no blank-page thumbnail from the template."""
    with zipfile.ZipFile(io.BytesIO(render_bytes(gather(session, whole_text=True), "docx"))) as package:
        names = set(package.namelist())
        assert {"word/document.xml", "word/footnotes.xml", "word/styles.xml"} <= names
        assert b"footnotes+xml" in package.read("[Content_Types].xml")
        assert not any("thumbnail" in n for n in names)
        assert package.testzip() is None


@pytest.mark.parametrize("notes", ["handout", "footnotes", "comments"])
def test_a_control_character_in_a_note_does_not_stop_the_export(session, notes):
    """XML cannot hold U+000B or NUL (pasted from a PDF or a terminal): they are left out, the rest is kept."""
    a = session.annotations.get("a0000000-0000-4000-8000-000000000003")
    session.apply(a, a.edited(note="豎\x0b排\x00文字"))
    data = gather(session, whole_text=notes != "handout", comments=notes == "comments")
    docx = render_bytes(data, "docx")
    document = Document(io.BytesIO(docx))
    if notes == "footnotes":
        assert "f2: 豎排文字" in docx_text(docx)
    else:
        texts = [c.text for c in document.comments] if notes == "comments" else [p.text for p in document.paragraphs]
        assert "豎排文字" in texts


@pytest.mark.parametrize("script, face", [(Script.SIMPLIFIED, "宋体"), (Script.TRADITIONAL, "新細明體")])
def test_every_style_names_the_chinese_face_not_the_templates_japanese_theme(session, script, face):
    # python-docx's template gives headings and the Title a theme font whose East Asian face is
    # MS ゴシック; a theme attribute wins over a named font, so none may be left
    styles = zipfile.ZipFile(io.BytesIO(render_bytes(gather(session, script), "docx"))).read("word/styles.xml")
    styles = styles.decode("utf-8")
    assert "w:eastAsiaTheme" not in styles
    named = re.findall(r'<w:rFonts[^>]*w:eastAsia="([^"]+)"', styles)
    assert named and face in named  # the body's Song face; headings in the Hei face of the same script
    assert set(named) == {face, {"宋体": "黑体", "新細明體": "微軟正黑體"}[face]}


# -- Footnotes --------------------------------------------------------------------------------

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def footnote_parts(docx: bytes):
    from lxml import etree

    with zipfile.ZipFile(io.BytesIO(docx)) as package:
        return (
            etree.fromstring(package.read("word/document.xml")),
            etree.fromstring(package.read("word/footnotes.xml")),
            etree.fromstring(package.read("word/settings.xml")),
            package.read("word/_rels/document.xml.rels"),
        )


@pytest.mark.parametrize("style", ["study", "gongwen"])
def test_whole_text_notes_are_numbered_footnotes_where_their_passage_ends(session, style):
    data = gather(session, Script.SIMPLIFIED, whole_text=True, style=style)
    document, footnotes, settings, rels = footnote_parts(render_bytes(data, "docx"))
    assert b"relationships/footnotes" in rels
    assert document.find(f".//{W}commentReference") is None  # no comments unless asked for
    kinds = [(n.get(f"{W}type"), n.get(f"{W}id")) for n in footnotes.findall(f"{W}footnote")]
    assert kinds[:2] == [("separator", "-1"), ("continuationSeparator", "0")]
    assert [f.get(f"{W}id") for f in settings.findall(f"{W}footnotePr/{W}footnote")] == ["-1", "0"]
    notes = {
        n.get(f"{W}id"): "\n".join("".join(p.itertext()).strip() for p in n.findall(f"{W}p"))
        for n in footnotes.findall(f"{W}footnote")[2:]
    }
    noted = [p.notes for p in data.paragraphs if p.notes]
    expected = {str(number): a.note.strip() for notes_of in noted for number, a in notes_of}
    assert notes == expected and len(expected) == 3  # the three notes of passages in the text
    # each referenced once, in order, right after the passage it notes
    references = document.findall(f".//{W}footnoteReference")
    assert [r.get(f"{W}id") for r in references] == ["1", "2", "3"]
    for reference in references:
        run = reference.getparent()
        before = run.getprevious()
        while before.find(f"{W}t") is None:
            before = before.getprevious()
        number = int(reference.get(f"{W}id"))
        [annotation] = [a for notes_of in noted for n, a in notes_of if n == number]
        passage = clean_punctuation(session.view(Script.SIMPLIFIED).slice(annotation.start, annotation.end))
        assert before.find(f"{W}t").text == passage
        assert run.find(f"{W}rPr/{W}rStyle").get(f"{W}val") == "FootnoteReference"


def test_libreoffice_prints_the_footnotes_in_the_pdf(session, soffice, tmp_path):
    """A comment is dropped from LibreOffice's PDF; a footnote is printed on the page."""
    pdftotext = shutil.which("pdftotext")
    if pdftotext is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    data = gather(session, Script.TRADITIONAL, whole_text=True, style="gongwen")
    path = tmp_path / "whole.docx"
    path.write_bytes(render_bytes(data, "docx"))
    pdf = soffice(path, "pdf")
    text = subprocess.run([pdftotext, pdf, "-"], capture_output=True, text=True, check=True).stdout
    for item in data.items:
        for line in item.note.strip().split("\n"):
            if line:
                assert line in text, line
    assert "要求，全國總工會" in text  # the text full-width, as written
    assert re.search(r"—\s*1\s*—", text)  # the standard's page number (pdftotext drops the spaces)
