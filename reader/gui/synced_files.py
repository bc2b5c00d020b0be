"""What the window says as it opens about the data folder's files a sync tool keeps in step
between computers: another computer's words or settings found in a conflict copy and taken
in, a words file that is not all words. Said once, above the text (the window's message bar)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from reader.core.plural import plural


def say_words_file(window) -> None:
    """What reading the reader's words (Treat as One Word) found: another computer's words
    from a sync tool's copy, lines that are not words (kept aside before it is rewritten)."""
    words = window.user_words
    if words.merged:
        window.messages.show_message(
            QCoreApplication.translate(
                "MainWindow", "Your words (Treat as One Word) from another computer were merged in from {files}."
            ).format(files=", ".join(p.name for p in words.merged))
        )
    if words.damaged:
        window.messages.show_message(
            QCoreApplication.translate(
                "MainWindow",
                "{file} holds lines that are not words; those that are were read. The file is kept as it is "
                "beside the next one written ({file}.damaged).",
            ).format(file=words.path),
            error=True,
        )


def say_settings_copies(window) -> None:
    """Another computer's settings left by a sync tool: taken in and said once (settings_copies)."""
    from reader.gui.settings_copies import take_in

    for taken in take_in(window.settings):
        if taken.problem:
            text = QCoreApplication.translate(
                "MainWindow",
                "{file}: a copy of the settings left by a sync tool could not be read ({reason}). It is kept as it is.",
            ).format(file=taken.copy.name, reason=taken.problem)
        else:
            text = plural(
                taken.documents,
                QCoreApplication.translate(
                    "MainWindow",
                    "{file}: another computer's settings, left by a sync tool. The place and script of a "
                    "document read there were taken in; where both computers set something, this one's is "
                    "kept. The copy is kept as it is.",
                ),
                QCoreApplication.translate(
                    "MainWindow",
                    "{file}: another computer's settings, left by a sync tool. The place and script of {count} "
                    "documents read there were taken in; where both computers set something, this one's is "
                    "kept. The copy is kept as it is.",
                ),
            ).format(file=taken.copy.name, count=taken.documents)
        window.messages.show_message(text, error=bool(taken.problem))
