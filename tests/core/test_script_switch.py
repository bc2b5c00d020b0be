"""A script switch on a Simplified book (issue 32): the Traditional view is split at the cut
the words job made, never cut by jieba a second time, and gives exactly the view that cutting
gives."""

from pathlib import Path

import pytest

from reader.core import analysis, words
from reader.core.analysis_cache import AnalysisCache
from reader.core.document import Document
from reader.core.scripts import Script, convert_with_map
from reader.core.words import jieba_ends

CORPUS = Path(__file__).parents[1] / "corpus"


@pytest.fixture(autouse=True)
def _fresh_memory():
    analysis.forget()
    yield
    analysis.forget()


def simplified_sample() -> str:
    """A chapter of a novel, a stretch of a law, and what OpenCC's phrases would join across
    words (保护|发生) or jieba would join across separators (3.5, e-mail)."""
    novel = (CORPUS / "hongloumeng.txt").read_text(encoding="utf-8")[20_000:50_000]
    law = (CORPUS / "law-civil-code.txt").read_text(encoding="utf-8")[:6_000]
    return novel + "\n保护发生了变化，伟大斗争的新征程。版本3.5与e-mail地址a.b-c。\n" + law


@pytest.mark.parametrize("config", ["s2tw", "s2hk", "s2t"])
def test_a_conversion_split_at_jiebas_cut_is_the_conversion_that_cuts(config):
    text = simplified_sample()
    cut = convert_with_map(text, config, Script.TRADITIONAL, cut=jieba_ends(text))
    plain = convert_with_map(text, config, Script.TRADITIONAL)
    assert cut.text == plain.text
    assert cut.segments == plain.segments
    assert "保護發生" in cut.text  # the words were kept apart: not 保護髮生


def _ref(text: str, cache_dir: Path) -> analysis.DocumentRef:
    doc = Document.from_text(text)
    return analysis.DocumentRef(doc.text, doc.content_hash, Script.SIMPLIFIED, cache_dir=str(cache_dir))


def _no_more_cutting(monkeypatch) -> None:
    def refuse(*_args):
        raise AssertionError("jieba cut the book again")

    monkeypatch.setattr(words, "jieba_ends", refuse)
    monkeypatch.setattr(words, "segmenter", refuse)


@pytest.mark.parametrize("kept", ["in memory", "on disk"])
def test_a_simplified_book_switched_after_its_words_is_not_cut_again(tmp_path, monkeypatch, kept):
    text = simplified_sample()
    expected = convert_with_map(text, "s2tw", Script.TRADITIONAL)
    ref = _ref(text, tmp_path / "cache")
    analysis.make_words(ref, frozenset())
    if kept == "on disk":
        analysis.forget()  # the idle worker gave back what it held: the cache still has the cut
    _no_more_cutting(monkeypatch)
    view = analysis.make_view(ref, Script.TRADITIONAL).view()
    assert view.text == expected.text
    assert view.segments == expected.segments
    assert AnalysisCache(tmp_path / "cache").size() > 0


def test_the_readers_own_words_in_the_text_leave_jiebas_cut_to_jieba(tmp_path):
    """A cut merged with the reader's words is not jieba's: the conversion then cuts anew, and
    gives the view it always gave."""
    text = simplified_sample()
    ref = _ref(text, tmp_path / "cache")
    analysis.make_words(ref, frozenset({"保护发生"}))
    view = analysis.make_view(ref, Script.TRADITIONAL).view()
    assert view.text == convert_with_map(text, "s2tw", Script.TRADITIONAL).text
