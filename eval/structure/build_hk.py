"""Build the Hong Kong laws kind (law_hk) of the structure evaluation corpus.

Two public sources hold Hong Kong ordinances and subsidiary legislation in Traditional Chinese
with their structure marked (see SOURCES.md):

- the Department of Justice's HKLM XML (e-Legislation's open data) of the Personal Data
  (Privacy) Ordinance, Cap. 486, kept as a snapshot in EtonMu/global-ai-data-regulation-map:
  <part>, <division>, <section> and <schedule>, each with its <num> and <heading>;
- the per-section Chinese printouts (PDF) of Caps. 6, 6A-6C, 32, 32C, 32H-32K kept in
  leolam912/Project_Insol (assets/CapN/Chi/*-c.pdf), in the order of that app's section index
  (lib/data/ordinanceCapN.dart): each printout is one section, its first line the section's
  number and heading (1.   簡稱), under the chapter's running head
  (《破產條例》 (章/文件號︰6) (版本日期︰24.6.2021)).

Each document is written as plain text in e-Legislation's layout: the title, the chapter line,
then a part's or schedule's number and name on two lines (第1部 / 導言), a section's number and
heading on one line (1. 簡稱) and each subsection or paragraph on its own line.

A chapter gives several documents (`runs`): its opening, cut after about MAX_CHARS as every
kind is (the corpus's first ten documents), then the rest of it as e-Legislation prints a part
or a range of sections: a document closes where a part, division, schedule or cross-heading
begins once it holds MIN_CHARS, or after about REST_CHARS. The first ten documents keep the
side of the held-out split they were drawn on (`named`); the others take the ids left. Run from
the repository's top, with the two repositories fetched as git directories (the corpus was
made from leolam912/Project_Insol at cf55e9df31efad1547cf863b30ee76987507ecf4 and
EtonMu/global-ai-data-regulation-map at ba4de2411db078dcf4f164548cc4a793fae476b7):

    python eval/structure/build_hk.py --insol /work/.mirror/leolam912+Project_Insol/repo \
        --pdpo /work/.mirror/EtonMu+global-ai-data-regulation-map/repo

It rewrites docs/law_hk and golden/law_hk only."""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from eval.structure.build import DOCS, GOLDEN, MAX_CHARS, git_files, git_show, write  # noqa: E402
from eval.structure.score import held_out_ids  # noqa: E402

KIND = "law_hk"
INSOL = "leolam912/Project_Insol"
PDPO = "EtonMu/global-ai-data-regulation-map"
PDPO_PATH = "data/v2/source-snapshots/hk-pdpo-cap486-20221001-zh-Hant-HK.xml"
MIN_CHARS = 3_000  # a part shorter than this is printed with the part after it
REST_CHARS = 8_000  # a part longer than this is printed a run of its sections at a time


@dataclass
class Piece:
    """A stretch of a law as it is written out: a provision, or a part's number and name."""

    lines: list[str]
    headings: list[dict]
    size: int
    """Characters of provision text (a heading line alone counts none)."""
    opens_unit: bool
    """It begins a part, division, schedule or group of sections under a cross-heading."""


@dataclass
class Document:
    lines: list[str]
    title: str
    source: dict
    pieces: list[Piece]
    run: int = 0
    """Which document of its chapter it is (0: the chapter's opening)."""

    @property
    def headings(self) -> list[dict]:
        return [h for piece in self.pieces for h in piece.headings]


# --- the per-section printouts -------------------------------------------------------------

_ENTRY = re.compile(r"sectionNo:\s*'([^']*)'.*?sectionNameChi:\s*'([^']*)'.*?pdfUrlChi:\s*'([^']*)'", re.S)
_RUNNING_HEAD = re.compile(r"^\s*《(.+?)》\s*\(章/文件號︰(\S+?)\)\s*\(版本日期︰([\d.]+)\)\s*$")
_SECTION_LINE = re.compile(r"^(\d+[A-Z]*)\.\s*([^\d\s.].*)$")
_SCHEDULE = re.compile(r"^(附表|附錄)\S{0,4}$")
_UNIT_LINE = re.compile(r"^第\s*([0-9IVXLA-Z一二三四五六七八九十]+)\s*(部|分部)(?:\s*(?:——)?\s*(\S.*))?$")
_MARKER = re.compile(r"^\(\s*(?:\d+[A-Z]*|[a-z]{1,2}[a-z]?|[ivxl]+[a-z]?)\s*\)\s")
_PARAGRAPH_END = ("。", "；", "：", "——", ")", "或", "及", "並")


def _git_bytes(repo: str, path: str) -> bytes:
    return subprocess.run(["git", f"--git-dir={repo}", "show", f"HEAD:{path}"], capture_output=True, check=True).stdout


def _squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _join(left: str, right: str) -> str:
    """Two pieces of one wrapped paragraph: Chinese joins without a space, Latin with one."""
    if left and right and left[-1].isascii() and left[-1].isalnum() and right[0].isascii() and right[0].isalnum():
        return left + " " + right
    return left + right


def printout_lines(pdf: bytes) -> tuple[tuple[str, str, str] | None, list[tuple[int, str]]]:
    """The running head (name, chapter, version date) and the printout's text lines with their
    indent, the running heads and page numbers taken off."""
    with tempfile.NamedTemporaryFile(suffix=".pdf") as f:
        f.write(pdf)
        f.flush()
        text = subprocess.run(["pdftotext", "-layout", f.name, "-"], capture_output=True, check=True).stdout
    head = None
    lines = []
    for raw in text.decode("utf-8", errors="replace").replace("\f", "\n").splitlines():
        m = _RUNNING_HEAD.match(raw)
        if m:
            head = head or (m.group(1), m.group(2), m.group(3))
            continue
        if not raw.strip() or raw.strip().isdigit():
            continue
        lines.append((len(raw) - len(raw.lstrip()), raw.strip()))
    return head, lines


def _paragraphs(lines: list[tuple[int, str]]) -> list[str]:
    """Wrapped lines joined: a line opens a paragraph when it starts with a marker ((1), (a),
    (ii)), when the line before ends one (。；：——), or when it starts left of the paragraph it
    would continue."""
    paragraphs: list[str] = []
    start_indent = 0
    for indent, line in lines:
        opens = (
            not paragraphs
            or _MARKER.match(line)
            or paragraphs[-1].endswith(_PARAGRAPH_END)
            or indent < start_indent
            or line.startswith("(")
            and line.endswith(")")
        )
        if opens:
            paragraphs.append(line)
            start_indent = indent
        else:
            paragraphs[-1] = _join(paragraphs[-1], line)
    return paragraphs


def printout_blocks(lines: list[tuple[int, str]], name: str) -> list[tuple[str, str, int]]:
    """A printout as blocks (kind, text, level): the headings it sets above its provision (a
    part 第I部 and its name, a division, a cross-heading centred on its own lines, a schedule
    附表1), the provision's own heading line (30A. 解除破產; a long one wraps onto the next
    line) and its paragraphs."""
    blocks: list[tuple[str, str, int]] = []
    if lines and _SCHEDULE.match(lines[0][1]):
        # a schedule or appendix: its number (附表1), then its name when the index gives it
        heading, rest = lines[0][1], lines[1:]
        if rest and _squeezed(rest[0][1]) == _squeezed(name):
            heading, rest = f"{heading} {rest[0][1]}", rest[1:]
        return [("heading", heading, 1), *(("para", p, 0) for p in _paragraphs(rest))]
    at = next((i for i, (_, line) in enumerate(lines) if _SECTION_LINE.match(line)), None)
    if at is None:
        return []
    cross: list[str] = []
    pre = lines[:at]
    while pre:
        line = pre.pop(0)[1]
        unit = _UNIT_LINE.match(line)
        if unit:
            heading = line if unit.group(3) or not pre else f"{line} {pre.pop(0)[1]}"
            blocks.append(("heading", heading, 1 if unit.group(2) == "部" else 2))
        elif line.startswith("(") and line.endswith(")"):
            blocks.append(("para", line, 0))  # (小標題由…廢除): a note where a heading was
        else:
            cross.append(line)
    if cross:
        blocks.append(("heading", "".join(cross), 5))
    m = _SECTION_LINE.match(lines[at][1])
    number, heading = m.group(1), m.group(2).strip()
    rest = lines[at + 1 :]
    want = _squeezed(name)
    while rest and want.startswith(_squeezed(heading)) and len(_squeezed(heading)) < len(want):
        heading = _join(heading, rest[0][1])
        rest = rest[1:]
    blocks.append(("heading", f"{number}. {heading}", 9))
    blocks += [("para", p, 0) for p in _paragraphs(rest)]
    return blocks


def chapter_pieces(repo: str, dart: str) -> tuple[tuple[str, str, str] | None, list[Piece]]:
    """A chapter's printouts in its index's order, each as a piece: its lines, its headings and
    its size; with the chapter's running head (name, chapter, version date)."""
    head = None
    pieces: list[Piece] = []
    for _number, name, pdf_path in _ENTRY.findall(git_show(repo, dart)):
        try:
            pdf = _git_bytes(repo, pdf_path)
        except subprocess.CalledProcessError:
            continue  # the index names a printout the app does not carry
        section_head, lines = printout_lines(pdf)
        head = head or section_head
        blocks = printout_blocks(lines, name.strip())
        pieces.append(
            Piece(
                [text for _, text, _ in blocks],
                [{"text": text, "level": level} for kind, text, level in blocks if kind == "heading"],
                sum(len(text) for _, text, _ in blocks),
                bool(blocks) and blocks[0][0] == "heading" and blocks[0][2] < 9,
            )
        )
    return head, pieces


def build_printouts(repo: str) -> list[Document]:
    documents: list[Document] = []
    dart_files = sorted(f for f in git_files(repo, "lib/data") if re.search(r"ordinanceCap\w+\.dart$", f))
    for dart in dart_files:
        if len(_ENTRY.findall(git_show(repo, dart))) < 3:
            continue  # a chapter of one or two sections has no structure to find
        head, pieces = chapter_pieces(repo, dart)
        if head is None:
            continue
        title, chapter, version = head
        day, month, year = version.split(".")
        header = [title, f"第{chapter}章", f"版本日期：{year}年{int(month)}月{int(day)}日", ""]
        documents += chapter_documents(header, title, {"repo": INSOL, "path": dart}, pieces)
    return documents


# --- the HKLM XML ------------------------------------------------------------------------

_NS = "{http://www.xml.gov.hk/schemas/hklm/1.0}"
_UNITS = {"part": 1, "division": 2, "subdivision": 3, "schedule": 1}
_ITEMS = {"subsection", "paragraph", "subparagraph", "def", "proviso", "item"}


def _local(element: ET.Element) -> str:
    return element.tag.replace(_NS, "")


def _inline(element: ET.Element) -> str:
    """An element's text with its inline markup (terms, references, notes) kept as text."""
    text = "".join(element.itertext())
    return re.sub(r"\s+", " ", text).strip()


def _direct(element: ET.Element, name: str) -> str:
    child = element.find(_NS + name)
    return _inline(child) if child is not None else ""


def _item_lines(element: ET.Element, numbered: bool = True) -> list[str]:
    """A subsection, paragraph or definition as lines: its number and own text on one line,
    each item inside it (and the text continued after them) on lines of its own."""
    lines: list[str] = []
    own = [_direct(element, "num")] if numbered and element.find(_NS + "num") is not None else []

    def flush() -> None:
        if any(own):
            lines.append(" ".join(p for p in own if p))
        own.clear()

    for child in element:
        name = _local(child)
        if name in _ITEMS:
            flush()
            lines.extend(_item_lines(child))
        elif name in ("content", "leadIn", "continued", "text"):
            own.append(_inline(child))
        elif name == "table":
            flush()
            lines.extend(" ".join(_inline(c) for c in row) for row in child.iter(_NS + "tr"))
    flush()
    return [line for line in lines if line]


def hklm_pieces(root: ET.Element) -> tuple[str, list[str], list[Piece]]:
    """The title, the header lines (title and chapter) and the law's body as pieces in order:
    the long title and enacting formula, each part's, division's or schedule's number and name,
    each section with its subsections and paragraphs."""
    main = root.find(_NS + "main")
    short = root.find(f".//{_NS}shortTitle")
    title = _inline(short).strip("《》") if short is not None else _direct(root.find(_NS + "meta"), "docName")
    header = [title, _direct(root.find(_NS + "meta"), "docName")]
    pieces: list[Piece] = []

    def visit(element: ET.Element) -> None:
        for child in element:
            name = _local(child)
            if name in _UNITS:
                number, heading = _direct(child, "num"), _direct(child, "heading")
                text = f"{number} {heading}".strip()
                lines = ["", number, heading] if heading else ["", number]
                pieces.append(Piece(lines, [{"text": text, "level": _UNITS[name]}], 0, True))
                visit(child)
            elif name == "section":
                number, heading = _direct(child, "num"), _direct(child, "heading")
                text = f"{number} {heading or '(已廢除)' * (child.get('reason') == 'repealed')}".strip()
                body = _item_lines(child, numbered=False)
                size = len(text) + sum(len(b) for b in body)
                pieces.append(Piece([text, *body], [{"text": text, "level": 9}], size, False))
            elif name in ("longTitle", "enactingFormula", "commencementNote"):
                pieces.append(Piece([_inline(child)], [], 0, False))

    visit(main)
    return title, header, pieces


def build_hklm(repo: str) -> list[Document]:
    title, header, pieces = hklm_pieces(ET.fromstring(_git_bytes(repo, PDPO_PATH)))
    return chapter_documents(header, title, {"repo": PDPO, "path": PDPO_PATH}, pieces)


# --- documents and their names ------------------------------------------------------------


def runs(pieces: list[Piece]) -> list[list[Piece]]:
    """A chapter cut into documents: the first is the chapter's opening, cut after the piece
    that takes it over MAX_CHARS (the corpus's first ten documents were made so); the rest of
    the chapter is printed as e-Legislation prints a part or a range of sections: a document
    closes where a part, division, schedule or cross-heading begins once it holds MIN_CHARS,
    or after the piece that takes it over REST_CHARS."""
    out: list[list[Piece]] = [[]]
    total = 0
    for piece in pieces:
        if len(out) > 1 and out[-1] and piece.opens_unit and total >= MIN_CHARS:
            out.append([])
            total = 0
        out[-1].append(piece)
        total += piece.size
        if total > (MAX_CHARS if len(out) == 1 else REST_CHARS):
            out.append([])
            total = 0
    return [run for run in out if run]


def chapter_documents(header: list[str], title: str, source: dict, pieces: list[Piece]) -> list[Document]:
    """A chapter's documents, each under the chapter's header lines; one with fewer than three
    headings has no structure to find and is left out."""
    documents = []
    for number, run in enumerate(runs(pieces)):
        lines = header + [line for piece in run for line in piece.lines]
        document = Document(lines, title, source, pieces=run, run=number)
        if len(document.headings) >= 3:
            documents.append(document)
    return documents


def named(documents: list[Document], kept: dict[tuple[str, int], bool]) -> list[tuple[str, Document]]:
    """Ids for the documents such that those of the first corpus (kept: (source path, run) →
    held out) stay on their side of the held-out split, which score.held_out_ids draws from
    the ids alone; the other documents take the ids left, in order."""
    ids = [f"hk{i:03d}" for i in range(len(documents))]
    held = held_out_ids([{"kind": KIND, "id": doc_id} for doc_id in ids])
    free = {True: [i for i in ids if i in held], False: [i for i in ids if i not in held]}
    out: dict[str, Document] = {}
    for document in documents:
        side = kept.get((document.source["path"], document.run))
        if side is not None:
            out[free[side].pop(0)] = document
    rest = sorted(free[True] + free[False])
    for document in documents:
        if (document.source["path"], document.run) not in kept:
            out[rest.pop(0)] = document
    return sorted(out.items())


# the first corpus's ten documents (hk000-hk009) and the side of the split each was on
FIRST_CORPUS = {
    (PDPO_PATH, 0): False,
    ("lib/data/ordinanceCap32.dart", 0): True,
    ("lib/data/ordinanceCap32H.dart", 0): False,
    ("lib/data/ordinanceCap32I.dart", 0): False,
    ("lib/data/ordinanceCap32J.dart", 0): False,
    ("lib/data/ordinanceCap32K.dart", 0): True,
    ("lib/data/ordinanceCap6.dart", 0): True,
    ("lib/data/ordinanceCap6A.dart", 0): False,
    ("lib/data/ordinanceCap6B.dart", 0): False,
    ("lib/data/ordinanceCap6C.dart", 0): False,
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--insol", required=True, help=f"git dir of {INSOL}")
    parser.add_argument("--pdpo", required=True, help=f"git dir of {PDPO}")
    args = parser.parse_args()
    for folder in (DOCS / KIND, GOLDEN / KIND):
        shutil.rmtree(folder, ignore_errors=True)
    documents = build_hklm(args.pdpo) + build_printouts(args.insol)
    for doc_id, document in named(documents, FIRST_CORPUS):
        source = {**document.source, **({"part": document.run} if document.run else {})}
        golden = {"source": source, "title": document.title, "headings": document.headings}
        write(KIND, doc_id, "txt", "\n".join(document.lines) + "\n", golden)
    print(json.dumps({KIND: len(documents)}), file=sys.stderr)


if __name__ == "__main__":
    main()
