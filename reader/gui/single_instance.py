"""One Reader per user: a second launch hands its file to the running window and exits."""

from __future__ import annotations

import hashlib
import json

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

TIMEOUT_MS = 1500


def server_name(data_dir) -> str:
    # one name per data folder: tests and portable installs with their own folder stay apart
    return "reader-" + hashlib.sha256(str(data_dir).encode("utf-8")).hexdigest()[:16]


def hand_over(name: str, path: str | None) -> bool:
    """True when a running Reader took the request (it opens path, or just comes forward)."""
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


class InstanceServer(QObject):
    openRequested = Signal(str)  # "" when the second launch named no file

    def __init__(self, name: str, parent=None) -> None:
        super().__init__(parent)
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
