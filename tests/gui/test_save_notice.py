"""SaveNotice on its own: a fake reading with a real message bar."""

from types import SimpleNamespace

from reader.gui.message_bar import MessageBar
from reader.gui.save_notice import SaveNotice


class FakeReading:
    def __init__(self) -> None:
        self.page = SimpleNamespace(messages=MessageBar())
        self.said: list[str] = []

    def status(self, message: str, timeout_ms: int = 3000) -> None:
        self.said.append(message)


def test_a_failed_save_stays_on_the_page_until_a_save_works_then_saved_is_said_once(qtbot):
    reading = FakeReading()
    bar = reading.page.messages
    qtbot.addWidget(bar)
    notice = SaveNotice(reading)
    notice.saved()  # nothing was said: a save that works says nothing
    assert reading.said == []
    notice.failed("Permission denied")
    assert not bar.isHidden() and "Permission denied" in bar.label.text()
    notice.failed("Permission denied")
    notice.saved()
    assert bar.isHidden() and reading.said == ["Annotations saved."]
    notice.saved()
    assert reading.said == ["Annotations saved."]
