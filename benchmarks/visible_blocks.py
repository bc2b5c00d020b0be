"""What finding the page's blocks costs (reader.gui.visible_blocks), against Qt's hit test that
it replaces at the page's edges. Run:

    QT_QPA_PLATFORM=offscreen python benchmarks/visible_blocks.py [--blocks N] [--repeat N]

A page over a laid-out document of N paragraphs, scrolled to its middle: the microseconds of
one first_visible_block (each paint of the pinyin layer asks it once), one position_at, and one
QTextEdit.cursorForPosition at the page's top left. Figures are printed, never asserted."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QPoint  # noqa: E402
from PySide6.QtWidgets import QApplication, QTextEdit  # noqa: E402

from reader.gui.visible_blocks import first_visible_block, position_at  # noqa: E402


def _per_call_us(call, repeat: int) -> float:
    started = time.perf_counter()
    for _ in range(repeat):
        call()
    return (time.perf_counter() - started) / repeat * 1e6


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--blocks", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=2_000)
    args = parser.parse_args()
    app = QApplication(sys.argv)
    page = QTextEdit()
    page.resize(800, 600)
    page.show()
    page.setPlainText(
        "\n".join(f"第{n}段　" + "本規則依漁業法第二十一條第三項規定訂定之。" * 3 for n in range(args.blocks))
    )
    page.document().documentLayout().documentSize()  # laid out to the end
    page.verticalScrollBar().setValue(page.verticalScrollBar().maximum() // 2)
    app.processEvents()
    top = QPoint(0, 0)
    print(f"{args.blocks:,} blocks, the page at the middle, {args.repeat:,} calls each:")
    print(f"  first_visible_block  {_per_call_us(lambda: first_visible_block(page), args.repeat):7.1f} us")
    print(f"  position_at          {_per_call_us(lambda: position_at(page, top), args.repeat):7.1f} us")
    print(f"  cursorForPosition    {_per_call_us(lambda: page.cursorForPosition(top), args.repeat):7.1f} us")


if __name__ == "__main__":
    main()
