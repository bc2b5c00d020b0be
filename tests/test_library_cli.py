"""`reader library add | list | search | notes` (issue 29)."""

from __future__ import annotations

import json
from pathlib import Path

from reader.cli import main
from reader.core.document import load_document
from reader.core.session import Session

CORPUS = Path(__file__).resolve().parent / "corpus"


def _json(capsys, *argv: str) -> dict:
    assert main(list(argv)) == 0
    return json.loads(capsys.readouterr().out)


def test_add_list_and_search_in_either_script(capsys):
    assert main(["library", "add", str(CORPUS / "compare"), str(CORPUS / "report-20th-congress-2022-gb18030.txt")]) == 0
    documents = len(list((CORPUS / "compare").glob("*.md"))) + 1  # the folder's, recursively, and the report
    assert capsys.readouterr().out.count("added\t") == documents
    listed = _json(capsys, "library", "list", "--format", "json")
    assert listed["total"] == documents
    assert [d["date"] for d in listed["documents"]] == sorted(d["date"] for d in listed["documents"])
    found = _json(capsys, "library", "search", "國務院", "--format", "json", "--limit", "3")
    assert found["total"] > 100 and len(found["hits"]) == 3
    hit = found["hits"][0]
    assert set(hit) >= {"path", "title", "section", "start", "end", "text", "snippet"}
    assert load_document(hit["path"]).text[hit["start"] : hit["end"]] == hit["text"] == "国务院"
    assert hit["text"] in hit["snippet"]
    simplified = _json(capsys, "library", "search", "国务院", "--format", "json", "--limit", "3")
    assert simplified == found


def test_a_file_that_cannot_be_added_is_said_and_fails_the_command(tmp_path, capsys):
    assert main(["library", "add", str(tmp_path / "missing.txt"), str(CORPUS / "law-constitution.md")]) == 1
    out, err = capsys.readouterr()
    assert "missing.txt" in err and "added\t" in out


def test_an_empty_query_is_refused_clearly(capsys):
    assert main(["library", "search", "  "]) == 1
    assert "the query is empty" in capsys.readouterr().err


def test_notes_of_every_document(tmp_path, data_dir, capsys):
    path = tmp_path / "constitution.md"
    path.write_text((CORPUS / "law-constitution.md").read_text(encoding="utf-8"), encoding="utf-8")
    session = Session.open(path, data_dir)
    start = session.text.index("人民")
    session.apply(None, session.new_annotation(start, start + 2, note="who holds power"))
    session.save()
    assert main(["library", "add", str(path)]) == 0
    capsys.readouterr()
    notes = _json(capsys, "library", "notes", "--format", "json")
    assert [(n["text"], n["note"], n["path"]) for n in notes["notes"]] == [
        ("人民", "who holds power", str(path.resolve()))
    ]


def test_key_terms_of_a_document_against_the_library(capsys):
    assert main(["library", "add", str(CORPUS / "compare"), str(CORPUS / "mengzi-gutenberg-big5.txt")]) == 0
    capsys.readouterr()
    found = _json(capsys, "library", "terms", str(CORPUS / "mengzi-gutenberg-big5.txt"), "--format", "json")
    assert found["in_library"] is True
    assert found["terms"][0]["term"] == "孟子" and found["terms"][0]["g2"] > 0


def test_tag_a_folder_and_a_file_list_by_tag_and_untag(tmp_path, capsys):
    assert main(["library", "add", str(CORPUS / "compare")]) == 0
    capsys.readouterr()
    assert main(["library", "tag", str(CORPUS / "compare"), "法律", "对照"]) == 0
    tagged = capsys.readouterr().out
    documents = len(list((CORPUS / "compare").glob("*.md")))
    assert f"tagged {documents} of {documents} documents: 法律, 对照" in tagged
    assert main(["library", "tag", str(CORPUS / "compare" / "law-company-2023.md"), "--untag", "对照"]) == 0
    capsys.readouterr()
    both = _json(capsys, "library", "list", "--tag", "对照", "--format", "json")
    assert both["total"] == documents - 1
    assert all(d["tags"] == ["法律", "对照"] for d in both["documents"])
    law = _json(capsys, "library", "list", "--tag", "法律", "--format", "json")
    assert law["total"] == documents
    assert main(["library", "list", "--tag", "法律"]) == 0
    assert "[法律]" in capsys.readouterr().out  # the 2023 law, its one tag left
    # a file not in the library is said, and nothing is tagged
    assert main(["library", "tag", str(CORPUS / "law-constitution.md"), "法律"]) == 1
    assert "not in the library" in capsys.readouterr().err


def test_notes_export_to_word_by_tag(tmp_path, data_dir, capsys):
    from docx import Document as WordDocument

    paths = []
    for name, quote, note in (("constitution.md", "人民", "who holds power"), ("company.md", "股东", "shareholders")):
        source = CORPUS / ("law-constitution.md" if name == "constitution.md" else "compare/law-company-2023.md")
        path = tmp_path / name
        path.write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
        session = Session.open(path, data_dir)
        start = session.text.index(quote)
        session.apply(None, session.new_annotation(start, start + len(quote), note=note))
        session.save()
        paths.append(path)
    assert main(["library", "add", *map(str, paths)]) == 0
    assert main(["library", "tag", str(paths[1]), "公司"]) == 0
    capsys.readouterr()
    target = tmp_path / "notebook.docx"
    assert main(["library", "notes", "--format", "docx", "-o", str(target)]) == 0
    text = "\n".join(p.text for p in WordDocument(str(target)).paragraphs)
    assert "who holds power" in text and "shareholders" in text and "人民" in text
    assert main(["library", "notes", "--format", "docx", "--tag", "公司", "-o", str(target)]) == 0
    text = "\n".join(p.text for p in WordDocument(str(target)).paragraphs)
    assert "shareholders" in text and "who holds power" not in text
    # a folder that is not there: said, and the file already written is kept whole
    assert main(["library", "notes", "--format", "docx", "-o", str(tmp_path / "nowhere" / "n.docx")]) == 1
    assert "does not exist" in capsys.readouterr().err
    assert "shareholders" in "\n".join(p.text for p in WordDocument(str(target)).paragraphs)
    assert main(["library", "notes", "--format", "md", "--tag", "公司", "-o", str(tmp_path / "n.md")]) == 0
    assert "shareholders" in (tmp_path / "n.md").read_text(encoding="utf-8")
