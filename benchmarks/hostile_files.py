"""Hostile files against the expansion limits (reader.core.formats.limits), each opened in a
child process so its time and peak memory are its own: the 0.9 MB Word bomb, the 12 KB EPUB
listing its chapter 200,000 times, a 43 KB EPUB whose 49,000-entry spine passes the ratio
checks (the spine limit refuses it), and the fuzz set of tests/core/formats/test_limits.py.

    python benchmarks/hostile_files.py
"""

from __future__ import annotations

import io
import random
import sys
import tempfile
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.core.formats.test_limits import docx_bomb, epub, fuzz_files, open_in_child  # noqa: E402


def padded_spine() -> bytes:
    data = io.BytesIO(epub(spine=49_000))
    with zipfile.ZipFile(data, "a") as z:  # incompressible bytes keep the whole file under 100×
        z.writestr("OEBPS/pad.bin", random.Random(1).randbytes(40_000), compress_type=zipfile.ZIP_STORED)
    return data.getvalue()


def main() -> None:
    folder = Path(tempfile.mkdtemp())
    for name, data in (
        ("bomb.docx", docx_bomb()),
        ("spine.epub", epub(spine=200_000)),
        ("spine49k.epub", padded_spine()),
    ):
        path = folder / name
        path.write_bytes(data)
        [result], peak = open_in_child([path], timeout=600)
        outcome = result.get("code") or f"opened {result['opened']:,} characters"
        print(f"{name}: {len(data):,} bytes -> {outcome} in {result['seconds']:.3f} s, peak {peak:.0f} MB")
        print(f"    {result.get('reason', '')}")
    (fuzz := folder / "fuzz").mkdir()
    paths = fuzz_files(fuzz)
    results, peak = open_in_child(paths, timeout=600)
    slowest = max(results, key=lambda r: r["seconds"])
    codes: dict[str, int] = {}
    for r in results:
        if "code" in r:
            codes[r["code"]] = codes.get(r["code"], 0) + 1
    opened = sum("opened" in r for r in results)
    print(
        f"fuzz: {len(results)} files, {opened} opened, refused {codes}; "
        f"slowest {Path(slowest['path']).name} {slowest['seconds']:.2f} s; peak {peak:.0f} MB"
    )


if __name__ == "__main__":
    main()
