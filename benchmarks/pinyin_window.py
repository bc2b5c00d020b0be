"""Does the window keep answering when View ▸ Pinyin is turned on over a whole book? Run:

    python benchmarks/pinyin_window.py [--book PATH]

The book is opened and analysed, then pinyin is turned on while a simulated reader pages down
every 300 ms; a 10 ms heartbeat in the window's event loop measures the gaps (the
responsiveness benchmark's probe), from the command until the syllables are shown and a few
seconds of paging after. Figures are printed, never asserted; the goal is no gap over 50 ms.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))


def main() -> None:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--book", type=Path, default=ROOT / "tests" / "corpus" / "hongloumeng.txt")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    data = Path(tempfile.mkdtemp(prefix="reader-bench-"))
    os.environ["READER_DATA_DIR"] = str(data)

    from responsiveness import STALL_MS, _make_window, analysed

    book = args.book.resolve()
    app, probe, window = _make_window(data)
    probe.phase("open book", lambda: window.open_path(book), lambda: analysed(window), settle=1.0)
    probe.pager.start()
    probe.phase(
        "pinyin on",
        lambda: window.actions["pinyin"].trigger(),
        lambda: window.view.pinyin.active and bool(window.view.pinyin.visible()),
        settle=3.0,
    )
    probe.phase("pinyin off", lambda: window.actions["pinyin"].trigger(), lambda: True, settle=1.0)
    probe.phase(
        "pinyin on again",
        lambda: window.actions["pinyin"].trigger(),
        lambda: window.view.pinyin.active and bool(window.view.pinyin.visible()),
        settle=2.0,
    )
    probe.pager.stop()
    print(f"{book.name}: {len(window.session.text):,} characters; stalls are gaps over {STALL_MS} ms")
    print("| phase | longest gap | stalled in total (stalls) | done after |")
    print("|---|---|---|---|")
    for name, p in probe.phases.items():
        print(f"| {name} | {p['longest_ms']:.0f} ms | {p['stalled_ms']} ms ({p['stalls']}) | {p['done_s']:.2f} s |")
    window.close()
    app.processEvents()


if __name__ == "__main__":
    main()
