"""How long each format takes to open: the samples of tests/corpus/formats, and a 300-page PDF
made here (issue 17: it must open in under 3 s).

    python benchmarks/open_formats.py [--pages 300]

"Open" is reader.core.document.load_document (decode or convert, newlines, hash), the part of
opening a document that depends on its format; the outline, script views and words are the
same work for every format and are measured by benchmarks/run.py. Each time is the median of
three runs. The 300-page PDF is 红楼梦 set in A4 with Noto CJK by Qt's PDF writer (the way
Reader prints, page numbers in the footer), cut to exactly that many pages with pypdf.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from reader.core.document import load_document  # noqa: E402

SAMPLES = ROOT / "tests" / "corpus" / "formats"
LIMIT_SECONDS = 3.0


def timed(path: Path, runs: int = 3) -> tuple[float, object]:
    times = []
    document = None
    for _ in range(runs):
        began = time.perf_counter()
        document = load_document(path)
        times.append(time.perf_counter() - began)
    return statistics.median(times), document


def make_pdf(path: Path, pages: int) -> int:
    """Write a PDF of at least `pages` pages of 红楼梦 and cut it to `pages`; returns the count."""
    from pypdf import PdfReader, PdfWriter
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QFont, QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 (Qt needs it alive)
    text = (ROOT / "tests" / "corpus" / "hongloumeng.txt").read_text(encoding="utf-8")
    chars = 1400 * pages  # about a thousand characters an A4 page at 11 pt, with room to spare
    while len(text) < chars:
        text += text
    full = path.with_suffix(".full.pdf")
    writer = QPdfWriter(str(full))
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF(18, 18, 18, 18))
    )
    doc = QTextDocument()
    doc.setDefaultFont(QFont("Noto Serif CJK SC", 11))
    doc.setPlainText(text[:chars])
    doc.print_(writer)  # paginates and writes page numbers
    del writer
    reader = PdfReader(full)
    out = PdfWriter()
    for page in reader.pages[:pages]:
        out.add_page(page)
    with open(path, "wb") as handle:
        out.write(handle)
    full.unlink()
    return min(pages, len(reader.pages))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=300)
    args = parser.parse_args()
    print(f"{'document':44} {'format':8} {'size':>9} {'chars':>9} {'open':>9}")
    for path in sorted(SAMPLES.iterdir()):
        seconds, document = timed(path)
        size = path.stat().st_size
        print(
            f"{path.name:44} {document.format:8} {size / 1024:7.0f} KB {len(document.text):9,} {seconds * 1000:7.0f} ms"
        )
    with tempfile.TemporaryDirectory() as folder:
        pdf = Path(folder) / f"book-{args.pages}-pages.pdf"
        began = time.perf_counter()
        count = make_pdf(pdf, args.pages)
        made = time.perf_counter() - began
        seconds, document = timed(pdf)
        verdict = "under" if seconds < LIMIT_SECONDS else "OVER"
        print(
            f"{pdf.name:44} {'pdf':8} {pdf.stat().st_size / 1024:7.0f} KB {len(document.text):9,} {seconds * 1000:7.0f} ms"
            f"  ({count} pages, {len(document.pages)} page starts; {verdict} the {LIMIT_SECONDS:.0f} s limit; made in {made:.1f} s)"
        )
    return 0 if seconds < LIMIT_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())
