"""A long document's script changed in place (reader.gui.text_swap): the page on screen in the
turn of the switch itself and nothing more, the rest in later slices, every block in the end."""

from PySide6.QtGui import QTextDocument

from reader.gui.text_swap import TextSwap


def _paragraphs(char: str) -> str:
    return "\n".join(f"第{n:02d}段" + char * 495 for n in range(40))  # 40 blocks of 500 characters


def test_the_first_slice_is_the_page_on_screen_and_the_rest_follows(qtbot):
    old, new = _paragraphs("红"), _paragraphs("紅")
    doc = QTextDocument()
    doc.setPlainText(old)
    swap = TextSwap()
    seen: list[str] = []
    finished: list[bool] = []
    page = (10_020, 12_024)  # blocks 20 to 23, as the page on screen

    swap.start(
        doc,
        new,
        page,
        before=lambda: None,
        after=lambda _s, _last: seen.append(doc.toPlainText()),
        done=lambda: finished.append(True),
    )

    first = seen[0]  # what the switch's own turn put in
    block = slice(page[0], page[1])
    assert first[block] == new[block]
    assert first[: page[0] - 1_000] == old[: page[0] - 1_000]  # nothing far above nor below yet:
    assert first[page[1] + 2_000 :] == old[page[1] + 2_000 :]  # they come in later turns
    qtbot.waitUntil(lambda: bool(finished), timeout=5000)
    assert doc.toPlainText() == new
    assert len(seen) > 1
