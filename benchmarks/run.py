"""Reader's speed and memory, as a table of medians. Run: python benchmarks/run.py [--quick]

Figures are printed, never asserted: the test suite has no timing checks."""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.core.resources import notice_path  # noqa: E402

ROWS: list[tuple[str, str, str]] = []


def record(name: str, values: list[float], unit: str = "ms", target: str = "") -> None:
    median = statistics.median(values)
    shown = f"{median * 1000:.1f} ms" if unit == "ms" else f"{median:,.1f} {unit}"
    ROWS.append((name, shown, target))
    print(f"  {name}: {shown}", file=sys.stderr, flush=True)


def timed(fn, repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t)
    return out


def book_text(chars: int = 1_000_000) -> str:
    """A book-length text from real prose: the notice's body under numbered chapters."""
    body = notice_path().read_text(encoding="utf-8").split("\n\n")[5:-1]
    parts, n, chapter = [], 0, 1
    while n < chars:
        parts.append(f"第{chapter}章 學習筆記之{chapter}\n")
        for paragraph in body:
            parts.append(paragraph + "\n")
            n += len(paragraph) + 1
        chapter += 1
    return "".join(parts)


def launch(repeat: int) -> None:
    times, memory = [], []
    for _ in range(repeat):
        env = dict(os.environ, READER_DATA_DIR=tempfile.mkdtemp())
        start = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, "-m", "reader", "--smoke-test"], stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT
        )
        # The smoke test prints "window shown" at the window's first paint, then "painted: …"
        # when the notice's text is painted: the figure is the text's.
        while not proc.stdout.readline().startswith("painted:"):
            pass
        times.append(time.perf_counter() - start)
        _, _, usage = os.wait4(proc.pid, 0)
        memory.append(usage.ru_maxrss / 1024)
    record("launch to painted window (notice)", times, target="< 600 ms")
    record("peak memory, notice open", memory, "MB")


def gui_figures(repeat: int, book: Path, data: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from reader.app import open_settings
    from reader.core.scripts import Script
    from reader.gui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    window = MainWindow(open_settings(data), data)
    window.resize(1280, 800)
    window.open_path(notice_path())
    window.show()
    app.processEvents()

    def switch_notice():
        window.current.set_script(Script.SIMPLIFIED if window.script is not Script.SIMPLIFIED else Script.ORIGINAL)
        window.view.viewport().repaint()

    switch_notice()
    record("switch script, notice, to repainted", timed(switch_notice, repeat), target="< 30 ms")

    def wait(condition, timeout: float = 60) -> None:
        deadline = time.perf_counter() + timeout
        while not condition() and time.perf_counter() < deadline:
            app.processEvents()
            time.sleep(0.005)

    # a Simplified book: its Traditional view is the one conversion jieba does not make first
    simplified_book = book.with_name("book-simplified.txt")
    from reader.core.scripts import convert

    simplified_book.write_text(convert(book.read_text(encoding="utf-8"), "t2s"), encoding="utf-8")
    preview, whole = [], []
    for _ in range(max(1, repeat // 2)):
        window.open_path(simplified_book)  # a fresh session: nothing converted yet
        window.current.start_words()
        wait(lambda: window.view.words is not None)  # jieba done: measure the switch alone
        start = time.perf_counter()
        window.current.set_script(Script.TRADITIONAL)
        window.view.viewport().repaint()
        preview.append(time.perf_counter() - start)
        wait(lambda: window.script is Script.TRADITIONAL)
        window.view.viewport().repaint()
        whole.append(time.perf_counter() - start)
        window.current.set_script(Script.ORIGINAL)
    record("switch script, 1M chars: the page on screen", preview, target="< 100 ms")
    record("switch script, 1M chars: the whole book (background)", whole)

    def switch_book():
        window.current.set_script(Script.SIMPLIFIED if window.script is not Script.SIMPLIFIED else Script.ORIGINAL)
        window.view.viewport().repaint()

    window.open_path(book)
    window.session.view(Script.SIMPLIFIED)
    switch_book()  # lays out the Simplified document once
    record("switch script, 1M chars, to a script shown before", timed(switch_book, repeat), target="< 100 ms")
    window.close()


def core_figures(repeat: int, text: str, book: Path, data: Path) -> None:
    from reader.core.outline import build_outline
    from reader.core.scripts import Script, ScriptViews
    from reader.core.search import SearchIndex
    from reader.core.words import WordBoundaries

    record("outline of 1M chars", timed(lambda: build_outline(text), repeat))
    conversions = timed(lambda: ScriptViews(text).get(Script.SIMPLIFIED), max(1, repeat // 2))
    record("convert 1M chars to Simplified (background)", conversions)
    record("conversion speed", [len(text) / t / 1e6 for t in conversions], "M chars/s")
    views = ScriptViews(text)
    index = SearchIndex(views)
    queries = ["学习", "學習", "工匠精神", "不存在的詞", "黨的二十大"]
    per_query = [t / len(queries) for t in timed(lambda: [index.find(q) for q in queries], repeat)]
    record("find over 1M chars, per query", per_query, target="< 100 ms")
    simplified = views.get(Script.SIMPLIFIED)
    WordBoundaries.from_view(ScriptViews("預熱").get(Script.SIMPLIFIED))
    record("jieba words of 1M chars (background)", timed(lambda: WordBoundaries.from_view(simplified), 1))
    from reader.core.keyterms import analyse

    outline = build_outline(text)
    record("key terms of 1M chars, document and every section (background)", timed(lambda: analyse(views, outline), 1))


def annotation_figures(repeat: int, data: Path) -> None:
    from reader.core.export import FORMATS, gather, render
    from reader.core.scripts import Script
    from reader.core.session import Session

    folder = Path(tempfile.mkdtemp())
    doc = folder / "notice.txt"
    doc.write_text(notice_path().read_text(encoding="utf-8"), encoding="utf-8")
    session = Session.open(doc, data)
    text = session.text
    for i in range(10_000):
        start = (i * 7) % (len(text) - 20)
        session.apply(None, session.new_annotation(start, start + 5 + i % 10, note=f"筆記 {i}" if i % 3 == 0 else ""))
    session.save()
    record("load 10,000 highlights", timed(lambda: Session.open(doc, data), repeat), target="< 200 ms")

    def add_one():
        session.apply(None, session.new_annotation(100, 110))
        session.save()

    record("add one highlight and have it on disk (10,000)", timed(add_one, repeat), target="< 50 ms")
    for fmt in FORMATS:
        record(
            f"export 10,000 highlights as {fmt}",
            timed(lambda fmt=fmt: render(gather(session), fmt), max(1, repeat // 2)),
            target="< 1 s",
        )

    from PySide6.QtWidgets import QApplication

    from reader.models.annotation_model import AnnotationFilter, AnnotationModel

    QApplication.instance() or QApplication([])
    model = AnnotationModel()
    proxy = AnnotationFilter()
    proxy.setSourceModel(model)
    view = session.view(Script.ORIGINAL)
    record("annotation panel rebuild, 10,000", timed(lambda: model.reset(session, view), repeat))
    proxy.set_text("筆記 9")
    record(
        "annotation panel filter, 10,000", timed(lambda: (proxy.set_text("筆記 99"), proxy.set_text("精神")), repeat)
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    args = parser.parse_args()
    repeat = 3 if args.quick else 7
    data = Path(tempfile.mkdtemp())
    text = book_text()
    book = data / "book.txt"
    book.write_text(text, encoding="utf-8")
    print(f"Reader benchmark: {len(text):,}-character book, median of {repeat} runs\n", file=sys.stderr)
    launch(repeat)
    gui_figures(repeat, book, data)
    core_figures(repeat, text, book, data)
    annotation_figures(repeat, data)
    width = max(len(r[0]) for r in ROWS)
    print(f"\n| {'figure'.ljust(width)} | median | target |")
    print(f"|{'-' * (width + 2)}|--------|--------|")
    for name, value, target in ROWS:
        print(f"| {name.ljust(width)} | {value} | {target} |")


if __name__ == "__main__":
    main()
