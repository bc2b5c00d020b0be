"""One Reader per user: a second launch hands its file to the running window and exits."""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

from PySide6.QtCore import QDir, QObject, Signal

# QtNetwork is imported where a socket is made: a launch with no Reader running needs none
# before its window (its import cost the window 4-6 ms), and the server is set up after the
# window's first paint (reader.app.run)

TIMEOUT_MS = 1500


def server_name(data_dir) -> str:
    # one name per data folder: tests and portable installs with their own folder stay apart
    return "reader-" + hashlib.sha256(str(data_dir).encode("utf-8")).hexdigest()[:16]


def hand_over(name: str, path: str | None) -> bool:
    """True when a running Reader took the request (it opens path, or just comes forward)."""
    if not _may_be_listening(name):
        return False
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(TIMEOUT_MS):
        return False
    socket.write((json.dumps({"open": path or ""}) + "\n").encode("utf-8"))
    socket.flush()
    socket.waitForBytesWritten(TIMEOUT_MS)
    answered = socket.waitForReadyRead(TIMEOUT_MS) and bytes(socket.readAll().data()).startswith(b"ok")
    socket.disconnectFromServer()
    return answered


def _may_be_listening(name: str) -> bool:
    """Whether a Reader may be listening under that name. On Unix QLocalServer listens on a
    socket file in QDir.tempPath() (a crashed Reader may leave one: then connecting tells);
    with no file there nothing listens. Windows' named pipes leave nothing to look at."""
    return sys.platform == "win32" or Path(QDir.tempPath(), name).exists()


class InstanceServer(QObject):
    openRequested = Signal(str)  # "" when the second launch named no file

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
        buffer = bytearray()

        def read() -> None:
            buffer.extend(bytes(socket.readAll().data()))
            if b"\n" not in buffer:
                return
            try:
                request = json.loads(buffer.split(b"\n", 1)[0].decode("utf-8"))
                path = str(request.get("open", ""))
            except (ValueError, AttributeError):
                socket.disconnectFromServer()
                return
            socket.write(b"ok\n")
            socket.flush()
            self.openRequested.emit(path)

        socket.readyRead.connect(read)
        socket.disconnected.connect(socket.deleteLater)
