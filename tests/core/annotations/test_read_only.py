"""A data folder this user cannot write (issue 25, item 3): notes are read, shown and exported,
and nothing claims they were saved.

The suite runs as root here, and root writes through any permission bits. So the reading
process runs as root *without* the two capabilities that let it (CAP_DAC_OVERRIDE,
CAP_DAC_READ_SEARCH; `setpriv` drops them from the inheritable and bounding sets): the kernel
then refuses its writes exactly as it refuses another user's. Run as an ordinary user, the
permission bits apply anyway and no capability needs dropping."""

import json
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from reader.core.session import Session

TOP = Path(__file__).resolve().parents[3]
NO_OVERRIDE = ["setpriv", "--inh-caps=-dac_override,-dac_read_search", "--bounding-set=-dac_override,-dac_read_search"]

PROBE = """
import json, sys
from reader.core.session import Session
s = Session.open(sys.argv[1], sys.argv[2])
print(json.dumps({"read_only": s.read_only, "reason": s.store.read_only_reason,
                  "status": s.load_result.status, "notes": sorted(a.note for a in s.annotations)}))
"""


def unprivileged(args: list[str], data_dir: Path) -> subprocess.CompletedProcess:
    if os.geteuid() == 0:
        if shutil.which("setpriv") is None:
            pytest.skip("running as root without setpriv: permission bits cannot be made to apply")
        args = [*NO_OVERRIDE, "--", *args]
    env = {**os.environ, "READER_DATA_DIR": str(data_dir), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(args, cwd=TOP, env=env, capture_output=True, text=True, timeout=120)


def tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def noted(notice_copy, data_dir):
    s = Session.open(notice_copy, data_dir)
    for word, note in (("工匠精神", "甲"), ("勞動精神", "乙")):
        start = s.text.index(word)
        s.apply(None, s.new_annotation(start, start + len(word), note=note))
    s.save()
    return s


@pytest.fixture
def read_only_folder(data_dir):
    """The whole data folder read-only (a read-only mount, another user's folder)."""
    folders = [data_dir, *(p for p in data_dir.rglob("*") if p.is_dir())]
    for p in data_dir.rglob("*"):
        if p.is_file():
            p.chmod(0o444)
    for p in folders:
        p.chmod(0o555)
    yield data_dir
    for p in folders:
        p.chmod(0o755)


def test_notes_in_a_read_only_folder_are_read_and_exported(noted, read_only_folder, notice_copy):
    before = tree(read_only_folder)
    probe = unprivileged([sys.executable, "-c", PROBE, str(notice_copy), str(read_only_folder)], read_only_folder)
    assert probe.returncode == 0, probe.stderr
    seen = json.loads(probe.stdout)
    assert seen["notes"] == ["乙", "甲"] and seen["read_only"]
    assert "cannot be written" in seen["reason"] and str(read_only_folder) in seen["reason"]
    export = unprivileged(
        [sys.executable, "-m", "reader", "export", str(notice_copy), "--format", "md"], read_only_folder
    )
    assert export.returncode == 0, export.stderr
    assert "甲" in export.stdout and "乙" in export.stdout
    imported = unprivileged(
        [sys.executable, "-m", "reader", "import", str(notice_copy), str(notice_copy)], read_only_folder
    )
    assert imported.returncode == 1 and "cannot be written; not changed" in imported.stderr
    assert tree(read_only_folder) == before  # nothing written, nothing moved


def test_a_lock_file_of_another_user_does_not_hide_the_notes(noted, notice_copy, data_dir):
    lock = noted.store.path.with_suffix(".lock")
    assert lock.exists()
    os.chown(lock, 65534, 65534)  # nobody's, as if another account had made it
    lock.chmod(stat.S_IRUSR | stat.S_IWUSR | stat.S_IRGRP | stat.S_IROTH)
    probe = unprivileged([sys.executable, "-c", PROBE, str(notice_copy), str(data_dir)], data_dir)
    assert probe.returncode == 0, probe.stderr
    seen = json.loads(probe.stdout)
    assert seen["notes"] == ["乙", "甲"] and seen["read_only"] and str(lock) in seen["reason"]
    export = unprivileged([sys.executable, "-m", "reader", "export", str(notice_copy), "--format", "md"], data_dir)
    assert export.returncode == 0 and "甲" in export.stdout, export.stderr


def test_a_damaged_store_in_a_read_only_folder_is_left_as_it_is(noted, notice_copy, data_dir):
    noted.store.path.write_text("{ not a store", encoding="utf-8")
    folders = [data_dir, noted.store.path.parent]
    for p in folders:
        p.chmod(0o555)
    try:
        probe = unprivileged([sys.executable, "-c", PROBE, str(notice_copy), str(data_dir)], data_dir)
    finally:
        for p in folders:
            p.chmod(0o755)
    assert probe.returncode == 0, probe.stderr
    assert json.loads(probe.stdout)["status"] == "corrupt"
    assert noted.store.path.read_text(encoding="utf-8") == "{ not a store"
