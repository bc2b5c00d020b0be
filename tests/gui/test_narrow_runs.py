"""Digits and Latin letters keep the font's own spacing while pinyin widens the characters'
(reader.gui.narrow_runs): set at the runs' own places, in Qt's positions."""

from PySide6.QtGui import QTextCursor, QTextDocument

from reader.gui.narrow_runs import format_all, has_own_spacing


def _own(doc: QTextDocument, position: int) -> bool:
    """Whether the character at Qt's position keeps its own spacing."""
    cursor = QTextCursor(doc)
    cursor.setPosition(position + 1)  # the format of the character before the cursor
    return has_own_spacing(cursor.charFormat())


def test_a_run_after_ideographs_outside_the_bmp_is_formatted_where_it_is(qapp):
    """𠝹 and 𨋢 are one character each to Python and two positions each to Qt: the runs, found
    in Python's text, were formatted two positions early per such character (the space and 年
    kept 2022's spacing, its last digits did not)."""
    text = "乘搭𠝹𨋢 2022年 lift"
    doc = QTextDocument()
    doc.setPlainText(text)
    format_all(doc)
    qt = doc.toPlainText().encode("utf-16-le")
    units = [qt[i : i + 2].decode("utf-16-le", "surrogatepass") for i in range(0, len(qt), 2)]
    kept = "".join(unit for position, unit in enumerate(units) if _own(doc, position))
    assert kept == "2022lift"
