"""How well `datelines.lead_end` finds a news story's lead (新华社北京3月5日电（记者 张三）,
（中央社記者楊啟芳台北31日電）, 【明報專訊】, 本报讯（记者 王五）) at a paragraph's start, on
real news paragraphs (eval/datelines/leads.tsv: each paragraph as its source stores it, the
lead the story opens with or none; fresh.tsv: more, collected after the rule was first
written, whose misses then changed it; unseen.tsv: collected after the last change and never
used to change it; regions.tsv: more, from outlets of the mainland, Taiwan and Hong Kong, each
paragraph with its outlet's home; unseen_regions.tsv: as regions.tsv, collected after the rule
was changed for it), and how often it finds one in paragraphs that are not news
(the hand-checked corpus: a novel, two laws, a report). Run:
python benchmarks/dateline_accuracy.py [--details]

The news paragraphs are split by their source file, a fixed random third held out (seed 2026),
as the structure corpus is; regions.tsv a third of each kind's sources. --details lists the
development parts' misses only."""

from __future__ import annotations

import argparse
import random
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.core.datelines import lead_end  # noqa: E402
from reader.core.document import load_document  # noqa: E402

LEADS = ROOT / "eval" / "datelines" / "leads.tsv"
FRESH = ROOT / "eval" / "datelines" / "fresh.tsv"  # collected after the rule was written; its misses then changed it
UNSEEN = ROOT / "eval" / "datelines" / "unseen.tsv"  # collected after the last change: never used to change it
REGIONS = ROOT / "eval" / "datelines" / "regions.tsv"  # source, kind (mainland, taiwan, hongkong), lead, paragraph
UNSEEN_REGIONS = ROOT / "eval" / "datelines" / "unseen_regions.tsv"  # as regions.tsv, after its rule change
NOT_NEWS = ("hongloumeng.txt", "law-civil-code.txt", "law-constitution.md", "report-20th-congress-2022-gb18030.txt")
SPLIT_SEED = 2026


@dataclass
class Tally:
    paragraphs: int = 0
    leads: int = 0
    found: int = 0
    exact: int = 0  # found with the lead's whole extent
    detected: int = 0  # leads found at all, whatever their extent

    def add(self, expected: str, got: str) -> bool:
        self.paragraphs += 1
        self.leads += bool(expected)
        self.found += bool(got)
        self.exact += bool(expected) and got == expected
        self.detected += bool(expected) and bool(got)
        return got == expected

    def row(self, name: str) -> str:
        recall = self.exact / self.leads if self.leads else float("nan")
        detected = self.detected / self.leads if self.leads else float("nan")
        precision = self.exact / self.found if self.found else 1.0
        return (
            f"{name:20} {self.paragraphs:>10} {self.leads:>6} {self.found:>6} {recall:>7.3f} {detected:>9.3f}"
            f" {precision:>10.3f}"
        )


def rows(path: Path = LEADS) -> list[tuple[str, str, str]]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            source, lead, paragraph = line.split("\t")
            out.append((source, lead, paragraph))
    return out


def held_out_sources(sources: list[str], salt: str = "datelines") -> set[str]:
    unique = sorted(set(sources))
    return set(random.Random(f"{SPLIT_SEED}:{salt}").sample(unique, len(unique) // 3))


def region_rows(path: Path = REGIONS) -> list[tuple[str, str, str, str]]:
    """(source, kind, lead, paragraph) of regions.tsv."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            source, kind, lead, paragraph = line.split("\t")
            out.append((source, kind, lead, paragraph))
    return out


def region_held_out(data: list[tuple[str, str, str, str]]) -> set[tuple[str, str]]:
    """A third of each kind's sources, drawn by the seed: (kind, source) pairs."""
    kinds = sorted({kind for _, kind, _, _ in data})
    return {
        (kind, source)
        for kind in kinds
        for source in held_out_sources([s for s, k, _, _ in data if k == kind], f"regions:{kind}")
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--details", action="store_true", help="the development part's misses")
    args = parser.parse_args()
    data = rows()
    held = held_out_sources([s for s, _, _ in data])
    tallies = {"news dev": Tally(), "news held-out": Tally()}
    for source, lead, paragraph in data:
        part = "news held-out" if source in held else "news dev"
        got = paragraph[: lead_end(paragraph)]
        if not tallies[part].add(lead, got) and args.details and part == "news dev":
            print(f"{source}\texpected {lead!r}\tgot {got!r}\t{paragraph[:40]}")
    regions = region_rows()
    held_regions = region_held_out(regions)
    for part in ("dev", "held-out"):
        for kind in ("mainland", "taiwan", "hongkong"):
            tallies[f"{kind} {part}"] = Tally()
    for source, kind, lead, paragraph in regions:
        part = "held-out" if (kind, source) in held_regions else "dev"
        got = paragraph[: lead_end(paragraph)]
        if not tallies[f"{kind} {part}"].add(lead, got) and args.details and part == "dev":
            print(f"{kind} {source}\texpected {lead!r}\tgot {got!r}\t{paragraph[:40]}")
    for _, kind, lead, paragraph in region_rows(UNSEEN_REGIONS):  # never listed: a test, not a guide
        tallies.setdefault(f"{kind} unseen", Tally()).add(lead, paragraph[: lead_end(paragraph)])
    for name, path in (("news fresh", FRESH), ("news unseen", UNSEEN)):
        tally = tallies[name] = Tally()
        for _, lead, paragraph in rows(path):  # never listed: tests, not guides
            tally.add(lead, paragraph[: lead_end(paragraph)])
    not_news = tallies["not news (corpus)"] = Tally()
    for name in NOT_NEWS:
        for paragraph in load_document(ROOT / "tests" / "corpus" / name).text.splitlines():
            if paragraph.strip():
                got = paragraph[: lead_end(paragraph)]
                if not not_news.add("", got) and args.details:
                    print(f"{name}\tfalse lead {got!r}\t{paragraph[:40]}")
    print(f"{'part':20} {'paragraphs':>10} {'leads':>6} {'found':>6} {'recall':>7} {'detected':>9} {'precision':>10}")
    for name, tally in tallies.items():
        print(tally.row(name))
    print("recall: leads found with their whole extent; detected: found at all; precision: found leads that are right")


if __name__ == "__main__":
    main()
