"""A book's analysis cuts its text once: the key terms, pinyin and the first switch to 繁體
count and split the words the words job cut (the cut is 0.2-0.3 s of a novel's analysis, and
key terms took as long again when they cut the book a second time)."""

from pathlib import Path

import pytest

from reader.core import analysis, words
from reader.core.document import Document
from reader.core.scripts import Script

CORPUS = Path(__file__).parents[1] / "corpus"


@pytest.fixture
def cut_characters(monkeypatch):
    """How many characters the segmenter is given, over every call."""
    real = words.segmenter()
    given: list[int] = []

    class Counted:
        def cut(self, text: str, hmm: bool = True) -> list[str]:
            given.append(len(text))
            return real.cut(text, hmm)

    monkeypatch.setattr(words, "segmenter", Counted)
    return given


def _ref(text: str, tmp_path: Path) -> analysis.DocumentRef:
    doc = Document.from_text(text)
    return analysis.DocumentRef(doc.text, doc.content_hash, Script.SIMPLIFIED, cache_dir=str(tmp_path / "cache"))


@pytest.mark.parametrize("user_words", [frozenset(), frozenset({"贾雨村", "甄士隐"})])
def test_words_then_key_terms_and_pinyin_cut_the_book_once(tmp_path, cut_characters, user_words):
    text = (CORPUS / "hongloumeng.txt").read_text(encoding="utf-8")[:60_000]
    ref = _ref(text, tmp_path)
    analysis.forget()
    analysis.make_prepared(ref)
    analysis.make_words(ref, user_words)
    analysis.make_terms(ref, user_words)
    analysis.make_pinyin(ref, user_words)
    assert sum(cut_characters) == len(text)  # every character given once


def test_a_switch_to_traditional_after_the_words_cuts_nothing_more(tmp_path, cut_characters):
    text = (CORPUS / "hongloumeng.txt").read_text(encoding="utf-8")[:60_000]
    ref = _ref(text, tmp_path)
    analysis.forget()
    analysis.make_words(ref, frozenset())
    analysis.make_terms(ref, frozenset())
    analysis.make_view(ref, Script.TRADITIONAL)
    assert sum(cut_characters) == len(text)


def test_a_switch_after_the_words_cuts_nothing_more_with_the_readers_words_in_the_text(tmp_path, cut_characters):
    text = (CORPUS / "hongloumeng.txt").read_text(encoding="utf-8")[:60_000]
    ref = _ref(text, tmp_path)
    analysis.forget()
    analysis.make_words(ref, frozenset({"贾雨村"}))
    converted = analysis.make_view(ref, Script.TRADITIONAL).view()
    assert sum(cut_characters) == len(text)
    analysis.forget()
    assert converted == analysis.make_view(_ref(text, tmp_path / "fresh"), Script.TRADITIONAL).view()
