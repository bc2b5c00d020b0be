"""How the process's heap gives memory back (reader.core.heap; glibc only)."""

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

_FREED = """
import os, sys
from reader.core.heap import large_blocks_mapped

def resident() -> int:
    return int(open("/proc/self/statm").read().split()[1]) * os.sysconf("SC_PAGE_SIZE")

if sys.argv[1] == "mapped":
    large_blocks_mapped()
first = b"x" * (16 << 20)
del first  # freed: glibc raises its own threshold to 16 MB (not with a threshold of ours)
before = resident()
book = b"y" * (8 << 20)  # a book's text, say, made and let go
del book
print((resident() - before) >> 20)
"""


def _left_resident_mb(mode: str) -> int:
    done = subprocess.run(
        [sys.executable, "-c", _FREED, mode], cwd=ROOT, capture_output=True, text=True, check=True, timeout=60
    )
    return int(done.stdout)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc")
def test_a_large_block_freed_gives_its_pages_back_once_large_blocks_are_mapped():
    assert _left_resident_mb("default") >= 6  # glibc's own: the 8 MB stay with the process
    assert _left_resident_mb("mapped") <= 1
