"""A benchmark's child run in each version of Reader in turn: this tree and each --checkout (a
folder with another version, e.g. `git worktree add --detach DIR main`), alternating, so a
burst of load on the shared machine hits every version. The child is the benchmark's own file
run with --child, that version's reader first on the path; it prints its figures as one line
of JSON."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def add_version_arguments(parser: argparse.ArgumentParser, repeat: int) -> None:
    parser.add_argument("--repeat", type=int, default=repeat)
    parser.add_argument("--checkout", type=Path, action="append", default=[], help="another version to run beside")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)


def book_benchmark(doc: str, book: Path, repeat: int, child: Callable[[Path], dict]) -> argparse.Namespace | None:
    """A benchmark of one book in each version: its arguments (--book, then add_version_arguments'
    with `repeat`), or None in the child run (--child), once child(book)'s figures are printed as
    its line of JSON."""
    parser = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    parser.add_argument("--book", type=Path, default=book)
    add_version_arguments(parser, repeat)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.book.resolve())), flush=True)
        return None
    return args


def trees(checkouts: list[Path]) -> list[Path]:
    return [ROOT, *[c.resolve() for c in checkouts]]


def children(
    script: str, versions: list[Path], child_args: list[str], repeat: int, env: Callable[[Path], dict] = lambda _: {}
) -> Iterator[tuple[Path, dict]]:
    """(version, the child's figures) of each run, `repeat` rounds of every version; a child
    that fails has its error printed and gives nothing."""
    for _ in range(repeat):
        for tree in versions:
            environ = dict(os.environ, PYTHONPATH=str(tree), **env(tree))
            command = [sys.executable, script, "--child", *child_args]
            out = subprocess.run(command, cwd=tree, env=environ, capture_output=True, text=True)
            if out.returncode:
                print(out.stderr)
                continue
            yield tree, json.loads(out.stdout.splitlines()[-1])
