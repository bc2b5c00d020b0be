"""A number stays with its unit on every line of the page, body text too: Qt's wrap broke
between a figure and the ideograph after it (2022 / 年, 3.5 / 亿元, 第20 / 届) and between two
full-width figures (５ / ０％), as between any two Chinese characters. The page joins them
(line_units.number_ties: a joiner the page's text alone holds); a Chinese line still breaks
between any other two characters, and a copy is the text as written."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from reader.core.line_units import JOINER, UNITS
from tests.gui.conftest import CONDITION_WAIT_MS
from tests.gui.screen_truth import overwide_lines

SENTENCE = "据统计，2022年全国共有1234个项目，投资约3.5亿元，增长５０％以上，第20届大会于10月16日上午10点开幕。"
BODY = "".join(SENTENCE[k:] + SENTENCE[:k] for k in range(0, 40, 3))  # the numbers at every place of a line
FULL_WIDTH = "０１２３４５６７８９"


def _line_starts(view):
    doc, out = view.document(), []
    block = doc.firstBlock()
    while block.isValid():
        doc.documentLayout().blockBoundingRect(block)
        layout = block.layout()
        out += [(block, layout.lineAt(i).textStart()) for i in range(1, layout.lineCount())]
        block = block.next()
    return out


def test_a_number_stays_with_its_unit_at_every_width(make_window, qtbot, tmp_path):
    path = tmp_path / "figures.txt"
    path.write_text(f"統計公報\n\n{BODY}\n\n{BODY[::-1]}\n", encoding="utf-8")
    window = make_window(path)
    window.resize(1900, 800)
    view, found, looked = window.view, [], 0
    for width in range(140, 401, 7):
        view.setFixedWidth(width)
        qtbot.waitUntil(lambda: view.width() == width and not view.titles.pending, timeout=CONDITION_WAIT_MS)  # noqa: B023
        for block, start in _line_starts(view):
            text = block.text().replace(JOINER, "")
            at = start - block.text()[:start].count(JOINER)
            before, after = text[at - 1], text[at]
            looked += 1
            if (before.isdigit() and after in UNITS) or (before in FULL_WIDTH and after in FULL_WIDTH + "％"):
                found.append(f"{text[max(0, at - 6) : at]}|{text[at : at + 4]} ({width} px)")
        found += [f"overwide {line} ({width} px)" for line in overwide_lines(view)]
    assert looked > 1000
    assert not found, "\n".join(found)


def test_a_copy_of_body_text_is_the_text_as_written(make_window, qtbot, tmp_path):
    path = tmp_path / "figures.txt"
    path.write_text(f"統計公報\n\n{SENTENCE}\n", encoding="utf-8")
    window = make_window(path)
    view = window.view
    start = window.current.session.text.index(SENTENCE)
    assert JOINER in view.document().findBlock(view.positions.to_qt(start)).text()  # the page's own
    view.setFocus()
    view.select_original(start, start)
    for k in range(1, len(SENTENCE) + 1):  # a key press a character: the joiners are not the reader's
        qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
        assert view.selected_range() == (start, start + k)
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == SENTENCE
