from pathlib import Path

import pytest

from reader.core import analysis, forked, parallel_cut
from reader.core.parallel_cut import jieba_ends_parallel, split_point
from reader.core.scripts import detect_script
from reader.core.words import jieba_ends, word_ends

CORPUS = Path(__file__).parents[1] / "corpus"


def excerpt(name: str, chars: int = 40_000) -> str:
    return (CORPUS / name).read_text(encoding="utf-8")[:chars]


def test_the_split_falls_just_after_the_line_end_nearest_the_middle():
    text = "甲" * 10 + "\n" + "乙" * 3 + "\n" + "丙" * 20
    assert split_point(text) == 15  # len 35: the middle (17) is nearer 15 than 11
    assert split_point("没有换行的一句话") == 0


@pytest.fixture
def forking(monkeypatch):
    monkeypatch.setattr(forked, "_allowed", True)
    monkeypatch.setattr(parallel_cut, "MIN_CHARS_FORKED", 1)
    monkeypatch.setattr(parallel_cut, "cores", lambda: 2)


def test_a_short_text_one_core_or_a_process_that_may_not_fork_cuts_here(forking, monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("no helper for this")

    monkeypatch.setattr(forked, "Helper", refuse)
    text = excerpt("hongloumeng.txt", 5_000)
    monkeypatch.setattr(parallel_cut, "MIN_CHARS_FORKED", 10_000)
    assert jieba_ends_parallel(text) == jieba_ends(text)  # below MIN_CHARS_FORKED
    monkeypatch.setattr(parallel_cut, "MIN_CHARS_FORKED", 1)
    monkeypatch.setattr(parallel_cut, "cores", lambda: 1)
    assert jieba_ends_parallel(text) == jieba_ends(text)
    monkeypatch.setattr(parallel_cut, "cores", lambda: 2)
    monkeypatch.setattr(forked, "_allowed", False)  # the window's process: Qt's threads
    assert jieba_ends_parallel(text) == jieba_ends(text)


def test_the_words_job_cuts_a_long_book_on_two_cores_to_the_same_boundaries(tmp_path, forking, monkeypatch):
    started = []

    class Recorded(forked.Helper):
        def __init__(self, *args):
            started.append(args[0])
            super().__init__(*args)

    monkeypatch.setattr(forked, "Helper", Recorded)
    text = excerpt("hongloumeng.txt", 30_000)
    ref = analysis.DocumentRef(text, "h", detect_script(text), cache_dir=str(tmp_path))
    analysis.forget()
    result = analysis.make_words(ref, frozenset({"贾雨村"}))
    assert started == [parallel_cut._ends_from]  # one helper beside this process
    assert list(result.boundaries) == [0, *word_ends(text, {"贾雨村"})]


@pytest.mark.parametrize("name", ["hongloumeng.txt", "law-civil-code.txt"])
def test_a_forked_helper_cuts_to_the_serial_cuts_words(name, forking):
    text = excerpt(name)
    for share in (0.5, 0.3):
        assert jieba_ends_parallel(text, share) == jieba_ends(text)


def test_when_the_forked_helper_fails_this_process_cuts_its_part(forking, monkeypatch):
    import os

    here = os.getpid()

    def fails_in_the_helper(text, offset=0):
        if os.getpid() != here:
            raise RuntimeError("the helper breaks")
        return jieba_ends(text, offset)

    monkeypatch.setattr(parallel_cut, "jieba_ends", fails_in_the_helper)
    text = excerpt("law-civil-code.txt")
    assert jieba_ends_parallel(text) == jieba_ends(text)


def test_the_worker_allows_a_forked_helper(monkeypatch):
    monkeypatch.setattr(forked, "_allowed", False)
    monkeypatch.setattr(analysis, "_in_worker", False)
    monkeypatch.setattr(analysis.threading, "Thread", lambda *a, **k: type("T", (), {"start": lambda self: None})())
    monkeypatch.setattr(analysis.os, "nice", lambda n: 0)
    analysis.worker_init(0)
    assert forked.allowed()
