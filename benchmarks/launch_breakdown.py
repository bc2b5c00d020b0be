"""Where the notice's launch spends its instructions, to the text's first paint: each of Reader's
modules (its body, with what it imports that is not Reader's: PySide's types and their enums,
the standard library), each dataclass made, each pattern compiled and each PySide enum class
made, in instructions callgrind counted. Run:

    python benchmarks/launch_breakdown.py [FILE] [--top N]

Under valgrind's callgrind (about 50× slower; 2-3 minutes), in a fresh data folder, the launch
of benchmarks/launch_instructions.py with marks: the child calls os.getppid() at each mark, and
callgrind dumps its count there (--dump-before=getppid), so each stretch between two marks is
counted apart and charged to what was under way (the innermost module, dataclass, pattern or
enum of the thread that made the mark; the window's thread waits in the event loop while the
thread that opens the launch's file imports the page's modules, so the two rarely overlap).
"self" is a part's own count, "whole" with what it contains. Figures are printed, never
asserted; the marks themselves cost a little (about 1 % of the count).
"""

from __future__ import annotations

import argparse
import collections
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from launch_instructions import SMOKE_TEST, STDOUT_UNTIL_PAINTED  # noqa: E402

ROOT = HERE.parent

MARKED = """
import os, threading
marks = []
lock = threading.RLock()

def mark(label):
    with lock:
        marks.append(("M" if threading.current_thread() is threading.main_thread() else "T") + " " + label)
        os.getppid()  # callgrind dumps its count here

def marked(kind, name_of, fn):
    def run(*args, **kwargs):
        name = name_of(*args)
        if name is None:
            return fn(*args, **kwargs)
        mark("+" + kind + name)
        try:
            return fn(*args, **kwargs)
        finally:
            mark("-" + kind + name)
    return run

import dataclasses, enum, importlib._bootstrap as bootstrap, re._compiler as compiler
bootstrap._load_unlocked = marked("", lambda spec: spec.name if spec.name.startswith("reader") else None, bootstrap._load_unlocked)
dataclasses._process_class = marked("dataclass ", lambda cls, *a: cls.__module__ + "." + cls.__qualname__, dataclasses._process_class)
compiler.compile = marked("pattern ", lambda p, *a: repr(p)[:60], compiler.compile)
enum.EnumType._create_ = marked("enum ", lambda cls, name, *a: str(name), enum.EnumType._create_)
"""
# stdout as launch_instructions.py's, marking the window's paint and the text's (then it ends)
MARKED += STDOUT_UNTIL_PAINTED
MARKED += """
def when_printed(text):
    if text.startswith("window shown"):
        mark("=window shown")
    if text.startswith("painted"):
        mark("=text painted")
        with open(os.environ["MARKS"], "w", encoding="utf-8") as f:
            f.write("\\n".join(marks) + "\\n")

mark("=start")
"""
MARKED += SMOKE_TEST


def stretch_counts(folder: Path, stretches: int) -> list[int]:
    """Each dump's count: dump i ends at mark i (callgrind numbers them from 1)."""
    counts = []
    for i in range(1, stretches + 1):
        found = None
        for line in (folder / f"cg.{i}").read_text(encoding="utf-8", errors="replace").splitlines():
            if line.startswith(("summary:", "totals:")):
                found = int(line.split()[1])
                break
        counts.append(found or 0)
    return counts


def charge(marks: list[str], counts: list[int]) -> tuple[collections.Counter, collections.Counter, collections.Counter]:
    """(self, whole, phase) counts: each stretch charged to what was under way in the thread that
    ended it, and to the launch's phase (before the window showed, before the text painted)."""
    stacks: dict[str, list[str]] = collections.defaultdict(list)
    own, whole, phases = collections.Counter(), collections.Counter(), collections.Counter()
    phase = "interpreter start"
    for line, count in zip(marks, counts):
        thread, label = line.split(" ", 1)
        stack = stacks[thread]
        own[stack[-1] if stack else f"(outside, {'window thread' if thread == 'M' else 'other threads'}: {phase})"] += (
            count
        )
        for part in set(stack):
            whole[part] += count
        phases[phase] += count
        if label.startswith("+"):
            stack.append(label[1:])
        elif label.startswith("-"):
            stack.pop()
        else:
            phase = {"=start": "to the window shown", "=window shown": "to the text painted"}.get(label, label[1:])
    return own, whole, phases


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", help="a document (default: the notice)")
    parser.add_argument("--top", type=int, default=60, help="parts listed, largest first")
    args = parser.parse_args()
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "reader")], check=True)
    with tempfile.TemporaryDirectory(prefix="reader-breakdown-") as scratch:
        out, script = Path(scratch) / "cg", Path(scratch) / "marked.py"
        out.mkdir()
        script.write_text(MARKED, encoding="utf-8")
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "READER_DATA_DIR": str(Path(scratch) / "data"),
            "MARKS": str(Path(scratch) / "marks"),
        }
        run = subprocess.run(
            ["valgrind", "--tool=callgrind", "--dump-before=getppid", "--dump-instr=no", "--dump-line=no"]
            + [f"--callgrind-out-file={out}/cg", sys.executable, str(script)]
            + ([str(Path(args.file).resolve())] if args.file else []),
            capture_output=True,
            text=True,
            cwd=ROOT,
            env=env,
            timeout=3600,
        )
        total = re.search(r"Collected : (\d+)", run.stderr)
        if "painted" not in run.stdout or total is None:
            raise RuntimeError(f"no paint or no count\n{run.stderr[-2000:]}")
        marks = Path(env["MARKS"]).read_text(encoding="utf-8").splitlines()
        own, whole, phases = charge(marks, stretch_counts(out, len(marks)))
    print(f"launch → text painted, instructions (callgrind, with marks): {int(total.group(1)):,}")
    for name, count in phases.items():
        print(f"  {name}: {count / 1e6:,.1f} M")
    for kind in ("dataclass ", "pattern ", "enum "):
        parts = {k: v for k, v in own.items() if k.startswith(kind)}
        print(f"  {kind.strip()}s: {len(parts)}, {sum(parts.values()) / 1e6:,.1f} M")
    print(f"\n{'self':>9} {'whole':>9}  part (M instructions)")
    for name, count in own.most_common(args.top):
        print(f"{count / 1e6:9.2f} {whole.get(name, 0) / 1e6:9.2f}  {name}")


if __name__ == "__main__":
    main()
