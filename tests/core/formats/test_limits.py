"""What a file may expand to (reader.core.formats.limits): compressed bombs, endless spines and
random or truncated archives open or are refused with a message, within 5 s and 500 MB.

Each file is opened in a child process, so its time and its peak memory are its own and a
file that would take minutes fails the test at its time-out instead of stalling the suite."""

from __future__ import annotations

import io
import json
import random
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from reader.core.document import DocumentError, load_document
from reader.core.formats import limits

FORMATS = Path(__file__).parent.parent.parent / "corpus" / "formats"
ROOT = Path(__file__).parent.parent.parent.parent
SECONDS = 5.0
MEGABYTES = 500

_OPEN_EACH = """
import json, resource, sys, time
from reader.core.document import DocumentError, load_document
for path in sys.argv[1:]:
    start = time.perf_counter()
    try:
        document = load_document(path)
        result = {"opened": len(document.text)}
    except DocumentError as exc:
        result = {"code": exc.code, "reason": exc.reason}
    result["seconds"] = time.perf_counter() - start
    result["path"] = path
    print(json.dumps(result), flush=True)
try:  # this process's own peak: ru_maxrss keeps the forking parent's (pytest's) across exec
    with open("/proc/self/status") as status:
        peak_kb = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
except OSError:
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"peak_mb": peak_kb / 1024}), flush=True)
"""


def open_in_child(paths: list[Path], timeout: float) -> tuple[list[dict], float]:
    """Each file's outcome and the child's peak memory in MB."""
    done = subprocess.run(
        [sys.executable, "-c", _OPEN_EACH, *map(str, paths)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    return lines[:-1], lines[-1]["peak_mb"]


# -- files built here -----------------------------------------------------------------------------
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def small_docx() -> bytes:
    import docx

    document = docx.Document()
    document.add_heading("第一章 總則", 1)
    document.add_paragraph("為了規範工會經費的使用，制定本辦法。")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def docx_bomb(paragraphs: int = 550_000) -> bytes:
    """A Word file of 0.9 MB whose document.xml inflates to 170 MB (50 M characters)."""
    source = zipfile.ZipFile(io.BytesIO(small_docx()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in source.infolist():
            if info.filename != "word/document.xml":
                z.writestr(info, source.read(info))
                continue
            member = zipfile.ZipInfo("word/document.xml")
            member.compress_type = zipfile.ZIP_DEFLATED
            with z.open(member, "w", force_zip64=True) as f:
                f.write(f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{_W}"><w:body>'.encode())
                chunk = ("<w:p><w:r><w:t>" + "這是一段測試文字，" * 10 + "</w:t></w:r></w:p>").encode() * 1000
                for _ in range(paragraphs // 1000):
                    f.write(chunk)
                f.write(b"</w:body></w:document>")
    return out.getvalue()


def epub(spine: int = 1, chapters: int = 1, chapter_text: str = "<h1>第一章</h1><p>正文。</p>") -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("mimetype", "application/epub+zip", compress_type=zipfile.ZIP_STORED)
        z.writestr(
            "META-INF/container.xml",
            '<?xml version="1.0"?><container xmlns="urn:oasis:names:tc:opendocument:xmlns:container" version="1.0">'
            '<rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>'
            "</rootfiles></container>",
        )
        items = "".join(
            f'<item id="c{i}" href="c{i}.xhtml" media-type="application/xhtml+xml"/>' for i in range(chapters)
        )
        refs = "".join(f'<itemref idref="c{i % chapters}"/>' for i in range(spine))
        z.writestr(
            "OEBPS/content.opf",
            '<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0">'
            '<metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>測試</dc:title></metadata>'
            f"<manifest>{items}</manifest><spine>{refs}</spine></package>",
        )
        for i in range(chapters):
            z.writestr(f"OEBPS/c{i}.xhtml", f"<html><body>{chapter_text}</body></html>")
    return out.getvalue()


def many_members(count: int = 20_000) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as z:
        z.writestr("word/document.xml", "<w:document/>")
        for i in range(count):
            z.writestr(f"x/{i}", b"")
    return out.getvalue()


def test_a_word_file_bomb_is_refused_in_seconds_and_little_memory(tmp_path):
    bomb = tmp_path / "bomb.docx"
    bomb.write_bytes(docx_bomb())
    assert bomb.stat().st_size < 1024 * 1024
    [result], peak = open_in_child([bomb], timeout=30)
    assert result.get("code") == "expands", result
    assert "zip bomb" in result["reason"] or "inflates" in result["reason"]
    assert result["seconds"] < SECONDS and peak < MEGABYTES


def test_an_epub_listing_its_chapter_200000_times_is_refused_in_seconds(tmp_path):
    book = tmp_path / "spine.epub"
    book.write_bytes(epub(spine=200_000))
    assert book.stat().st_size < 16 * 1024
    [result], peak = open_in_child([book], timeout=30)
    assert result.get("code") == "expands", result
    assert result["seconds"] < SECONDS and peak < MEGABYTES


def test_a_spine_longer_than_the_limit_is_refused_as_it_is_read(tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "MAX_ENTRIES", 5)
    book = tmp_path / "long-spine.epub"
    book.write_bytes(epub(spine=6, chapters=6))
    with pytest.raises(DocumentError) as refused:
        load_document(book)
    assert refused.value.code == "expands" and "5 chapters in its spine" in refused.value.reason


def test_a_spine_naming_a_chapter_twice_reads_it_once(tmp_path):
    book = tmp_path / "twice.epub"
    book.write_bytes(epub(spine=3, chapters=2))
    assert load_document(book).text.count("正文") == 2


def test_a_text_longer_than_the_character_limit_is_refused_while_it_is_built(tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "MAX_CHARS", 1000)
    page = tmp_path / "long.html"
    page.write_text("<html><body>" + "<p>這是一段測試文字。</p>" * 500 + "</body></html>", encoding="utf-8")
    with pytest.raises(DocumentError) as refused:
        load_document(page)
    assert refused.value.code == "expands" and "1,000 characters" in refused.value.reason


def test_too_many_members_is_refused(tmp_path):
    crowded = tmp_path / "crowded.docx"
    crowded.write_bytes(many_members())
    with pytest.raises(DocumentError) as refused:
        load_document(crowded)
    assert refused.value.code == "expands" and "10,000 files" in refused.value.reason


def fuzz_files(folder: Path, seed: int = 25) -> list[Path]:
    """Random bytes, every sample truncated at random places and with random bytes flipped, and
    the bombs, under each format's suffix."""
    rnd = random.Random(seed)
    made: dict[str, bytes] = {}
    samples = {p.suffix: p.read_bytes() for p in sorted(FORMATS.iterdir())}
    samples[".docx"] = samples.get(".docx", small_docx())
    samples[".epub"] = samples.get(".epub", epub())
    for suffix, data in samples.items():
        made[f"random{suffix}"] = rnd.randbytes(rnd.randint(0, 50_000))
        made[f"zip-junk{suffix}"] = b"PK\x03\x04" + rnd.randbytes(2000)
        for i in range(6):
            made[f"cut{i}{suffix}"] = data[: rnd.randint(0, len(data))]
            flipped = bytearray(data)
            for _ in range(rnd.randint(1, 20)):
                flipped[rnd.randrange(len(flipped))] = rnd.randrange(256)
            made[f"flip{i}{suffix}"] = bytes(flipped)
    made["bomb.docx"] = docx_bomb()
    made["bomb.epub"] = epub(chapter_text="<p>" + "這是一段測試文字，" * 2_500_000 + "</p>")
    made["spine.epub"] = epub(spine=200_000)
    made["many-chapters.epub"] = epub(spine=1, chapters=12_000)
    made["crowded.docx"] = many_members()
    made["crowded.epub"] = many_members()
    paths = []
    for name, data in made.items():
        (path := folder / name).write_bytes(data)
        paths.append(path)
    return paths


def test_random_truncated_and_bomb_files_open_or_are_refused_within_5_s_and_500_mb(tmp_path):
    paths = fuzz_files(tmp_path)
    results, peak = open_in_child(paths, timeout=60 + SECONDS * len(paths))
    assert len(results) == len(paths)
    slow = [(Path(r["path"]).name, round(r["seconds"], 2)) for r in results if r["seconds"] > SECONDS]
    assert not slow
    for result in results:
        assert "opened" in result or result["reason"], result  # opened, or refused saying why
    refused = {Path(r["path"]).name: r["code"] for r in results if "code" in r}
    for bomb in ("bomb.docx", "bomb.epub", "spine.epub", "many-chapters.epub", "crowded.docx", "crowded.epub"):
        assert refused.get(bomb) == "expands", (bomb, refused.get(bomb))
    assert peak < MEGABYTES
