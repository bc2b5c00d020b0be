"""Where the notice's launch spends its instructions on imports: `python
benchmarks/launch_imports.py [--top N]`.

Runs `reader --smoke-test` once to learn which of Reader's modules are imported before it
reports the notice's text painted (the turns just after the paint that come before its report,
the library's job and the worker's start, are counted too), and in which order; then, under valgrind's callgrind, imports them one
after another in that order (PySide6's widgets first, as the bare window has them) and prints
each one's instructions: what importing it costs once the modules before it are in (its own
body, the stdlib and PySide6 types it is the first to need, the patterns and dataclasses it
makes). callgrind dumps its counters at each call of getppid(), which marks each step. Figures
are printed, never asserted; compare two checkouts by running it in each.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

ORDER = """
import os, sys
sys.path.insert(0, os.getcwd())
seen = []
sys.addaudithook(lambda event, args: event == "import" and args[0].startswith("reader") and seen.append(args[0]))

class Lines:  # stdout, ending the process once the text has painted
    def __init__(self, out):
        self.out = out

    def write(self, text):
        if text.startswith("painted"):
            self.out.write(" ".join(dict.fromkeys(seen)) + "\\n")
            self.out.flush()
            os._exit(0)
        return len(text)

    def flush(self):
        pass

sys.stdout = Lines(sys.stdout)
from reader.cli import main
main(["--smoke-test"])
"""

STEPS = """
import importlib, os, sys
sys.path.insert(0, os.getcwd())
import PySide6.QtWidgets
for name in sys.argv[1:]:
    if name not in sys.modules:
        print(name, flush=True)
        os.getppid()  # callgrind dumps here: the part before it is the step before
        importlib.import_module(name)
os.getppid()
os._exit(0)
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--top", type=int, default=25, help="the costliest N imports (0: all, in order)")
    args = parser.parse_args()
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "reader")], check=True)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with tempfile.TemporaryDirectory(prefix="reader-imports-") as scratch:
        order = subprocess.run(
            [sys.executable, "-c", ORDER],
            capture_output=True,
            text=True,
            cwd=ROOT,
            env={**env, "READER_DATA_DIR": str(Path(scratch) / "data")},
            timeout=300,
            check=True,
        ).stdout.split()
        out = Path(scratch) / "cg"
        run = subprocess.run(
            ["valgrind", "--tool=callgrind", "--dump-before=getppid", f"--callgrind-out-file={out}", sys.executable]
            + ["-c", STEPS, *order],
            capture_output=True,
            text=True,
            cwd=ROOT,
            env=env,
            timeout=1200,
        )
        names = run.stdout.split()
        counts = {}  # part number → instructions; part k + 1 ran between the k-th and k+1-th marks
        for dump in Path(scratch).glob("cg*"):
            text = dump.read_text(errors="replace")
            part = re.search(r"^part: (\d+)", text, re.M)
            total = re.search(r"^(?:summary|totals): (\d+)", text, re.M)
            if part and total:
                counts[int(part.group(1))] = int(total.group(1))
    steps = [(names[k - 2], counts.get(k, 0)) for k in range(2, len(names) + 2)]
    total = sum(n for _, n in steps)
    print(f"Reader's imports before the notice's text paints: {len(steps)} steps, {total:,} instructions")
    shown = sorted(steps, key=lambda s: -s[1])[: args.top] if args.top else steps
    for name, n in shown:
        print(f"  {n / 1e6:7.1f} M  {name}")


if __name__ == "__main__":
    main()
