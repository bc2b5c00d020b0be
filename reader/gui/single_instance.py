"""One Reader per data folder: a second launch hands its files to the running window and exits.

The first launch takes a lock file in the data folder at once (flock, or msvcrt's lock on
Windows: two system calls; fcntl is imported before the window anyway) and keeps it until it
quits; its server listens only after its window's first paint. A launch that finds the lock
held knows a Reader runs or is starting, and waits for its server (bounded) to hand the file
over. A Reader that crashed holds nothing: the system lets its lock go with it."""

from __future__ import annotations

import hashlib
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from PySide6.QtCore import QObject, QTimer, Signal

from reader.core.atomic import try_lock

# QtNetwork is imported where a socket is made: a launch with no Reader running needs none
# before its window (its import cost the window 4-6 ms), and the server is set up after the
# window's first paint (reader.app.run)

TIMEOUT_MS = 1500
WAIT_S = 20.0
"""How long a launch waits for a starting Reader's server, which listens after its window's first
paint (about a second after its start here at load 7; more from a cold disk), before saying its
file was not handed over."""
POLL_S = 0.05

RUN, HANDED_OVER, NO_ANSWER = "run", "handed over", "no answer"


@dataclass(eq=False)  # never compared (issue 32: a launch compiles each generated method)
class Claim:
    """What a launch got from the data folder's single-instance lock."""

    outcome: str  # RUN: this launch is the Reader; HANDED_OVER; NO_ANSWER: the file went nowhere
    lock: BinaryIO | None = None
    """Held while this Reader runs (None: the data folder cannot hold a lock file)."""


def lock_path(folder: Path) -> Path:
    return Path(folder) / "reader.lock"


def lock_only(folder: Path) -> Claim:
    """The lock when it is free, for a launch that never hands over (--smoke-test)."""
    try:
        return Claim(RUN, try_lock(lock_path(folder)))
    except OSError:
        return Claim(RUN)


def files(paths: Sequence[str] | str | None) -> list[str]:
    """The files of a launch, in order: none, one, or several (`reader a.txt b.txt`, `%F`)."""
    return [paths] if isinstance(paths, str) else [p for p in paths or () if p]


def claim(folder: Path, name: str, path: Sequence[str] | str | None, wait_s: float = WAIT_S) -> Claim:
    """Become the Reader of this data folder, or hand path (one file or several, in order) to
    the one that is (or is starting: it holds the lock before its server listens, so wait for
    the server, at most wait_s)."""
    deadline = time.monotonic() + wait_s
    while True:
        try:
            lock = try_lock(lock_path(folder))
        except OSError:
            # no lock here (a read-only folder, a file system without locks): as before there
            # was one, a Reader that listens gets the file, else this launch runs
            return Claim(HANDED_OVER) if hand_over(name, path) else Claim(RUN)
        if lock is not None:
            return Claim(RUN, lock)
        left_ms = int((deadline - time.monotonic()) * 1000)
        if hand_over(name, path, max(left_ms, TIMEOUT_MS)):
            return Claim(HANDED_OVER)
        if left_ms <= 0:
            return Claim(NO_ANSWER)
        time.sleep(POLL_S)  # the Reader holding the lock is not listening yet (or it quits)


def server_name(data_dir) -> str:
    # one name per data folder: tests and portable installs with their own folder stay apart
    return "reader-" + hashlib.sha256(str(data_dir).encode("utf-8")).hexdigest()[:16]


def hand_over(name: str, path: Sequence[str] | str | None, answer_ms: int = TIMEOUT_MS) -> bool:
    """True when a running Reader took the request (it opens path's files in order, or just
    comes forward); it has answer_ms to say so (a Reader still launching may be busy for a
    while)."""
    if not _may_be_listening(name):
        return False
    import json  # with another Reader to hand over to, as QtNetwork

    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(TIMEOUT_MS):
        return False
    paths = files(path)
    # "open": the first file, all a Reader from before "files" reads
    request = {"open": paths[0] if paths else "", "files": paths}
    socket.write((json.dumps(request) + "\n").encode("utf-8"))
    socket.flush()
    socket.waitForBytesWritten(TIMEOUT_MS)
    answered = socket.waitForReadyRead(answer_ms) and bytes(socket.readAll().data()).startswith(b"ok")
    socket.disconnectFromServer()
    return answered


def _may_be_listening(name: str) -> bool:
    """Whether a Reader may be listening under that name. On Unix QLocalServer listens on a
    socket file in QDir.tempPath() (a crashed Reader may leave one: then connecting tells);
    with no file there nothing listens. Windows' named pipes leave nothing to look at."""
    from PySide6.QtCore import QDir  # its Python type (3.6 M instructions): only when another launch holds the lock

    return sys.platform == "win32" or Path(QDir.tempPath(), name).exists()


class InstanceServer(QObject):
    filesRequested = Signal(list)  # the files handed over, in order; [""] when the launch named none

    def __init__(self, name: str, parent=None) -> None:
        super().__init__(parent)
        from PySide6.QtNetwork import QLocalServer

        self.server = QLocalServer(self)
        self.server.newConnection.connect(self._connection)
        if not self.server.listen(name):
            QLocalServer.removeServer(name)  # left behind by a Reader that crashed
            self.server.listen(name)

    @property
    def listening(self) -> bool:
        return self.server.isListening()

    def _connection(self) -> None:
        socket = self.server.nextPendingConnection()
        import json  # once another launch connects: not before the window

        buffer = bytearray()

        def read() -> None:
            buffer.extend(bytes(socket.readAll().data()))
            if b"\n" not in buffer:
                return
            try:
                request = json.loads(buffer.split(b"\n", 1)[0].decode("utf-8"))
                paths = [str(p) for p in request.get("files", [request.get("open", "")])] or [""]
            except (ValueError, AttributeError, TypeError):
                socket.disconnectFromServer()
                return
            socket.write(b"ok\n")
            socket.flush()
            # in a turn of its own: the socket's answer goes first
            QTimer.singleShot(0, self, lambda: self.filesRequested.emit(paths))

        socket.readyRead.connect(read)
        socket.disconnected.connect(socket.deleteLater)


def tell_no_answer(path: Sequence[str] | str | None) -> None:
    """The Reader starting did not answer in time: say what was not opened, and what to do."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    path = ", ".join(files(path))
    text = (
        QCoreApplication.translate(
            "SingleInstance",
            "Reader is still starting and did not answer, so {file} was not opened. Open it again once its window shows.",
        ).format(file=path)
        if path
        else QCoreApplication.translate("SingleInstance", "Reader is still starting and did not answer.")
    )
    sys.stderr.write(f"reader: {text}\n")
    QMessageBox.warning(None, "Reader", text)
