"""Edit ▸ Treat as One Word, on one open document: the selection becomes one of the reader's
own words (or no longer, when it is one), said on the status line. Handed the reading (Mu's
`Editor(view)`): its view, session and status."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

# the messages keep the translation context they had in Reading (resources/translations)


def treat_selection_as_one_word(reading) -> bool:
    """The selection becomes one word for word moves, selection and key terms in every
    document (or no longer, when it is one). True when the list of the reader's words changed,
    so every open document cuts its words again."""
    rng = reading.view.selected_range()
    if rng is None:
        reading.status(QCoreApplication.translate("Reading", "Select the characters that make one word first."), 4000)
        return False
    one = not reading.session.treated_as_one_word(*rng)
    try:
        changed = reading.session.treat_as_one_word(*rng, one=one)
    except OSError as exc:
        reading.status(
            QCoreApplication.translate("Reading", "Could not save your words: {error}").format(
                error=exc.strerror or exc
            ),
            5000,
        )
        return False
    if changed:
        message = (
            QCoreApplication.translate("Reading", "“{word}” is one word from now on.")
            if one
            else QCoreApplication.translate("Reading", "“{word}” is no longer one word.")
        )
        reading.status(message.format(word=reading.shown_view().slice(*rng)), 4000)
    return changed
