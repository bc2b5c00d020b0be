"""Build the web_book kind of the structure evaluation corpus: the pages of Chinese books as
their own sites publish them, with the page's own h1–h6 as the golden outline.

The sources are three books whose translators build them with mdBook and publish the built
site from the repository's gh-pages branch (the files a reader's browser saves, byte for byte):
Rust 程序设计语言 简体中文版 (KaiserY/trpl-zh-cn, MIT), 通过例子学 Rust 中文版
(rust-lang-cn/rust-by-example-cn, MIT or Apache 2.0) and The Wayland Protocol 中文版
(ArkToria/the_wayland_protocol_zh_CN, CC BY-SA 4.0). Unlike the news_html kind, written here,
every byte of these pages is the generator's and the translators': a sidebar with the whole
book's contents, a menu bar with the book's name in an h1, a keyboard-help dialog with its own
h2, previous/next links, and the chapter in <main>, code blocks and all.

A document is one page whose <main> holds at least two headings. The golden is the h1–h6
inside <main>, in order, at their depth in the page's own nesting (build.dense_levels): the
first is the page's title when nothing but it opens <main> (the chapter's name), otherwise the
title is the page's <title> before its " - book" suffix. Headings nothing but spaces are left
out.

    python eval/structure/build_web_books.py --mirror /work/.mirror

writes the pages (not kept in the repository: .gitignore; each golden records the repository,
the commit of its gh-pages branch, the page's path and its sha256, so the same bytes are written
each time) and the goldens, from the fetched git directories of those three repositories. Ids
follow the repositories' and the pages' names in sorted order; the held-out third is drawn by
score.held_out_ids as for every kind."""

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

KIND = "web_book"
BOOKS = ("KaiserY/trpl-zh-cn", "rust-lang-cn/rust-by-example-cn", "ArkToria/the_wayland_protocol_zh_CN")
BRANCH = "gh-pages"
_RANK = {f"h{n}": n for n in range(1, 7)}


def _git(git_dir: Path, *args: str) -> bytes:
    return subprocess.run(["git", "--git-dir", str(git_dir), *args], check=True, capture_output=True).stdout


def _text(el) -> str:
    return re.sub(r"\s+", " ", el.text_content()).strip()


def golden_of(page: bytes) -> dict | None:
    """Title and headings of one page, or None when its <main> holds fewer than two headings."""
    tree = lxml.html.fromstring(page)
    mains = tree.xpath("//main")
    if not mains:
        return None
    main = mains[0]
    marks = [(el, _RANK[el.tag]) for el in main.iter() if el.tag in _RANK and _text(el)]
    if len(marks) < 2:
        return None
    first = marks[0][0]
    if not (main.text or "").strip() and not _opening_text(main, first):
        title, marks = _text(first), marks[1:]
    else:
        page_title = tree.findtext(".//title") or ""
        title = page_title.rsplit(" - ", 1)[0].strip()
    headings = [{"text": _text(el), "level": rank} for el, rank in marks]
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
    for folder in (DOCS / KIND, GOLDEN / KIND):
        shutil.rmtree(folder, ignore_errors=True)
    index = 0
    for repo in sorted(BOOKS, key=str.lower):
        git_dir = Path(args.mirror) / repo.replace("/", "+") / "repo"
        commit = _git(git_dir, "rev-parse", BRANCH).decode().strip()
        paths = _git(git_dir, "ls-tree", "-r", "--name-only", commit).decode("utf-8").splitlines()
        for path in sorted(p for p in paths if p.endswith(".html") and p not in ("404.html", "print.html", "toc.html")):
            page = _git(git_dir, "show", f"{commit}:{path}")
            golden = golden_of(page)
            if golden is None:
                continue
            source = {"repo": repo, "commit": commit, "path": path, "sha256": hashlib.sha256(page).hexdigest()}
            write(KIND, f"wb{index:03d}", "html", page, {"source": source, **golden})
            print(f"wb{index:03d} {repo:36} {path:60} {len(golden['headings']):3} headings {len(page) // 1024} KB")
            index += 1


if __name__ == "__main__":
    main()
