"""Where do centred titles and datelines break words on narrow pages? Run from the top folder
(offscreen; minutes):

    python benchmarks/narrow_breaks.py [--part dev|held-out] [--sample N] [--seed S]
                                       [--widths 120:600:10] [--no-pinyin] [--details FILE]

Each document of the structure evaluation corpus (eval/structure; a seeded sample of each
kind) is opened through the window's own path, its words cut (jieba, in the worker), and its
page set to each width, in the original script, 简体 and 繁體, and with pinyin on (original
script). For every title, subtitle, dateline and breadcrumb that wraps, as Qt laid it out:

- broken: a line starts inside a word (jieba's) that a line of the page could hold whole;
- needless: broken, where lines of the same number or one more, each ending where a word ends
  (or inside a word no line holds) and no wider than the page, exist;
- lines: how many lines the block takes.

Printed per kind of block and split part; --details writes each needless break of the
development part (never the held-out third's). Figures are printed, never asserted.

Measured (4 documents a kind, seed 1, load 8-13), before → after the rule that a break inside
a word is worse than one more line (balance.py, December 2026):

    part      block     looks  broken        needless      lines
    dev       dateline   9212  2285 → 1348   2003 → 1083   23781 → 24886
    dev       title      8232   244 →  204     68 →   39   26845 → 27081
    held-out  dateline  10192  3600 → 2285   3120 → 1834   31546 → 33213
    held-out  title      7448   223 →  170     90 →   46   25281 → 25567

A dateline's lines are one width's wrap (ragged_lines): most of its needless breaks left need a
line ended early where no space is (第九届 / 全国人民代表大会), which that cannot do.

Measured again on 44 documents (docx_real and pdf_real added; pdf_real not built here), before
→ after a dateline's no-break spaces shown as spaces and a name in title marks joined only
between its two-character words (line_units.spaced, _name_cuts; December 2026, load 7-23):

    part      block     looks  broken        needless      lines
    dev       dateline  10780  2243 → 2243   1743 → 1757   34801 → 34795
    held-out  dateline  13720  3475 → 3475   2723 → 2723   52398 → 52398
    notice    dateline    392    46 →   54     33 →   34     790 →   773

(titles unchanged). The notice's lines at 140-160 px read 14:04 / 來源： / 《工人 / 日報》 where
they read 14:04  來 / 源： / 《工人日 / 報》: a closing mark or a colon no longer starts a line,
which this measure does not count; jieba's one word 工人日報 broken between 工人 and 日報 it does.

Measured again (40 documents a part opened: epub_real and pdf_real not built here; load 9-19),
before → after a dateline's words joined where a line holds them (the page's LOOSE made a
joiner once jieba's words are known: title_balance._tie_words; December 2026):

    part      block     looks  broken        needless      lines
    dev       dateline  10388  1908 →  510   1522 →    0   28412 → 29390
    held-out  dateline  11956  2936 →  691   2199 →    0   47899 → 49709

(titles unchanged: dev 140 / 53 / 29497, held-out 275 / 62 / 34563). The broken ones left
have no lines ending on words, one more line at most, to take instead (《工人 / 日報》 at
140 px, where the word with its marks is wider than a line)."""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.screen_audit import close_modal_dialogs, set_script, shown_window, wait  # noqa: E402
from eval.structure.score import HERE as EVAL  # noqa: E402
from eval.structure.score import goldens, held_out_ids  # noqa: E402

KINDS = {"title": "title", "subtitle": "title", "dateline": "dateline", "breadcrumb": "dateline"}
SLACK = 1.0


def block_lines(block) -> list[tuple[int, int]]:
    layout = block.layout()
    return [
        (layout.lineAt(i).textStart(), layout.lineAt(i).textStart() + layout.lineAt(i).textLength())
        for i in range(layout.lineCount())
    ]


def judge(view, block, room: float) -> tuple[int, bool, bool, str]:
    """(lines, broken, needless, as shown) for one block as Qt laid it out."""
    from reader.core.balance import line_breaks
    from reader.core.line_units import JOINER, LOOSE, without_page_chars
    from reader.gui.title_balance import _advances, _block_font

    text, first = block.text(), block.position()
    positions, words = view.positions, view.words
    advances = _advances(text, _block_font(block))
    prefix = [0.0]
    for a in advances:
        prefix.append(prefix[-1] + a)

    def ink(a: int, b: int) -> float:
        while b > a and text[b - 1].isspace():
            b -= 1
        return prefix[b] - prefix[a]

    def at_word_end(k: int) -> bool:
        pos = positions.to_original(first + k)
        return words.word_at(pos)[0] == pos

    # the words (block offsets): a word no line holds may break anywhere
    n, breakable = len(text), line_breaks(text)
    ends = [0, *(k for k in range(1, n) if text[k - 1] != JOINER and text[k : k + 1] != LOOSE and at_word_end(k)), n]
    too_wide = [(a, b) for a, b in zip(ends, ends[1:]) if ink(a, b) > room]
    inside_too_wide = {k for a, b in too_wide for k in range(a + 1, b)}
    lines = block_lines(block)
    shown = "|".join(without_page_chars(text[a:b]) for a, b in lines)
    broken = any(not at_word_end(a) and a not in inside_too_wide for a, _ in lines[1:])
    if not broken:
        return len(lines), False, False, shown
    allowed = sorted({k for k in ends[1:-1] if breakable[k]} | {k for k in inside_too_wide if breakable[k]} | {n})
    fewest = {0: 0}
    for end in allowed:
        counts = [fewest[a] + 1 for a in fewest if ink(a, end) <= room]
        if counts:
            fewest[end] = min(counts)
    best = fewest.get(n)
    return len(lines), True, best is not None and best <= len(lines) + 1, shown


def measure_page(window, widths, tally, part: str, where: str, details) -> None:
    from PySide6.QtTest import QTest

    view, reading = window.view, window.current
    for width in widths:
        view.setFixedWidth(width)
        wait(lambda: view.width() == width and not view.titles.pending, timeout=10.0)  # noqa: B023
        QTest.qWait(1)
        room = view.viewport().width() - 2 * view.document().documentMargin() - SLACK
        for start, end, kind in reading.blocks:
            if kind not in KINDS:
                continue
            a, b = view.positions.range_to_qt(start, end)
            block = view.document().findBlock(a)
            while block.isValid() and block.position() <= b:
                if block.text().strip():
                    view.document().documentLayout().blockBoundingRect(block)  # laid out up to it
                    count, broken, needless, shown = judge(view, block, room)
                    t = tally[(KINDS[kind], part)]
                    t["looks"] += 1
                    t["lines"] += count
                    t["broken"] += broken
                    t["needless"] += needless
                    if needless and details is not None:
                        details.write(f"{where}\t{width}\t{kind}\t{shown}\n")
                block = block.next()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--part", choices=("dev", "held-out"), default="dev")
    parser.add_argument("--sample", type=int, default=6, help="documents of each kind (0: every one)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--widths", default="120:600:10", help="first:last:step, px of the page")
    parser.add_argument("--no-pinyin", action="store_true")
    parser.add_argument("--details", type=Path)
    parser.add_argument("--files", type=Path, nargs="*", default=[], help="these files instead (dev)")
    args = parser.parse_args()
    first, last, step = (int(x) for x in args.widths.split(":"))
    widths = range(first, last + 1, step)
    app, window = shown_window("reader-narrow-", 1900, 800)

    from reader.core.scripts import Script

    if args.files:
        chosen = [("files", path.resolve(), "dev") for path in args.files]
    else:
        all_goldens = goldens()
        held = held_out_ids(all_goldens)
        by_kind = defaultdict(list)
        for g in all_goldens:
            if (g["id"] in held) is (args.part == "held-out"):
                by_kind[g["kind"]].append(g)
        rng = random.Random(args.seed)
        chosen = []
        for kind, group in sorted(by_kind.items()):
            picked = rng.sample(group, min(args.sample, len(group))) if args.sample else group
            chosen += [(kind, EVAL / g["file"], args.part) for g in picked]
    details = args.details.open("w", encoding="utf-8") if args.details and args.part == "dev" else None
    tally = defaultdict(lambda: defaultdict(int))
    started = time.perf_counter()
    print(f"narrow breaks: {len(chosen)} documents, widths {first}-{last} step {step}; load {os.getloadavg()[0]:.1f}")
    for n, (kind, path, part) in enumerate(chosen, 1):
        window.resize(1900, 800)
        if not window.open_path(path) or not wait(
            lambda p=path: window.current is not None and window.current.path == p, 60
        ):
            close_modal_dialogs()
            print(f"[{n}] {kind} {path.name}: not opened")
            continue
        reading = window.current
        name = path.name if part == "dev" else "(held out)"
        try:
            looks = []
            for script in (Script.ORIGINAL, Script.SIMPLIFIED, Script.TRADITIONAL):
                looks.append((script.value, lambda s=script, r=reading: set_script(window, r, s)))
            if not args.no_pinyin:
                looks.append(("pinyin", lambda r=reading: set_script(window, r, Script.ORIGINAL) and _pinyin(r)))
            for label, then in looks:
                if not then():
                    print(f"[{n}] {kind} {name}: {label} never shown")
                    continue
                reading.start_words()
                if not wait(lambda: window.view.words is not None, timeout=60.0):
                    print(f"[{n}] {kind} {name}: no words in {label}")
                    continue
                measure_page(window, widths, tally, part, f"{kind}\t{name}\t{label}", details)
                window.view.setMinimumWidth(0)
                window.view.setMaximumWidth(16777215)
        finally:
            reading.show_pinyin(False)
            for open_reading in list(window.readings()):
                window.close_reading(open_reading)
        print(f"[{n}/{len(chosen)}] {kind} {name} done", flush=True)
    if details is not None:
        details.close()
    print(f"\nnarrow breaks ({time.perf_counter() - started:.0f} s; load {os.getloadavg()[0]:.1f})")
    print(f"{'block':9} {'part':9} {'looks':>7} {'broken':>7} {'needless':>9} {'lines':>7}")
    for (block_kind, part), t in sorted(tally.items()):
        print(f"{block_kind:9} {part:9} {t['looks']:>7} {t['broken']:>7} {t['needless']:>9} {t['lines']:>7}")
    window.close()
    app.processEvents()


def _pinyin(reading) -> bool:
    reading.show_pinyin(True)
    return wait(lambda: reading.view.pinyin.active and not reading.view.room.active, timeout=90.0)


if __name__ == "__main__":
    main()
