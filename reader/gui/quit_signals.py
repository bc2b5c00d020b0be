"""A logout (SIGTERM), Ctrl+C in a terminal (SIGINT) or a closed terminal (SIGHUP) closes
Reader as its close button would: each window's close event saves the annotations, the tabs
and the geometry, and the worker processes are stopped. Killed by the default handlers,
Reader lost its window state and left its processes' semaphores behind."""

from __future__ import annotations

import os
import signal
import sys

from PySide6.QtCore import QObject, QSocketNotifier
from PySide6.QtWidgets import QApplication

SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGINT", "SIGHUP") if hasattr(signal, name))


class QuitOnSignals(QObject):
    """Python runs a signal's handler only when the interpreter gets control, which Qt's
    event loop does not give it while it waits; the C-level handler also writes the
    signal's number to a socket (`signal.set_wakeup_fd`), whose notifier wakes the loop."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        if sys.platform == "win32":  # set_wakeup_fd takes only a socket there
            import socket

            self._ends = socket.socketpair()
            for end in self._ends:
                end.setblocking(False)
            read, write = (end.fileno() for end in self._ends)
            self._drain = lambda: self._ends[0].recv(64)
        else:  # a pipe: the socket module's import cost the launch 4-5 ms
            read, write = os.pipe()
            for end in (read, write):
                os.set_blocking(end, False)
            self._drain = lambda: os.read(read, 64)
        signal.set_wakeup_fd(write)
        for number in SIGNALS:
            signal.signal(number, lambda *_: None)  # the work is done in the loop, below
        self._notifier = QSocketNotifier(read, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._woken)

    def _woken(self) -> None:
        try:
            self._drain()
        except OSError:
            return
        app = QApplication.instance()
        # close events first: a window that refuses (annotations that cannot be saved and a
        # reader who cancels) keeps Reader running, as its close button would
        app.closeAllWindows()
        if not any(w.isVisible() for w in app.topLevelWidgets() if w.isWindow()):
            app.quit()
