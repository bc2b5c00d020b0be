"""What the data folder's check costs each write into it (reader.core.data_folder.gone: every
atomic write, the file lock, the catalogue, the cache ask it first). Run:

    python benchmarks/data_folder_checks.py [--calls N] [--stores N]

In a data folder laid out as a used one (settings.ini at the top; annotations/ with N stores,
library/, cache/): the directory listings made per check (load-independent: os.scandir calls
counted) and the wall and CPU time per check, in microseconds (the load is printed beside
them). Figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reader.core import data_folder  # noqa: E402


def used_folder(top: Path, stores: int) -> Path:
    folder = top / "data"
    (folder / "annotations").mkdir(parents=True)
    (folder / "library").mkdir()
    (folder / "cache").mkdir()
    (folder / "settings.ini").write_text("[General]\nzoom=0\n", encoding="utf-8")
    for i in range(stores):
        (folder / "annotations" / f"doc{i}.json").write_text("{}", encoding="utf-8")
    return folder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=20_000)
    parser.add_argument("--stores", type=int, default=50)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="reader-data-folder-") as scratch:
        folder = used_folder(Path(scratch), args.stores)
        data_folder.open_folder(folder)
        time.sleep(3.5)  # the folder's last change well before the checks, as in a session
        listings = 0
        scandir = os.scandir

        def counted(*a, **k):
            nonlocal listings
            listings += 1
            return scandir(*a, **k)

        os.scandir = counted
        try:
            target = folder / "annotations" / "doc0.json"
            assert data_folder.gone_at(target) is None
            listings = 0
            start, cpu = time.perf_counter(), time.thread_time()
            for _ in range(args.calls):
                data_folder.gone_at(target)
            took, took_cpu = time.perf_counter() - start, time.thread_time() - cpu
        finally:
            os.scandir = scandir
    print(
        f"gone_at, {args.calls:,} checks: {listings / args.calls:.2f} directory listings a check, "
        f"{took / args.calls * 1e6:.1f} µs a check ({took_cpu / args.calls * 1e6:.1f} µs of CPU); "
        f"load average {os.getloadavg()[0]:.1f}"
    )


if __name__ == "__main__":
    main()
