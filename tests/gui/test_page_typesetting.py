"""How the page's text is cut into the document's blocks (reader.gui.page_typesetting)."""

import random
import re
from pathlib import Path

from reader.gui import page_typesetting
from reader.gui.page_typesetting import _BLOCK_BREAK, _lines

BOOK = Path(__file__).parents[1] / "corpus" / "hongloumeng.txt"
BLOCK_BREAK = re.compile(_BLOCK_BREAK)


class _Searched:
    """The block-break pattern, noting each text it searches."""

    def __init__(self, pattern) -> None:
        self.pattern, self.texts = pattern, []

    def finditer(self, text):
        self.texts.append(len(text))
        return self.pattern.finditer(text)


def test_a_text_is_cut_at_every_kind_of_block_break_as_qt_cuts_it():
    rng = random.Random(7)
    for _ in range(3000):
        text = "".join(rng.choice("ab中\n\r\u2029\ufdd0\ufdd1 ") for _ in range(rng.randint(0, 40)))
        assert list(_lines(text)) == BLOCK_BREAK.split(text)


def test_a_book_of_line_feeds_is_cut_without_the_patterns_search(monkeypatch):
    """红楼梦's lines at launch: cut by str.find, not by the pattern's search (a step per
    character, 20-40 ms of the window's thread before the book's first paint); a text with
    another break still is, and both are cut as the pattern cuts them."""
    spy = _Searched(BLOCK_BREAK)
    real = page_typesetting.compiled
    monkeypatch.setattr(page_typesetting, "compiled", lambda p, *a: spy if p == _BLOCK_BREAK else real(p, *a))
    book = BOOK.read_text(encoding="utf-8")
    assert list(_lines(book)) == BLOCK_BREAK.split(book)
    assert spy.texts == []
    windows = book[:5000].replace("\n", "\r\n")
    assert list(_lines(windows)) == BLOCK_BREAK.split(windows)
    assert spy.texts == [len(windows)]


def test_a_line_of_only_zero_width_spaces_takes_no_more_room_than_a_blank_line(make_window, qtbot, tmp_path):
    """Under Xvfb 公司法 (2023), as its web source gives it, showed a gap of two lines above and
    below 第二章 公司登记: its lines holding only a zero-width space were typeset as empty
    paragraphs. They separate paragraphs as a blank line does (the text keeps them)."""
    from PySide6.QtCore import Qt

    path = tmp_path / "law.txt"
    path.write_text(
        "某某法\n\n第一条 为了规范管理，制定本法。\n\n\u200b\n\n第二章 公司登记\n\n\u200b\n\n第二条 本法自公布之日起施行。\n",
        encoding="utf-8",
    )
    window = make_window(path)
    qtbot.keyClick(window.view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    doc = window.view.document()
    layout = doc.documentLayout()
    room = {}  # a block's text → how far down it puts the next block
    block = doc.begin()
    while block.next().isValid():
        gap = layout.blockBoundingRect(block.next()).top() - layout.blockBoundingRect(block).top()
        room.setdefault(block.text(), gap)
        block = block.next()
    assert room["\u200b"] <= room[""] < 5
    assert window.session.text.count("\u200b") == 2  # the text as written


def test_a_fields_label_is_muted_before_the_title_it_names(make_window, qtbot, tmp_path):
    """A Taiwan law as the MOJ's database lays it out opens with 法規名稱：: the page sets the
    label muted before the name, in the title's type on the title's line (so the line is
    balanced as one), and the name as the title; the window's title is the name."""
    from PySide6.QtGui import QTextCursor, QTextFormat

    path = tmp_path / "law_tw.txt"
    path.write_text(
        "法規名稱：證券期貨業及其他經金融監督管理委員會指定之金融機構防制洗錢及打擊資恐內部控制與稽核制度實施辦法\n"
        "修正日期：民國 110 年 12 月 14 日\n法規類別：行政＞金融監督管理委員會＞證券期貨局\n\n"
        "第 1 條\n本辦法依洗錢防制法第六條第四項規定訂定之。\n",
        encoding="utf-8",
    )
    window = make_window(path)
    doc = window.view.document()

    def format_of(pos: int):
        cursor = QTextCursor(doc)
        cursor.setPosition(pos + 1)  # the format of the character before the cursor
        return cursor.charFormat()

    label, name = format_of(0), format_of(5)  # 法, and 證: the name's first character
    assert label.foreground() == window.view.palette().placeholderText()
    assert name.foreground() != label.foreground()
    for char in (label, name):
        assert char.intProperty(QTextFormat.Property.FontSizeAdjustment) == 2 and char.font().bold()
    assert window.current.title().startswith("證券期貨業")
