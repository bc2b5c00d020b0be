"""How can Qt's wrap break a centred title only where jieba's words end? Run:

    python benchmarks/title_breaks.py

Measures, offscreen, on the notice's subtitle (組織/動員/億萬/職工/為/實現/黨/的/二十大/確定/的/
各項/任務/而/團結/奮斗) at 20 px a character, the three ways Qt's own parts could do it:

1. U+2060 WORD JOINER between a word's characters: does the line breaker honour it (at ten
   characters a width gives 9/10/9 again), and how many caret stops does the text get?
2. U+2028 LINE SEPARATOR at the chosen breaks: are the lines exactly those, and how many caret
   stops does the text get?
3. Spacing after a line's last character (a character format, the text unchanged), the way
   reader.gui.title_balance does it: where does the wrap break, and how far does the padded
   line's centre move (with and without the first line's indent)?

Both inserted characters change Qt's positions against the view's text (QtPositions maps one
to one), which the in-place script swap relies on (text_swap), and 1. gives the caret a stop
that moves nothing per joiner. Figures are printed, never asserted.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QFont, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

WORDS = "組織 動員 億萬 職工 為 實現 黨 的 二十大 確定 的 各項 任務 而 團結 奮斗".split()
SUBTITLE = "".join(WORDS)
PX = 20


def document(text: str, chars: float, pads: dict[int, float] = {}, indent: float = 0.0) -> QTextDocument:  # noqa: B006
    doc = QTextDocument()
    font = QFont("Noto Sans CJK SC")
    font.setPixelSize(PX)
    doc.setDefaultFont(font)
    doc.setDocumentMargin(0)
    doc.setPlainText(text)
    cursor = QTextCursor(doc)
    fmt = QTextBlockFormat()
    fmt.setAlignment(Qt.AlignmentFlag.AlignHCenter)
    fmt.setTextIndent(indent)
    cursor.setBlockFormat(fmt)
    for at, pad in pads.items():
        cursor.setPosition(at)
        cursor.setPosition(at + 1, QTextCursor.MoveMode.KeepAnchor)
        char = QTextCharFormat()
        char.setFontLetterSpacingType(QFont.SpacingType.AbsoluteSpacing)
        char.setFontLetterSpacing(pad)
        cursor.mergeCharFormat(char)
    doc.setTextWidth(chars * PX + 1)
    doc.size()  # lays it out
    return doc


def lines(doc: QTextDocument) -> list[str]:
    block = doc.firstBlock()
    layout = block.layout()
    out = []
    for i in range(layout.lineCount()):
        line = layout.lineAt(i)
        out.append(block.text()[line.textStart() : line.textStart() + line.textLength()])
    return out


def caret_stops(doc: QTextDocument) -> int:
    cursor, stops = QTextCursor(doc), 1
    while cursor.movePosition(QTextCursor.MoveOperation.NextCharacter):
        stops += 1
    return stops


def centres(doc: QTextDocument) -> list[float]:
    """Each line's glyphs' centre (the last glyph's right edge without spacing after it)."""
    layout = doc.firstBlock().layout()
    out = []
    for i in range(layout.lineCount()):
        line = layout.lineAt(i)
        start, n = line.textStart(), line.textLength()
        left = line.cursorToX(start)[0]
        out.append(left + n * PX / 2)
    return out


def main() -> None:
    app = QApplication(sys.argv)  # noqa: F841
    visible = lambda ls: "|".join(s.replace("\u2060", "").replace("\u2028", "") for s in ls)  # noqa: E731
    print(f"{len(SUBTITLE)} characters; a greedy wrap at 10 characters: {visible(lines(document(SUBTITLE, 10)))}")
    joined = "".join("\u2060".join(w) for w in WORDS)
    doc = document(joined, 10)
    print(
        f"1. word joiners ({len(joined) - len(SUBTITLE)} added): at 10 characters {visible(lines(doc))}; "
        f"caret stops {caret_stops(doc)} for {len(SUBTITLE)} characters (+1 end)"
    )
    separated = SUBTITLE[:9] + "\u2028" + SUBTITLE[9:19] + "\u2028" + SUBTITLE[19:]
    doc = document(separated, 30)
    print(f"2. line separators (2 added): {visible(lines(doc))}; caret stops {caret_stops(doc)}")
    for label, pads, indent in (
        ("3. spacing, 2 lines 13/15 at 15 characters, after 的 only", {12: PX + 2.0}, 0.0),
        ("   the same, half as indent (title_balance)", {12: (PX + 2.0) / 2}, (PX + 2.0) / 2),
    ):
        doc = document(SUBTITLE, 15, pads, indent)
        shown = centres(doc)
        print(
            f"{label}: {visible(lines(doc))}; centres {', '.join(f'{c:.1f}' for c in shown)} px; caret stops {caret_stops(doc)}"
        )


if __name__ == "__main__":
    main()
