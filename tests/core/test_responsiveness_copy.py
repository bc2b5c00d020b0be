"""benchmarks/responsiveness.py measures one version of the code throughout (issue 32): its
children each import the code as they start, and the analysis cache's keys hold a digest of the
source, so a file edited in the checkout between the session's child and the warm reopen's
made the reopen cold (2.71 s and a 163 ms stall in one run of the last session)."""

import os
import subprocess
import sys
from pathlib import Path

from reader.core.analysis_cache import AnalysisCache, Entry, cache_folder
from tests.core.benchmark_module import ROOT, load_benchmark

bench = load_benchmark("responsiveness")


def test_a_run_measures_a_copy_of_the_code_made_at_its_start():
    env = {k: v for k, v in os.environ.items() if k != bench.COPY_OF}
    run = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "responsiveness.py"), "--phases", ","],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    said = [line for line in run.stderr.splitlines() if line.startswith("Measuring a copy of")]
    assert said, run.stderr
    copy = Path(said[0].rsplit(": ", 1)[1])
    assert copy != ROOT and copy.is_dir()
    for name in ("reader/core/analysis_cache.py", "resources/userdict.txt", "benchmarks/responsiveness.py"):
        assert (copy / name).read_bytes() == (ROOT / name).read_bytes()
    # compiled, as an installed Reader's modules are: compile() in a thread held the window
    assert list((copy / "reader" / "core" / "__pycache__").glob("analysis_cache.*.pyc"))


def test_the_copy_keeps_the_code_as_it_was_when_the_checkout_changes(tmp_path):
    root = tmp_path / "checkout"
    for name, text in {
        "reader/core/boilerplate.py": "LABEL = 1\n",
        "resources/userdict.txt": "宝玉 3\n",
        "benchmarks/responsiveness.py": "# the benchmark\n",
        "tests/corpus/book.txt": "書\n",
    }.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    copy = bench.measured_copy(root)
    (root / "reader/core/boilerplate.py").write_text("LABEL = 2\n", encoding="utf-8")
    assert (copy / "reader/core/boilerplate.py").read_text(encoding="utf-8") == "LABEL = 1\n"
    assert (copy / "resources/userdict.txt").exists() and (copy / "benchmarks/responsiveness.py").exists()
    assert not (copy / "tests").exists()


def test_the_entries_a_reopen_made_again_are_counted(tmp_path):
    cache = AnalysisCache(cache_folder(tmp_path))
    cache.put("the book's words", Entry({}, {"ends": b"\0" * 8}))
    before = bench.cache_entries(cache_folder(tmp_path))
    cache.get("the book's words")  # a hit: nothing made again
    assert bench.cache_entries(cache_folder(tmp_path)) - before == set()
    cache.put("the book's 繁體 view, under another engine", Entry({}, {"text": b"x"}))
    assert len(bench.cache_entries(cache_folder(tmp_path)) - before) == 1
