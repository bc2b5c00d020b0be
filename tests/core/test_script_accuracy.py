"""Reader's script views against human-made parallel text (tests/corpus/parallel), and one test
per entry of the corrections table. The measurement is benchmarks/script_accuracy.py's own."""

import pytest

from reader.core import scripts
from reader.core.resources import resource_path
from reader.core.scripts import Script, ScriptViews
from tests.core.benchmark_module import load_benchmark

UNITS = None  # all 2,066 verses: about 4 s for both directions and all eight configs


bench = load_benchmark("script_accuracy")


def test_the_parallel_corpus_is_aligned():
    simplified, traditional = bench.parallel_corpus()
    assert len(simplified) == len(traditional) > 2000
    assert len(bench.comparable(simplified, traditional)) / len(simplified) > 0.98


@pytest.mark.parametrize(
    ("source", "configs"),
    [(Script.SIMPLIFIED, bench.TO_TRADITIONAL), (Script.TRADITIONAL, bench.TO_SIMPLIFIED)],
)
def test_reader_converts_no_worse_than_the_best_plain_opencc_config(source, configs):
    simplified, traditional = bench.parallel_corpus(UNITS)
    source_lines, reference = (simplified, traditional) if source is Script.SIMPLIFIED else (traditional, simplified)
    scores = bench.direction_scores(source_lines, reference, source, configs)
    best_name, best = bench.best_plain(scores)
    assert scores["Reader"].characters > 50_000
    assert scores["Reader"].rate <= best.rate, (best_name, scores["Reader"].rate, best.rate)


def _entries() -> list[tuple[Script, str, str, str]]:
    """(view script, wrong, right, example) of every entry, read as corrections() reads them."""
    rows = []
    section = Script.TRADITIONAL
    for line in resource_path("script_corrections.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("["):
            section = Script(line.strip("[]"))
            continue
        wrong, right, example = line.split("\t")
        rows.append((section, wrong, right, example))
    return rows


ENTRIES = _entries()
# entries this OpenCC, the word-by-word conversion or the context rules already get right: kept in
# the table, checked to be applied, not to be needed (none now: 書雲, 詩雲, 偈雲 went when the
# rule for 云 'say' came, reader/core/script_rules.py)
REDUNDANT: set[str] = set()


@pytest.mark.parametrize(
    ("script", "wrong", "right", "example"), ENTRIES, ids=[f"{e[0].value}-{e[1]}" for e in ENTRIES]
)
def test_each_correction_is_needed_and_applied_to_its_example(script, wrong, right, example, monkeypatch):
    source = Script.SIMPLIFIED if script is Script.TRADITIONAL else Script.TRADITIONAL
    view = ScriptViews(example, source).get(script)
    assert right in view.text
    assert len(view.text) == len(example)
    if wrong != right:
        assert wrong not in view.text
    if wrong in REDUNDANT:
        return
    # without the table the view has the wrong form (for a word kept as it is, wrong == right)
    monkeypatch.setattr(scripts, "_corrected", lambda text, script=None: text)
    assert wrong in ScriptViews(example, source).get(script).text
