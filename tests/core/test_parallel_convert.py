"""A view converted in two halves, the second by a forked helper, is the whole text's view."""

from pathlib import Path

import pytest

from reader.core import forked, parallel_convert
from reader.core.parallel_convert import convert_on_two_cores
from reader.core.scripts import Script, ScriptViews, convert_with_map
from reader.core.words import jieba_ends

CORPUS = Path(__file__).parents[1] / "corpus"


@pytest.fixture
def forking(monkeypatch):
    monkeypatch.setattr(forked, "_allowed", True)
    monkeypatch.setattr(parallel_convert, "MIN_CHARS", 1)


def read(name: str, chars: int) -> str:
    raw = (CORPUS / name).read_bytes()
    for encoding in ("utf-8", "gb18030", "big5"):
        try:
            return raw.decode(encoding)[:chars]
        except UnicodeDecodeError:
            continue
    raise AssertionError(name)


@pytest.mark.parametrize(
    "name",
    [
        "hongloumeng.txt",
        "law-civil-code.txt",
        "report-20th-congress-2022-gb18030.txt",
        "mengzi-gutenberg-big5.txt",
        "parallel/cuv-traditional.txt",
    ],
)
@pytest.mark.parametrize("with_cut", [True, False])
def test_both_scripts_of_the_corpus_convert_in_halves_to_the_whole_texts_view(name, with_cut, forking):
    text = read(name, 60_000)
    views = ScriptViews(text)
    for script in (Script.SIMPLIFIED, Script.TRADITIONAL):
        config = views.plan.config(script)
        if config is None:
            continue
        cut = jieba_ends(text) if with_cut and config.startswith("s2") else None
        whole = convert_with_map(text, config, script, mode=views.mode, cut=cut)
        halves = convert_on_two_cores(text, config, script, views.mode, cut)
        assert halves.text == whole.text
        assert halves.segments == whole.segments
        assert [halves.to_original(p) for p in range(0, len(halves.text), 97)] == [
            whole.to_original(p) for p in range(0, len(whole.text), 97)
        ]


def test_a_helper_forked_for_a_conversion_with_its_cut_gets_no_copy_of_jiebas_dictionary(forking):
    from reader.core.words import cut_ready, tokenizer_loaded

    text = read("hongloumeng.txt", 30_000)
    cut = jieba_ends(text)
    whole = convert_with_map(text, "s2tw", Script.TRADITIONAL, cut=cut)
    cut_ready()
    halves = convert_on_two_cores(text, "s2tw", Script.TRADITIONAL, ScriptViews(text).mode, cut)
    assert halves.text == whole.text
    assert not tokenizer_loaded()  # let go before the fork: the next cut loads it again


def test_a_conversion_that_cuts_words_itself_keeps_jiebas_dictionary_for_its_helper(forking):
    from reader.core.words import cut_ready, tokenizer_loaded

    text = read("hongloumeng.txt", 30_000)
    cut_ready()
    convert_on_two_cores(text, "s2tw", Script.TRADITIONAL, ScriptViews(text).mode, None)
    assert tokenizer_loaded()
