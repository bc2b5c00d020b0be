"""What the page says about a document's reading-progress file: another computer's progress
merged in from a sync tool's copy, a copy that could not be read (kept as it is), the file
itself damaged (kept aside). Said on the document's message bar, once for each finding."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from reader.core.progress_file import ProgressNews


def say(messages, news: ProgressNews | None) -> None:
    """Show on the page's message bar what reading or saving the progress found (nothing when all was well)."""
    if news is None:
        return
    if news.merged:
        messages.show_message(
            QCoreApplication.translate(
                "Reading", "Reading progress from another computer was merged in from {files}."
            ).format(files=", ".join(p.name for p in news.merged))
        )
    for path, reason in news.unreadable.items():
        messages.show_message(
            QCoreApplication.translate(
                "Reading",
                "{file}: a copy of the reading progress left by a sync tool could not be read ({reason}). "
                "Nothing was merged from it; it is kept as it is.",
            ).format(file=path.name, reason=reason),
            error=True,
        )
    if news.damaged:
        if news.kept_aside is not None:
            text = QCoreApplication.translate(
                "Reading",
                "The reading-progress file was damaged ({reason}). It was kept aside as {backup}; "
                "the reading progress of this document starts afresh.",
            ).format(reason=news.damaged, backup=news.kept_aside)
        else:
            text = QCoreApplication.translate(
                "Reading",
                "The reading-progress file was damaged ({reason}) and could not be kept aside; "
                "it is left as it is and the reading progress is not saved.",
            ).format(reason=news.damaged)
        messages.show_message(text, error=True)
