"""How fast a comparison of two versions gives its first result, and the whole. Run:
python benchmarks/compare_speed.py

For each pair of documents (tests/corpus/compare, and the parallel corpus's two editions):

- align: `compare()` — both documents cut into sections and paragraphs, sections and
  paragraphs aligned, moves found; no jieba. "cold" converts the Simplified views here (as the
  command line does); "views" is handed the views an open session already has (as the window).
- first screen: the word diffs of what the first screen of B shows (its first 2,000
  characters, `changes_in`), after align: align + first screen is the first painted result.
- all changes: every remaining pair's word diff; terms: new, dropped and changed terms (cuts
  both documents whole); exports: Markdown, HTML and JSON.

jieba's own load (about half a second, once per process; the window has it loaded by the time a
document is open, for word boundaries) is measured first and apart, so no row includes it.
Figures are printed, never asserted: the machine is shared. Each is the median of 3 runs."""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.core.compare import Source, compare, render, term_changes  # noqa: E402
from reader.core.document import load_document  # noqa: E402
from reader.core.outline import build_outline  # noqa: E402
from reader.core.scripts import Script, ScriptViews  # noqa: E402
from reader.core.words import cut_ready  # noqa: E402

CORPUS = ROOT / "tests" / "corpus"
PAIRS = [
    (
        "立法法 2015 → 2023",
        CORPUS / "compare" / "law-legislation-2015.md",
        CORPUS / "compare" / "law-legislation-2023.md",
    ),
    ("公司法 2018 → 2023", CORPUS / "compare" / "law-company-2018.md", CORPUS / "compare" / "law-company-2023.md"),
    ("和合本 繁體 → 简体", CORPUS / "parallel" / "cuv-traditional.txt", CORPUS / "parallel" / "cuv-simplified.txt"),
]
SCREEN = 2000
"""Characters of B a first screen shows (a window of 40 lines of 50)."""


def _median(run, times: int = 3) -> tuple[float, object]:
    taken, result = [], None
    for _ in range(times):
        start = time.perf_counter()
        result = run()
        taken.append(time.perf_counter() - start)
    return statistics.median(taken), result


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:>8.0f} ms"


def main() -> None:
    start = time.perf_counter()
    cut_ready()
    print(f"jieba load (once per process, not in the rows below): {_ms(time.perf_counter() - start).strip()}")
    print()
    header = (
        "pair",
        "chars A+B",
        "align cold",
        "align views",
        "1st screen",
        "1st result",
        "all changes",
        "terms",
        "exports",
    )
    print(f"{header[0]:22} {header[1]:>10}" + "".join(f" {h:>11}" for h in header[2:]))
    for name, path_a, path_b in PAIRS:
        measure(name, path_a, path_b)


def measure(name: str, path_a: Path, path_b: Path) -> None:
    """One pair's row."""
    doc_a, doc_b = load_document(path_a), load_document(path_b)
    outline_a = build_outline(doc_a.text, doc_a.headings)
    outline_b = build_outline(doc_b.text, doc_b.headings)
    cold, _ = _median(lambda: compare(Source(doc_a.text, outline_a), Source(doc_b.text, outline_b)))
    views_a, views_b = ScriptViews(doc_a.text), ScriptViews(doc_b.text)
    views_a.get(Script.SIMPLIFIED), views_b.get(Script.SIMPLIFIED)  # what a session has made already

    def sources() -> tuple[Source, Source]:
        return Source(doc_a.text, outline_a, views_a), Source(doc_b.text, outline_b, views_b)

    warm, _ = _median(lambda: compare(*sources()))

    def first_screen() -> float:
        cmp = compare(*sources())
        start = time.perf_counter()
        cmp.changes_in("b", 0, SCREEN)
        return time.perf_counter() - start

    screen = statistics.median(first_screen() for _ in range(3))

    def everything():
        cmp = compare(*sources())
        return cmp, cmp.changes()

    total, (cmp, changes) = _median(everything)
    terms_time, terms = _median(lambda: term_changes(cmp))
    exports, _ = _median(lambda: [render(cmp, fmt, terms) for fmt in ("md", "html", "json")])
    chars = len(doc_a.text) + len(doc_b.text)
    row = (cold, warm, screen, warm + screen, total - warm, terms_time, exports)
    print(f"{name:22} {chars:>10,}" + "".join(f" {_ms(t):>11}" for t in row) + f"   ({len(changes)} changes)")


if __name__ == "__main__":
    main()
