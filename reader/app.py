"""QApplication set-up: where data lives, settings, the window, and no silent failure."""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from reader import APP_NAME, __version__
from reader.core.collector import launch_done
from reader.core.resources import notice_path, resource_path
from reader.gui.after_paint import after_paint
from reader.gui.settings import Settings
from reader.paths import data_dir


def open_settings(folder: Path) -> Settings:
    # an INI file inside the data folder, so READER_DATA_DIR really holds everything Reader writes
    return Settings(folder / "settings.ini")


SWITCH_INTERVAL = 0.0005
"""Seconds a thread of this process (a book being read and outlined, find's index) may keep
the interpreter while the window's thread waits for it (Python's default: 5 ms). The window's
thread takes it at every call Qt makes into Python (each timer, paint, event filter), so with
5 ms a turn of a few dozen such calls waited 100–300 ms while 红楼梦 was made into a Session
in a thread at launch; with 0.5 ms the thread gives way sooner (launch to text painted 4.6 s
→ 3.4 s at load 5.9, the longest stall 288 → 259 ms). The same for the housekeeping thread
(reader.gui.housekeeping) and a page's preview beside the window."""


LISTEN_LATEST_MS = 10_000
"""The single-instance server and the signals' handling are set up once the launch's text has
painted, but no later than this after the window's first paint: a big book's text may take
seconds, and meanwhile a later launch waits for the server (single_instance.WAIT_S) and Ctrl+C
should still close Reader as its close button would."""


def create_application(argv: list[str]) -> QApplication:
    sys.setswitchinterval(SWITCH_INTERVAL)
    app = QApplication.instance() or QApplication(argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationDisplayName("Reader 研讀")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("reader")
    app.setWindowIcon(QIcon.fromTheme("reader", QIcon(str(resource_path("reader.svg")))))
    return app


def install_excepthook(window_getter, folder: Path) -> None:
    """Nothing fails silently without a terminal: save the annotations, log, and show a report."""

    def hook(kind, value, tb) -> None:
        report = "".join(traceback.format_exception(kind, value, tb))
        try:
            with open(folder / "reader.log", "a", encoding="utf-8") as log:
                log.write(report + "\n")
        except OSError:
            pass
        window = window_getter()
        saved = False
        if window is not None:
            try:
                controller = window.controller
                session = controller.session if controller is not None else None
                # only a save that wrote (or had nothing to write) lets the box say "saved"
                saved = controller is None or ((session is None or not session.read_only) and controller.save())
            except Exception:  # noqa: BLE001 - the report matters more than a second failure
                pass
        sys.__stderr__ and sys.__stderr__.write(report)
        message = (
            QCoreApplication.translate(
                "App",
                "Reader met an unexpected error. Your annotations were saved; the details below are also in {log}.",
            )
            if saved
            else QCoreApplication.translate(
                "App",
                "Reader met an unexpected error. Your annotations could not be saved; the details below are also in {log}.",
            )
        )
        from PySide6.QtWidgets import QMessageBox  # its type and enums: when a box is first shown

        box = QMessageBox(QMessageBox.Icon.Critical, "Reader", message.format(log=folder / "reader.log"))
        box.setDetailedText(report)
        box.exec()

    sys.excepthook = hook


class _FirstPaint(QObject):
    """--smoke-test: report the first paint of the window (`then_text`: and wait for the
    text's, which a book opened in the worker paints later), then quit. The text's is reported
    as soon as it has painted (what benchmarks/launch_instructions.py counts up to)."""

    def __init__(self, window, what: str = "painted", then_text: bool = False, path: str | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.what = what
        self.then_text = then_text
        self.path = Path(path).resolve() if path else None
        """The file asked for: its text is the one waited for (a restored tab may come first)."""

    def eventFilter(self, obj, event) -> bool:
        if event.type() != QEvent.Type.Paint:
            return False
        obj.removeEventFilter(self)
        if self.then_text:  # the window's paint: "window shown" once it is done
            QTimer.singleShot(0, self._report)
            return False
        # the text's paint: let it happen now, then say so at once. Reported in a later turn,
        # it came after the work queued to run straight after this paint (the page's words,
        # the library's job: reader.gui.after_paint), whose filters Qt calls before this one
        QApplication.sendEvent(obj, event)
        self._report()
        return True  # painted

    def _watch_text(self, current=None) -> None:
        """Once the tab of the text waited for is current, its page's own first paint is the
        text's (a repaint forced later would count what runs after that paint too)."""
        current = self.window.current
        if current is not None and (self.path is None or current.path == self.path):
            self.window.workspace.currentChanged.disconnect(self._watch_text)
            current.view.viewport().installEventFilter(_FirstPaint(self.window))
            current.view.viewport().update()  # coalesced with the page's own first paint

    def _report(self) -> None:
        if self.then_text:
            print(self.what, flush=True)
            self.window.workspace.currentChanged.connect(self._watch_text)
            self._watch_text()
            return
        from reader.gui.fonts import has_chinese_font

        session = self.window.session
        print(
            f"painted: {session.title if session else '-'}; Chinese font: {'yes' if has_chinese_font() else 'NO'}",
            flush=True,
        )
        code = 0 if session is not None and has_chinese_font() else 2
        QTimer.singleShot(0, self.window, lambda: (self.window.close(), QApplication.instance().exit(code)))


class Shell(QObject):
    """Owns the main window; a change of language builds a new one, in the new language, on
    the same document, script, selection and scroll position."""

    def __init__(self, settings: Settings, folder: Path, panels_later: bool = False) -> None:
        super().__init__()
        self.settings = settings
        self.folder = folder
        self.window = self._make_window(panels_later)

    def _make_window(self, panels_later: bool = False):
        from reader.gui.main_window import MainWindow

        window = MainWindow(self.settings, self.folder, panels_later)
        window.languageChosen.connect(self.change_language)
        return window

    def open_requested(self, paths: list[str]) -> None:
        """Another launch handed over its files (or none): open them and come forward."""
        window = self.window
        if any(paths):
            window.opener.open_in_order([p for p in paths if p])
        if window.isMinimized():
            window.showNormal()
        window.raise_()
        window.activateWindow()

    def change_language(self, choice: str) -> None:
        from reader.gui.language import install, resolve

        old = self.window
        if not old.save_annotations():
            message = QCoreApplication.translate("App", "The language changes once the annotations can be saved.")
            old.statusBar().showMessage(message, 5000)
            return
        selection = old.view.selection_original() if old.view else None
        top = old.view.top_original() if old.view else 0
        old.save_state()  # the tabs, and where each one is
        from reader.gui import compare_launch  # with the command, not at launch

        compared = compare_launch.state(old)
        install(resolve(choice))
        new = self._make_window()
        new.watch_folders_soon()
        if new.restore_tabs() and selection is not None:
            new.view.select_original(*selection, ensure_visible=False)
            new.view.scroll_to_original(top)
        new.show()
        if compared is not None:  # compared again once the tabs are in (and the window shown:
            # a panel raised in a window not shown yet goes back behind the tab in front)
            new.opener.when_idle(lambda: compare_launch.resume(new, compared))
        self.window = new
        old.close()
        old.deleteLater()


def open_at_launch(
    window, settings: Settings, paths: list[str] | str | None, folder_problem, then: Callable[[], None] | None = None
) -> None:
    """The tabs of the last session, then the files asked for, each in a tab in their order
    (the last one current, as when several are dropped on the window or chosen in File ▸ Open);
    those that cannot be opened are said together in one message once every one was tried, and
    the others open; the notice when nothing opens.
    Each is read in a thread and comes in over turns of the event loop (reader.gui.opening),
    so the window answers from its first paint; the status bar says so meanwhile. then(): once
    they are in and the page in front has painted."""
    opening = QCoreApplication.translate("App", "Opening…")
    window.statusBar().showMessage(opening)
    from reader.gui.typed_ahead import TypedAhead

    typed_ahead = TypedAhead(window)  # Ctrl+End meanwhile: the first page takes it once there
    window.opener.hold_failures()  # told in done()
    window.restore_tabs()
    from reader.gui.single_instance import files

    for path in files(paths):  # one file (a str) or several
        window.open_path(path)

    def fall_back() -> None:  # nothing could be opened: the last document, else the notice
        if window.current is None:
            last = settings.last_path
            window.open_path(last if last is not None and last.is_file() else notice_path())
        window.opener.when_idle(done)

    def done() -> None:
        window.launching = False
        window.opener.tell_failures()
        typed_ahead.stop()
        if window.statusBar().currentMessage() == opening:
            window.statusBar().clearMessage()
        if window.panels is None:  # nothing opened (the first tab brings the docks, reader.gui.opening)
            from reader.gui.opening import import_in_thread

            window.background.run(lambda: import_in_thread("reader.gui.panels"), lambda _module: window.add_panels())
        if then is not None:
            after_paint(window.view.viewport() if window.current is not None else window, then)

    window.opener.when_idle(fall_back)
    if folder_problem is not None:
        window.messages.show_message(
            QCoreApplication.translate(
                "App",
                "Reader cannot use its data folder {folder} ({reason}). Highlights and notes made now are kept in {fallback} and will not be found by the next start.",
            ).format(folder=folder_problem.path, reason=folder_problem.reason, fallback=window.data_dir),
            error=True,
        )


def run(path: list[str] | str | None = None, smoke_test: bool = False) -> int:
    """The window, opening path: one file or several (`reader a.txt b.txt`, a desktop's %F)."""
    app = create_application(sys.argv)
    from reader.paths import DataDirError, fallback_data_dir

    try:
        folder = data_dir()
        folder_problem = None
    except DataDirError as exc:  # the window still opens; the reader is told where notes go
        folder, folder_problem = fallback_data_dir(), exc
    from reader.gui import single_instance as instance

    paths = [str(Path(p).resolve()) for p in instance.files(path)]
    name = instance.server_name(folder)
    if smoke_test:  # takes the lock when free (its cost is a launch's), never waits nor hands over
        claim = instance.lock_only(folder)
    else:
        claim = instance.claim(folder, name, paths)
    if claim.outcome == instance.HANDED_OVER:
        return 0  # the running Reader opens it
    settings = open_settings(folder)
    from reader.gui.language import install, resolve

    install(resolve(settings.language))
    if claim.outcome == instance.NO_ANSWER:  # said in the reader's language
        instance.tell_no_answer(paths)
        return 1
    shell = Shell(settings, folder, panels_later=True)  # the docks once the window shows
    window = shell.window
    install_excepthook(lambda: shell.window, folder)
    if smoke_test:  # --smoke-test: the window's first paint, then the text's
        window.installEventFilter(
            _FirstPaint(window, "window shown", then_text=True, path=paths[-1] if paths else None)
        )
    # the window first, then what it opens, just after its first paint: nothing that grows
    # with the book or with the data folder's stores comes before the window
    window.launching = True
    if settings.geometry is None:
        from reader.gui.window_fit import fit_on_screen

        fit_on_screen(window)  # the first launch's 1280×820 on a smaller screen
    window.show()

    def furnish_and_open() -> None:
        # the launch's files are read in a thread, once the page's and the docks' modules are
        # in (import_page_modules; a second thread importing the docks' meanwhile and the
        # window's thread took turns at the interpreter lock, and the window's turns took twice
        # their time); the docks are made here in the turn before the first tab's
        open_at_launch(window, settings, paths, folder_problem, then=text_painted)
        QTimer.singleShot(LISTEN_LATEST_MS, window, listen)

    def text_painted() -> None:
        # the library's watch counts its 2 s from here: from the window's making, a launch slower
        # than that (a big book, a loaded machine, callgrind) did its work before the text painted
        listen()
        window.watch_folders_soon()

    listening = False

    def listen() -> None:
        # once the launch's text has painted (or LISTEN_LATEST_MS): QtNetwork and the server's
        # socket cost 26 M instructions, the signals' 5 M, which held that paint back; a later
        # launch waits for the server (single_instance.claim)
        nonlocal listening
        if listening:
            return
        listening = True
        launch_done()  # the collector's passes, held off since reader.cli (pause_for_launch)
        if not smoke_test:  # later launches hand their files over
            server = instance.InstanceServer(name, shell)
            server.filesRequested.connect(shell.open_requested)
        # a logout or Ctrl+C closes Reader as its close button would
        from reader.gui.quit_signals import QuitOnSignals

        QuitOnSignals(app)

    after_paint(window, furnish_and_open)
    code = app.exec()
    from reader.gui.background import shutdown_worker

    shutdown_worker()  # also hooked to aboutToQuit; here in case the loop ended another way
    from reader.gui.thread_exit import end_pyside_work

    end_pyside_work()  # a daemon thread cut inside PySide by the interpreter's end crashed it
    if claim.lock is not None:
        claim.lock.close()  # the next launch is the Reader (a crash lets it go too)
    return code
