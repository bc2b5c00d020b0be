"""For the launch tests' scripts, each run in a fresh interpreter (tests/gui/test_launch.py):
Reader's --smoke-test with a hook called as it says the launch's text has painted. Imports
nothing but sys, so what the scripts count of the launch's imports is the launch's own."""

from __future__ import annotations

import sys

TYPE_CHECKING = False  # typing itself is not imported: the launch's own imports are counted
if TYPE_CHECKING:
    from collections.abc import Callable, Sequence


def smoke_test(on_painted: Callable[[], object], args: Sequence[str] = ()) -> int:
    """reader.cli.main(["--smoke-test", *args])'s exit code; on_painted() is called each time
    it writes "painted" to stdout (just before the line is written)."""
    out = sys.stdout
    sys.stdout = _Watch(out, on_painted)
    try:
        from reader.cli import main

        return main(["--smoke-test", *args])
    finally:
        sys.stdout = out


class _Watch:
    """stdout, watched for the smoke test's "painted"."""

    def __init__(self, out, on_painted: Callable[[], object]) -> None:
        self.out, self.on_painted = out, on_painted

    def write(self, text: str) -> int:
        if text.startswith("painted"):
            self.on_painted()
        return self.out.write(text)

    def flush(self) -> None:
        self.out.flush()
