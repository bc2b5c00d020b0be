"""FindController on a fake reading: it finds in the script shown, counts, wraps and jumps."""

import pytest

from reader.core.resources import notice_path
from reader.core.scripts import Script
from reader.core.session import Session
from reader.gui.find_controller import FindController
from tests.gui.fake_reading import FakeReading


@pytest.fixture
def reading(qtbot, data_dir):
    fake = FakeReading(Session.open(notice_path(), data_dir), Script.SIMPLIFIED)
    qtbot.addWidget(fake.view)
    return fake


def test_finds_every_occurrence_in_the_script_shown_and_wraps(reading, qtbot):
    finder = FindController(reading)
    qtbot.addWidget(finder.bar)
    finder.bar.show()
    finder.bar.edit.setText("工会")  # Simplified, as shown; the original is 工會
    expected = reading.session.text.count("工會")
    assert len(finder.hits) == expected > 3
    assert all(reading.session.text[h.start : h.end] == "工會" for h in finder.hits)
    first = finder.current
    for _ in range(expected):
        finder.step(+1)
    assert finder.current == first  # round the end and back
    finder.step(-1)
    assert finder.current == (first - 1) % expected


def test_the_strip_jumps_through_the_reading(reading, qtbot):
    finder = FindController(reading)
    qtbot.addWidget(finder.bar)
    finder.bar.show()
    finder.bar.edit.setText("二十大")
    target = finder.hits[-1]
    finder.strip.jumpRequested.emit(target.start, target.end)
    assert reading.jumps[-1] == (target.start, target.end)
    assert finder.current == len(finder.hits) - 1


def test_opens_on_a_short_selection(reading, qtbot):
    finder = FindController(reading)
    qtbot.addWidget(finder.bar)
    start = reading.session.text.index("全國總工會")
    reading.view.select_original(start, start + 5)
    finder.open()
    assert finder.bar.edit.text() == "全国总工会"
