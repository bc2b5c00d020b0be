"""Where the window process's memory goes with a book open (issue 32). Run from the top folder:

    python benchmarks/window_memory.py [BOOK] [--times N] [--no-trace]

(--times 6: the book six times over, the issue's 5 M book.)

Offscreen, in a fresh data folder: a bare window, then a bare QTextBrowser showing the book's
first page in the page's font (the baseline of the goal: the font's pages are a cost of showing
Chinese at all, not of the book's length; the figure over the bare window is printed beside it,
as before), then BOOK (红楼梦 by default) opened and laid
out to its end (Ctrl+End), then switched 原文 → 简体 → 繁體 and back to 原文, each step waited
for until complete (analysed, the page's whole document in the new script). After each step the
window process's resident (RSS) and anonymous (its pages of no file: heaps, from
/proc/self/smaps_rollup; steadier than USS, which shifts as other processes map the same
libraries and fonts) memory, malloc's bytes in use, and per character of the book (the goal: ≤ 40 bytes per character), after giving freed
heap back (malloc_trim). Then what holds it:
- Python objects: tracemalloc's live allocations grouped by module (traced from the start
  unless --no-trace; its own overhead is printed and taken off the RSS figures);
- the text of each script view, the offset maps, the words, key terms, outline;
- the page's documents: how many laid-out QTextDocuments the page keeps, and one QTextDocument
  built off the window with the book's text, measured empty → filled (not laid out) → laid out;
- the extra selections (highlights, find hits) painted on the page.
Figures are printed, never asserted."""

from __future__ import annotations

import argparse
import ctypes
import gc
import os
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

BOOK = ROOT / "tests" / "corpus" / "hongloumeng.txt"
_LIBC = ctypes.CDLL("libc.so.6")


class _MallInfo2(ctypes.Structure):
    _fields_ = [
        (name, ctypes.c_size_t)
        for name in "arena ordblks smblks hblks hblkhd usmblks fsmblks uordblks fordblks keepcost".split()
    ]


_LIBC.mallinfo2.restype = _MallInfo2


def malloc_in_use_mb() -> float:
    """Bytes malloc has handed out and not had back (C++ objects: Qt's documents and layouts;
    and Python's larger objects, over 512 bytes), in MB; pymalloc's small objects are apart."""
    info = _LIBC.mallinfo2()
    return (info.uordblks + info.hblkhd) / 2**20


def memory_mb() -> tuple[float, float]:
    """(RSS, anonymous) memory of this process in MB, after freed heap is given back to the
    system. Anonymous: the resident pages of no file (heaps, Qt's and Python's objects), which
    the other processes mapping the same libraries and fonts do not shift as they do USS."""
    gc.collect()
    _LIBC.malloc_trim(0)
    rss = anon = 0.0
    for line in Path("/proc/self/smaps_rollup").read_text().splitlines():
        key, _, rest = line.partition(":")
        if key == "Rss":
            rss = int(rest.split()[0]) / 1024
        elif key == "Anonymous":
            anon = int(rest.split()[0]) / 1024
    return rss, anon


def font_pages_mb() -> float:
    """Resident pages of font files mapped by this process, in MB: file-backed and shared (the
    page cache's), a cost of showing Chinese text at all (Noto Serif CJK's tables touched by a
    page of it are ~15 MB, the same for a short notice as for a book), not of the book's length."""
    rss = 0
    mapped = ""
    for line in Path("/proc/self/smaps").read_text().splitlines():
        head = line.split()
        if head and "-" in head[0] and not head[0].endswith(":"):
            mapped = head[5] if len(head) > 5 else ""
        elif head and head[0] == "Rss:" and mapped.lower().endswith((".ttc", ".ttf", ".otf")):
            rss += int(head[1])
    return rss / 1024


def deep_size(obj, seen: set[int] | None = None) -> int:
    """Bytes of a Python object and what it holds (containers, dataclasses, __dict__/__slots__)."""
    seen = set() if seen is None else seen
    if id(obj) in seen or obj is None or isinstance(obj, type):
        return 0
    seen.add(id(obj))
    size = sys.getsizeof(obj)
    if isinstance(obj, (str, bytes, bytearray, int, float, bool)) or type(obj).__module__.startswith("PySide6"):
        return size
    if isinstance(obj, dict):
        return size + sum(deep_size(k, seen) + deep_size(v, seen) for k, v in obj.items())
    if isinstance(obj, (list, tuple, set, frozenset)):
        return size + sum(deep_size(x, seen) for x in obj)
    if hasattr(obj, "__dict__"):
        size += deep_size(vars(obj), seen)
    for slot in getattr(type(obj), "__slots__", ()):
        if hasattr(obj, slot):
            size += deep_size(getattr(obj, slot), seen)
    return size


def a_page_shown(window, book: Path, probe) -> None:
    """A bare QTextBrowser showing the book's first page in the page's font, painted, then
    closed: what showing Chinese text at all costs the window (Noto Serif CJK's tables and
    glyphs touched, ~15 MB of its file's pages, the same for a notice as for a book), which the
    bare window without a page of Chinese did not pay and the figures charged to the book."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QTextBrowser

    from reader.gui.reading_prefs import body_font
    from reader.gui.settings_reading import reading_prefs

    browser = QTextBrowser()
    browser.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    browser.setFont(body_font(reading_prefs(window.settings)))
    with book.open(encoding="utf-8") as f:
        browser.setPlainText(f.read(3000))  # more than a screen of it
    browser.resize(window.view.size() if window.view is not None else window.size())
    browser.show()
    browser.grab()  # painted
    probe.wait(lambda: True, settle=0.5)
    browser.close()
    probe.wait(lambda: True, settle=0.5)


def mb(n: float) -> str:
    return f"{n / 2**20:8.1f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("book", nargs="?", type=Path, default=BOOK)
    parser.add_argument("--times", type=int, default=1, help="the book this many times over (6: the 5 M book)")
    parser.add_argument("--no-trace", action="store_true", help="no tracemalloc (figures without its overhead)")
    args = parser.parse_args()
    if not args.no_trace:
        tracemalloc.start(1)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    data = Path(tempfile.mkdtemp(prefix="reader-bench-"))
    os.environ["READER_DATA_DIR"] = str(data)

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from responsiveness import _make_window, analysed, big_book, switched

    from reader.core.scripts import Script

    app, probe, window = _make_window(data)
    from PySide6.QtCore import QTimer
    from responsiveness import tree_memory

    tree_peak = [0.0]  # the process tree's RSS (window, worker, resource tracker), sampled

    def sample_tree() -> None:
        tree_peak[0] = max(tree_peak[0], tree_memory()["rss"])

    sampler = QTimer(interval=250, timeout=sample_tree)
    sampler.start()
    book = (big_book(args.book, args.times) if args.times > 1 else args.book).resolve()
    chars = len(book.read_text(encoding="utf-8"))
    rows: list[tuple[str, float, float]] = []
    fonts: list[float] = []  # font files' pages at each row

    def measure(name: str) -> None:
        rss, anon = memory_mb()
        own = tracemalloc.get_tracemalloc_memory() / 2**20 if tracemalloc.is_tracing() else 0.0
        rows.append((name, rss - own, anon - own))
        fonts.append(font_pages_mb())
        heap = malloc_in_use_mb()
        print(
            f"  {name:<40} RSS {rss - own:7.1f} MB  anonymous {anon - own:7.1f} MB  malloc in use {heap:7.1f} MB",
            flush=True,
        )

    def laid_out_to_end() -> None:
        """Ctrl+End on the page, waited for until the last block is laid out and on screen."""
        view = window.view
        QTest.keyClick(view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
        probe.wait(lambda: not view._slicer.active and not view.pages.swapping, settle=0.5)

    print(f"window memory: {book.name}, {chars:,} characters", flush=True)
    probe.wait(lambda: True, settle=1.0)
    measure("bare window")
    probe.wait(lambda: True, settle=0.5)
    a_page_shown(window, book, probe)
    measure("bare window, after a page of the book")
    window.open_path(book)
    probe.wait(lambda: window.current is not None and window.current.path == book and analysed(window), settle=1.0)
    laid_out_to_end()
    measure("book open, laid out to the end, analysed")
    for script, name in ((Script.SIMPLIFIED, "简体"), (Script.TRADITIONAL, "繁體"), (Script.ORIGINAL, "原文")):
        window.current.set_script(script)
        probe.wait(lambda script=script: switched(window, script), settle=0.5)
        laid_out_to_end()
        measure(f"after the switch to {name}")
    sampler.stop()  # the tree's peak while the book was opened, analysed and switched (not the probes below)
    sample_tree()
    base, page = rows[0][1], rows[1][1]
    print("\nper character of the book (the window process; goal ≤ 40 bytes):")
    print("  RSS over a window that has shown a page of the book (the goal's), and over the bare window (before)")
    base_anon = rows[0][2]
    for (name, rss, anon), font in zip(rows[2:], fonts[2:]):
        print(
            f"  {name:<40} RSS {(rss - page) * 2**20 / chars:6.1f} B/char over the window with a page, "
            f"{(rss - base) * 2**20 / chars:6.1f} over the bare window ({rss * 2**20 / chars:.0f} in all), "
            f"anonymous {(anon - base_anon) * 2**20 / chars:6.1f}, "
            f"RSS less font files' pages {(rss - font - base + fonts[0]) * 2**20 / chars:6.1f}"
        )
    print(
        f"  (font files' pages: {fonts[0]:.1f} MB in the bare window, {fonts[1]:.1f} MB once a page of the "
        f"book was shown, {fonts[-1]:.1f} MB at the last row)"
    )

    # -- what holds it ---------------------------------------------------------------------
    reading, view = window.current, window.view
    session = reading.session
    print("\nPython objects of the book (deep sizes, MB):")
    views = dict(session.views._cache)
    items = [("original text (session)", session.text)]
    for key, shown in views.items():
        items.append((f"view {key[0].name.lower()} {key[1] or ''}: text", shown.text))
        items.append((f"view {key[0].name.lower()} {key[1] or ''}: segments", shown.segments))
    items += [
        ("words (array of boundaries)", session.words),
        ("key terms", session.key_terms),
        ("section terms", session.section_terms),
        ("outline", session.outline),
        ("typeset blocks", session.typeset_blocks),
        ("annotations", session.annotations),
        ("page: positions (utf-16 map)", view.positions),
        ("page: original text", view.original_text),
        ("page: highlight layers", view.layers),
    ]
    seen: set[int] = set()
    for name, obj in items:  # shared objects are counted once, under the first name
        print(f"  {name:<40} {mb(deep_size(obj, seen))}")
    del seen, items

    pages = view.pages
    kept = [d for d in pages._docs.values()]
    print(
        f"\npage: {len(kept)} kept laid-out document(s) of {len(views) + 1} script views; shown: "
        f"{view.document().characterCount():,} characters, {view.document().blockCount():,} blocks"
    )
    selections = view.extraSelections()
    print(f"page: {len(selections):,} extra selections")

    # one QTextDocument off the window, with the book's text as the page typesets it
    shown = view.positions.view
    from reader.gui.positions import QtPositions

    memory_mb()
    before = malloc_in_use_mb()
    doc = view.typesetter.build(shown, reading.blocks, QtPositions(shown))
    memory_mb()
    filled = malloc_in_use_mb()
    doc.setTextWidth(view.viewport().width())
    start = time.perf_counter()
    doc.documentLayout().documentSize()  # lays the whole document out
    laid_seconds = time.perf_counter() - start
    memory_mb()
    laid = malloc_in_use_mb()
    print("\none QTextDocument off the window, the shown view's text (malloc in use, MB):")
    print(
        f"  typeset, not laid out                    {filled - before:8.1f}  ({(filled - before) * 2**20 / chars:.0f} B/char)"
    )
    print(
        f"  laid out ({laid_seconds:.2f} s)                     {laid - filled:8.1f}  ({(laid - filled) * 2**20 / chars:.0f} B/char)"
    )
    doc.setParent(None)
    del doc
    gc.collect()

    if tracemalloc.is_tracing():
        snapshot = tracemalloc.take_snapshot()
        by_module: dict[str, int] = {}
        for stat in snapshot.statistics("filename"):
            name = stat.traceback[0].filename
            short = name.split("/site-packages/")[-1].split("/wt/memory/")[-1].split("/lib/python3")[-1]
            by_module[short] = by_module.get(short, 0) + stat.size
        total = sum(by_module.values())
        print(
            f"\nPython allocations alive (tracemalloc): {mb(total)} MB in all; tracemalloc's own "
            f"{mb(tracemalloc.get_tracemalloc_memory())} MB; the largest by module:"
        )
        for name, size in sorted(by_module.items(), key=lambda kv: -kv[1])[:12]:
            print(f"  {name:<60} {mb(size)}")
        print("the largest by line:")
        for stat in snapshot.statistics("lineno")[:12]:
            frame = stat.traceback[0]
            short = frame.filename.split("/site-packages/")[-1].split("/wt/memory/")[-1]
            print(f"  {short + ':' + str(frame.lineno):<60} {mb(stat.size)}  ({stat.count:,} blocks)")

    rss = memory_mb()[0]
    print(
        f"\nprocess tree: peak RSS {tree_peak[0]:.1f} MB (sampled every 0.25 s from launch to the last switch; goal ≤ 300 MB, 5 M book ≤ 600 MB)"
    )
    window.close()
    app.processEvents()
    print(f"\nfinal RSS {rss:.1f} MB; load average {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
