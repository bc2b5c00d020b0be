"""Build the structure evaluation corpus from public structured sources.

Each document is written as the file a reader would have (plain text in the source's own
layout, a web page, a Word file, a PDF) beside a golden outline made by machine from the
source's own structure (Markdown `#` levels, the MOJ database's 編章節/條號 fields, the
folder tree of a classical book, a novel's chapter folders). Run from the repository's top:

    python eval/structure/build.py --laws MIRROR --tw MIRROR --classics MIRROR

where each MIRROR is the git directory of a public repository (see SOURCES.md). The output
is deterministic: documents are drawn with a fixed seed.

Golden file (golden/<kind>/<id>.json): {"id", "kind", "source", "file", "title",
"headings": [{"text", "level"}]} in document order; level 1 is the outermost level present
in that document. The benchmark finds each heading's place in the reading text itself, so
one golden serves every format."""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from reader.core.heading_evidence import numeral_value as chinese_number  # noqa: E402

DOCS = HERE / "docs"
GOLDEN = HERE / "golden"
SEED = 26
MAX_CHARS = 30_000  # a long law or book is cut: the corpus stays small, the structure stays

_CN = "零〇一二三四五六七八九十百千"


def git_files(repo: str, prefix: str = "") -> list[str]:
    out = subprocess.run(
        [
            "git",
            f"--git-dir={repo}",
            "-c",
            "core.quotepath=off",
            "ls-tree",
            "-r",
            "--name-only",
            "HEAD",
            *(["--", prefix] if prefix else []),
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return [line for line in out.splitlines() if line]


def git_show(repo: str, path: str) -> str:
    data = subprocess.run(["git", f"--git-dir={repo}", "show", f"HEAD:{path}"], capture_output=True, check=True).stdout
    return data.decode("utf-8-sig", errors="replace")


def dense_levels(headings: list[dict]) -> list[dict]:
    """Ranks (编 1, 章 2, 节 3 … article 9) turned into depths in the tree: a heading sits under
    the nearest heading of a higher rank before it, so an article directly under a chapter
    with no sections is at depth 2 even where other chapters have sections."""
    stack: list[int] = []
    out = []
    for h in headings:
        while stack and stack[-1] >= h["level"]:
            stack.pop()
        stack.append(h["level"])
        out.append({**h, "level": len(stack)})
    return out


ONLY: set[str] = set()


def write(kind: str, doc_id: str, ext: str, content: str | bytes, golden: dict, encoding: str = "utf-8") -> None:
    if ONLY and kind not in ONLY:
        return
    folder = DOCS / kind
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{doc_id}.{ext}"
    if isinstance(content, str):
        path.write_bytes(content.encode(encoding))
    else:
        path.write_bytes(content)
    (GOLDEN / kind).mkdir(parents=True, exist_ok=True)
    golden = {"id": doc_id, "kind": kind, "file": f"docs/{kind}/{doc_id}.{ext}", **golden}
    golden["headings"] = dense_levels(golden["headings"])
    (GOLDEN / kind / f"{doc_id}.json").write_text(json.dumps(golden, ensure_ascii=False, indent=1), encoding="utf-8")


# --- Markdown laws and official documents (LawRefBook/Laws) -------------------------------

_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
_ARTICLE_CN = re.compile(r"^第[一二三四五六七八九十百千零〇]+条")


def parse_markdown(source: str) -> tuple[str, list[tuple[str, str, int | None]]]:
    """(title, blocks): each block (kind, text, level) with kind heading, article or para."""
    title = ""
    blocks: list[tuple[str, str, int | None]] = []
    for raw in source.splitlines():
        line = raw.strip()
        if not line or line.startswith("<!--"):
            continue
        m = _MD_HEADING.match(line)
        if m:
            level = len(m.group(1))
            if level == 1 and not title:
                title = m.group(2).strip()
                continue
            blocks.append(("heading", m.group(2).strip(), level))
        elif _ARTICLE_CN.match(line):
            blocks.append(("article", line, 9))
        else:
            blocks.append(("para", line, None))
    return title, blocks


def cut(blocks: list, limit: int = MAX_CHARS) -> list:
    total, out = 0, []
    for block in blocks:
        total += len(block[1]) + 2
        if total > limit and out:
            break
        out.append(block)
    return out


def blocks_golden(blocks) -> list[dict]:
    return [{"text": text, "level": level} for kind, text, level in blocks if kind in ("heading", "article")]


def law_markdown_files(repo: str) -> dict[str, list[str]]:
    files = [f for f in git_files(repo) if f.endswith(".md") and "/" in f and not f.endswith("_index.md")]
    groups: dict[str, list[str]] = {}
    for f in files:
        top = f.split("/")[0]
        if top in ("scripts", ".github") or f.startswith("法律法规模版"):
            continue
        groups.setdefault(top, []).append(f)
    return groups


def numbered_parts(source: str) -> bool:
    return bool(re.search(r"^##+ [一二三四五六七八九十]+、", source, re.M))


def build_laws(repo: str, rng: random.Random) -> dict[str, list[tuple[str, str]]]:
    """PRC laws (plain text), reports and notices (plain text), and the Markdown documents
    kept for the web pages and Word files; returns the pools left for those formats."""
    groups = law_markdown_files(repo)
    laws, reports, cases = [], [], []
    for top, files in sorted(groups.items()):
        for f in sorted(files):
            if top == "案例":
                cases.append(f)
            elif top in ("司法解释", "行政法规", "DLC", "部门规章"):
                reports.append(f)
                laws.append(f)
            else:
                laws.append(f)
    rng.shuffle(laws)
    rng.shuffle(reports)
    rng.shuffle(cases)
    used: set[str] = set()
    made = 0
    for f in laws:
        if made >= 60:
            break
        source = git_show(repo, f)
        if numbered_parts(source):
            continue
        title, blocks = parse_markdown(source)
        blocks = cut(blocks)
        if not title or not any(k == "article" for k, _, _ in blocks):
            continue
        # the text as the source lays it out: the title, the dates, each heading and article
        text = title + "\n\n" + "\n\n".join(t for _, t, _ in blocks) + "\n"
        write(
            "law_prc",
            f"prc{made:03d}",
            "txt",
            text,
            {"source": {"repo": "LawRefBook/Laws", "path": f}, "title": title, "headings": blocks_golden(blocks)},
        )
        used.add(f)
        made += 1
    made = 0
    numbered = [f for f in reports if f not in used and numbered_parts(git_show(repo, f))]
    pool_cases = list(cases)
    for f in numbered[:30] + pool_cases[:20]:
        source = git_show(repo, f)
        title, blocks = parse_markdown(source)
        blocks = cut(blocks)
        if not title or not blocks_golden(blocks):
            continue
        text = title + "\n\n" + "\n\n".join(t for _, t, _ in blocks) + "\n"
        write(
            "report",
            f"rep{made:03d}",
            "txt",
            text,
            {"source": {"repo": "LawRefBook/Laws", "path": f}, "title": title, "headings": blocks_golden(blocks)},
        )
        used.add(f)
        made += 1
    rest_numbered = [f for f in numbered[30:]]
    rest_cases = pool_cases[20:]
    rest_laws = [f for f in laws if f not in used]
    return {"numbered": rest_numbered, "cases": rest_cases, "laws": rest_laws}


# --- Taiwan laws in the MOJ database's layout (kong0107/mojLawSplitJSON) -------------------

_TW_UNIT = {"編": 1, "章": 2, "節": 3, "款": 4, "目": 5}


def build_taiwan(repo: str, rng: random.Random, count: int = 60) -> None:
    files = sorted(f for f in git_files(repo, "FalVMingLing") if f.endswith(".json"))
    rng.shuffle(files)
    made = 0
    for f in files:
        if made >= count:
            break
        law = json.loads(git_show(repo, f))
        content = law.get("法規內容") or []
        if len(content) < 3 or law.get("廢止註記"):
            continue
        title = law["法規名稱"].strip()
        date = law.get("最新異動日期", "")
        lines = [f"法規名稱：{title}"]
        if date:
            lines.append(f"修正日期：民國 {int(date[:4]) - 1911} 年 {int(date[4:6])} 月 {int(date[6:8])} 日")
        lines.append(f"法規類別：{law.get('法規類別', '')}")
        lines.append("")
        headings = []
        total = 0
        for entry in content:
            if "編章節" in entry:
                heading = " ".join(entry["編章節"].split())
                unit = next((u for c, u in _TW_UNIT.items() if re.match(rf"^第\s*\S+\s*{c}", heading)), 2)
                headings.append({"text": heading, "level": unit})
                lines.append(heading)
            elif "條號" in entry:
                number = " ".join(entry["條號"].split())
                headings.append({"text": number, "level": 9})
                lines.append(number)
                body = entry.get("條文內容", "").replace("\r\n", "\n").strip()
                lines.extend(line.rstrip() for line in body.split("\n") if line.strip())
                total += len(body)
            if total > MAX_CHARS:
                break
        if sum(1 for h in headings if h["level"] == 9) < 3:
            continue
        write(
            "law_tw",
            f"tw{made:03d}",
            "txt",
            "\n".join(lines) + "\n",
            {"source": {"repo": "kong0107/mojLawSplitJSON", "path": f}, "title": title, "headings": headings},
        )
        made += 1


# --- Classical texts and novels (NiuTrans/Classical-Modern, 古文原文) -----------------------

_NOVELS = (
    "三国演义",
    "水浒传",
    "儒林外史",
    "老残游记",
    "封神演义",
    "东周列国志",
    "隋唐演义",
    "镜花缘",
    "官场现形记",
    "海上花列传",
    "孽海花",
    "济公全传",
    "三侠五义",
    "杨家将",
    "西汉演义",
    "南北史演义",
    "绿野仙踪",
    "花月痕",
    "红楼梦",
    "狄公案",
    "三遂平妖传",
    "东游记",
    "北游记",
    "南游记",
    "何典",
    "雍正剑侠图",
    "绣云阁",
    "鬼神传",
)
_CLASSICS = (
    "论语",
    "孟子",
    "庄子",
    "荀子",
    "韩非子",
    "墨子",
    "礼记",
    "尚书",
    "左传",
    "国语",
    "战国策",
    "史记",
    "汉书",
    "后汉书",
    "世说新语",
    "聊斋志异",
    "吕氏春秋",
    "淮南子",
    "管子",
    "列子",
    "说苑",
    "孔子家语",
    "颜氏家训",
    "搜神记",
    "山海经",
    "商君书",
    "晏子春秋",
    "贞观政要",
    "资治通鉴",
    "水经注",
    "梦溪笔谈",
    "容斋随笔",
    "阅微草堂笔记",
    "文心雕龙",
    "公羊传",
    "谷梁传",
    "春秋繁露",
    "盐铁论",
    "论衡",
    "潜夫论",
    "孙子兵法",
    "吴子",
    "六韬",
    "大戴礼记",
    "周礼",
    "仪礼",
    "孝经",
    "三国志",
    "晋书",
    "新唐书",
    "明史",
    "宋史",
)


def _order_key(name: str):
    m = re.match(rf"^(?:第|卷)?([{_CN}]+)", name)
    n = chinese_number(m.group(1)) if m else None
    return (0, n, name) if n is not None else (1, 0, name)


def _book_tree(repo: str, book: str) -> dict[tuple[str, ...], str]:
    """Folder path under the book → path of its text.txt."""
    tree = {}
    for f in git_files(repo, f"古文原文/{book}/"):
        if f.endswith("/text.txt"):
            parts = tuple(f.split("/")[2:-1])
            if parts:
                tree[parts] = f
    return tree


_TAG = re.compile(r"</?[a-zA-Z][^>]*>")
_STRONG_LINE = re.compile(r"^<strong>([^<]{1,40})</strong>$")


def _paragraphs(text: str, limit: int) -> list[str]:
    """The text's lines, its inline markup taken off; a line that the source marks bold as a
    whole (<strong>楚庄王第一</strong>) comes back as "\0" + its text: a heading."""
    out, total = [], 0
    for line in text.splitlines():
        line = line.strip()
        strong = _STRONG_LINE.match(line)
        line = "\0" + strong.group(1).strip() if strong else _TAG.sub("", line).strip()
        if not line.strip("\0"):
            continue
        out.append(line)
        total += len(line)
        if total > limit:
            break
    return out


def build_classics(repo: str, rng: random.Random, count: int = 45) -> None:
    made = 0
    books = list(_CLASSICS)
    rng.shuffle(books)
    for book in books:
        if made >= count:
            break
        tree = _book_tree(repo, book)
        if len(tree) < 3:
            continue
        keys = sorted(tree, key=lambda k: tuple(_order_key(p) for p in k))
        # a book gives one or two documents: a run of its chapters each
        runs = [keys[:12]] if len(keys) <= 24 else [keys[:12], keys[len(keys) // 2 : len(keys) // 2 + 12]]
        for run in runs:
            lines = [book, ""]
            headings = []
            opened: tuple[str, ...] = ()
            for key in run:
                for depth, name in enumerate(key):
                    if opened[: depth + 1] != key[: depth + 1]:
                        headings.append({"text": name, "level": depth + 1})
                        lines += [name, ""]
                opened = key
                for line in _paragraphs(git_show(repo, tree[key]), 1500):
                    if line.startswith("\0"):
                        headings.append({"text": line[1:], "level": len(key) + 1})
                        lines += ["", line[1:], ""]
                    else:
                        lines.append(line)
                lines.append("")
            write(
                "classical",
                f"cl{made:03d}",
                "txt",
                "\n".join(lines),
                {
                    "source": {"repo": "NiuTrans/Classical-Modern", "path": f"古文原文/{book}"},
                    "title": book,
                    "headings": headings,
                },
            )
            made += 1


def build_novels(repo: str, rng: random.Random, count: int = 45) -> None:
    made = 0
    books = list(_NOVELS)
    rng.shuffle(books)
    for round_ in range(3):
        for book in books:
            if made >= count:
                return
            tree = _book_tree(repo, book)
            keys = sorted((k for k in tree if len(k) == 1), key=lambda k: _order_key(k[0]))
            if len(keys) < 8 or len(keys) < 8 * (round_ + 1):
                continue
            first = rng.randrange(0, max(1, len(keys) - 10)) if round_ else 0
            run = keys[first : first + 10]
            spacer = rng.choice([" ", "\u3000", "  "])
            indent = rng.choice(["", "\u3000\u3000"])  # many e-texts indent paragraphs with two full-width spaces
            lines = [book, ""]
            headings = []
            for key in run:
                body = [p.lstrip("\0") for p in _paragraphs(git_show(repo, tree[key]), 2500)]
                heading = key[0]
                if body and len(body[0]) <= 40 and not re.search("[。！？]", body[0]):
                    heading = f"{key[0]}{spacer}{body.pop(0)}"
                headings.append({"text": heading, "level": 1})
                lines += [heading, ""]
                lines += [indent + p for p in body] + [""]
            text = "\n".join(lines)
            encoding = "gb18030" if made % 3 == 0 else "utf-8"
            data = text.encode(encoding, errors="replace")
            if made % 6 == 0:
                data = data[:-1] if encoding == "gb18030" else data  # a file cut in the last character
                data = data.rstrip(b"\n")[:-1]
            if made % 4 == 1:
                data = data.replace(b"\n", b"\r\n")
            write(
                "novel",
                f"nv{made:03d}",
                "txt",
                data,
                {
                    "source": {"repo": "NiuTrans/Classical-Modern", "path": f"古文原文/{book}"},
                    "title": book,
                    "headings": headings,
                    "encoding": encoding,
                },
            )
            made += 1


# --- Web pages, Word files and PDFs made from the Markdown documents ----------------------

_SITES = ("法治网", "中国法院网", "人民网", "新华网", "央视网", "中国政府网", "光明网", "澎湃新闻")


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def build_html(repo: str, pool: list[str], rng: random.Random, count: int = 45) -> None:
    made = 0
    for f in pool:
        if made >= count:
            break
        title, blocks = parse_markdown(git_show(repo, f))
        blocks = cut(blocks, 15_000)
        headings = blocks_golden(blocks)
        if not title or len([b for b in blocks if b[0] == "heading"]) < 2:
            continue
        style = ("h2", "strong", "bracket", "h3")[made % 4]
        site = rng.choice(_SITES)
        date = f"20{rng.randrange(15, 25)}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"
        body = []
        for i, (kind, text, level) in enumerate(blocks):
            if kind == "heading":
                tag = "h2" if (level or 2) <= 2 else "h3"
                if style in ("h2", "h3"):
                    body.append(f"<{tag}>{_escape(text)}</{tag}>")
                elif style == "strong":
                    body.append(f"<p><strong>{_escape(text)}</strong></p>")
                else:
                    body.append(f"<p>【{_escape(text)}】</p>")
                    for h in headings:
                        if h["text"] == text:
                            h["text"] = f"【{text}】"
                            break
            else:
                body.append(f"<p>{_escape(text)}</p>")
            if kind == "para" and i % 9 == 4:  # a photo and its caption
                subject = re.split("[，。；]", text)[0][:16]
                caption = (
                    rng.choice(["△ ", "图为", "▲ "]) + subject + "。" + rng.choice(["（资料图）", f"{site}记者 摄", ""])
                )
                body.append(f'<p><img src="img{i}.jpg" alt=""></p><p class="caption">{_escape(caption)}</p>')
        page = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{_escape(title)}_{site}</title>
<meta property="og:title" content="{_escape(title)}"></head>
<body>
<div class="topbar"><a href="/">首页</a> | <a href="/news">新闻</a> | <a href="/law">法治</a> | <a href="/en">English</a></div>
<div class="crumb">{site} &gt; 法治 &gt; 正文</div>
<article>
<h1>{_escape(title)}</h1>
<div class="info">{date} 来源：{site}</div>
{chr(10).join(body)}
<p class="editor">（责任编辑：{rng.choice(["王敏", "李静", "张伟"])}）</p>
</article>
<div class="footer">版权所有 {site} 未经授权禁止转载</div>
</body></html>
"""
        write(
            "news_html",
            f"web{made:03d}",
            "html",
            page,
            {"source": {"repo": "LawRefBook/Laws", "path": f}, "title": title, "headings": headings, "subheads": style},
        )
        made += 1


def _docx(title: str, blocks, rng: random.Random, styled: bool, with_props: bool) -> bytes:
    import io

    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    doc = Document()
    doc.sections[0].header.paragraphs[0].text = title[:20] + "（公开）"
    if with_props:
        doc.core_properties.title = title
    doc.core_properties.author = "Administrator"

    def centred_bold(text: str, size: int) -> None:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = p.add_run(text)
        run.bold = True
        run.font.size = Pt(size)

    centred_bold(title, 22)
    table_done = False
    for i, (kind, text, level) in enumerate(blocks):
        if kind == "heading":
            if styled:
                doc.add_heading(text, level=min(level - 1, 3))
            else:
                centred_bold(text, 16 if level <= 2 else 14)
        else:
            doc.add_paragraph(text)
        if kind == "para" and not table_done and i > 3:
            table_done = True
            rows = [
                ("项目", "指标", "比上年增长（%）"),
                ("一、基本情况", "101.3", "1.3"),
                ("二、办理案件", "98.7", "-1.3"),
                ("三、其他", "100.2", "0.2"),
            ]
            caption = doc.add_paragraph(f"表{rng.randrange(1, 4)}  主要指标")
            caption.alignment = WD_ALIGN_PARAGRAPH.CENTER
            table = doc.add_table(rows=len(rows), cols=3)
            for r, row in enumerate(rows):
                for c, value in enumerate(row):
                    cell = table.cell(r, c)
                    cell.text = value
                    if r == 0:
                        cell.paragraphs[0].runs[0].bold = True
                        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            doc.add_paragraph("注：本表数据为初步统计。")
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def build_word_and_pdf(
    repo: str, pool: list[str], rng: random.Random, docx_count: int = 45, pdf_count: int = 40
) -> None:
    made_docx = made_pdf = 0
    pdf_sources = []
    for f in pool:
        if made_docx >= docx_count and len(pdf_sources) >= pdf_count:
            break
        title, blocks = parse_markdown(git_show(repo, f))
        blocks = cut(blocks, 12_000)
        headings = blocks_golden(blocks)
        if not title or len(headings) < 3:
            continue
        for_pdf = made_docx >= docx_count or (len(pdf_sources) < pdf_count and rng.random() < 0.45)
        styled = rng.random() < 0.3
        data = _docx(title, blocks, rng, styled=styled, with_props=rng.random() < 0.5)
        golden = {
            "source": {"repo": "LawRefBook/Laws", "path": f},
            "title": title,
            "headings": headings,
            "heading_style": "Heading n" if styled else "bold centred Normal",
        }
        if for_pdf:
            pdf_sources.append((f"pdf{len(pdf_sources):03d}", data, golden))
        else:
            write("docx", f"doc{made_docx:03d}", "docx", data, golden)
            made_docx += 1
    if ONLY and "pdf" not in ONLY:
        return
    # PDFs: the Word files printed by LibreOffice, as an office would publish them
    tmp = HERE / "_pdf_tmp"
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir()
    for doc_id, data, _ in pdf_sources:
        (tmp / f"{doc_id}.docx").write_bytes(data)
    subprocess.run(
        [
            "soffice",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp),
            *sorted(str(p) for p in tmp.glob("*.docx")),
        ],
        check=True,
        capture_output=True,
    )
    for doc_id, _, golden in pdf_sources:
        pdf = tmp / f"{doc_id}.pdf"
        if pdf.exists():
            write("pdf", doc_id, "pdf", pdf.read_bytes(), golden)
            made_pdf += 1
    shutil.rmtree(tmp)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--laws", required=True, help="git dir of LawRefBook/Laws")
    parser.add_argument("--tw", required=True, help="git dir of kong0107/mojLawSplitJSON")
    parser.add_argument("--classics", required=True, help="git dir of NiuTrans/Classical-Modern")
    parser.add_argument("--only", default="", help="comma-separated kinds to rewrite (default: all)")
    args = parser.parse_args()
    ONLY.update(k for k in args.only.split(",") if k)
    for folder in (DOCS, GOLDEN):
        for kind in folder.glob("*") if folder.exists() else ():
            if not ONLY or kind.name in ONLY:
                shutil.rmtree(kind)
    rng = random.Random(SEED)
    pools = build_laws(args.laws, rng)
    build_taiwan(args.tw, rng)
    build_classics(args.classics, rng)
    build_novels(args.classics, rng)
    mixed = pools["numbered"] + pools["cases"] + pools["laws"][:200]
    rng.shuffle(mixed)
    build_html(args.laws, mixed[: len(mixed) // 2], rng)
    build_word_and_pdf(args.laws, mixed[len(mixed) // 2 :], rng)
    counts = {kind.name: len(list(kind.iterdir())) for kind in sorted(GOLDEN.iterdir())}
    print(json.dumps(counts, ensure_ascii=False), file=sys.stderr)


if __name__ == "__main__":
    main()
