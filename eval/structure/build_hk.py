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
heading on one line (1. 簡稱) and each subsection or paragraph on its own line. Run from the
repository's top:

    python eval/structure/build_hk.py --insol MIRROR --pdpo MIRROR

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
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from eval.structure.build import DOCS, GOLDEN, MAX_CHARS, git_files, git_show, write  # noqa: E402

KIND = "law_hk"
INSOL = "leolam912/Project_Insol"
PDPO = "EtonMu/global-ai-data-regulation-map"
PDPO_PATH = "data/v2/source-snapshots/hk-pdpo-cap486-20221001-zh-Hant-HK.xml"

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


def build_printouts(repo: str, made: int) -> int:
    dart_files = sorted(f for f in git_files(repo, "lib/data") if re.search(r"ordinanceCap\w+\.dart$", f))
    for dart in dart_files:
        entries = _ENTRY.findall(git_show(repo, dart))
        if len(entries) < 3:
            continue  # a chapter of one or two sections has no structure to find
        head = None
        headings: list[dict] = []
        body: list[str] = []
        total = 0
        for _number, name, pdf_path in entries:
            try:
                pdf = _git_bytes(repo, pdf_path)
            except subprocess.CalledProcessError:
                continue  # the index names a printout the app does not carry
            section_head, lines = printout_lines(pdf)
            head = head or section_head
            for kind, text, level in printout_blocks(lines, name.strip()):
                if kind == "heading":
                    headings.append({"text": text, "level": level})
                body.append(text)
                total += len(text)
            if total > MAX_CHARS:
                break
        if head is None or len(headings) < 3:
            continue
        title, chapter, version = head
        day, month, year = version.split(".")
        lines = [title, f"第{chapter}章", f"版本日期：{year}年{int(month)}月{int(day)}日", "", *body]
        write(
            KIND,
            f"hk{made:03d}",
            "txt",
            "\n".join(lines) + "\n",
            {"source": {"repo": INSOL, "path": dart}, "title": title, "headings": headings},
        )
        made += 1
    return made


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


def hklm_document(root: ET.Element) -> tuple[str, list[str], list[dict]]:
    main = root.find(_NS + "main")
    short = root.find(f".//{_NS}shortTitle")
    title = _inline(short).strip("《》") if short is not None else _direct(root.find(_NS + "meta"), "docName")
    lines = [title, _direct(root.find(_NS + "meta"), "docName")]
    headings: list[dict] = []
    total = 0

    def visit(element: ET.Element) -> bool:
        nonlocal total
        for child in element:
            name = _local(child)
            if name in _UNITS:
                number, heading = _direct(child, "num"), _direct(child, "heading")
                lines.extend(["", number, heading] if heading else ["", number])
                headings.append({"text": f"{number} {heading}".strip(), "level": _UNITS[name]})
                if not visit(child):
                    return False
            elif name == "section":
                number, heading = _direct(child, "num"), _direct(child, "heading")
                text = f"{number} {heading or '(已廢除)' * (child.get('reason') == 'repealed')}".strip()
                lines.append(text)
                headings.append({"text": text, "level": 9})
                body = _item_lines(child, numbered=False)
                lines.extend(body)
                total += len(text) + sum(len(b) for b in body)
                if total > MAX_CHARS:
                    return False
            elif name in ("longTitle", "enactingFormula", "commencementNote"):
                lines.append(_inline(child))
        return True

    visit(main)
    return title, [line for line in lines if line is not None], headings


def build_hklm(repo: str, made: int) -> int:
    root = ET.fromstring(_git_bytes(repo, PDPO_PATH))
    title, lines, headings = hklm_document(root)
    write(
        KIND,
        f"hk{made:03d}",
        "txt",
        "\n".join(lines) + "\n",
        {"source": {"repo": PDPO, "path": PDPO_PATH}, "title": title, "headings": headings},
    )
    return made + 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--insol", required=True, help=f"git dir of {INSOL}")
    parser.add_argument("--pdpo", required=True, help=f"git dir of {PDPO}")
    args = parser.parse_args()
    for folder in (DOCS / KIND, GOLDEN / KIND):
        shutil.rmtree(folder, ignore_errors=True)
    made = build_hklm(args.pdpo, 0)
    made = build_printouts(args.insol, made)
    print(json.dumps({KIND: made}), file=sys.stderr)


if __name__ == "__main__":
    main()
