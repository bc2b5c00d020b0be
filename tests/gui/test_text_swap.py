"""A document typeset off screen in slices (reader.gui.text_swap.DocumentSwap), handed over
once it is whole; or dropped when the reader moves on."""

from PySide6.QtGui import QTextCursor, QTextDocument

from reader.gui.text_swap import DocumentSwap


def _typesetting(paragraphs: int, built: list[int]):
    """A document of 500-character paragraphs, 20 paragraphs a step; the document last."""
    doc = QTextDocument()
    cursor = QTextCursor(doc)
    for n in range(paragraphs):
        if n:
            cursor.insertBlock()
        cursor.insertText(f"第{n:03d}段" + "紅" * 495)
        built.append(n)
        if n % 20 == 19:
            yield None
    yield doc


def test_the_document_comes_typeset_in_turns(qtbot):
    built: list[int] = []
    ready: list[QTextDocument] = []
    swap = DocumentSwap()
    swap.start(_typesetting(400, built), ready.append)
    assert swap.active and not built  # nothing in the turn of the switch itself
    qtbot.waitUntil(lambda: bool(ready), timeout=20000)
    [doc] = ready
    assert not swap.active
    assert doc.blockCount() == 400 and doc.toPlainText().count("紅") == 400 * 495


def test_a_swap_stopped_before_it_ends_hands_nothing_over(qtbot):
    # the reader switched again, or another document opened, in the same turn
    built: list[int] = []
    ready: list[QTextDocument] = []
    swap = DocumentSwap()
    swap.start(_typesetting(400, built), ready.append)
    swap.stop()
    qtbot.wait(300)
    assert not swap.active and not ready and not built
