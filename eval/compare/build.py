"""Build the comparison's structure-based evaluation set from kong0107/mojLawSplitJSON (Taiwan's
laws from the Ministry of Justice's database, one JSON file per law, split into articles, kept
in git since 2016: each law's history is there). Run:

    python eval/compare/build.py --moj GITDIR [--pairs 90]

For laws amended between two snapshots, the older and the newer text become a pair; what
changed is read from the source's own structure, article by article (條號 and 條文內容): an article
whose number both versions have and whose text is the same word for word is unchanged, one
whose text differs is changed. No hand-made list. A seeded random third of the laws is held
out (`held_out` true). Writes eval/compare/pairs.json.xz."""

from __future__ import annotations

import argparse
import json
import lzma
import random
import subprocess
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 28
OLD, NEW = "1b8483d79e", "0d26e6c7c7"
"""The snapshots compared: the first with FalVMingLing/ (2016-02-03) and a late one (2024-10-24)."""
MAX_ARTICLES = 150  # a law with more is skipped (the run stays short on a shared machine)
MAX_CHANGED_SHARE = 0.5  # a law rewritten throughout is a new law, not an amendment


def git(gitdir: str, *args: str) -> str:
    return subprocess.run(["git", "--git-dir", gitdir, *args], capture_output=True, text=True, check=True).stdout


def articles(law: dict) -> tuple[str, list[tuple[str, str]]]:
    """The law as text (its name, its chapter headings, each article as 第 N 條 and its text) and
    its articles as (number, text)."""
    lines = [law["法規名稱"], ""]
    out = []
    for item in law.get("法規內容", []):
        if "編章節" in item:
            lines += [item["編章節"].strip(), ""]
        elif "條號" in item:
            body = item.get("條文內容", "").replace("\r\n", "\n").strip()
            lines += [item["條號"].strip(), body, ""]
            # numbers and texts as compared: 第 1 條 and 第1條 are one number, blanks no text
            out.append(("".join(item["條號"].split()), "".join(body.split())))
    return "\n".join(lines), out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--moj", required=True, help="git dir of kong0107/mojLawSplitJSON")
    parser.add_argument("--pairs", type=int, default=90)
    args = parser.parse_args()
    # the laws whose article lines changed at all (blanks count here; not below)
    names = git(args.moj, "diff", "-G", "條文內容", "--name-only", OLD, NEW, "--", "FalVMingLing").split()
    rng = random.Random(SEED)
    rng.shuffle(names)
    pairs = []
    reader = subprocess.Popen(
        ["git", "--git-dir", args.moj, "cat-file", "--batch"], stdin=subprocess.PIPE, stdout=subprocess.PIPE
    )

    def blob(spec: str) -> dict | None:
        reader.stdin.write(spec.encode() + b"\n")
        reader.stdin.flush()
        header = reader.stdout.readline().split()
        if len(header) < 3:
            return None  # missing: the law was added or removed between the snapshots
        data = reader.stdout.read(int(header[2]))
        reader.stdout.read(1)
        try:
            return json.loads(data.decode("utf-8-sig"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            return None

    for name in names:
        old, new = blob(f"{OLD}:{name}"), blob(f"{NEW}:{name}")
        if old is None or new is None:
            continue
        text_a, arts_a = articles(old)
        text_b, arts_b = articles(new)
        numbers_a, numbers_b = dict(arts_a), dict(arts_b)
        if not arts_a or len(arts_a) > MAX_ARTICLES or len(numbers_a) != len(arts_a) or len(numbers_b) != len(arts_b):
            continue
        both = [n for n, _ in arts_a if n in numbers_b]
        changed = [n for n in both if numbers_a[n] != numbers_b[n]]
        if not changed or len(changed) > MAX_CHANGED_SHARE * len(both):
            continue
        pairs.append(
            {
                "law": name.split("/")[-1].removesuffix(".json"),
                "title": new["法規名稱"],
                "a": text_a,
                "b": text_b,
                "changed": changed,
                "unchanged": [n for n in both if numbers_a[n] == numbers_b[n]],
            }
        )
        if len(pairs) == args.pairs:
            break
    held = set(random.Random(SEED).sample(range(len(pairs)), len(pairs) // 3))
    for k, pair in enumerate(pairs):
        pair["held_out"] = k in held
    with lzma.open(HERE / "pairs.json.xz", "wt", encoding="utf-8") as f:
        json.dump({"source": "kong0107/mojLawSplitJSON", "old": OLD, "new": NEW, "pairs": pairs}, f, ensure_ascii=False)
    print(f"{len(pairs)} pairs, {len(held)} held out")


if __name__ == "__main__":
    main()
