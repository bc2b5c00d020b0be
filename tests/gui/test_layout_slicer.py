"""LayoutSlicer: a long document laid out in slices that each stay within SLICE_MS."""

from types import SimpleNamespace

from PySide6.QtGui import QTextDocument

from reader.gui import layout_slicer
from reader.gui.layout_slicer import SLICE_MS, STEP_CHARS, LayoutSlicer

STEP_MS = 5.0  # each step of the layout, on the clock the slicer reads


class Clock:
    def __init__(self) -> None:
        self.ms = 0.0

    def perf_counter(self) -> float:
        return self.ms / 1000


class ClockedDocument(QTextDocument):
    """A document whose every step of the slicer (finding the block to lay out up to) takes
    STEP_MS on the clock, however fast the machine is."""

    def __init__(self, clock: Clock) -> None:
        super().__init__()
        self.clock = clock

    def findBlock(self, pos: int):  # noqa: N802 (Qt's name)
        self.clock.ms += STEP_MS
        return super().findBlock(pos)


def test_a_slice_starts_no_step_that_would_take_it_past_its_time(qtbot, monkeypatch):
    clock = Clock()
    monkeypatch.setattr(layout_slicer, "time", SimpleNamespace(perf_counter=clock.perf_counter))
    doc = ClockedDocument(clock)
    doc.setPlainText("\n".join("天下大事，分久必合，合久必分。" * 20 for _ in range(600)))  # 180,000 characters
    doc.setTextWidth(400)
    slicer = LayoutSlicer()
    turns: list[float] = []  # the clock at the end of each slice (the scroll bar is told then)
    doc.documentLayout().documentSizeChanged.connect(lambda _size: turns.append(clock.ms))
    slicer.start(doc)
    qtbot.waitUntil(lambda: not slicer.active, timeout=10000)
    lengths = [b - a for a, b in zip([0.0, *turns], turns)]
    assert len(lengths) > doc.characterCount() // (STEP_CHARS * 3)  # many slices, each of a few steps
    assert max(lengths) <= SLICE_MS
    assert doc.documentLayout().blockBoundingRect(doc.lastBlock()).bottom() > 0  # laid out to the end
