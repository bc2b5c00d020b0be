"""The window follows the reading the reader is in: each new tab's page is wired to the window's
actions, docks and status bar, and on a change of tab the docks, the status bar, the title and
the commands show the current reading (its script, where its caret is)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from reader.gui import ruby_style, theme
from reader.gui.actions import check_script, equip_page
from reader.gui.after_paint import after_paint

if TYPE_CHECKING:
    from reader.gui.main_window import MainWindow
    from reader.gui.reading import Reading


WATCH_LATEST_MS = 60_000
"""The synced files' watch starts at the first page's paint, or this long after it opened
(a page in a tab behind another is not painted)."""


class FollowCurrent(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        window.workspace.currentChanged.connect(self.current_changed)

    def connect_reading(self, reading: Reading) -> None:
        """A new tab's page and signals wired to the window's actions, docks and status bar."""
        window = self.window

        def if_current(act):
            return lambda *args: reading is window.current and act(*args)

        reading.controller.saveFailed.connect(lambda _error: window.data_folder.noticed())  # the folder gone?
        view = reading.view
        view.zoom_steps = window.zoom_steps
        view.set_prefs(window.prefs, theme.is_dark(window.prefs.theme))
        view.pinyin.set_style(ruby_style.load(window.settings))
        window.hover.watch(reading)
        view.setAcceptDrops(False)  # a file dropped on the page opens, as on the window
        equip_page(view, window.actions, window)
        reading.positionChanged.connect(if_current(self.caret_moved))
        reading.pageMoved.connect(if_current(self.caret_moved))  # the tree and the status line: what is read
        reading.scriptChanged.connect(if_current(lambda _script: self.script_shown()))
        reading.titleChanged.connect(if_current(self.update_title))
        reading.annotationsChanged.connect(if_current(window.panels.show_annotations))
        reading.annotationSelected.connect(if_current(window.annotation_dock.select_id))
        reading.termsReady.connect(if_current(window.panels.show_terms))
        reading.statusMessage.connect(
            lambda text, ms: window.statusBar().showMessage(text, ms) if text else window.statusBar().clearMessage()
        )
        window.undo_group.addStack(reading.controller.undo_stack)
        if getattr(window, "synced_watch", None) is None:  # files a sync tool brings while open, from now on
            # after the page's paint, never before it: a short fallback would fire before a slow
            # first paint (benchmarks/launch_instructions.py runs 50× slower) and cost the launch
            after_paint(view.viewport(), lambda: _watch_synced(window), timeout_ms=WATCH_LATEST_MS)

    def current_changed(self, reading: Reading | None) -> None:
        """The docks, the status bar and the commands follow the reading the reader is in."""
        window = self.window
        window.undo_group.setActiveStack(reading.controller.undo_stack if reading is not None else None)
        window.panels.show(reading)
        window.progress.set_reading(reading)
        window.actions["pinyin"].setChecked(reading is not None and reading.pinyin_on)  # each tab its own
        if reading is None:
            window.status_line.clear()
            self.update_title()
        else:
            self.script_shown()

    def update_title(self) -> None:
        window = self.window
        if window.current is None:
            window.setWindowTitle("Reader 研讀")
            return
        suffix = (  # the window's words: its context in the translations
            QCoreApplication.translate("MainWindow", " (read-only annotations)") if window.session.read_only else ""
        )
        window.setWindowTitle(f"{window.current.title()}{suffix} — Reader 研讀")

    def script_shown(self) -> None:
        """The toolbar, the panels and the status bar show the current reading's script."""
        window = self.window
        reading = window.current
        # what the page shows: a switch that cannot be previewed checks the new script with its view
        check_script(window.actions, reading.shown_script, reading.shown_config, reading.session.views)
        window.panels.show_script()
        window.status_line.show_script(reading)
        if reading.pending_script is not None:
            return  # shown once the book is converted
        self.update_title()
        self.caret_moved(reading.view.caret_original())

    def caret_moved(self, pos: int) -> None:
        """The caret moved to pos, or the page came to rest with pos read (page_place)."""
        window = self.window
        window.panels.follow(pos)
        window.status_line.show_position(window.current, pos)


def _watch_synced(window: MainWindow) -> None:
    from reader.gui.synced_watch import synced_watch_of  # after the first paint, not on the launch's way

    synced_watch_of(window)
