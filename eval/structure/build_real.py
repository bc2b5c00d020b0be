"""Build the real Word files kind (docx_real) of the structure evaluation corpus.

Unlike the docx and pdf kinds (written here by python-docx and LibreOffice), these are Word
files as someone else made them: the 31 national laws that zitzhen/Chinese-law (a site of PRC
laws) kept as .docx beside each law's folder, made by an online Markdown editor's Word export
(html-docx-js): document.xml holds no paragraph, only a w:altChunk importing an MHT archive of
the rendered page, which Word converts on opening. The structure is the page's own: h1 the
law's title, h2–h6 its 编, 章, 节 (as the Markdown's author marked them: some laws mark none,
some mark 章 as h2 and 节 as h3), and each line of the body that opens with 第X条 an article,
as every law kind of this corpus counts them. Most pages open with a table of contents (目录,
then one link per heading, or the headings as plain lines): the line 目录 is one heading
(`contents`), as the hand-checked goldens count a law's 目录 (tests/golden/outline), and the
list's last line is the golden's `after`, where the benchmark goes on looking for the headings
(the contents lines name the headings, they are not them). A file whose 编, 章 or 节 lines are plain paragraphs in its body (民法典)
does not say its structure and is left out.

The files are stored as they are (2 MB in all: the kind is small enough to keep whole, and a
real file is the point). The files were removed from that repository's last tree; they are read
from the commits that added them (`--repo`, the repository fetched as a git directory: the
corpus was made from zitzhen/Chinese-law at 0e8100c, its files from the commits listed in
SOURCES.md):

    python eval/structure/build_real.py --repo /work/.mirror/zitzhen+Chinese-law/repo

It rewrites docs/docx_real and golden/docx_real only. Ids follow the files' paths in sorted
order; the held-out third is drawn by score.held_out_ids as for every kind."""

from __future__ import annotations

import argparse
import email
import email.policy
import io
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

KIND = "docx_real"
REPO = "zitzhen/Chinese-law"
_HEADING = {f"h{n}": n for n in range(1, 7)}
_UNMARKED = re.compile(r"^第[一二三四五六七八九十百]+[编章节][\s\u3000]")


def added_word_files(git_dir: str) -> list[tuple[str, str]]:
    """(commit, path) of every .docx a commit added, one per path (the earliest kept)."""
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
        elif line.endswith(".docx"):
            found.setdefault(line, commit)
    return sorted((c, p) for p, c in found.items())


def chunk_page(data: bytes) -> str:
    """The HTML page inside the Word file's MHT chunk."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        mht = archive.read("word/afchunk.mht")
    for part in email.message_from_bytes(mht, policy=email.policy.default).walk():
        if part.get_content_type() == "text/html":
            return part.get_payload(decode=True).decode(part.get_content_charset() or "utf-8")
    raise ValueError("no HTML page in the chunk")


def page_structure(page: str) -> tuple[str, list[dict], str, int]:
    """(title, headings, after, unmarked): h1 the title, h2–h6 headings at their tag's rank, a
        body line opening with 第X条 an article; `after` the last line of the contents' links;
        `unmarked` the lines after the first marked heading that name a 编, 章 or 节 in a paragraph
    (before it, such lines are a contents list without links, and the last is `after`)."""
    body = lxml.html.document_fromstring(page).body
    title, after, unmarked, listed = "", "", 0, 0
    headings: list[dict] = []
    for el in body.iter():
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in _HEADING:
            text = re.sub(r"\s+", " ", el.text_content()).strip()
            if tag == "h1" and not title:
                title = text
            elif text:
                headings.append({"text": text, "level": _HEADING[tag]})
        elif tag == "a" and (el.get("href") or "").startswith("#"):
            after = re.sub(r"\s+", " ", el.text_content()).strip()
        elif tag in ("p", "pre", "li"):
            for line in _lines(el):
                if re.sub(r"\s", "", line) == "目录" and not headings:
                    headings.append({"text": line, "level": 1, "contents": True})
                elif _ARTICLE_CN.match(line):
                    headings.append({"text": line, "level": 9})
                elif _UNMARKED.match(line) and not el.xpath(".//a"):
                    if any(h["level"] < 9 and not h.get("contents") for h in headings):
                        unmarked += 1
                    else:  # before the first marked heading: a contents list without links
                        after = line
                        listed += 1
    if not any(h["level"] < 9 and not h.get("contents") for h in headings):
        unmarked += listed  # no heading is marked: those lines were the chapters themselves
    if headings and headings[0].get("contents"):  # 目录 ranks with the outermost headings
        headings[0]["level"] = min(h["level"] for h in headings[1:]) if len(headings) > 1 else 1
    return title, headings, after, unmarked


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repo", required=True, help=f"git dir of {REPO}")
    args = parser.parse_args()
    for folder in (DOCS / KIND, GOLDEN / KIND):
        if folder.exists():
            shutil.rmtree(folder)
    files = added_word_files(args.repo)
    index = 0
    for commit, path in sorted(files, key=lambda f: f[1]):
        data = subprocess.run(
            ["git", f"--git-dir={args.repo}", "show", f"{commit}:{path}"], capture_output=True, check=True
        ).stdout
        title, headings, after, unmarked = page_structure(chunk_page(data))
        if unmarked:  # its chapters are plain paragraphs: the file does not say its structure
            print(f"left out: {path} ({unmarked} unmarked 编/章/节 lines)", file=sys.stderr)
            continue
        golden = {"source": {"repo": REPO, "commit": commit, "path": path}, "title": title, "headings": headings}
        if after:
            golden["after"] = after
        write(KIND, f"wr{index:03d}", "docx", data, golden)
        index += 1
    print(f"{KIND}: {index} documents", file=sys.stderr)


if __name__ == "__main__":
    main()
