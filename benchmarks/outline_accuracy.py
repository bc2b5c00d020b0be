"""Heading recall and precision of the outline on each corpus document, against its golden
file (tests/golden/outline), and the time to build the outline; then the same per kind on the
structure evaluation corpus (eval/structure: hundreds of documents whose goldens a script made
from their sources), on its development part and on its held-out third separately. Run:
python benchmarks/outline_accuracy.py [--eval-only] [--details KIND]

--details lists the misses and false headings of the development documents of one kind (never
of the held-out ones: those are not looked at while rules are written).

A heading counts as found when the outline has a title, heading or article with the same
kind, depth and label at the same place in the sequence of headings (difflib matches the
two sequences, so one missed heading does not shift every later one)."""

from __future__ import annotations

import argparse
import statistics
import sys
import time
import warnings
from difflib import SequenceMatcher
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.structure.score import HERE as EVAL  # noqa: E402
from eval.structure.score import Score, goldens, held_out_ids, score  # noqa: E402
from reader.core.document import load_document  # noqa: E402
from reader.core.outline import document_outline, headings_of  # noqa: E402

CORPUS = ROOT / "tests" / "corpus"
# kinds whose files are built from fetched repositories, not kept: how to build them
_BUILT_BY = {
    "pdf_real": "build_real.py --pdf-only --repo …",
    "epub_real": "build_epub.py --mirror …",
    "web_book": "build_web_books.py --mirror …",
    "web_docs": "build_web_books.py --mirror …",
}
GOLDEN = ROOT / "tests" / "golden" / "outline"


def hand_checked() -> None:
    print(f"{'document':42} {'chars':>9} {'headings':>9} {'recall':>8} {'precision':>10} {'outline':>9}")
    for path in sorted(p for p in CORPUS.iterdir() if p.is_file() and p.name != "SOURCES.md"):
        document = load_document(path)
        times = []
        for _ in range(3):
            start = time.perf_counter()
            outline = document_outline(document)
            times.append(time.perf_counter() - start)
        found = [(k, str(d), label) for k, d, label in headings_of(outline)]
        golden_file = GOLDEN / f"{path.stem}.tsv"
        expected = [tuple(line.split("\t")) for line in golden_file.read_text(encoding="utf-8").splitlines()]
        matched = sum(
            block.size for block in SequenceMatcher(None, expected, found, autojunk=False).get_matching_blocks()
        )
        recall = matched / len(expected) if expected else 1.0
        precision = matched / len(found) if found else 1.0
        print(
            f"{path.name:42} {len(document.text):>9,} {len(expected):>9,} {recall:>8.1%} {precision:>10.1%}"
            f" {statistics.median(times) * 1000:>7.0f} ms"
        )


def evaluation(details: str | None) -> None:
    all_goldens = goldens()
    held = held_out_ids(all_goldens)
    table: dict[tuple[str, str], Score] = {}
    started = time.perf_counter()
    missing: dict[str, int] = {}
    for golden in all_goldens:
        part = "held-out" if golden["id"] in held else "dev"
        if not (EVAL / golden["file"]).exists():  # a kind whose files are built, not kept (pdf_real)
            missing[golden["kind"]] = missing.get(golden["kind"], 0) + 1
            continue
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                document = load_document(EVAL / golden["file"])
            result, notes = score(document.text, document_outline(document), golden)
        except Exception as exc:  # a document that does not open scores nothing
            result, notes = Score(expected=len(golden["headings"]), errors=1, documents=1), [f"  error   {exc}"]
        table.setdefault((golden["kind"], part), Score()).add(result)
        if details == golden["kind"] and part == "dev" and notes:
            source = golden["source"]
            print(f"{golden['id']} {source.get('path') or source['repo'] + ' ' + source.get('run', '')}")
            print("\n".join(notes[:30]))
    print(f"\nstructure evaluation corpus ({len(all_goldens)} documents, {time.perf_counter() - started:.0f} s)")
    for kind, count in sorted(missing.items()):
        print(f"{kind}: {count} documents not built (python eval/structure/{_BUILT_BY.get(kind, 'build.py')})")
    print(
        f"{'kind':11} {'part':9} {'docs':>5} {'headings':>9} {'recall':>7} {'precision':>10} {'level':>6} {'titles':>7} {'errors':>7}"
    )
    for part in ("dev", "held-out"):
        total = Score()
        for kind in sorted({k for k, _ in table}):
            row = table.get((kind, part))
            if row is None:
                continue
            total.add(row)
            print(
                f"{kind:11} {part:9} {row.documents:>5} {row.expected:>9} {row.recall:>7.3f} {row.precision:>10.3f}"
                f" {row.level_agreement:>6.3f} {row.titles / row.documents:>7.3f} {row.errors:>7}"
            )
        print(
            f"{'all':11} {part:9} {total.documents:>5} {total.expected:>9} {total.recall:>7.3f}"
            f" {total.precision:>10.3f} {total.level_agreement:>6.3f} {total.titles / total.documents:>7.3f} {total.errors:>7}"
        )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--eval-only", action="store_true", help="skip the hand-checked corpus")
    parser.add_argument("--details", metavar="KIND", help="misses and false headings of one kind's dev documents")
    args = parser.parse_args()
    if not args.eval_only and not args.details:
        hand_checked()
    evaluation(args.details)


if __name__ == "__main__":
    main()
