"""The screen checks of tests/gui/test_screen_truth.py, at scale, on documents the page's rules
were never tuned on: the structure evaluation corpus (eval/structure, eight kinds, each file as a
reader has it: .txt, .docx, .pdf, .html) and the comparison pairs (eval/compare). Run from the
top folder (offscreen; minutes, not seconds):

    python benchmarks/screen_audit.py [--sample N] [--seed S] [--part dev|held-out|all]
                                      [--kinds K,K] [--ids ID,ID] [--pairs N] [--details FILE]
                                      [--sizes least,1280x800,...] [--no-split] [--no-pinyin]

At a load of 5-12 on 2 cores: every document at the first three sizes, 34 minutes; at the fourth
alone, 22; 60 pairs at every size, 6; a sample of 8 a kind at every size, 7.

Each document is opened through the window's own open path (MainWindow.open_path), then looked
at in every script (原文, 简体, 繁體) at four window sizes: the window at its least (the page
at its minimum, PAGE_ROOM), 1280×800, 1920×1080 zoomed in three steps, and the least window
zoomed in six. Then pinyin over the text (original script, every other size), and View ▸ Split
with the document in both panes.
For a few comparison pairs (--pairs), the two versions compared (Compare ▸ With…), both pages
checked at every size, then with the unchanged sections folded (Ctrl+End then shows the
last fold's line where the last block is folded away). Each look makes the checks of
tests/gui/screen_truth.py:

- laid out: every visible block has lines once the page has settled;
- wider: no laid-out line (nor the document) reaches past the viewport;
- Ctrl+End: Ctrl+End pressed on the page shows the document's last block with text.

Printed per kind and split part: documents, looks (pages checked), documents failing each check (a document counts
once per check however many of its looks fail), and documents that did not open. --details
writes every failure of the development part (never the held-out third's: that part is
counted, not looked at while the page is mended). Figures are printed, never asserted."""

from __future__ import annotations

import argparse
import json
import lzma
import os
import random
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.structure.score import HERE as EVAL  # noqa: E402
from eval.structure.score import goldens, held_out_ids  # noqa: E402

CHECKS = ("opened", "laid out", "wider", "Ctrl+End")
SETTLE_S = 15.0  # a page laid out in slices on a shared machine
LOOKS = [0]  # pages looked at, for the table
ZOOM_STEPS = 3
LEAST_ZOOM_STEPS = 6  # the body at 25 pt, a title's 37 pt: five characters a line


@dataclass
class Item:
    kind: str
    name: str
    held_out: bool
    path: Path | None = None
    pair: dict | None = None


@dataclass
class Tally:
    documents: int = 0
    failed: dict[str, int] = field(default_factory=lambda: dict.fromkeys(CHECKS, 0))
    looks: int = 0


# -- the event loop ---------------------------------------------------------------------------
def wait(condition, timeout: float = SETTLE_S) -> bool:
    """Run the event loop until condition() holds; False when it never did."""
    from PySide6.QtTest import QTest

    end = time.perf_counter() + timeout
    while True:
        if condition():
            return True
        if time.perf_counter() > end:
            return False
        QTest.qWait(10)


def close_modal_dialogs() -> None:
    """A message box (a document that cannot be read) would hold the audit: it is answered."""
    from PySide6.QtWidgets import QApplication

    dialog = QApplication.activeModalWidget()
    if dialog is not None:
        dialog.reject()


def shown_window(prefix: str, width: int, height: int):
    """(the application, a main window) in a data folder of its own (a temporary folder named
    from prefix), shown at width × height, a modal box answered whenever one comes up."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    data = Path(tempfile.mkdtemp(prefix=prefix))
    os.environ["READER_DATA_DIR"] = str(data)

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from reader.app import create_application, open_settings
    from reader.gui.main_window import MainWindow

    app = QApplication.instance() or create_application([sys.argv[0]])
    window = MainWindow(open_settings(data), data)
    window.resize(width, height)
    window.show()
    QTimer(window, interval=500, timeout=close_modal_dialogs).start()  # a modal box stops nothing
    wait(lambda: window.isVisible())
    return app, window


# -- the checks ---------------------------------------------------------------------------------
def look(view, where: str, problems: list[str]) -> None:
    """The three checks of screen_truth on one page as it is now; each failure appended."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from tests.gui.screen_truth import fully_laid_out, last_text_block, on_screen, overwide_lines, unlaid_blocks

    LOOKS[0] += 1
    where = f"{where} ({view.viewport().width()} px)"
    if not wait(lambda: fully_laid_out(view) and not view.pages.swapping):
        problems.append(f"laid out\t{where}\tblocks {unlaid_blocks(view)[:8]}")
    wide = overwide_lines(view)
    doc_width, port = view.document().size().width(), view.viewport().width()
    if wide or doc_width > port + 1:
        sample = [(b, round(r)) for b, r in wide[:4]]
        problems.append(f"wider\t{where}\tviewport {port}, document {doc_width:.0f}, lines {len(wide)} {sample}")
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    last = last_text_block(view)
    while last.isValid() and not last.isVisible():  # folded away (a comparison): its fold's line shows
        last = last.previous()
    if not wait(lambda: on_screen(view, last), timeout=5.0):
        bar = view.verticalScrollBar()
        problems.append(
            f"Ctrl+End\t{where}\tlast block {last.blockNumber()} {last.text()[:20]!r}; bar {bar.value()}/{bar.maximum()}"
        )
    QTest.keyClick(view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)


SIZES = ("least", "1280x800", "1920x1080 zoomed", "least zoomed")
CHOSEN_SIZES = list(SIZES)  # --sizes


def sizes(window):
    """(name, then) for each window size chosen: the window resized (and zoomed) before the looks."""
    from PySide6.QtTest import QTest

    def at(width: int, height: int, steps: int):
        def then():
            window.resize(width, height)  # 200 px: Qt keeps the window at its least, the page at PAGE_ROOM
            QTest.qWait(30)
            window.zoom(None)
            for _ in range(steps):
                window.zoom(+1)

        return then

    made = {
        "least": at(200, 700, 0),
        "1280x800": at(1280, 800, 0),
        "1920x1080 zoomed": at(1920, 1080, ZOOM_STEPS),
        "least zoomed": at(200, 700, LEAST_ZOOM_STEPS),  # a reader who needs large type, in a small window
    }
    return [(name, made[name]) for name in CHOSEN_SIZES]


def resized(window, then) -> None:
    from PySide6.QtTest import QTest

    then()
    QTest.qWait(60)  # the resize and the page's own turns after it


def set_script(window, reading, script) -> bool:
    reading.set_script(script)
    return wait(lambda: reading.pending_script is None and reading.script is script, timeout=60.0)


def audit_document(window, path: Path, split_view: bool, pinyin: bool) -> tuple[bool, list[str]]:
    """(opened, problems) for one document in every script and size, pinyin and split view."""
    from reader.core.scripts import Script

    problems: list[str] = []
    window.zoom(None)
    window.resize(1280, 800)
    if not window.open_path(path):
        close_modal_dialogs()
        return False, ["opened\topen_path refused"]
    if not wait(lambda: window.current is not None and window.current.path == path, timeout=60.0):
        close_modal_dialogs()
        return False, ["opened\tnever shown"]
    reading = window.current
    try:
        for script in (Script.ORIGINAL, Script.SIMPLIFIED, Script.TRADITIONAL):
            if not set_script(window, reading, script):
                problems.append(f"opened\t{script.value}: the switch never finished")
                continue
            for name, then in sizes(window):
                resized(window, then)
                look(reading.view, f"{script.value} {name}", problems)
        set_script(window, reading, Script.ORIGINAL)
        if pinyin:
            reading.show_pinyin(True)
            if wait(lambda: reading.view.pinyin.active and not reading.view.room.active, timeout=90.0):
                for name, then in sizes(window)[::2]:
                    resized(window, then)
                    look(reading.view, f"pinyin {name}", problems)
            else:
                problems.append("opened\tpinyin never shown")
            reading.show_pinyin(False)
            wait(lambda: not reading.view.room.active)
        if split_view:
            window.split(True)
            if wait(lambda: len(window.readings(1)) == 1 and window.readings(1)[0].path == path, timeout=60.0):
                for name, then in sizes(window):
                    resized(window, then)
                    for pane in (0, 1):
                        look(window.readings(pane)[0].view, f"split pane {pane} {name}", problems)
            else:
                problems.append("opened\tsplit: the second pane never showed the document")
            window.split(False)
    finally:
        window.split(False)
        for open_reading in list(window.readings()):
            window.close_reading(open_reading)
        window.zoom(None)
    return True, problems


def audit_pair(window, pair: dict, folder: Path) -> tuple[bool, list[str]]:
    """Two versions of a law compared (Compare ▸ With…): both pages at every size."""
    from reader.gui import compare_launch

    older, newer = folder / f"{pair['law']}-old.txt", folder / f"{pair['law']}-new.txt"
    older.write_text(pair["a"], encoding="utf-8")
    newer.write_text(pair["b"], encoding="utf-8")
    problems: list[str] = []
    window.zoom(None)
    window.resize(1280, 800)
    if not window.open_path(older) or not wait(lambda: window.current is not None and window.current.path == older):
        close_modal_dialogs()
        return False, ["opened\tthe older version"]
    chosen = compare_launch.choose_documents
    compare_launch.choose_documents = lambda *args: [str(newer)]
    try:
        window.actions["compare_with"].trigger()

        def coloured() -> bool:  # both pages (a pair differing in form only: with nothing to colour)
            comparing = window.comparing
            return comparing is not None and all("changes" in r.view.layers.shown for r in comparing.readings())

        if not wait(coloured, timeout=120.0):
            return False, ["opened\tthe comparison never coloured its pages"]
        for folded in (False, True):  # then Compare ▸ Fold Unchanged Sections
            window.actions["compare_fold"].setChecked(folded)
            for name, then in sizes(window):
                resized(window, then)
                for side, reading in zip(("older", "newer"), window.comparing.readings(), strict=True):
                    look(reading.view, f"compared{', folded' if folded else ''}, {side}, {name}", problems)
        window.actions["compare_fold"].setChecked(False)
    finally:
        compare_launch.choose_documents = chosen
        window.stop_comparing()
        window.split(False)
        for open_reading in list(window.readings()):
            window.close_reading(open_reading)
        window.zoom(None)
    return True, problems


# -- what is audited ----------------------------------------------------------------------------
def items(args) -> list[Item]:
    all_goldens = goldens()
    held = held_out_ids(all_goldens)
    out = [
        Item(g["kind"], g["id"], g["id"] in held, path=EVAL / g["file"])
        for g in all_goldens
        if (not args.kinds or g["kind"] in args.kinds) and (EVAL / g["file"]).exists()  # pdf_real is built, not kept
    ]
    if args.pairs and (not args.kinds or "compare" in args.kinds):
        with lzma.open(ROOT / "eval" / "compare" / "pairs.json.xz", "rt", encoding="utf-8") as f:
            pairs = json.load(f)["pairs"]
        out += [Item("compare", p["law"], p["held_out"], pair=p) for p in pairs]
    if args.ids:
        out = [i for i in out if i.name in args.ids and not i.held_out]  # a failure of the development part, again
    if args.part != "all":
        out = [i for i in out if i.held_out is (args.part == "held-out")]
    by_kind: dict[str, list[Item]] = defaultdict(list)
    for item in out:
        by_kind[item.kind].append(item)
    rng = random.Random(args.seed)
    chosen = []
    for kind, group in sorted(by_kind.items()):
        limit = args.pairs if kind == "compare" else args.sample
        chosen += rng.sample(group, min(limit, len(group))) if limit else group
    return chosen


def print_table(table: dict[tuple[str, str], Tally], started: float) -> None:
    print(f"\nscreen audit ({time.perf_counter() - started:.0f} s)")
    header = f"{'kind':10} {'part':9} {'docs':>5} {'looks':>6}" + "".join(f" {c:>9}" for c in CHECKS)
    print(header.replace("opened", "not opened"))
    totals: dict[str, Tally] = defaultdict(Tally)
    for (kind, part), tally in sorted(table.items()):
        for key in (part, "all"):
            total = totals[key]
            total.documents += tally.documents
            total.looks += tally.looks
            for check in CHECKS:
                total.failed[check] += tally.failed[check]
        row = f"{kind:10} {part:9} {tally.documents:>5} {tally.looks:>6}"
        print(row + "".join(f" {tally.failed[c]:>9}" for c in CHECKS))
    for part, tally in sorted(totals.items()):
        row = f"{'all':10} {part:9} {tally.documents:>5} {tally.looks:>6}"
        print(row + "".join(f" {tally.failed[c]:>9}" for c in CHECKS))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sample", type=int, default=0, help="documents of each kind (0: every one)")
    parser.add_argument("--seed", type=int, default=1, help="the sample's seed")
    parser.add_argument("--part", choices=("dev", "held-out", "all"), default="all")
    parser.add_argument("--kinds", type=lambda s: set(s.split(",")), default=set(), help="e.g. pdf,docx,compare")
    parser.add_argument("--ids", type=lambda s: set(s.split(",")), default=set(), help="only these (development) ids")
    parser.add_argument("--pairs", type=int, default=6, help="comparison pairs (0: none)")
    parser.add_argument("--sizes", type=lambda s: s.split(","), default=list(SIZES), help=f"of {', '.join(SIZES)}")
    parser.add_argument("--no-split", action="store_true", help="no split view (faster)")
    parser.add_argument("--no-pinyin", action="store_true", help="no pinyin over the text (faster)")
    parser.add_argument("--details", type=Path, help="write the development part's failures here")
    args = parser.parse_args()
    CHOSEN_SIZES[:] = [size for size in SIZES if size in args.sizes]
    app, window = shown_window("reader-screen-audit-", 1280, 800)
    pairs_folder = Path(tempfile.mkdtemp(prefix="reader-screen-pairs-"))

    chosen = items(args)
    print(f"screen audit: {len(chosen)} documents; load average {os.getloadavg()[0]:.1f}", flush=True)
    table: dict[tuple[str, str], Tally] = defaultdict(Tally)
    details = args.details.open("w", encoding="utf-8") if args.details else None
    started = time.perf_counter()
    for n, item in enumerate(chosen, 1):
        t0 = time.perf_counter()
        if item.pair is not None:
            opened, problems = audit_pair(window, item.pair, pairs_folder)
        else:
            opened, problems = audit_document(window, item.path, not args.no_split, not args.no_pinyin)
        part = "held-out" if item.held_out else "dev"
        tally = table[(item.kind, part)]
        tally.documents += 1
        tally.looks += LOOKS[0]
        LOOKS[0] = 0
        failed = {p.split("\t", 1)[0] for p in problems}
        if not opened:
            failed.add("opened")
        for check in failed:
            tally.failed[check] += 1
        shown = ", ".join(sorted(failed)) if failed else "ok"
        name = item.name if not item.held_out else "(held out)"
        print(f"[{n}/{len(chosen)}] {item.kind} {name}: {shown} ({time.perf_counter() - t0:.1f} s)", flush=True)
        if details is not None and not item.held_out:
            for problem in problems:
                details.write(f"{item.kind}\t{item.name}\t{problem}\n")
            details.flush()
    if details is not None:
        details.close()
    print_table(table, started)
    window.close()
    app.processEvents()


if __name__ == "__main__":
    main()
