"""A benchmark of benchmarks/ loaded as a module, for the tests that share its measurement."""

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent


def load_benchmark(name: str):
    """benchmarks/<name>.py as the module <name>, with benchmarks/ importable as its own folder is."""
    sys.path.insert(0, str(ROOT / "benchmarks"))  # a benchmark imports its neighbours
    spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while it loads
    spec.loader.exec_module(module)
    return module
