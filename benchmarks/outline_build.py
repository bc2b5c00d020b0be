"""What building the Sections tree's model costs the window's thread (issue 32: stalls), on
texts with many top-level rows. Run:

    python benchmarks/outline_build.py

Offscreen, in a fresh data folder, three texts: a long one with no headings (红楼梦's
paragraphs, ~830k characters, ~1,900 top-level rows), 红楼梦 itself and a 5 M-character book
(红楼梦 six times, ~720 chapters). For each: the model's first build (its rows' sentences
built too: a paragraph's are made when first asked for) and a second one, own time of the
thread; the items made; then index_of the last top-level row (the caret after Ctrl+End) on a
fresh model; then a tree shown with a fresh model (its scroll bar's range at first and once
every row is there, the turns of the event loop that took and the longest of them, own
time). Figures are printed, never asserted."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path.cwd()))  # the checkout measured: the one it is run from

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "corpus"


def texts(folder: Path) -> list[tuple[str, Path]]:
    book = (CORPUS / "hongloumeng.txt").read_text(encoding="utf-8")
    plain = "\n\n".join(line.strip() for line in book.splitlines() if len(line.strip()) >= 40)
    made = []
    for name, text in (("no headings", plain), ("红楼梦", book), ("5 M book", book * 6)):
        path = folder / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        made.append((name, path))
    return made


def own_ms(work, *args) -> tuple[float, object]:
    start = time.thread_time()
    result = work(*args)
    return (time.thread_time() - start) * 1000, result


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    folder = Path(tempfile.mkdtemp(prefix="reader-outline-build-"))
    from PySide6.QtWidgets import QApplication, QTreeView

    from reader.core.session import Session
    from reader.models.outline_model import OutlineModel

    app = QApplication([])
    print(f"Building the Sections tree's model; load average {os.getloadavg()[0]:.1f}", flush=True)
    for name, path in texts(folder):
        session = Session.open(path, folder)
        top = session.outline.root.children
        first, model = own_ms(OutlineModel, session.outline)
        second, model = own_ms(OutlineModel, session.outline)
        items = len(model._items)
        fresh = OutlineModel(session.outline)
        to_end, _ = own_ms(fresh.index_of, top[-1])
        tree = QTreeView()
        tree.setUniformRowHeights(True)
        tree.resize(300, 800)
        tree.setModel(OutlineModel(session.outline))
        tree.show()
        app.processEvents()
        bar = tree.verticalScrollBar()
        first_range, turns, longest = bar.maximum(), 0, 0.0
        while tree.model().rowCount() < len(top) and turns < 1000:
            turn, _ = own_ms(app.processEvents)
            turns, longest = turns + 1, max(longest, turn)
        app.processEvents()
        print(
            f"  {name:<12} {len(session.text):>9,} characters, {len(top):>5,} top-level rows: "
            f"build {first:.1f} ms first, {second:.1f} ms again, {items:,} items; "
            f"index_of the last row {to_end:.1f} ms",
            flush=True,
        )
        print(
            f"  {'':<12} a tree shown: its scroll bar 0–{first_range:,} at first, 0–{bar.maximum():,} "
            f"with every row, {turns} turn(s) of the loop later (the longest {longest:.1f} ms, own time)",
            flush=True,
        )
        tree.close()
    print(f"load average {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
