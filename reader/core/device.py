"""This computer, as the annotation stores record it: a synced data folder holds stores written
on several computers, and a store of the same text whose document is not here is merged in
only when another computer wrote it. A store this computer wrote whose document has gone is
not another computer's: its document was deleted or moved here (a copy of it is a document of
its own, reader.core.identity), and its notes are offered, never merged unasked."""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

MACHINE_ID_FILES = ("/etc/machine-id", "/var/lib/dbus/machine-id")


@cache
def this_device() -> str:
    """A stable name for this computer: a digest (the machine id itself is not to be shown
    about, systemd's advice) of the system's machine id, else of its host name and network
    address. Two computers with the same name and no machine id would share one: their
    stores of one text would then be offered to each other rather than merged."""
    raw = ""
    for name in MACHINE_ID_FILES:
        try:
            raw = Path(name).read_text(encoding="ascii").strip()
        except (OSError, UnicodeDecodeError):
            continue
        if raw:
            break
    if not raw:  # rare: their modules (~10 ms) only then
        import socket
        import uuid

        raw = f"{socket.gethostname()}-{uuid.getnode():012x}"
    return hashlib.sha256(f"reader-device:{raw}".encode()).hexdigest()[:16]
