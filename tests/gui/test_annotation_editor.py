"""AnnotationEditor on a fake reading: what it asks the controller to do, and what it says."""

import pytest

from reader.core.resources import notice_path
from reader.core.session import Session
from reader.gui.annotation_editor import AnnotationEditor
from tests.gui.fake_reading import FakeReading


@pytest.fixture
def reading(qtbot, data_dir):
    fake = FakeReading(Session.open(notice_path(), data_dir))
    qtbot.addWidget(fake.view)
    return fake


def select(reading, phrase: str) -> tuple[int, int]:
    start = reading.session.text.index(phrase)
    reading.view.select_original(start, start + len(phrase))
    return start, start + len(phrase)


def test_highlight_then_recolour_then_remove(reading):
    editor = AnnotationEditor(reading)
    rng = select(reading, "工匠精神")
    editor.highlight("green")
    ((before, after, _text),) = reading.controller.pushed
    assert before is None and (after.start, after.end, after.colour) == (*rng, "green")
    select(reading, "工匠精神")
    editor.highlight("pink")
    assert reading.controller.pushed[-1][1].colour == "pink"
    reading.view.select_original(rng[0] + 1, rng[0] + 1)
    editor.remove_at_caret()
    assert reading.controller.pushed[-1][1] is None and len(reading.session.annotations) == 0


def test_nothing_selected_is_said_not_done(reading):
    editor = AnnotationEditor(reading)
    reading.view.select_original(5, 5)
    editor.highlight("yellow")
    assert reading.controller.pushed == [] and "Select a passage first" in reading.messages[-1]


def test_stepping_between_highlights_jumps_and_tells_the_panel(reading, qtbot):
    editor = AnnotationEditor(reading)
    for phrase in ("勞動精神", "工匠精神"):
        select(reading, phrase)
        editor.highlight("yellow")
    reading.view.select_original(0, 0)
    with qtbot.waitSignal(reading.annotationSelected) as shown:
        editor.step(+1)
    first = min(reading.session.annotations, key=lambda a: a.start)
    assert reading.jumps[-1] == (first.start, first.end) and shown.args == [first.id]
    reading.view.select_original(len(reading.session.text), len(reading.session.text))
    editor.step(+1)
    assert "No more highlights" in reading.messages[-1]
