"""Build the web_book and web_docs kinds of the structure evaluation corpus: the pages of
Chinese books and manuals as their own sites publish them, with the page's own h1–h6 as the
golden outline.

The sources publish the site their generator built from the repository's gh-pages branch (the
files a reader's browser saves, byte for byte):

- web_book, three books built with mdBook: Rust 程序设计语言 简体中文版 (KaiserY/trpl-zh-cn,
  MIT), 通过例子学 Rust 中文版 (rust-lang-cn/rust-by-example-cn, MIT or Apache 2.0) and The
  Wayland Protocol 中文版 (ArkToria/the_wayland_protocol_zh_CN, CC BY-SA 4.0). A sidebar with
  the whole book's contents, a menu bar with the book's name in an h1, a keyboard-help dialog
  with its own h2, previous/next links, and the chapter in <main>, code blocks and all; each
  heading's words inside a link to itself (<a class="header" href="#…">).
- web_docs, the Python 3.12 documentation in Traditional Chinese as its translators build it
  with Sphinx (XimenZangief/python-docs-zh-tw, a copy of python/python-docs-zh-tw with its
  gh-pages branch: the documentation under the PSF's licence, the translation given under CC0):
  the tutorial, library reference, how-tos, FAQ …, partly still in English; the page in
  <div class="body" role="main">, its headings numbered (5.1. 進一步了解 List) with a ¶ link
  after them, the sidebar's h3/h4 (目錄, 上個主題, 此頁面) outside it. A page is taken when its
  part holds 200 Han characters or more.

Unlike the news_html kind, written here, every byte of these pages is the generators' and the
translators'. A document is one page whose content part (<main>, or the element whose role is
main) holds at least two headings. The golden is the h1–h6 inside it, in order, at their depth
in the page's own nesting (build.dense_levels), their words without a link of glyphs alone (¶):
the first is the page's title when nothing but it opens the part (the chapter's name),
otherwise the title is the page's <title> before its " - book" suffix. Headings nothing but
spaces are left out.

    python eval/structure/build_web_books.py --mirror /work/.mirror

writes the pages (not kept in the repository: .gitignore; each golden records the repository,
the commit of its gh-pages branch, the page's path and its sha256, so the same bytes are written
each time) and the goldens, from the fetched git directories of those repositories. Ids follow
the repositories' and the pages' names in sorted order; the held-out third of each kind is
drawn by score.held_out_ids as for every kind."""

from __future__ import annotations

import argparse
import hashlib
import re
import shutil
import subprocess
import sys
from pathlib import Path

import lxml.html

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from eval.structure.build import DOCS, GOLDEN, write  # noqa: E402

SOURCES = {  # kind: (id prefix, repositories, Han characters a page needs)
    "web_book": (
        "wb",
        ("ArkToria/the_wayland_protocol_zh_CN", "KaiserY/trpl-zh-cn", "rust-lang-cn/rust-by-example-cn"),
        0,
    ),
    "web_docs": ("wd", ("XimenZangief/python-docs-zh-tw",), 200),
}
BRANCH = "gh-pages"
_HAN = re.compile(r"[\u3400-\u9fff]")
_GLYPHS = re.compile(r"^\W*$")
_RANK = {f"h{n}": n for n in range(1, 7)}


def _git(git_dir: Path, *args: str) -> bytes:
    return subprocess.run(["git", "--git-dir", str(git_dir), *args], check=True, capture_output=True).stdout


def _text(el) -> str:
    return re.sub(r"\s+", " ", el.text_content()).strip()


def _words(heading) -> str:
    """A heading's words, without a link of glyphs alone beside them (Sphinx's ¶)."""
    heading = lxml.html.fromstring(lxml.html.tostring(heading))
    for link in list(heading.iter("a")):
        if _GLYPHS.match(link.text_content()):
            link.drop_tree()
    return _text(heading)


def golden_of(page: bytes, han: int = 0) -> dict | None:
    """Title and headings of one page, or None when its content part holds fewer than two
    headings or fewer Han characters than `han`."""
    tree = lxml.html.fromstring(page)
    mains = tree.xpath("//main") or tree.xpath("//*[@role='main']")
    if not mains:
        return None
    main = mains[0]
    if len(_HAN.findall(main.text_content())) < han:
        return None
    marks = [(el, _RANK[el.tag]) for el in main.iter() if el.tag in _RANK and _words(el)]
    if len(marks) < 2:
        return None
    first = marks[0][0]
    if not (main.text or "").strip() and not _opening_text(main, first):
        title, marks = _words(first), marks[1:]
    else:
        page_title = tree.findtext(".//title") or ""
        title = re.split(r" [-—] ", page_title)[0].strip()
    headings = [{"text": _words(el), "level": rank} for el, rank in marks]
    return {"title": title, "headings": headings}


def _opening_text(main, first) -> bool:
    """Whether any text stands in <main> before its first heading."""
    for el in main.iter():
        if el is first:
            return False
        if el is not main and (el.text or "").strip():
            return True
        if el is not main and (el.tail or "").strip() and first not in el.iterdescendants():
            return True
    return False


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mirror", default="/work/.mirror")
    args = parser.parse_args()
    for kind, (prefix, repos, han) in SOURCES.items():
        for folder in (DOCS / kind, GOLDEN / kind):
            shutil.rmtree(folder, ignore_errors=True)
        index = 0
        for repo in repos:
            git_dir = Path(args.mirror) / repo.replace("/", "+") / "repo"
            commit = _git(git_dir, "rev-parse", BRANCH).decode().strip()
            paths = _git(git_dir, "ls-tree", "-r", "--name-only", commit).decode("utf-8").splitlines()
            for path in sorted(p for p in paths if p.endswith(".html") and p not in _NOT_PAGES):
                try:
                    page = _git(git_dir, "show", f"{commit}:{path}")
                except subprocess.CalledProcessError:  # a file the snapshot lacks (4 MB and more)
                    print(f"{repo} {path}: not in the snapshot, left out", file=sys.stderr)
                    continue
                golden = golden_of(page, han)
                if golden is None:
                    continue
                source = {"repo": repo, "commit": commit, "path": path, "sha256": hashlib.sha256(page).hexdigest()}
                write(kind, f"{prefix}{index:03d}", "html", page, {"source": source, **golden})
                print(
                    f"{prefix}{index:03d} {repo:36} {path:60} {len(golden['headings']):3} headings {len(page) // 1024} KB"
                )
                index += 1


_NOT_PAGES = ("404.html", "print.html", "toc.html", "genindex.html", "search.html", "py-modindex.html")
"""The site's own pages at its top (the whole book on one page, the index, the search page)."""


if __name__ == "__main__":
    main()
