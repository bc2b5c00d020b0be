"""ReadingPage on its own: the message bar above the text, the find bar below, the strip over
the text's right margin, and the focus on the text."""

from PySide6.QtWidgets import QLineEdit, QWidget

from reader.gui.reading_page import ReadingPage


def test_the_bars_go_above_and_below_the_text_and_the_focus_to_the_text(qtbot):
    page = ReadingPage()
    qtbot.addWidget(page)
    strip, bar = QWidget(), QLineEdit()
    page.place(strip, bar)
    page.resize(500, 400)
    page.messages.show_message("notes file damaged")
    page.show()
    qtbot.waitExposed(page)
    assert page.messages.geometry().bottom() < page.view.geometry().top()
    assert bar.geometry().top() > page.view.geometry().bottom()
    assert strip.parent() is page.view  # over the text, not in the column: the page keeps its width
    assert page.focusProxy() is page.view
