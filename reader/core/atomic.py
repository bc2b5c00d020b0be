"""Durable file writes and the cross-process lock: the two things every file Reader owns
(annotations, reading progress, exports) relies on to never be left half-written."""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from reader.core.data_folder import make_folder

try:
    import fcntl
except ImportError:  # Windows: writes stay atomic; only the cross-process lock is lost
    fcntl = None

STALE_TEMP_SECONDS = 3600
"""A temporary file this old was left by a crash: no save takes an hour."""


def signature_of(st: os.stat_result) -> tuple[int, int, int]:
    """What tells one version of a file atomic_write replaces from the next: the inode too, as
    every write is a rename of a new file, so two writes in one clock tick with the same size
    still differ."""
    return st.st_ino, st.st_mtime_ns, st.st_size


def file_signature(path: Path) -> tuple[int, int, int] | None:
    """signature_of the file at path, or None when there is none."""
    try:
        return signature_of(path.stat())
    except OSError:
        return None


def atomic_write(path: Path, data: str | bytes, *, shared: bool = False) -> None:
    """Write-temp, fsync, rename: a crash leaves either the old file or the new one.

    The file is the owner's alone (0600), as Reader's own stores are (notes and reading are
    private; nobody else opens them). `shared`: a file the reader exports to hand on gets what
    an editor's save gives, a new one 0666 less the umask, a replaced one its own mode."""
    path = Path(path)
    make_folder(path.parent)  # never a data folder moved away while Reader runs (reader.core.data_folder)
    fd, tmp = (
        _shared_temporary(path) if shared else tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    )
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data.encode("utf-8") if isinstance(data, str) else data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    with contextlib.suppress(OSError):  # make the rename itself durable where the platform allows
        dir_fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


def _shared_temporary(path: Path) -> tuple[int, str]:
    """A new temporary file beside `path` (named as mkstemp names them) made with the
    system's own mode for a new file: the kernel applies the umask (reading the umask means
    setting it, for every thread). Replacing a file keeps that file's mode (a file the reader
    made private stays so)."""
    try:
        mode = stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        mode = None
    import secrets  # with the first export: hmac and secrets are not on the launch's way

    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _ in range(100):
        tmp = str(path.parent / f".{path.name}.{secrets.token_hex(4)}.tmp")
        try:
            fd = os.open(tmp, flags, 0o666)
        except FileExistsError:
            continue
        if mode is not None:
            with contextlib.suppress(OSError):
                os.chmod(tmp, mode)
        return fd, tmp
    raise FileExistsError(errno.EEXIST, "no unused temporary name", str(path.parent))


def remove_stale_temporaries(folder: Path, older_than: float = STALE_TEMP_SECONDS) -> int:
    """Delete the `.NAME.*.tmp` files that crashed writes left behind; returns how many."""
    removed = 0
    cutoff = time.time() - older_than
    with contextlib.suppress(OSError):
        for tmp in Path(folder).glob(".*.tmp"):
            with contextlib.suppress(OSError):
                if tmp.is_file() and tmp.stat().st_mtime < cutoff:
                    tmp.unlink()
                    removed += 1
    return removed


@contextlib.contextmanager
def file_lock(path: Path) -> Iterator[None]:
    """An exclusive advisory lock on `path` (a separate .lock file), held across processes."""
    if fcntl is None:
        yield
        return
    make_folder(Path(path).parent)
    with open(path, "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def try_lock(path: Path) -> BinaryIO | None:
    """An exclusive lock on `path` taken at once, or None while another process holds it. It
    lasts until the file returned is closed or this process ends, however it ends: a crash
    leaves nothing that holds the next process back. OSError: the lock file cannot be opened or
    locked (a file system without locks)."""
    lock = open(path, "a+b")
    try:
        if fcntl is not None:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        else:
            import msvcrt

            lock.seek(0)
            msvcrt.locking(lock.fileno(), msvcrt.LK_NBLCK, 1)
    except OSError as exc:
        lock.close()
        if exc.errno in (errno.EWOULDBLOCK, errno.EACCES, errno.EDEADLOCK):  # held (msvcrt says EACCES)
            return None
        raise  # no locks on this file system: the caller cannot know, and must not wait
    return lock


@contextlib.contextmanager
def reading_lock(path: Path) -> Iterator[None]:
    """The same lock for reading, taken as far as the lock file lets it: a lock file this
    user may not write (a read-only folder, one made by another user) is locked through a
    read-only handle (flock needs no write access), and one that cannot be opened at all
    leaves the read unlocked — a reader never needs write access to read."""
    if fcntl is None:
        yield
        return
    try:
        lock = open(path, "a")
    except OSError:
        try:
            lock = open(path)
        except OSError:
            yield  # a store is only ever replaced whole (a rename): an unlocked read sees one version
            return
    with lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def free_name(first: Path) -> Path:
    """`first` when no file has that name, else the first free of `X-1.ext`, `X-2.ext` …: where
    a copy is kept aside (damaged, set aside). Its callers' names are never one a sync tool's
    conflict copy would have (reader.core.annotations.sync_copies): never read as one."""
    aside, n = Path(first), 1
    while aside.exists():
        aside = first.with_name(f"{first.stem}-{n}{first.suffix}")
        n += 1
    return aside


def damaged_aside(path: Path) -> Path | None:
    """Move a file that cannot be read aside (`X.damaged-<time>.ext`), so nothing writes over
    it; where it went, or None when it could not be moved."""
    from datetime import datetime

    aside = free_name(path.with_name(f"{path.stem}.damaged-{datetime.now():%Y%m%d-%H%M%S}{path.suffix}"))
    try:
        os.replace(path, aside)
    except OSError:
        return None
    return aside
