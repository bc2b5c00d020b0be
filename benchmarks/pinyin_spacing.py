"""How much room do the syllables over the text find, by the letter spacing of the page? Run:

    python benchmarks/pinyin_spacing.py [--spacing 0,0.1,0.2,0.25] [FILE ...]

Each file (the notice and 孟子 unless told) is cut into lines of 38 characters (the page's
measure) set in the page's font with the given extra spacing after each character (in ems; the
page uses RUBY_LETTER_SPACING, a fifth), and the syllables of each line are placed as the page
places them (reader.gui.ruby_layout.arrange, a space inside a word, two between words). Printed:
the share of syllables condensed, the narrowest, and how far the syllables sit from their
characters' centres (in characters' widths: over 0.5 is off its own character). Figures are
printed, never asserted.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

LINE = 38


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--spacing", default="0,0.1,0.2,0.25", help="extra spacing after each character, in ems")
    parser.add_argument(
        "files",
        nargs="*",
        type=Path,
        default=[ROOT / "resources" / "notice.txt", ROOT / "tests/corpus/mengzi-gutenberg-big5.txt"],
    )
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import opencc
    from PySide6.QtGui import QFont, QFontMetricsF
    from PySide6.QtWidgets import QApplication

    from reader.core.pinyin import character_readings
    from reader.core.scripts import Script, View
    from reader.core.words import word_ends
    from reader.gui.pinyin_layer import RUBY_SCALE, WORD_GAP
    from reader.gui.reading_prefs import ReadingPrefs, body_font
    from reader.gui.ruby_layout import Slot, arrange

    app = QApplication.instance() or QApplication([])  # noqa: F841 (fonts need it)
    font = body_font(ReadingPrefs())
    metrics = QFontMetricsF(font)
    em = metrics.horizontalAdvance("中")
    small = QFont(font)
    small.setPointSizeF(font.pointSizeF() * RUBY_SCALE)
    syllable_metrics = QFontMetricsF(small)
    space = syllable_metrics.horizontalAdvance(" ")
    to_simplified = opencc.OpenCC("t2s")
    print(f"{font.family()} {font.pointSizeF():g} pt, syllables at {RUBY_SCALE:g}; lines of {LINE} characters")
    print("| file | spacing | syllables | condensed | narrowest | off centre: median / 95th / most |")
    print("|---|---|---|---|---|---|")
    for path in args.files:
        raw = path.read_bytes()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("big5hkscs", "replace")
        simplified = to_simplified.convert(text)
        ends = word_ends(simplified)
        starts = {0, *ends}
        readings = dict(character_readings(View(Script.SIMPLIFIED, None, simplified), ends).between(0, len(text)))
        for spacing in (float(s) for s in args.spacing.split(",")):
            condensed = total = 0
            narrowest = 1.0
            off: list[float] = []
            at = 0
            for paragraph in text.split("\n"):
                for a in range(0, len(paragraph), LINE):
                    x, slots = 0.0, []
                    for i in range(a, min(a + LINE, len(paragraph))):
                        width = metrics.horizontalAdvance(paragraph[i]) + spacing * em
                        syllable = readings.get(at + i)
                        if syllable is not None:
                            gap = (WORD_GAP if at + i in starts else 1) * space
                            natural = syllable_metrics.horizontalAdvance(syllable)
                            slots.append(Slot(x + width / 2, width / 2, natural, gap))
                        x += width
                    for slot, placed in zip(slots, arrange(slots, -em, x + em)):
                        total += 1
                        condensed += placed.scale < 0.999
                        narrowest = min(narrowest, placed.scale)
                        off.append(abs(placed.left + placed.width / 2 - slot.centre) / (2 * slot.half))
                at += len(paragraph) + 1
            off.sort()
            print(
                f"| {path.name} | {spacing:g} em | {total:,} | {100 * condensed / total:.1f} % | {narrowest:.2f} "
                f"| {off[len(off) // 2]:.2f} / {off[int(0.95 * len(off))]:.2f} / {off[-1]:.2f} |"
            )


if __name__ == "__main__":
    main()
