"""Files dropped on the window open, each in a tab of its own (the page itself takes no drops:
a file dropped on it opens, as on the window)."""

from __future__ import annotations

from collections.abc import Callable


def accept_files(event) -> None:
    """A drag enters: taken when it brings local files."""
    if any(url.isLocalFile() for url in event.mimeData().urls()):
        event.acceptProposedAction()


def open_dropped(event, open_path: Callable[[str], object]) -> None:
    files = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
    if files:
        event.acceptProposedAction()
        for path in files:
            open_path(path)
