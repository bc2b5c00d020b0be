"""The tabs of the last session: which come back at launch, and which do not (a file that
failed to open is dropped at once, so a broken file never delays the next launch)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.gui.main_window import MainWindow


def drop(window: MainWindow, path: Path | str) -> None:
    """A file that failed to open is not a tab to restore at the next launch."""
    state = window.settings.tabs
    failed = Path(path).resolve()
    panes = tuple(tuple(p for p in pane if Path(p).resolve() != failed) for pane in state.panes)
    if panes != state.panes:
        window.settings.tabs = state._replace(panes=panes)


def restore(window: MainWindow) -> bool:
    """Open the tabs of the last session (those whose files are still there); True when any
    opened (or, at launch, is opening), the one the reader was in chosen once they are in."""
    state = window.settings.tabs
    opened = False
    for pane in (0, 1) if state.split else (0,):
        for path in state.panes[pane]:
            if is_file(path):
                if pane == 1:
                    window.split(True, fill=False)
                opened = window.open_path(path, pane) or opened

    def choose() -> None:  # once they are in (at launch they open one after another, in threads)
        chosen = next((r for r in window.readings() if str(r.path) == state.current), None)
        if chosen is not None:
            window.workspace.show_reading(chosen)
            chosen.focus()

    window.opener.when_idle(choose)
    return opened


def is_file(path: str) -> bool:
    """A stored path names a file (a hand-edited one may be too long for the system, or hold a NUL)."""
    try:
        return Path(path).is_file()
    except (OSError, ValueError):
        return False
