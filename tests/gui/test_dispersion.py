"""The dispersion strip: its picture is the one drawn with a tick for every occurrence, while
it draws each pixel row once; a click beside a tick still jumps to that occurrence."""

import random

from PySide6.QtCore import QPoint, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette

from reader.gui.dispersion import DispersionStrip


class EveryTick(DispersionStrip):
    """The strip as it was drawn before: a fillRect per occurrence."""

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.AlternateBase))
        s, e = self.window_range
        if e > s:
            shade = QColor(self.palette().color(QPalette.ColorRole.Highlight))
            shade.setAlpha(50)
            p.fillRect(QRectF(0, self.y_of(s), self.width(), max(2.0, self.y_of(e) - self.y_of(s))), shade)
        for start, _end in self.occurrences:
            p.fillRect(QRectF(2, self.y_of(start) - 1, self.width() - 4, 2), QColor("#e8590c"))
        p.end()


def strips(qtbot, occurrences, length, height):
    made = []
    for kind in (DispersionStrip, EveryTick):
        strip = kind()
        qtbot.addWidget(strip)
        strip.resize(16, height)
        strip.set_occurrences(occurrences, length, "宝玉")
        strip.set_window(length // 3, length // 3 + 2_000)
        strip.show()
        made.append(strip)
    return made


def test_thousands_of_occurrences_draw_the_picture_every_tick_drew(qtbot):
    rng = random.Random(7)
    length = 855_342
    starts = sorted(rng.sample(range(length), 4_000))
    occurrences = [(s, s + 2) for s in starts]
    for height in (300, 777):
        strip, reference = strips(qtbot, occurrences, length, height)
        assert len(strip.tick_rows()) <= height  # each row once, not 4,000 ticks
        assert strip.grab().toImage() == reference.grab().toImage()


def test_the_rows_follow_a_new_height_and_new_occurrences(qtbot):
    strip, reference = strips(qtbot, [(100, 102), (90_000, 90_002)], 100_000, 200)
    strip.resize(16, 500)
    reference.resize(16, 500)
    assert strip.grab().toImage() == reference.grab().toImage()
    strip.set_occurrences([(50_000, 50_002)], 100_000)
    reference.set_occurrences([(50_000, 50_002)], 100_000)
    assert strip.grab().toImage() == reference.grab().toImage()


def test_a_click_beside_a_tick_jumps_to_it(qtbot):
    strip, _reference = strips(qtbot, [(10_000, 10_002), (60_000, 60_002)], 100_000, 400)
    with qtbot.waitSignal(strip.jumpRequested) as jumped:
        qtbot.mouseClick(strip, Qt.MouseButton.LeftButton, pos=QPoint(8, round(strip.y_of(60_000)) + 2))
    assert jumped.args == [60_000, 60_002]


def test_a_page_turn_paints_the_strip_without_drawing_its_ticks_again(qtbot, monkeypatch):
    # painted again at every page turn, the strip drew a tick per pixel row from Python: 3-7 ms
    # of the window's paint with a name of 红楼梦 found
    strip, reference = strips(qtbot, [(s, s + 2) for s in range(0, 855_000, 1_000)], 855_342, 700)
    strip.grab()
    drawn: list[int] = []
    real_fill = QPainter.fillRect

    def fill(painter, *args):
        drawn.append(1)
        return real_fill(painter, *args)

    monkeypatch.setattr(QPainter, "fillRect", fill)
    for start in (10_000, 400_000):
        strip.set_window(start, start + 2_000)
        reference.set_window(start, start + 2_000)
        drawn.clear()
        picture = strip.grab().toImage()
        assert len(drawn) <= 2  # the ground and the page's shade
        monkeypatch.setattr(QPainter, "fillRect", real_fill)
        assert picture == reference.grab().toImage()
        monkeypatch.setattr(QPainter, "fillRect", fill)
