"""Treat as One Word on its own: a fake reading (a selection and a status line) over the
notice's real session, whose words file is in the test's data folder."""

from reader.core.resources import notice_path
from reader.core.scripts import Script
from reader.core.session import Session
from reader.gui.one_word import treat_selection_as_one_word


class FakeView:
    def __init__(self) -> None:
        self.selection: tuple[int, int] | None = None

    def selected_range(self):
        return self.selection


class FakeReading:
    def __init__(self, session: Session) -> None:
        self.session = session
        self.view = FakeView()
        self.said: list[str] = []

    def status(self, message: str, timeout_ms: int = 3000) -> None:
        self.said.append(message)

    def shown_view(self):
        return self.session.view(Script.ORIGINAL)


def test_the_selection_becomes_one_word_and_no_longer_on_the_second_time(data_dir):
    reading = FakeReading(Session.open(notice_path(), data_dir))
    assert not treat_selection_as_one_word(reading)  # nothing selected
    assert reading.said == ["Select the characters that make one word first."]
    start = reading.session.text.index("總工會")
    reading.view.selection = (start, start + 3)
    assert treat_selection_as_one_word(reading)
    assert reading.said[-1] == "“總工會” is one word from now on."
    assert "总工会" in reading.session.user_words.words  # kept as Simplified
    assert treat_selection_as_one_word(reading)
    assert reading.said[-1] == "“總工會” is no longer one word."
    assert "总工会" not in reading.session.user_words.words


def test_words_that_cannot_be_saved_are_said_and_nothing_changes(data_dir, monkeypatch):
    session = Session.open(notice_path(), data_dir)
    reading = FakeReading(session)
    start = session.text.index("總工會")
    reading.view.selection = (start, start + 3)

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(session, "treat_as_one_word", refuse)
    assert not treat_selection_as_one_word(reading)
    assert reading.said == ["Could not save your words: Permission denied"]
