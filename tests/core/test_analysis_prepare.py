"""What opening needs (outline, script, fingerprint), made by forked helpers in the worker while
it loads jieba's dictionary, is what this process makes alone (issue 32)."""

import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

from reader.core import analysis, forked
from reader.core.analysis_codec import prepared_entry
from reader.core.document import load_document
from reader.core.scripts import detect_script

CORPUS = Path(__file__).parents[1] / "corpus"


def _ref(name: str, cache_dir: Path | None, chars: int | None = None) -> analysis.DocumentRef:
    doc = load_document(CORPUS / name)
    text = doc.text[:chars] if chars else doc.text
    headings = doc.headings if not chars else ()
    content_hash = doc.content_hash if not chars else f"{doc.content_hash}-{chars}"
    return analysis.DocumentRef(
        text, content_hash, detect_script(text), headings=headings, cache_dir=str(cache_dir) if cache_dir else None
    )


def _made(ref: analysis.DocumentRef, meanwhile=None):
    analysis.forget()
    entry = prepared_entry(analysis.make_prepared(ref, meanwhile))
    return entry.meta, dict(entry.blobs)


@pytest.mark.parametrize(("name", "chars"), [("hongloumeng.txt", 150_000), ("law-civil-code.txt", None)])
def test_the_helpers_outline_and_fingerprint_are_this_processs_own(name, chars, monkeypatch, tmp_path):
    ref = _ref(name, None, chars)
    assert len(ref.text) >= analysis.FORK_PREPARE_CHARS
    alone = _made(ref)
    here, pids = os.getpid(), tmp_path / "pids"
    outline_entry = analysis._outline_entry

    def noting_the_process(*args):
        with open(pids, "a") as out:
            out.write(f"{os.getpid()}\n")
        return outline_entry(*args)

    monkeypatch.setattr(forked, "_allowed", True)
    monkeypatch.setattr(analysis, "_outline_entry", noting_the_process)
    assert _made(ref) == alone
    assert [int(pid) for pid in pids.read_text().split()] != [here]  # outlined by a helper


def test_meanwhile_is_called_once_whether_the_outline_is_made_or_read_back(monkeypatch, tmp_path):
    calls = []
    monkeypatch.setattr(forked, "_allowed", True)
    long = _ref("law-civil-code.txt", tmp_path / "cache")
    short = _ref("law-constitution.md", tmp_path / "cache")
    assert len(short.text) < analysis.FORK_PREPARE_CHARS <= len(long.text)
    for ref in (long, short):
        made = _made(ref, lambda: calls.append("made"))
        assert _made(ref, lambda: calls.append("read back")) == made  # from the disk cache
    assert calls == ["made", "read back"] * 2


def test_a_helper_that_fails_leaves_the_outline_to_this_process(monkeypatch):
    ref = _ref("law-civil-code.txt", None)
    alone = _made(ref)
    here = os.getpid()
    outline_entry = analysis._outline_entry

    def fails_in_the_helper(*args):
        if os.getpid() != here:
            raise RuntimeError("the helper breaks")
        return outline_entry(*args)

    monkeypatch.setattr(forked, "_allowed", True)
    monkeypatch.setattr(analysis, "_outline_entry", fails_in_the_helper)
    assert _made(ref) == alone


def test_a_long_book_prepared_in_the_worker_is_read_whole_and_its_words_cut_after(tmp_path):
    path = CORPUS / "law-civil-code.txt"
    context = multiprocessing.get_context("spawn")
    cache = tmp_path / "cache"
    with ProcessPoolExecutor(1, mp_context=context, initializer=analysis.worker_init) as pool:
        document = pool.submit(analysis.prepare_path, str(path), str(cache)).result(timeout=120)
        ref = analysis.DocumentRef(
            document.text,
            document.content_hash,
            detect_script(document.text),
            headings=document.headings,
            cache_dir=str(cache),
        )
        words = pool.submit(analysis.make_words, ref, frozenset()).result(timeout=120)
    here = load_document(path)
    assert document.text == here.text
    analysis.forget()
    expected = analysis.make_words.__wrapped__(
        analysis.DocumentRef(here.text, "another", ref.original_script, headings=here.headings), frozenset()
    )
    assert list(words.boundaries) == list(expected.boundaries)
    # the outline the worker kept is the one this process makes
    assert prepared_entry(analysis.load_prepared(ref.cache, here.text, here.content_hash, here.headings)) == (
        prepared_entry(analysis.make_prepared(analysis.DocumentRef(here.text, "x", ref.original_script, here.headings)))
    )
