import json
import subprocess
import sys
from pathlib import Path

import opencc
import pytest

from reader import __version__
from reader.cli import main


def run(*args, **kwargs):
    return subprocess.run(
        [sys.executable, "-m", "reader", *args], capture_output=True, text=True, timeout=120, **kwargs
    )


def test_version():
    result = run("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"Reader {__version__}"


def test_outline_of_the_bundled_notice(capsys):
    assert main(["outline"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "header: 全國總工會印發關於認真學習宣傳貫徹黨的二十大精神的通知 [0, 108)"
    assert "  title: 全國總工會印發關於認真學習宣傳貫徹黨的二十大精神的通知 [18, 45)" in lines
    assert sum(1 for line in lines if line.strip().startswith("item: 聚焦到")) == 6
    assert lines[-1] == "credit: (責編:皮博、黃瑾) [1998, 2008)"


def test_outline_of_a_bad_path_fails_clearly(tmp_path):
    result = run("outline", str(tmp_path / "missing.txt"))
    assert result.returncode == 1
    assert "missing.txt: file not found" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("script, config", [("simplified", "tw2s"), ("traditional", None), ("original", None)])
def test_convert_matches_opencc(capsys, notice_text, script, config):
    assert main(["convert", "--script", script]) == 0
    expected = opencc.OpenCC(config).convert(notice_text) if config else notice_text
    assert capsys.readouterr().out == expected


def test_export_and_import_headless(tmp_path, notice_copy, data_dir, capsys):
    from reader.core.session import Session

    s = Session.open(notice_copy, data_dir)
    start = s.text.index("工匠精神")
    s.apply(None, s.new_annotation(start, start + 4, note="筆記"))
    s.save()
    out = tmp_path / "notes.json"
    assert main(["export", str(notice_copy), "--format", "json", "--script", "simplified", "-o", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["first"]["items"][0]["target"]["selector"][0]["exact"] == "工匠精神"
    assert main(["export", str(notice_copy), "--format", "md"]) == 0
    assert "> 工匠精神" in capsys.readouterr().out
    # into a fresh data folder for the same text: the import restores it
    other = tmp_path / "other-data"
    result = run("import", str(notice_copy), str(out), env={"READER_DATA_DIR": str(other), "PATH": ""})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "added 1, updated 0, unchanged 0, orphaned 0"
    assert [a.note for a in Session.open(notice_copy, other).annotations] == ["筆記"]


def test_an_exported_file_gets_a_new_files_permissions_and_the_store_stays_private(
    tmp_path, notice_copy, data_dir, monkeypatch
):
    """An export is handed on: 0666 less the umask, as an editor saves (it was 0600, the
    stores' mode); a file it replaces keeps its own mode; the store stays the owner's."""
    import os
    import stat

    from reader.core.session import Session

    s = Session.open(notice_copy, data_dir)
    start = s.text.index("工匠精神")
    s.apply(None, s.new_annotation(start, start + 4, note="筆記"))
    s.save()
    old = os.umask(0o022)
    try:
        out = tmp_path / "notes.md"
        assert main(["export", str(notice_copy), "--format", "md", "-o", str(out)]) == 0
        assert stat.S_IMODE(out.stat().st_mode) == 0o644
        out.chmod(0o640)  # the reader's own choice for this file: kept when it is exported again
        assert main(["export", str(notice_copy), "--format", "md", "-o", str(out)]) == 0
        assert stat.S_IMODE(out.stat().st_mode) == 0o640
    finally:
        os.umask(old)
    assert stat.S_IMODE(s.store.path.stat().st_mode) == 0o600
    assert not list(tmp_path.glob(".notes.md.*"))


def test_import_of_a_bad_file_says_why(tmp_path, notice_copy):
    bad = tmp_path / "bad.json"
    bad.write_text("{oops", encoding="utf-8")
    result = run("import", str(notice_copy), str(bad), env={"READER_DATA_DIR": str(tmp_path / "d"), "PATH": ""})
    assert result.returncode == 1 and "not JSON" in result.stderr


@pytest.mark.parametrize("where", ["folder", "missing-folder"])
def test_export_to_a_bad_place_says_why_and_fails(tmp_path, capsys, where):
    target = tmp_path if where == "folder" else tmp_path / "no" / "such" / "out.md"
    assert main(["export", "-o", str(target)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("reader: ") and "Traceback" not in err


def test_export_on_a_full_disk_leaves_no_half_file(tmp_path, capsys, monkeypatch, data_dir):
    import reader.core.atomic as atomic
    from reader.core.resources import notice_path
    from reader.core.session import Session

    s = Session.open(notice_path(), data_dir)
    s.apply(None, s.new_annotation(0, 2))  # something to export
    s.save()
    target = tmp_path / "out.md"
    target.write_text("the previous export", encoding="utf-8")

    def full(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", full)
    assert main(["export", "-o", str(target)]) == 1
    assert "No space left" in capsys.readouterr().err
    assert target.read_text(encoding="utf-8") == "the previous export"
    assert not list(tmp_path.glob(".*.tmp"))


def test_export_says_when_the_store_was_damaged(data_dir, capsys):
    from reader.core.resources import notice_path
    from reader.core.session import Session

    s = Session.open(notice_path(), data_dir)
    s.apply(None, s.new_annotation(0, 2))
    s.save()
    s.store.path.write_text("{ damaged", encoding="utf-8")
    assert main(["export"]) == 1  # its annotations set aside with it: nothing left to export
    err = capsys.readouterr().err
    assert "kept aside" in err and "nothing to export" in err


@pytest.mark.parametrize("fmt", ["md", "json", "csv"])
def test_export_of_a_document_without_annotations_says_so_and_writes_nothing(tmp_path, notice_copy, capsys, fmt):
    # it printed a Markdown of the title alone, rc 0; the window says there is nothing to export
    target = tmp_path / f"notes.{fmt}"
    assert main(["export", str(notice_copy), "--format", fmt, "-o", str(target)]) == 1
    assert not target.exists()
    assert main(["export", str(notice_copy), "--format", fmt]) == 1
    out, err = capsys.readouterr()
    assert out == "" and err.count("reader: ") == 2 and "no annotations yet, so there is nothing to export" in err


def test_export_of_no_annotation_in_the_chosen_colours_says_so(tmp_path, annotated, notice_copy, capsys):
    target = tmp_path / "notes.md"
    assert main(["export", str(notice_copy), "--colours", "green", "-o", str(target)]) == 1
    assert (
        not target.exists() and "none of the annotations is in the chosen scope and colours" in capsys.readouterr().err
    )
    assert main(["export", str(notice_copy), "--colours", "blue", "-o", str(target)]) == 0
    assert "勞動精神" in target.read_text(encoding="utf-8")


def test_import_counts_a_repeated_id_honestly(tmp_path, data_dir, capsys):
    from reader.core.export import gather, render
    from reader.core.resources import notice_path
    from reader.core.session import Session

    s = Session.open(notice_path(), tmp_path / "elsewhere")
    for word in ("工匠精神", "勞動精神"):
        start = s.text.index(word)
        s.apply(None, s.new_annotation(start, start + 4))
    exported = json.loads(render(gather(s), "json"))
    items = exported["first"]["items"]
    items[1]["id"] = items[0]["id"]
    path = tmp_path / "dup.json"
    path.write_text(json.dumps(exported, ensure_ascii=False), encoding="utf-8")
    assert main(["import", str(path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("added 2,") and "1 under a new id" in out
    assert len(Session.open(notice_path(), data_dir).annotations) == 2


def test_a_data_folder_that_cannot_be_made_is_a_message(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("a file where the data folder should go", encoding="utf-8")
    result = run("export", env={**__import__("os").environ, "READER_DATA_DIR": str(blocker / "data")})
    assert result.returncode == 1 and result.stderr.startswith("reader: ") and "Traceback" not in result.stderr


@pytest.fixture
def annotated(notice_copy, data_dir):
    """The notice with a yellow highlight with a note and a blue one without, saved."""
    from reader.core.session import Session

    s = Session.open(notice_copy, data_dir)
    for word, colour, note in (("工匠精神", "yellow", "筆記\n第二行"), ("勞動精神", "blue", "")):
        start = s.text.index(word)
        s.apply(None, s.new_annotation(start, start + len(word), colour=colour, note=note))
    s.save()
    return s


def test_export_word_from_the_command_line(tmp_path, annotated, notice_copy):
    from docx import Document

    from reader.core.punctuation import clean_punctuation
    from tests.core.export.docx_text import docx_text

    out = tmp_path / "notes.docx"
    assert main(["export", str(notice_copy), "--format", "docx", "--script", "simplified", "-o", str(out)]) == 0
    paragraphs = [p.text for p in Document(out).paragraphs]
    assert paragraphs[0] == "全国总工会印发关于认真学习宣传贯彻党的二十大精神的通知"
    assert paragraphs.index("工匠精神") < paragraphs.index("筆記\n第二行")  # the note as written, below its quote
    assert "劳动精神" in paragraphs  # the quotes in the chosen script
    assert main(["export", str(notice_copy), "--format", "docx", "--colours", "blue", "-o", str(out)]) == 0
    paragraphs = [p.text for p in Document(out).paragraphs]
    assert "勞動精神" in paragraphs and "工匠精神" not in paragraphs
    args = ["export", str(notice_copy), "--format", "docx", "--whole-text", "--comments", "-o", str(out)]
    assert main(args) == 0
    document = Document(out)
    assert [c.text for c in document.comments] == ["筆記\n第二行"]
    printed = clean_punctuation(annotated.text)  # full-width, as the page shows it
    assert "".join("".join(p.text for p in document.paragraphs).split()) == "".join(printed.split())
    assert (
        main(["export", str(notice_copy), "--format", "docx", "--whole-text", "--style", "gongwen", "-o", str(out)])
        == 0
    )
    document = Document(out)
    assert not list(document.comments)  # footnotes by default
    assert "筆記" in docx_text(out.read_bytes()).split("footnotes:")[1]
    assert document.sections[0].top_margin.mm == pytest.approx(37, abs=0.1)


@pytest.mark.parametrize("script", ["original", "simplified", "traditional"])
def test_export_pdf_from_the_command_line(tmp_path, annotated, notice_copy, data_dir, script):
    import os
    import shutil

    from reader.core.punctuation import clean_punctuation
    from reader.core.scripts import Script

    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) is not installed")
    out = tmp_path / "notice.pdf"
    env = {**os.environ, "READER_DATA_DIR": str(data_dir)}
    env.pop("QT_QPA_PLATFORM", None)  # the command needs no screen of its own accord
    result = run("export", str(notice_copy), "--format", "pdf", "--script", script, "-o", str(out), env=env)
    assert result.returncode == 0, result.stderr
    extracted = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    pages = [page.strip().split("\n") for page in extracted.split("\f") if page.strip()]
    body = "".join("".join("".join(lines[:-1]) for lines in pages).split())
    view = annotated.view(Script(script))
    start = annotated.text.index("工匠精神")
    passage = view.slice(start, start + 4)
    assert f"{passage}[1]" in body  # the highlight with its note's marker
    assert "[1]筆記第二行" in body
    shown = "".join(clean_punctuation(view.text).split())  # full-width, as the page shows it
    assert body.replace("[1]筆記第二行", "").replace("[1]", "") == shown
    assert not list(tmp_path.glob(".reader-export.*"))  # no temporary file left beside it


def test_export_refuses_what_a_format_cannot_hold(tmp_path, capsys):
    assert main(["export", "--format", "md", "--whole-text"]) == 1
    assert "--whole-text: md holds the quotes only" in capsys.readouterr().err
    assert main(["export", "--format", "pdf", "--colours", "yellow", "-o", str(tmp_path / "x.pdf")]) == 1
    assert "--colours and --scope are for the other formats" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["export", "--colours", "red"])
    assert "red: choose from yellow, green, blue, pink, purple, none" in capsys.readouterr().err


def test_compare_two_versions_of_a_law(tmp_path, capsys):
    from reader.cli import main

    folder = Path(__file__).parent / "corpus" / "compare"
    out = tmp_path / "changes.json"
    a, b = folder / "law-legislation-2015.md", folder / "law-legislation-2023.md"
    assert main(["compare", str(a), str(b), "--format", "json", "-o", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    from reader.core.document import load_document

    text_a, text_b = (load_document(p).text for p in (a, b))  # the reading texts: offsets index them
    assert data["counts"]["added"] > 0 and data["counts"]["removed"] > 0
    renamed = [c for c in data["changes"] if "宪法和" in c["b"]["text"]]
    assert renamed, "法律委员会 became 宪法和法律委员会"
    for change in data["changes"]:  # every range is the text of its own document
        assert text_b[change["b"]["start"] : change["b"]["end"]] == change["b"]["text"]
        assert text_a[change["a"]["start"] : change["a"]["end"]] == change["a"]["text"]
    assert main(["compare", str(a), str(b)]) == 0
    page = capsys.readouterr().out
    assert page.startswith(
        "# 中华人民共和国立法法 (law-legislation-2015.md) → 中华人民共和国立法法 (law-legislation-2023.md)"
    )
    assert main(["compare", str(a), str(tmp_path / "missing.md")]) == 1
    assert "file not found" in capsys.readouterr().err


def test_the_smoke_test_paints_a_book(tmp_path):
    """A book (over 1 MB, the size the worker reads first once the window is up) opens at launch."""
    import os

    book = Path(__file__).parent / "corpus" / "hongloumeng.txt"
    env = {**os.environ, "READER_DATA_DIR": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "reader", "--smoke-test", str(book)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    # the window first, then the book's text, which the worker read and outlined
    lines = done.stdout.splitlines()
    assert lines[0] == "window shown" and lines[1].startswith("painted: 《红楼梦》")


def test_an_unknown_option_after_a_file_is_said_before_any_window(tmp_path):
    """`reader a.txt --foo`: a usage message and exit 2, not a window with "--foo" as a missing file."""
    import os

    text = tmp_path / "a.txt"
    text.write_text("第一章 總則", encoding="utf-8")
    data = tmp_path / "data"
    env = {**os.environ, "READER_DATA_DIR": str(data), "QT_QPA_PLATFORM": "offscreen"}
    done = run(str(text), "--foo", env=env)
    assert done.returncode == 2
    assert "usage: reader [FILE ...]" in done.stderr and "unrecognized arguments: --foo" in done.stderr
    assert not (data / "reader.lock").exists() and not (data / "settings.ini").exists()  # no window came


@pytest.mark.parametrize(
    "argv, files",
    [
        (["a.txt", "b.txt"], ["a.txt", "b.txt"]),
        (["a.txt", "--", "--foo.txt"], ["a.txt", "--foo.txt"]),  # after --, a name is a file's
        (["--smoke-test", "a.txt"], ["a.txt"]),
        ([], []),
    ],
)
def test_the_files_named_go_to_the_window(monkeypatch, argv, files):
    opened = []
    monkeypatch.setattr("reader.app.run", lambda paths, smoke_test=False: opened.append(paths) or 0)
    assert main(argv) == 0
    assert opened == [files]


@pytest.mark.parametrize("argv", [[], ["a.txt"], ["a.txt", "红楼梦.txt"], ["--smoke-test", "a.txt"]])
def test_files_without_an_option_go_to_the_window_without_argparse(monkeypatch, argv):
    """Issue 32: building the window's parser cost the launch 7 M instructions (its help texts
    go through gettext, which looks for catalogues in every language the locale names); words
    none of which starts with a dash are the files as they are."""
    import reader.cli

    opened = []
    monkeypatch.setattr("reader.app.run", lambda paths, smoke_test=False: opened.append(paths) or 0)
    monkeypatch.setattr(reader.cli, "window_parser", lambda: pytest.fail("the window's parser was built"))
    assert main(argv) == 0
    assert opened == [[a for a in argv if a != "--smoke-test"]]


@pytest.mark.parametrize("argv", [["a.txt", "--foo"], ["--foo", "a.txt"], ["a.txt", "-x", "b.txt"]])
def test_an_unknown_option_never_reaches_the_window(monkeypatch, capsys, argv):
    opened = []
    monkeypatch.setattr("reader.app.run", lambda paths, smoke_test=False: opened.append(paths) or 0)
    with pytest.raises(SystemExit) as exit_:
        main(argv)
    assert exit_.value.code == 2 and opened == []
    assert "unrecognized arguments: " + next(a for a in argv if a.startswith("-")) in capsys.readouterr().err
