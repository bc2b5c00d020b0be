"""Document and note text where Qt would read markup: tooltips and message boxes.

Qt guesses whether a tooltip's or a message box's text is rich text (Qt::mightBeRichText): a
paragraph reading `<img src="/dev/zero">` would be laid out as HTML and Qt would read that file
(it aborts on /dev/zero and hangs on a FIFO). Labels take Qt.PlainText; these two cannot, so
their text is escaped inside <qt>…</qt>: it shows exactly as written, and nothing in it is markup."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel


def escaped(text: str) -> str:
    """Text for a tooltip or message box that shows as written (line breaks and runs of
    spaces kept), whatever it holds; "" stays "" (no tooltip)."""
    if not text:
        return ""
    # html.escape(text, quote=False)'s three replacements: the html module loads its table of
    # entities on import (8 M instructions, and a tab's tooltip is escaped before the first paint)
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return f'<qt><span style="white-space: pre-wrap">{text}</span></qt>'.replace("\n", "<br>")


def plain_label(label: QLabel) -> QLabel:
    """A label that shows its text as written, never as markup."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label
