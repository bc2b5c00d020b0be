"""Build the real files kinds (docx_real, pdf_real) of the structure evaluation corpus.

Unlike the docx and pdf kinds (written here by python-docx and LibreOffice), these are files as
someone else made them: the 31 national laws that zitzhen/Chinese-law (a site of PRC laws) kept
as .docx and .pdf in each law's folder, exported from an online Markdown editor.

- docx_real: the editor's Word export (html-docx-js): document.xml holds no paragraph, only a
  w:altChunk importing an MHT archive of the rendered page, which Word converts on opening.
  Its structure is the page's own: h1 the law's title, h2–h6 its 编, 章, 节 as the Markdown's
  author marked them (some laws mark none, some mark 章 as h2 and 节 as h3).
- pdf_real: the editor's print (Chrome, "Skia/PDF"): a tagged PDF with no bookmarks, whose
  structure tree (read with PDFium, the library Reader's PDF reader uses) marks the page's
  H1–H6, P, LI and Link elements, each text node a marked run.

In both, each line of the body that opens with 第X条 is an article, as every law kind of this
corpus counts them. Most laws open with a table of contents (目录, then one link per heading, or
the headings as plain lines): the line 目录 is one heading (`contents`), as the hand-checked
goldens count a law's 目录 (tests/golden/outline), and the list's last line is the golden's
`after`, where the benchmark goes on looking for the headings (the contents lines name the
headings, they are not them). A file whose 编, 章 or 节 lines are plain paragraphs in its body
(民法典) does not say its structure and is left out.

The Word files are stored as they are (2 MB in all: a real file is the point). The PDFs (14 MB:
each embeds its CJK font subsets) are not kept here: their goldens are, with each file's commit,
path and sha256, and `--pdf-only` writes the files from the repository (checked against the
sha256); the benchmark counts a kind whose files are not written as not built. The files were
removed from that repository's last tree; they are read from the commits that added them
(`--repo`, the repository fetched as a git directory: the corpus was made from its snapshot at
0e8100c):

    python eval/structure/build_real.py --repo /work/.mirror/zitzhen+Chinese-law/repo
    python eval/structure/build_real.py --pdf-only --repo /work/.mirror/zitzhen+Chinese-law/repo

The first rewrites docs/ and golden/ of both kinds. Ids follow the files' paths in sorted order;
the held-out third is drawn by score.held_out_ids as for every kind."""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import lxml.html

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from eval.structure.build import _ARTICLE_CN, DOCS, GOLDEN, write  # noqa: E402
from reader.core.formats.alt_chunk import chunk_source  # noqa: E402

REPO = "zitzhen/Chinese-law"
_HEADING = {f"h{n}": n for n in range(1, 7)}
_UNMARKED = re.compile(r"^第[一二三四五六七八九十百]+[编章节][\s\u3000]")


def added_files(git_dir: str, ext: str) -> list[tuple[str, str]]:
    """(commit, path) of every file of an extension a commit added, one per path (the
    earliest kept), in the paths' order."""
    log = subprocess.run(
        ["git", f"--git-dir={git_dir}", "-c", "core.quotepath=off", "log", "--all", "--reverse",
         "--format=C %H", "--diff-filter=A", "--name-only"],
        capture_output=True, check=True, text=True,
    ).stdout  # fmt: skip
    found: dict[str, str] = {}
    commit = ""
    for line in log.splitlines():
        if line.startswith("C "):
            commit = line[2:]
        elif line.endswith(f".{ext}"):
            found.setdefault(line, commit)
    return sorted(((c, p) for p, c in found.items()), key=lambda f: f[1])


def chunk_page(data: bytes) -> str:
    """The HTML page inside the Word file's MHT chunk."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        mht = archive.read("word/afchunk.mht")
    return chunk_source("message/rfc822", mht)[1]


def page_items(page: str):
    """A page's structure in order: ("heading", rank, text) for h1–h6, ("line", text, linked)
    for each line of a paragraph, preformatted block or list item (linked: a contents link)."""
    for el in lxml.html.document_fromstring(page).body.iter():
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in _HEADING:
            yield "heading", _HEADING[tag], re.sub(r"\s+", " ", el.text_content()).strip()
        elif tag in ("p", "pre", "li"):
            links = {_squeezed(a.text_content()) for a in el.iter("a") if (a.get("href") or "").startswith("#")}
            for line in _lines(el):
                yield "line", line, _squeezed(line) in links


def _squeezed(text: str) -> str:
    return re.sub(r"\s", "", text)


def _lines(p) -> list[str]:
    """A paragraph's lines as <br> breaks them."""
    parts = [p.text or ""]
    for child in p:
        if isinstance(child.tag, str) and child.tag == "br":
            parts.append("\n")
        else:
            parts.append(child.text_content())
        parts.append(child.tail or "")
    return [line.strip() for line in "".join(parts).split("\n") if line.strip()]


_PDF_BLOCKS = {"P", "LI", "H1", "H2", "H3", "H4", "H5", "H6"}


def pdf_items(data: bytes):
    """A tagged PDF's structure in order, page by page (PDFium's structure tree of a page):
    ("heading", rank, text) for an H1–H6 element, ("line", text, linked) for each marked run
    of text of a P or LI element (a browser's print marks each text node, so each line a <br>
    or a <pre> ends is its own run; linked: inside a Link element)."""
    import ctypes

    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    def kind(el) -> str:
        buf = ctypes.create_string_buffer(64)
        size = raw.FPDF_StructElement_GetType(el, buf, 64)
        return buf.raw[:size].decode("utf-16-le").rstrip("\x00")

    def children(el):
        for i in range(raw.FPDF_StructElement_CountChildren(el)):
            child = raw.FPDF_StructElement_GetChildAtIndex(el, i)
            if child:
                yield child

    def runs(el, linked: bool = False):
        """(marked content ids, linked) of each element that marks text: one text node, whose
        runs (several where it wraps or crosses a page) are one line."""
        ids = [
            raw.FPDF_StructElement_GetMarkedContentIdAtIndex(el, k)
            for k in range(raw.FPDF_StructElement_GetMarkedContentIdCount(el))
        ]
        if ids:
            yield ids, linked
        for child in children(el):
            yield from runs(child, linked or kind(child) == "Link")

    def blocks(el):
        if kind(el) in _PDF_BLOCKS:
            yield kind(el), list(runs(el))
        else:
            for child in children(el):
                yield from blocks(child)

    pdf = pdfium.PdfDocument(data)
    for index in range(len(pdf)):
        page = pdf[index]
        textpage = page.get_textpage()
        texts: dict[int, str] = {}
        for i in range(raw.FPDFPage_CountObjects(page.raw)):
            obj = raw.FPDFPage_GetObject(page.raw, i)
            if raw.FPDFPageObj_GetType(obj) != raw.FPDF_PAGEOBJ_TEXT:
                continue
            size = raw.FPDFTextObj_GetText(obj, textpage.raw, None, 0)
            buf = ctypes.create_string_buffer(size)
            raw.FPDFTextObj_GetText(obj, textpage.raw, ctypes.cast(buf, ctypes.POINTER(ctypes.c_ushort)), size)
            mcid = raw.FPDFPageObj_GetMarkedContentID(obj)
            texts[mcid] = texts.get(mcid, "") + buf.raw.decode("utf-16-le").rstrip("\x00")
        tree = raw.FPDF_StructTree_GetForPage(page.raw)
        try:
            for i in range(raw.FPDF_StructTree_CountChildren(tree)):
                found = list(blocks(raw.FPDF_StructTree_GetChildAtIndex(tree, i)))
                # marked content ids are numbered per page, and an element that crosses a page
                # lists its ids on both pages without saying which page each is on: on this page
                # an id another element has alone is that element's
                alone = {ids[0] for _, marked in found for ids, _ in marked if len(ids) == 1}
                for tag, marked in found:
                    lines = [
                        ("".join(texts.get(k, "") for k in ids if len(ids) == 1 or k not in alone).strip(), linked)
                        for ids, linked in marked
                    ]
                    if tag.startswith("H"):
                        yield "heading", int(tag[1]), re.sub(r"\s+", " ", "".join(t for t, _ in lines)).strip()
                    else:
                        yield from (("line", text, linked) for text, linked in lines if text)
        finally:
            raw.FPDF_StructTree_Close(tree)
            textpage.close()
            page.close()
    pdf.close()


def structure(items) -> tuple[str, list[dict], str, int]:
    """(title, headings, after, unmarked) from a file's items: the first rank-1 heading the
    title, the others headings at their rank, a line opening with 第X条 an article, a line 目录
    before any heading the contents' heading; `after` the contents' last line (its last link, or
    the last 编/章/节 line before the first marked heading: a list without links); `unmarked`
    the 编/章/节 lines that are plain lines after the first marked heading (or all of them, in a
    file that marks none)."""
    title, after, unmarked, listed = "", "", 0, 0
    headings: list[dict] = []

    def marked() -> bool:
        return any(h["level"] < 9 and not h.get("contents") for h in headings)

    for item in items:
        if item[0] == "heading":
            _, rank, text = item
            if rank == 1 and not title:
                title = text
            elif text:
                headings.append({"text": text, "level": rank})
            continue
        _, line, linked = item
        if linked:
            after = line
        elif _squeezed(line) == "目录" and not headings:
            headings.append({"text": line, "level": 1, "contents": True})
        elif _ARTICLE_CN.match(line):
            headings.append({"text": line, "level": 9})
        elif _UNMARKED.match(line):
            if marked():
                unmarked += 1
            else:  # before the first marked heading: a contents list without links
                after = line
                listed += 1
    if not marked():
        unmarked += listed  # no heading is marked: those lines were the chapters themselves
    if headings and headings[0].get("contents"):  # 目录 ranks with the outermost headings
        headings[0]["level"] = min(h["level"] for h in headings[1:]) if len(headings) > 1 else 1
    return title, headings, after, unmarked


def build(git_dir: str, kind: str, prefix: str, ext: str, items_of, stored: bool) -> None:
    """One kind from the files of one extension the repository's commits added."""
    for folder in (DOCS / kind, GOLDEN / kind):
        if folder.exists():
            shutil.rmtree(folder)
    index = 0
    for commit, path in added_files(git_dir, ext):
        data = subprocess.run(
            ["git", f"--git-dir={git_dir}", "show", f"{commit}:{path}"], capture_output=True, check=True
        ).stdout
        title, headings, after, unmarked = structure(items_of(data))
        if unmarked:  # its chapters are plain paragraphs: the file does not say its structure
            print(f"left out: {path} ({unmarked} unmarked 编/章/节 lines)", file=sys.stderr)
            continue
        source = {"repo": REPO, "commit": commit, "path": path}
        if not stored:  # built from the repository, not kept here: the file it must be
            source["sha256"] = hashlib.sha256(data).hexdigest()
        golden = {"source": source, "title": title, "headings": headings}
        if after:
            golden["after"] = after
        write(kind, f"{prefix}{index:03d}", ext, data, golden)
        index += 1
    print(f"{kind}: {index} documents", file=sys.stderr)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repo", required=True, help=f"git dir of {REPO}")
    parser.add_argument("--pdf-only", action="store_true", help="only write the PDFs (pdf_real), goldens unchanged")
    args = parser.parse_args()
    if args.pdf_only:
        fetch_pdfs(args.repo)
        return
    build(args.repo, "docx_real", "wr", "docx", lambda data: page_items(chunk_page(data)), stored=True)
    build(args.repo, "pdf_real", "pr", "pdf", pdf_items, stored=False)


def fetch_pdfs(git_dir: str) -> None:
    """The PDFs of pdf_real (not kept in this repository: 14 MB) written from the commits its
    goldens name, each checked against the golden's sha256."""
    for golden_path in sorted((GOLDEN / "pdf_real").glob("*.json")):
        golden = json.loads(golden_path.read_text(encoding="utf-8"))
        source = golden["source"]
        data = subprocess.run(
            ["git", f"--git-dir={git_dir}", "show", f"{source['commit']}:{source['path']}"],
            capture_output=True,
            check=True,
        ).stdout
        if hashlib.sha256(data).hexdigest() != source["sha256"]:
            raise SystemExit(f"{source['path']}: not the file the golden was made from")
        target = HERE / golden["file"]
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)


if __name__ == "__main__":
    main()
