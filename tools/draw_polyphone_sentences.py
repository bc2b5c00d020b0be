"""Draw the candidate sentences of the polyphone set tests/corpus/pinyin/context.tsv from the
real text of the corpus, at random with a fixed seed. Run:

    python tools/draw_polyphone_sentences.py [PER_CHARACTER] [--third] > candidates.txt

For each polyphone, PER_CHARACTER sentences (2 unless told) that hold it, each from a kind of
text drawn first (the notice, 红楼梦, the civil code, the constitution, the report, and the eval
set's Taiwan interpretations, statutes and novels: so the hundreds of eval files do not fill
the set), then a file of that kind, then a sentence of it; the
occurrence drawn is marked 【】. Traditional text is written in Simplified (OpenCC tw2s), as
Reader reads pinyin on the Simplified view. A long sentence is cut to the clauses around the
occurrence. The reading of each occurrence is then written by hand, from CC-CEDICT's entry
for the whole word or the 现代汉语词典 (the set's header says how): this tool never reads
Reader's pinyin.

--third draws the third set, tests/corpus/pinyin/third.tsv, the same way from sources neither
earlier set used: the Chinese Union Version (tests/corpus/parallel/cuv-simplified.txt), the
State Council's work reports 2019-2025 and the latest text of each mainland law of
tests/corpus/compare (three kinds, drawn first, so the CUV's verses weigh as much as the
reports).
"""

from __future__ import annotations

import json
import lzma
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = 30
POLYPHONES = (
    "行重长还调便干着数得地的了为发好教角觉乐量难强少省应中种处传当都分更间将结看空落没模片藏朝差"
    "称冲度和号几假降尽卷累露率埋蒙宁屏仆曲切任散扇上似提相兴血要一不与载占正只转作"
)
_SENTENCE = re.compile(r"[^。！？；．!?;\n\r]+")
_CLAUSE = re.compile(r"[^，,：:、]+[，,：:、]?")


def _simplified(text: str) -> str:
    import opencc

    return opencc.OpenCC("tw2s").convert(text)


def sources() -> dict[str, str]:
    """Source name (a file of the repository, or an eval piece's own source) → its text."""
    corpus = ROOT / "tests" / "corpus"
    out = {
        "resources/notice.txt": _simplified((ROOT / "resources" / "notice.txt").read_text(encoding="utf-8")),
        "tests/corpus/hongloumeng.txt": (corpus / "hongloumeng.txt").read_text(encoding="utf-8"),
        "tests/corpus/law-civil-code.txt": (corpus / "law-civil-code.txt").read_text(encoding="utf-8"),
        "tests/corpus/law-constitution.md": (corpus / "law-constitution.md").read_text(encoding="utf-8"),
        "tests/corpus/report-20th-congress-2022-gb18030.txt": (
            corpus / "report-20th-congress-2022-gb18030.txt"
        ).read_text(encoding="gb18030"),
    }
    out.update(eval_sources(("official", "legal", "literature")))
    return out


def eval_sources(kinds: tuple[str, ...]) -> dict[str, str]:
    """Source name (an eval piece's own source, with its kind) → its text, in Simplified: the
    pieces of the same file joined, one source per file."""
    out = {}
    for kind in kinds:
        with lzma.open(ROOT / "eval" / "scripts" / f"{kind}.jsonl.xz", "rt", encoding="utf-8") as lines:
            pieces = [json.loads(line) for line in lines]
        joined: dict[str, list[str]] = {}
        for piece in pieces:
            joined.setdefault(piece["source"], []).append(piece["text"])
        for name, texts in joined.items():
            out[f"eval/scripts/{kind}.jsonl.xz ({name})"] = _simplified("\n".join(texts))
    return out


def third_sources() -> dict[str, str]:
    """The third set's sources: the CUV (one kind), the work reports (one kind, a file a year) and
    the newest version of each mainland law (one kind), all Simplified already."""
    corpus = ROOT / "tests" / "corpus"
    out = {
        "tests/corpus/parallel/cuv-simplified.txt": (corpus / "parallel" / "cuv-simplified.txt").read_text(
            encoding="utf-8"
        )
    }
    for path in sorted((corpus / "compare").glob("report-gov-*.md")):
        out[f"tests/corpus/compare ({path.name})"] = path.read_text(encoding="utf-8")
    newest: dict[str, Path] = {}
    for path in sorted((corpus / "compare").glob("law-*.md")):
        newest[path.stem.rsplit("-", 1)[0]] = path  # sorted by year: the last one is the newest
    for path in newest.values():
        out[f"tests/corpus/compare law ({path.name})"] = path.read_text(encoding="utf-8")
    return out


def around(sentence: str, at: int, limit: int = 40) -> tuple[str, int]:
    """The clauses of a long sentence around position at, at most about limit characters."""
    if len(sentence) <= limit:
        return sentence, at
    clauses = [(m.start(), m.end()) for m in _CLAUSE.finditer(sentence)]
    index = next(i for i, (s, e) in enumerate(clauses) if s <= at < e)
    lo = hi = index
    while True:
        grown = False
        if hi + 1 < len(clauses) and clauses[hi + 1][1] - clauses[lo][0] <= limit:
            hi += 1
            grown = True
        if lo > 0 and clauses[hi][1] - clauses[lo - 1][0] <= limit:
            lo -= 1
            grown = True
        if not grown:
            break
    start = clauses[lo][0]
    return sentence[start : clauses[hi][1]], at - start


def main() -> None:
    numbers = [a for a in sys.argv[1:] if a.isdigit()]
    per = int(numbers[0]) if numbers else 2
    texts = third_sources() if "--third" in sys.argv else sources()
    names = sorted(texts)
    kinds: dict[str, list[str]] = {}
    for name in names:
        kinds.setdefault(name.split(" (")[0], []).append(name)
    sentences = {name: [m for m in _SENTENCE.finditer(texts[name]) if 6 <= len(m.group().strip())] for name in names}
    seen: set[str] = set()
    for char in dict.fromkeys(POLYPHONES):
        rng = random.Random(f"{SEED}-{char}")
        drawn = 0
        for _ in range(200):
            if drawn == per:
                break
            name = rng.choice(kinds[rng.choice(sorted(kinds))])
            holding = [m for m in sentences[name] if char in m.group()]
            if not holding:
                continue
            match = rng.choice(holding)
            sentence = match.group()
            places = [i for i, c in enumerate(sentence) if c == char]
            at = rng.choice(places)
            lead = len(sentence) - len(sentence.lstrip())
            text, at = around(sentence.strip(), at - lead)
            if text in seen or len(text) < 6:
                continue
            seen.add(text)
            drawn += 1
            print(f"{char}\t{at}\t{text[:at]}【{text[at]}】{text[at + 1 :]}\t{name}")


if __name__ == "__main__":
    main()
