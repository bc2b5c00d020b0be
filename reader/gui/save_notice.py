"""What the page says about saving its annotations: a failed save in the document's message
bar, kept until a save works again, then taken down and "saved" said on the status line.
Handed the reading (Mu's `Editor(view)`): its page's message bar and its status."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from reader.gui.back_pointer import BackPointer


class SaveNotice:
    reading = BackPointer()  # the Reading owns this (reader.gui.back_pointer: no cycle)

    def __init__(self, reading) -> None:
        self.reading = reading
        self._error_shown = False

    def failed(self, message: str) -> None:
        self._error_shown = True
        self.reading.page.messages.show_message(
            QCoreApplication.translate(
                "Reading",
                "Could not save the annotations: {error}. Your changes are kept and saved as soon as writing works again.",
            ).format(error=message),
            error=True,
        )

    def saved(self) -> None:
        if self._error_shown:
            self._error_shown = False
            self.reading.page.messages.hide()
            self.reading.status(QCoreApplication.translate("Reading", "Annotations saved."))
