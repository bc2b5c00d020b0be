"""Build the epub_real kind of the structure evaluation corpus: EPUBs of classics as another
maker packaged them, with the book's own table of contents as the golden outline.

The source is the Ancient-China-Books project (古籍共享电子书计划, github.com/Ancient-China-Books):
one repository a book (史記, 漢書 … 明史, 資治通鑑, 楚辭, 詩經, 三國演義, 古文觀止 …), each
holding the unpacked EPUB its maker made with calibre (META-INF, mimetype, OEBPS with
content.opf, toc.ncx and one XHTML file a 卷 or chapter), which the repository's workflow zips
(`zip -r book.epub META-INF mimetype OEBPS`, after turning its vertical CSS horizontal). Two
families of files: most set the chapter's name as the file's h1 (卷一・五帝本紀第一), the
others repeat the book's name in an h5 and set the chapter's name in a span after it (楚辭 /
九歌 屈原), and the table of contents' label need not be the words the page says (卷二・九歌,
卷一上・光武帝紀第一上 for 卷一上・帝紀第一上 光武皇帝).

A book is far longer than the corpus's other documents (史記's text is 5 MB of XHTML): a
document is a run of the book's spine, whole files from one place, until it holds about 30,000
characters and three entries of the table of contents: the book's opening, and (a book with at
least eight files) a run from the middle of its spine. Each document is the book's own package
cut to that run: the same content files, the OPF's manifest and spine and the NCX's entries
kept for the run's files only (fonts and the cover left out), zipped as the workflow zips it
(mimetype first, stored).

The golden is the NCX's entries for those files, each at its depth: the heading is the line of
text at the entry's target (its fragment's element, or the file's start) among the first three
that says the entry's label (the whole label or one of its parts: 卷二・九歌 → 九歌; a line is one entry's
heading: a part's entry and its first chapter's may point at one place, 周語上 / 祭公諫穆王征犬戎);
an entry whose target says none of it is left out (recorded as `unsaid`, its entries below it
moving up a level), and a run whose pages say fewer than half its entries is left out
(四庫全書總目提要: its pages do not say its entries' words). The h1–h6 a page sets under its
entry's heading (a chapter's biographies, but also a poem's author in an h4) are listed as
`marked`: an outline may show them or not. The title is the OPF's dc:title. One book's NCX (資治通鑑) is an HTML-wrapped copy with lower-case tags: it
is read forgivingly here, as a reading system would have to.

    python eval/structure/build_epub.py --mirror /work/.mirror

writes the EPUBs (5.8 MB, not kept in the repository: .gitignore; the same bytes each time,
each golden keeps its file's sha256) and the goldens from every
/work/.mirror/Ancient-China-Books+*/repo (fetched git directories; the corpus was made from the
snapshots whose commits each golden records). Ids follow the books' names in sorted order,
opening before middle; the held-out third
is drawn by score.held_out_ids as for every kind."""

from __future__ import annotations

import argparse
import hashlib
import io
import posixpath
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path
from urllib.parse import unquote, urldefrag

import lxml.etree
import lxml.html

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from eval.structure.build import DOCS, GOLDEN, write  # noqa: E402

KIND = "epub_real"
ORG = "Ancient-China-Books"
RUN_CHARS = 30_000
RUN_ENTRIES = 3
_XML = lxml.etree.XMLParser(recover=True, resolve_entities=False, no_network=True)
_BLOCKS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "br", "hr", "tr", "table", "ul", "ol", "title"}
_PARTS = re.compile(r"[・‧·•\s\u3000]+")
_NOT_WORD = re.compile(r"\W+")


def _local(tag) -> str:
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


class Book:
    def __init__(self, git_dir: Path):
        self.git_dir = git_dir
        self.name = git_dir.parent.name.split("+", 1)[1]
        self.commit = self._git("rev-parse", "HEAD").decode().strip()

    def _git(self, *args: str) -> bytes:
        return subprocess.run(["git", f"--git-dir={self.git_dir}", *args], capture_output=True, check=True).stdout

    def read(self, path: str) -> bytes | None:
        try:
            return self._git("show", f"{self.commit}:{path}")
        except subprocess.CalledProcessError:
            return None


def _join(base: str, href: str) -> tuple[str, str]:
    path, fragment = urldefrag(unquote(href))
    return (posixpath.normpath(posixpath.join(posixpath.dirname(base), path)) if path else base), fragment


def _file_lines(body, target=None) -> list[tuple[str, int | None]]:
    """The text lines from an element onwards (the whole body when the target is not in it),
    each with the rank of the h1–h6 it stands in (None: none)."""
    started = target is None or target not in set(body.iter())
    buf: list[tuple[str, int | None]] = []

    def walk(el, rank: int | None) -> None:
        nonlocal started
        if el is target:
            started = True
        tag = _local(el.tag)
        if tag in ("script", "style"):
            if started and el.tail:
                buf.append((el.tail, None if rank is None else rank))
            return
        own = int(tag[1]) if re.fullmatch(r"h[1-6]", tag) else rank
        if tag in _BLOCKS and started:
            buf.append(("\n", None))
        if started and el.text:
            buf.append((el.text, own))
        for child in el:
            walk(child, own)
        if tag in _BLOCKS and started:
            buf.append(("\n", None))
        if started and el.tail:
            buf.append((el.tail, rank))

    walk(body, None)
    out: list[tuple[str, int | None]] = []
    text, rank = "", None
    for piece, r in buf + [("\n", None)]:
        if piece == "\n":
            if text.strip():
                out.append((re.sub(r"[ \t\r]+", " ", text).strip(), rank))
            text, rank = "", None
            continue
        text += piece
        if r is not None and piece.strip():
            rank = r
    return out


def _lines_from(body, target) -> list[str]:
    return [line for line, _ in _file_lines(body, target)[:3]]


def _says(line: str, label: str) -> bool:
    """A line says a table of contents' label: at its start the whole label or one of its
    parts (卷二・九歌: 九歌 屈原; 卷第一百五十三・梁紀九・…: 梁紀九), or the label holds the
    whole line (郭象莊子序: 莊子序)."""
    said = _NOT_WORD.sub("", line)
    whole = _NOT_WORD.sub("", label)
    if not said or not whole:
        return False
    parts = {_NOT_WORD.sub("", p) for p in _PARTS.split(label)} - {""}
    return any(said.startswith(k) or k.startswith(said) for k in parts | {whole}) or (len(said) >= 2 and said in whole)


def _ncx_points(root):
    """(navPoint element, depth) in document order, for a namespaced NCX or a lower-cased copy."""
    out = []

    def walk(parent, depth: int) -> None:
        for el in parent:
            if _local(el.tag) == "navpoint":
                out.append((el, depth))
                walk(el, depth + 1)
            elif _local(el.tag) in ("navmap", "body", "ncx", "html"):
                walk(el, depth)

    walk(root, 1)
    return out


def _point_parts(point) -> tuple[str, str]:
    label = ""
    src = ""
    for child in point:
        if _local(child.tag) == "navlabel":
            label = re.sub(r"\s+", " ", "".join(child.itertext())).strip()
        elif _local(child.tag) == "content":
            src = child.get("src", "")
    return label, src


def package(book: Book):
    """(opf path, opf root, spine hrefs in order, ncx path, ncx root)."""
    container = lxml.etree.fromstring(book.read("META-INF/container.xml"), _XML)
    opf_path = next(el.get("full-path") for el in container.iter() if _local(el.tag) == "rootfile")
    opf = lxml.etree.fromstring(book.read(opf_path), _XML)
    manifest = {}
    for item in opf.iter():
        if _local(item.tag) == "item":
            manifest[item.get("id")] = _join(opf_path, item.get("href", ""))[0]
    spine = next(el for el in opf.iter() if _local(el.tag) == "spine")
    hrefs = [manifest[i.get("idref")] for i in spine if _local(i.tag) == "itemref" and i.get("idref") in manifest]
    ncx_id = spine.get("toc")
    ncx_path = manifest.get(ncx_id) or next(h for h in manifest.values() if h.endswith(".ncx"))
    ncx = lxml.etree.fromstring(book.read(ncx_path), _XML)
    return opf_path, opf, hrefs, ncx_path, ncx


def _page(data: bytes):
    """A content file parsed as HTML, decoded as XML is (UTF-8: these files declare it)."""
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", data.decode("utf-8", "replace"))
    return lxml.html.document_fromstring(text or "<html/>")


def _chars(data: bytes) -> int:
    doc = _page(data)
    return len(re.sub(r"\s+", "", doc.text_content()))


def runs(book: Book, hrefs: list[str], entry_files: set[str]) -> list[tuple[str, list[str]]]:
    """The opening run and (eight files or more) one from the middle of the spine."""
    starts = [("opening", 0)]
    if len(hrefs) >= 8:
        starts.append(("middle", len(hrefs) // 2))
    out = []
    for name, start in starts:
        chosen: list[str] = []
        chars = entries = 0
        for href in hrefs[start:]:
            data = book.read(href)
            if data is None:
                continue
            chosen.append(href)
            chars += _chars(data)
            entries += href in entry_files
            if chars >= RUN_CHARS and entries >= RUN_ENTRIES:
                break
        out.append((name, chosen))
    return out


def cut_package(book: Book, opf_path: str, opf, ncx_path: str, ncx, files: list[str]) -> bytes:
    """The book's package with only the run's files: its manifest, spine and NCX cut to them."""
    keep = set(files)
    opf = lxml.etree.fromstring(lxml.etree.tostring(opf), _XML)
    kept_ids = set()
    for item in list(opf.iter()):
        if _local(item.tag) == "item":
            href = _join(opf_path, item.get("href", ""))[0]
            textual = item.get("media-type", "") in ("application/xhtml+xml", "text/html")
            if href == ncx_path or href.endswith(".css") or (textual and href in keep):
                kept_ids.add(item.get("id"))
            else:
                item.getparent().remove(item)
    for el in list(opf.iter()):
        if _local(el.tag) == "itemref" and el.get("idref") not in kept_ids:
            el.getparent().remove(el)
        elif _local(el.tag) in ("reference", "meta") and el.get("name") == "cover":
            el.getparent().remove(el)
        elif _local(el.tag) == "guide":
            el.getparent().remove(el)
    ncx = lxml.etree.fromstring(lxml.etree.tostring(ncx), _XML)
    for point, _ in reversed(_ncx_points(ncx)):
        _, src = _point_parts(point)
        inside = any(_local(c.tag) == "navpoint" for c in point)
        if _join(ncx_path, src)[0] not in keep and not inside:
            point.getparent().remove(point)
    members = {"META-INF/container.xml": book.read("META-INF/container.xml")}
    members[opf_path] = lxml.etree.tostring(opf, xml_declaration=True, encoding="utf-8")
    members[ncx_path] = lxml.etree.tostring(ncx, xml_declaration=True, encoding="utf-8")
    for item in opf.iter():
        if _local(item.tag) == "item":
            href = _join(opf_path, item.get("href", ""))[0]
            if href not in members:
                data = book.read(href)
                if data is not None:
                    if href.endswith(".css"):  # as the workflow makes the horizontal edition
                        data = data.replace(b"vertical-rl", b"horizontal-tb")
                    members[href] = data
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), b"application/epub+zip", compress_type=zipfile.ZIP_STORED)
        for name, data in members.items():
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            z.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def golden_of(epub: bytes) -> tuple[str, list[dict], list[str]]:
    """(title, headings, unsaid labels) of a cut package, read from its own files: the NCX's
    entries, and under each the h1–h6 its file sets after the entry's heading (a chapter's
    biographies under its h1), a rank below it for each rank of h they stand at."""
    z = zipfile.ZipFile(io.BytesIO(epub))
    container = lxml.etree.fromstring(z.read("META-INF/container.xml"), _XML)
    opf_path = next(el.get("full-path") for el in container.iter() if _local(el.tag) == "rootfile")
    opf = lxml.etree.fromstring(z.read(opf_path), _XML)
    title = next((re.sub(r"\s+", " ", el.text or "").strip() for el in opf.iter() if _local(el.tag) == "title"), "")
    manifest = {i.get("id"): _join(opf_path, i.get("href", ""))[0] for i in opf.iter() if _local(i.tag) == "item"}
    spine = [manifest.get(i.get("idref")) for i in opf.iter() if _local(i.tag) == "itemref"]
    ncx_path = next(n for n in z.namelist() if n.endswith(".ncx"))
    ncx = lxml.etree.fromstring(z.read(ncx_path), _XML)
    pages = {href: _file_lines(_page(z.read(href)).find("body")) for href in spine if href in z.namelist()}
    found: dict[tuple[str, int], dict] = {}  # (file, line) → heading: a line is one entry's heading
    unsaid: list[str] = []  # (a part's and its first chapter's entries may point at one place)
    said_points: set = set()
    for point, _ in _ncx_points(ncx):
        label, src = _point_parts(point)
        href, fragment = _join(ncx_path, src)
        if href not in pages:
            continue
        doc = _page(z.read(href))
        target = next((el for el in doc.iter() if el.get("id") == fragment), None) if fragment else None
        first = len(pages[href]) - len(_file_lines(doc.find("body"), target))
        at = next(
            (i for i in range(first, min(first + 3, len(pages[href])))
             if (href, i) not in found and _says(pages[href][i][0], label)),
            None,
        )  # fmt: skip
        if at is None:
            unsaid.append(label)
            continue
        said_points.add(point)
        # an entry hangs under the entries above it that the text says (one unsaid is not there)
        depth = 1 + sum(1 for a in point.iterancestors() if a in said_points)
        found[(href, at)] = {"text": pages[href][at][0], "level": depth, "toc": label}
    for href, lines in pages.items():
        entries = sorted(i for f, i in found if f == href)
        if not entries:
            continue  # a page no entry names (a contents page) marks no part of the book
        subs = [i for i in range(entries[0] + 1, len(lines)) if lines[i][1] is not None and (href, i) not in found]
        subs = [i for i in subs if lines[i][0] != title]  # the book's name as a running head
        ranks = sorted({lines[i][1] for i in subs})
        for i in subs:
            entry = found[(href, max(e for e in entries if e < i))]
            found[(href, i)] = {"text": lines[i][0], "level": entry["level"] + 1 + ranks.index(lines[i][1])}
    order = {href: n for n, href in enumerate(spine)}
    headings = [found[k] for k in sorted(found, key=lambda k: (order[k[0]], k[1]))]
    return title, headings, unsaid


def golden_entries(epub: bytes) -> dict:
    """The golden: the NCX's entries are the headings; the h1–h6 the pages set under them
    (a chapter's biographies, but also a poem's author, 屈原, set in an h4) are `marked`: an
    outline may show them or not (score.py neither asks for them nor counts them false)."""
    title, headings, unsaid = golden_of(epub)
    out = {"title": title, "headings": [h for h in headings if "toc" in h]}
    out["marked"] = [h["text"] for h in headings if "toc" not in h]
    if unsaid:
        out["unsaid"] = unsaid
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mirror", default="/work/.mirror")
    args = parser.parse_args()
    for folder in (DOCS / KIND, GOLDEN / KIND):
        shutil.rmtree(folder, ignore_errors=True)
    index = 0
    for git_dir in sorted(Path(args.mirror).glob(f"{ORG}+*/repo")):
        book = Book(git_dir)
        opf_path, opf, hrefs, ncx_path, ncx = package(book)
        entry_files = {_join(ncx_path, _point_parts(p)[1])[0] for p, _ in _ncx_points(ncx)}
        for run_name, files in runs(book, hrefs, entry_files):
            epub = cut_package(book, opf_path, opf, ncx_path, ncx, files)
            golden = golden_entries(epub)
            headings, unsaid = golden["headings"], golden.get("unsaid", [])
            if len(headings) < 2 or len(unsaid) > len(headings):  # its pages do not say its entries
                print(
                    f"{book.name} {run_name}: {len(headings)} headings, {len(unsaid)} unsaid, left out", file=sys.stderr
                )
                continue
            source = {"repo": f"{ORG}/{book.name}", "commit": book.commit, "run": run_name, "files": files,
                      "sha256": hashlib.sha256(epub).hexdigest()}  # fmt: skip
            golden = {"source": source, **golden}
            write(KIND, f"ep{index:03d}", "epub", epub, golden)
            print(f"ep{index:03d} {book.name:20} {run_name:8} {len(files):3} files {len(headings):3} headings"
                  f" {len(unsaid)} unsaid {len(epub) // 1024} KB")  # fmt: skip
            index += 1


if __name__ == "__main__":
    main()
