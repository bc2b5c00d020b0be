"""Build the round-trip corpus of eval/scripts/ (issue 27) from stored public repositories.

Reads three git mirrors (see eval/scripts/SOURCES.md) and writes one `<kind>.jsonl.xz` per kind:
one JSON object a line, {"source": "<repo>:<path>", "part": n, "text": "..."}, each a piece of
at most PART characters cut at a line end. Which pieces are held out is decided by the
benchmark (benchmarks/script_roundtrip.py), by a fixed seed, not here.

python tools/build_script_corpus.py MIRRORS_FOLDER
where MIRRORS_FOLDER holds smalllion22+project_gutenberg, kong0107+mojLawSplitJSON and
kong0107+jyi, each with a bare git directory `repo`.
"""

from __future__ import annotations

import json
import lzma
import random
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "eval" / "scripts"
PART = 20_000
SEED = 27
TARGET = 1_200_000  # characters per kind: enough for thousands of errors, quick to convert

# Project Gutenberg e-texts in Traditional print. Left out: those that are themselves machine
# conversions from Simplified (史記, 三國志, 老學庵筆記, 分甘余話, 狄公案, 西京雜記 write 太後,
# 群後, 丹硃, 子雲, 徵伐: checked by counting such forms against 太后, 子云, 征伐), and those in
# Simplified (日知錄, 竹葉亭雜記, 闲情偶寄, 灵历集光) or mixing in Simplified characters (東周列國志 and
# 玉梨魂: 1 % of their characters are Simplified-only, 与 儿 万 听).
CLASSICAL = """左傳 列子 文心雕龍 孔叢子 山海經 文子 周禮 竹書紀年 吳越春秋 易經 老子 六韜 人物志 尹文子
公孫龍子 三略 司馬法 申鑒 呻吟語 世說新語 大唐新語 北夢瑣言 池北偶談 古文觀止 東京夢華錄 明夷待訪錄
孟子字義疏證 吳船錄 西湖夢尋 東坡志林 庚巳編 治世餘聞 玉壺淸話 列女傳 列仙傳 方言 周髀算經 兵法 孝經
大學 章句 中庸 章句 天工開物 杜陽雜編 明皇雜錄 文中子中說 耳食錄 夜雨秋燈錄 王陽明全集""".split()
LITERATURE = """水滸傳 三俠五義 初刻拍案驚奇 二刻拍案驚奇 今古奇觀 東度記 官場現形記
二十年目睹之怪現狀 文明小史 兒女英雄傳 老殘遊記 老殘遊記續集 吶喊 狂人日記 平妖傳 好逑傳 玉嬌梨 九命奇冤
三國志演義 石點頭 西湖佳話 西湖二集 九尾狐 天豹圖 平山冷燕 合錦回文傳 五色石 山水情 豆棚閒話
快士傳 宛如約 定情人 何典 公墓 沉沦 牡丹亭 西廂記""".split()


def git_files(repo: Path) -> list[str]:
    out = subprocess.run(
        ["git", "--git-dir", str(repo), "ls-tree", "-r", "-z", "--name-only", "HEAD"], capture_output=True, check=True
    ).stdout
    return [name.decode() for name in out.split(b"\0") if name]


def git_show(repo: Path, path: str) -> str:
    return subprocess.run(
        ["git", "--git-dir", str(repo), "show", f"HEAD:{path}"], capture_output=True, check=True
    ).stdout.decode("utf-8")


def pieces(text: str, size: int = PART) -> list[str]:
    """The text cut at line ends into pieces of at most about `size` characters."""
    out, current, length = [], [], 0
    for line in text.splitlines(keepends=True):
        if length + len(line) > size and current:
            out.append("".join(current))
            current, length = [], 0
        current.append(line)
        length += len(line)
    if current:
        out.append("".join(current))
    return [p for p in out if p.strip()]


_GUTENBERG_END = re.compile(r"\*\*\* ?END OF (THE|THIS) PROJECT GUTENBERG.*", re.S | re.I)


def gutenberg_texts(repo: Path, titles: list[str]) -> list[tuple[str, str]]:
    by_title = {Path(name).stem: name for name in git_files(repo) if name.endswith(".txt")}
    found = []
    for title in titles:
        name = by_title.get(title)
        if name is None:
            continue
        text = _GUTENBERG_END.sub("", git_show(repo, name))
        # keep the lines that hold Chinese: the e-texts carry English licence paragraphs
        lines = [ln for ln in text.splitlines() if re.search(r"[\u4e00-\u9fff]", ln)]
        found.append((f"smalllion22/project_gutenberg:{name}", "\n".join(lines) + "\n"))
    return found


def law_texts(repo: Path) -> list[tuple[str, str]]:
    """Taiwan's statutes (法規性質 法律) as the Laws & Regulations Database publishes them."""
    found = []
    for name in sorted(n for n in git_files(repo) if n.startswith("FalVMingLing/")):
        law = json.loads(git_show(repo, name))
        if law.get("法規性質") != "法律":
            continue
        lines = [law["法規名稱"], law.get("前言", "")]
        for item in law.get("法規內容", []):
            lines.append(item.get("編章節") or f"{item.get('條號', '')}\n{item.get('條文內容', '')}")
        found.append((f"kong0107/mojLawSplitJSON:{name}", "\n".join(ln for ln in lines if ln) + "\n"))
    return found


def interpretation_texts(repo: Path) -> list[tuple[str, str]]:
    """The Judicial Yuan's interpretations (司法院大法官解釋): issue, holding and reasoning."""
    found = []
    for name in sorted(n for n in git_files(repo) if re.fullmatch(r"json/\d+\.json", n)):
        item = json.loads(git_show(repo, name))
        parts = [item.get("title", ""), item.get("issue", ""), item.get("holding", ""), item.get("reasoning", "")]
        text = "\n".join(p for p in parts if p)
        if text.strip():
            found.append((f"kong0107/jyi:{name}", text + "\n"))
    return found


def simplified_only() -> frozenset[str]:
    """Characters OpenCC's s2t changes and never keeps: 与 儿 万, never Traditional print."""
    import opencc

    found = set()
    table = Path(opencc.__file__).parent / "dictionary" / "STCharacters.txt"
    for line in table.read_text(encoding="utf-8").splitlines():
        key, _, targets = line.partition("\t")
        if key not in targets.split(" "):
            found.add(key)
    return frozenset(found)


def sample(texts: list[tuple[str, str]], seed: int) -> list[dict]:
    """Pieces of the texts, in a seeded random order, until TARGET characters; a piece with
    Simplified characters mixed in (more than 3 in 10,000) is left out: a round trip measures
    against the original, which must be Traditional print."""
    simplified = simplified_only()
    rows = [
        {"source": src, "part": i, "text": p}
        for src, text in texts
        for i, p in enumerate(pieces(text))
        if sum(c in simplified for c in p) * 10_000 <= 3 * len(p)
    ]
    random.Random(seed).shuffle(rows)
    chosen, total = [], 0
    for row in rows:
        if total >= TARGET:
            break
        chosen.append(row)
        total += len(row["text"])
    return sorted(chosen, key=lambda r: (r["source"], r["part"]))


def write(kind: str, rows: list[dict]) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with lzma.open(OUT / f"{kind}.jsonl.xz", "wt", encoding="utf-8", preset=9) as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(kind, len(rows), "pieces", sum(len(r["text"]) for r in rows), "characters")


def main() -> None:
    mirrors = Path(sys.argv[1])
    gutenberg = mirrors / "smalllion22+project_gutenberg" / "repo"
    # 大學 章句 / 中庸 章句 are file names with a space
    classical_titles = [t for t in CLASSICAL if t != "章句"]
    classical_titles = [("大學 章句" if t == "大學" else "中庸 章句" if t == "中庸" else t) for t in classical_titles]
    write("classical", sample(gutenberg_texts(gutenberg, classical_titles), SEED))
    write("literature", sample(gutenberg_texts(gutenberg, LITERATURE), SEED))
    write("legal", sample(law_texts(mirrors / "kong0107+mojLawSplitJSON" / "repo"), SEED))
    write("official", sample(interpretation_texts(mirrors / "kong0107+jyi" / "repo"), SEED))


if __name__ == "__main__":
    main()
