"""Opening a document in a tab of the window, without holding the window.

A short file opens at once, on the window's thread (once a page has been made in the process:
the first one's modules load in a thread, see _first_page). A longer one is read and made into
a Session (its outline, script, annotation store found: for a novel in a used data folder,
seconds of fingerprint and store reading) in a thread, then its tab is made over turns of the
event loop, its page's document typeset in slices: the window answers throughout. A file over
a megabyte is read and outlined in the worker first (Background.prepare), cached.

At launch (reader.app.open_at_launch) every file opens the threaded way, one after another in
the order asked (the tabs of the last session, then the file named), and when_idle() says when
those asked for so far are in."""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable, Iterator
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from reader.gui import saved_tabs
from reader.gui.after_paint import after_paint
from reader.gui.background import BACKGROUND_CHARS
from reader.gui.thread_exit import pyside_work
from reader.gui.turns import in_slices, in_turns
from reader.models.plain_text import escaped

if TYPE_CHECKING:
    from types import ModuleType

    from reader.core.document import Document, DocumentError
    from reader.core.session import Session
    from reader.gui.main_window import MainWindow
    from reader.gui.reading import Reading

STAGED_CHARS = 10 * BACKGROUND_CHARS
"""A document this long opens the threaded way, over several turns of the event loop."""


class Opener(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._queue: list[Callable[[], None]] = []  # launch opens waiting for the one before
        self._busy = False
        self._holding = 0  # hold_failures() calls not told yet: failures wait for one message
        self._failures: list[DocumentError] = []

    def open_path(self, path: Path | str, pane: int | None = None, then=None, prepare: bool = False) -> bool:
        """Open a document in a new tab (or come to its tab when it is open already in that
        pane), then call then(reading); on failure say why and keep what was open. `prepare`:
        read and outline it in the worker first whatever its size (a book always is). False
        when it could not be opened; True also while it is still opening."""
        window = self.window
        pane = window.workspace.current_pane() if pane is None else pane
        if self._come_to(path, pane, then):
            return True
        if window.launching:
            # one after another, so the tabs come in the order asked; each looks again for a
            # tab of its own file when its turn comes (a restored tab named again at launch)
            self._queue.append(lambda: self._open_queued(path, pane, then))
            self._next()
            return True
        if not window.isVisible():
            return self._open_now(path, pane, then)
        opened: list[bool] = []

        def open_now(read=None) -> None:  # read: the worker's Document or DocumentError
            opened.append(self._open_now(path, pane, then, read))

        # a book is read, outlined and fingerprinted in the worker first (cached)
        window.background.prepare(path, window.data_dir, open_now, always=prepare)
        return opened[0] if opened else True

    def open_in_order(self, paths: list[str], pane: int | None = None) -> None:
        """Files asked for together (another launch's `reader a.txt b.txt`, handed over): each
        in a tab, one after another in their order as at launch, the last one shown; those that
        cannot be opened are said in one message once every one was tried."""
        pane = self.window.workspace.current_pane() if pane is None else pane
        self.hold_failures()
        self._queue.extend(lambda path=path: self._open_queued(path, pane, None) for path in paths)
        self.when_idle(self.tell_failures)
        self._next()

    def hold_failures(self) -> None:
        """From now until tell_failures(), a file that cannot be opened is kept to be said with
        the others, not in a message box of its own each (a launch's bad files: one box, not
        one after another). Calls nest: the last tell_failures() says them."""
        self._holding += 1

    def tell_failures(self) -> None:
        self._holding = max(0, self._holding - 1)
        if self._holding or not self._failures:
            return
        failures, self._failures = self._failures, []
        # in a turn of its own: a box shown from the queue's turn would hold the queue (files
        # handed over while it is open would wait for it to close)
        QTimer.singleShot(0, self, lambda: self._say(failures))

    def when_idle(self, fn: Callable[[], None]) -> None:
        """Call fn() once the launch's opens asked for so far are done (at once when none waits)."""
        if not (self._busy or self._queue):
            fn()
            return

        def run() -> None:
            try:
                fn()
            finally:
                self._finished()

        self._queue.append(run)

    def _come_to(self, path, pane: int, then) -> bool:
        resolved = Path(path).resolve() if path else None
        for reading in self.window.readings(pane):
            if reading.path is not None and resolved is not None and reading.path.resolve() == resolved:
                self.window.workspace.show_reading(reading)
                if then is not None:
                    then(reading)
                return True
        return False

    def _open_queued(self, path, pane: int, then) -> None:
        if self._come_to(path, pane, then):
            self._finished()
        else:
            self._open(path, pane, then, None, self._finished)

    def _next(self) -> None:
        if not self._busy and self._queue:
            self._busy = True
            self._queue.pop(0)()

    def _finished(self) -> None:
        if self._busy:
            self._busy = False
            self._next()

    def _open_now(self, path, pane: int, then=None, read=None) -> bool:
        """Open a file the worker read (`read`: its Document or DocumentError) or that is
        read here; a book (or what the worker read) goes on the threaded way once the window
        shows (before, nothing is on screen to keep answering: it opens at once)."""
        from reader.core.document import DocumentError, load_document

        try:
            if isinstance(read, DocumentError):
                raise read
            document = read if read is not None else load_document(path)
        except DocumentError as exc:
            return self._failed(path, exc)
        if self.window.isVisible() and (read is not None or len(document.text) >= STAGED_CHARS or _first_page()):
            self._open(path, pane, then, document, lambda: None)
            return True
        reading = self._reading(self._session(document))
        reading.typeset()
        self._show(reading, pane, then)
        return True

    def _open(self, path, pane: int, then, document: Document | None, done: Callable[[], object]) -> None:
        """Read the file (unless `document`) and make its Session in a thread, then its tab
        over turns of the event loop; done() once it is in or failed."""
        from reader.core.document import DocumentError, load_document

        window = self.window

        def session() -> Session:
            if document is not None:
                size = len(document.text)
            else:
                try:
                    size = Path(path).stat().st_size
                except OSError:  # load_document says what is wrong with it
                    size = 0
            if size >= STAGED_CHARS:  # a book's texts and answers give their pages back when freed
                # (ctypes: not before a short one paints)
                from reader.core.heap import arenas_shared, large_blocks_mapped

                large_blocks_mapped()
                arenas_shared()
            import_page_modules()
            return self._session(document if document is not None else load_document(path))

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, DocumentError):
                done()
                raise exc
            if self._holding:  # kept for the one message, before the queue goes on (and may tell it)
                self._failed(path, exc)
                done()
            else:  # a box of its own: the queue goes on while it shows
                done()
                self._failed(path, exc)

        window.background.run(session, lambda made: self._stage(made, pane, then, done), failed)

    def _stage(self, session: Session, pane: int, then, done: Callable[[], object]) -> None:
        """A Session made in a thread becomes a tab, each step in a turn of its own (the tab's
        widgets, its page's document typeset in slices, the page, the tab shown): the window
        answers between them."""
        made: list[Reading] = []

        def typeset() -> None:  # its text made in a thread, then typeset in slices
            reading = made[0]
            reading.page_text_ahead(
                _or_done(lambda: in_slices(_guarded(reading.preparing_page(), done), reading, page), done)
            )

        def page() -> None:  # the page, at its tab's width, and the tab, each in a turn
            self.window.workspace.fit(made[0], pane)
            in_turns([_or_done(made[0].typeset, done), _or_done(show, done)], made[0])

        def show() -> None:
            self._show(made[0], pane, then)
            done()

        # the docks in a turn of their own (at launch, the first tab's): they were half of the
        # tab's turn, which then held the window 35-40 ms of its own time
        steps = [_or_done(self.window.add_panels, done), _or_done(lambda: made.append(self._reading(session)), done)]
        in_turns([*steps, typeset], self)

    def _session(self, document: Document) -> Session:
        # the page's modules (a third of the launch's imports) are imported in a thread
        # (import_page_modules) unless no window is on screen yet
        import reader.gui.reading  # noqa: F401
        from reader.core.session import Session

        window = self.window
        return Session(document, window.data_dir, variant=window.settings.variant, user_words=window.user_words)

    def _reading(self, session: Session) -> Reading:
        from reader.gui.reading import Reading

        window = self.window
        window.add_panels()  # at launch the docks come just after the first paint: before a tab, at the latest
        reading = Reading(session, window.settings, window.background, window)
        window.follow.connect_reading(reading)
        return reading

    def _show(self, reading: Reading, pane: int, then) -> None:
        window, document = self.window, reading.session.document
        window.workspace.add(reading, pane)
        reading.place()
        reading.focus()
        if document.damaged:  # opened all the same: say what could not be read, on its own tab
            from reader.gui import open_errors

            reading.page.messages.show_message(open_errors.damaged(document))
        window.settings.tabs = window.workspace.state()
        if document.path is not None:
            window.settings.last_path = document.path
            window.settings.remember_recent(document.path, reading.session.title)
            # every document opened joins the library: once the page is painted (the library
            # loads when used, and sending the job may start the worker)
            after_paint(reading.view.viewport(), lambda: self._catalogue(document.path))
        if then is not None:
            then(reading)

    def _catalogue(self, path: Path) -> None:
        """The library's modules (its jobs, sqlite3) imported in a thread, the job sent from
        here once they are in: imported on the window's thread, just after the page's first
        paint, they and the worker's start held it 50-75 ms at launch."""
        window = self.window
        window.background.run(
            lambda: import_in_thread("reader.gui.library_indexer"),
            lambda indexer: indexer.catalogue_opened(window, path),
        )

    def _failed(self, path, exc: DocumentError) -> bool:
        saved_tabs.drop(self.window, path)
        if self._holding:
            self._failures.append(exc)
        else:
            self._say([exc])
        return False

    def _say(self, failures: list[DocumentError]) -> None:
        from PySide6.QtWidgets import QMessageBox  # its type and enums: when a box is first shown

        from reader.gui import open_errors

        title = (
            QCoreApplication.translate("MainWindow", "Cannot open document")
            if len(failures) == 1
            else QCoreApplication.translate("MainWindow", "Cannot open documents")
        )
        QMessageBox.warning(self.window, title, escaped(open_errors.describe_all(failures)))


_PAGE_MODULES = threading.Lock()


def import_page_modules() -> None:
    """Import a page's modules and the docks' (made in the turn before the first tab's), in the
    thread that makes a Session, before it: one thread imports them while the window's thread waits for nothing (at
    launch the docks' modules were imported in a second thread meanwhile, and the three took
    turns at the interpreter lock). One thread at a time: two documents opened at once never
    import the same modules in two threads (Python may then hand one a module half made).
    Begun before the window's first paint instead, beside it, it put that paint off (launch to
    window shown 451 → 654 ms, median of 10 at load 7: no core was free for it). What starting
    the worker imports is imported by the thread that starts it, once the page has painted
    (reader.gui.background._Worker.send_soon): here, it put the Session off 6-8 ms of CPU."""
    with _PAGE_MODULES, pyside_work():  # their types are made in this thread: see thread_exit
        import_module("reader.gui.reading")  # the page's first: the Session waits for them
        import_module("reader.gui.panels")


def import_in_thread(name: str) -> ModuleType:
    """import_module(name) in a thread other than the window's, as PySide work the interpreter's
    end waits for (a module of the window's makes PySide's types: reader.gui.thread_exit)."""
    with pyside_work():
        return import_module(name)


def _first_page() -> bool:
    """No page has been made in this process yet: its modules (about 190 ms of imports, a
    third of them compiling patterns) and the catalogue's would load on the window's thread,
    so even a short document opens the threaded way (the first document of a window that
    opened none at launch stalled it 330 ms)."""
    return "reader.gui.reading" not in sys.modules


def _or_done(step: Callable[[], object], done: Callable[[], object]) -> Callable[[], object]:
    """step, calling done() before an error goes on: a failed open never leaves the launch's
    queue waiting for it."""

    def run() -> object:
        try:
            return step()
        except BaseException:
            done()
            raise

    return run


def _guarded(steps: Iterator[object], done: Callable[[], object]) -> Iterator[object]:
    """_or_done for steps taken one by one."""
    try:
        yield from steps
    except BaseException:
        done()
        raise
