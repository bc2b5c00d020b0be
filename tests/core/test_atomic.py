import errno
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from reader.core.atomic import try_lock

ROOT = Path(__file__).resolve().parents[2]
HOLD = """
import sys, time
import pytest

from reader.core.atomic import try_lock
lock = try_lock(sys.argv[1])
print("held" if lock is not None else "not held", flush=True)
time.sleep(60)
"""


@contextmanager
def held_elsewhere(path: Path) -> Iterator[None]:
    """The lock on path held by another process, killed at the end (no chance to let go itself)."""
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(path)], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        yield
    finally:
        holder.kill()
        holder.wait(10)


def test_try_lock_is_refused_while_another_process_holds_it_and_free_once_that_one_is_killed(tmp_path):
    path = tmp_path / "reader.lock"
    with held_elsewhere(path):
        assert try_lock(path) is None
    lock = try_lock(path)
    assert lock is not None
    lock.close()
    again = try_lock(path)  # closed: free again
    assert again is not None
    again.close()


def test_a_file_system_without_locks_is_an_error_not_a_lock_held(tmp_path, monkeypatch):
    import reader.core.atomic as atomic

    def no_locks(*_args) -> None:
        raise OSError(errno.ENOLCK, "No locks available")

    monkeypatch.setattr(atomic.fcntl, "flock", no_locks)
    with pytest.raises(OSError):
        try_lock(tmp_path / "reader.lock")
