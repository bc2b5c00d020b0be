"""A stand-in for gui.reading.Reading: the controllers get their Reading passed in (Mu's
`Editor(view)`), so a test can hand them this and watch what they ask of it."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from reader.core.scripts import Script
from reader.core.session import Session
from reader.gui.background import Background
from reader.gui.document_view import DocumentView


class FakeController:
    """Records the changes an editor asks for instead of applying them through an undo stack."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.pushed: list[tuple] = []

    def push(self, before, after, text: str) -> None:
        self.pushed.append((before, after, text))
        self.session.apply(before, after)


class FakeReading(QObject):
    annotationSelected = Signal(str)

    def __init__(self, session: Session, script: Script = Script.ORIGINAL) -> None:
        super().__init__()
        self.session = session
        self.script = script
        self.closed = False
        self.background = Background(self)
        self.view = DocumentView()
        self.view.original_text = session.text
        self.view.show_view(session.view(script), [])
        self.view.resize(600, 400)
        self.controller = FakeController(session)
        self.messages: list[str] = []
        self.jumps: list[tuple[int, int]] = []

    def shown_view(self):
        return self.session.view(self.script)

    def status(self, message: str, timeout_ms: int = 3000) -> None:
        self.messages.append(message)

    def jump(self, start: int, end: int) -> None:
        self.jumps.append((start, end))
        self.view.reveal(start, end)

    def dialog_parent(self):
        return self.view
