"""Compare ▸ With… and Stop Comparing, for the window: which readings are compared, and what
the window does meanwhile (the pages scroll together; the reader's own setting comes back after)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

from reader.gui.turns import in_turns

if TYPE_CHECKING:
    from reader.gui.main_window import MainWindow
    from reader.gui.reading import Reading


def choose_documents(window: MainWindow, folder, title: str) -> list[str]:
    """reader.gui.dialogs' file dialog for the version to compare `title` with, its module
    imported when asked for (its QFileDialog: not before the window's first paint)."""
    from reader.gui import dialogs

    return dialogs.choose_version(window, folder, title)


def compare_with(window: MainWindow) -> None:
    """The current document (the older version) beside another (the newer)."""
    older = window.current
    paths = choose_documents(window, older.folder, older.tab_title()) if older else []
    if not paths:
        return
    window.split(True, fill=False)
    pane = 1 - window.workspace.pane_of(older)
    window.open_path(paths[0], pane, then=lambda newer: _opened(window, older, newer), prepare=True)


def _opened(window: MainWindow, older: Reading, newer: Reading) -> None:
    # said as its page is shown, before the offer of notes it makes in the next turn: the
    # older version's notes are not offered to the newer
    newer.reattach.compared_with(older.session)
    # the comparison starts in a turn of its own, after the newer version's page is shown
    in_turns([lambda: _start_open(window, older, newer)], window)


def _start_open(window: MainWindow, older: Reading, newer: Reading) -> None:
    if not (older.closed or newer.closed):
        start(window, older, newer)


def start(window: MainWindow, older: Reading, newer: Reading) -> None:
    stop(window)
    from reader.gui.comparing import Comparing  # difflib and the aligner: not on every launch's path

    window.comparing = Comparing(older, newer, window.compare_dock, window.background, window)
    window.comparing.folding = window.actions["compare_fold"].isChecked()
    # while comparing the pages scroll together, place by place (the reader may turn it off)
    window.workspace.counterpart = window.comparing.counterpart
    window.actions["sync_scrolling"].setChecked(True)
    window.workspace.sync_scrolling = True
    window.comparing.start()


@dataclass(frozen=True)
class ComparedState:
    """A comparison as the window's tabs hold it: each version's path and pane."""

    older: tuple[str, int]
    newer: tuple[str, int]
    folding: bool


def state(window: MainWindow) -> ComparedState | None:
    """The window's comparison (None: none, or a version with no file)."""
    if window.comparing is None:
        return None
    older, newer = window.comparing.readings()
    if older.path is None or newer.path is None:
        return None
    pane = window.workspace.pane_of
    return ComparedState(
        (str(older.path), pane(older)), (str(newer.path), pane(newer)), window.actions["compare_fold"].isChecked()
    )


def resume(window: MainWindow, compared: ComparedState) -> None:
    """The comparison `compared` (state()) started again in a window rebuilt in
    another language: its Changes panel and each tab's version came back with it (they were
    gone, both tabs reading the law's same title)."""
    older, newer = (
        next((r for r in window.readings(pane) if r.path is not None and str(r.path) == path), None)
        for path, pane in (compared.older, compared.newer)
    )
    if older is not None and newer is not None:
        window.actions["compare_fold"].setChecked(compared.folding)
        start(window, older, newer)
        # raised in this turn, the panel was behind the Annotations tab once the rebuilt window
        # had laid out its docks (its place restored into their tab group by restoreDockWidget):
        # raised again after that layout
        QTimer.singleShot(0, window.compare_dock, window.compare_dock.raise_)


def stop(window: MainWindow) -> None:
    if window.comparing is not None:
        window.comparing.stop()
        window.comparing = None
        window.workspace.counterpart = None
        window.workspace.sync_scrolling = window.settings.sync_scrolling
        window.actions["sync_scrolling"].setChecked(window.settings.sync_scrolling)
