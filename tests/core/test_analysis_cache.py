"""The disk cache of analysis results (issue 16): round trips, damage, the size bound, keys."""

import os
from pathlib import Path

import pytest

from reader.core import analysis
from reader.core.analysis_cache import AnalysisCache, Entry, cache_key, decode_entry
from reader.core.analysis_codec import PackedView, PackedWords, prepared_entry, prepared_from_entry
from reader.core.document import load_document
from reader.core.keyterms import analyse
from reader.core.outline import build_outline
from reader.core.scripts import Script, ScriptViews
from reader.core.session import Session
from reader.core.words import WordBoundaries

MENGZI = Path(__file__).parents[1] / "corpus" / "mengzi-gutenberg-big5.txt"


@pytest.fixture
def cache(tmp_path) -> AnalysisCache:
    return AnalysisCache(tmp_path / "cache")


@pytest.fixture(autouse=True)
def _fresh_memory():
    analysis.forget()  # nothing kept from another test's documents
    yield
    analysis.forget()


def ref_of(path: Path, cache: AnalysisCache, variant: str = "s2tw") -> analysis.DocumentRef:
    doc = load_document(path)
    views = ScriptViews(doc.text, variant=variant)
    return analysis.DocumentRef(
        doc.text, doc.content_hash, views.original_script, variant, doc.headings, str(cache.folder)
    )


def test_an_entry_round_trips_and_a_damaged_one_reads_as_a_miss(cache):
    entry = Entry({"n": 3, "word": "潇湘馆"}, {"a": b"\x00\x01\x02", "b": "學習".encode()})
    assert cache.put("key", entry)
    assert cache.get("key") == entry
    assert cache.get("another key") is None
    path = cache.path_of("key")
    data = path.read_bytes()
    assert decode_entry("key", data) == entry and decode_entry("other", data) is None
    for damaged in (data[:-1], data[:10], data[:-3] + b"xyz", b"", b"READERC1" + data[8:20]):
        path.write_bytes(damaged)
        assert cache.get("key") is None
        assert not path.exists()  # removed, so it is written anew
    path.write_bytes(data[:-1] + bytes([data[-1] ^ 1]))  # one bit flipped in the payload
    assert cache.get("key") is None


def test_results_round_trip_through_the_cache(cache, notice_text):
    views = ScriptViews(notice_text)
    view = views.get(Script.SIMPLIFIED)
    assert cache.put("view", PackedView.of(view).entry())
    assert PackedView.from_entry(cache.get("view")).view() == view
    words = WordBoundaries.from_view(view, {"人类命运共同体"})
    packed = PackedWords(words.boundaries, words.length, words.user_words, words.boundaries)
    assert cache.put("words", packed.entry())
    back = PackedWords.from_entry(cache.get("words")).words()
    assert list(back.boundaries) == list(words.boundaries) and back.user_words == {"人类命运共同体"}
    outline = build_outline(notice_text)
    prepared = analysis.Prepared.made(outline, views.original_script, [1, 2, 3])
    assert cache.put("prepared", prepared_entry(prepared))
    again = prepared_from_entry(notice_text, cache.get("prepared"))
    assert again.outline.root == outline.root and again.original_script is Script.TRADITIONAL
    assert again.blocks == prepared.blocks and again.stops == prepared.stops and again.fingerprint == [1, 2, 3]
    with pytest.raises(ValueError):  # an outline of another text is refused, not shown
        prepared_from_entry(notice_text + "。", cache.get("prepared"))


def test_the_folder_keeps_within_its_bound_least_recently_used_out(tmp_path):
    cache = AnalysisCache(tmp_path / "cache", max_bytes=10_000)
    blob = Entry({}, {"x": b"\x00" * 3000})
    for i in range(3):
        assert cache.put(f"k{i}", blob)
        then = 1_000_000 + i * 100
        os.utime(cache.path_of(f"k{i}"), (then, then))  # k0 oldest
    assert cache.get("k0") is not None  # used now: the most recent
    assert cache.put("k3", blob)
    assert cache.size() <= 10_000
    assert cache.get("k1") is None  # the least recently used went
    assert all(cache.get(k) is not None for k in ("k0", "k2", "k3"))
    assert not cache.put("huge", Entry({}, {"x": b"\x00" * 20_000}))  # larger than the bound: not kept


def test_keys_change_with_engines_words_variant_and_document(monkeypatch, cache):
    ref = ref_of(MENGZI, cache)
    base = analysis.words_key(ref, "tw2s", frozenset())
    assert analysis.words_key(ref, "tw2s", frozenset({"梁惠王"})) != base
    assert analysis.view_key(ref.content_hash, Script.TRADITIONAL, "s2tw") != analysis.view_key(
        ref.content_hash, Script.TRADITIONAL, "s2hk"
    )
    assert cache_key("words", "another document") != cache_key("words", ref.content_hash)
    monkeypatch.setattr("reader.core.analysis_cache.engine_version", lambda: "another jieba")
    assert analysis.words_key(ref, "tw2s", frozenset()) != base


@pytest.mark.parametrize("module", ["datelines.py", "boilerplate.py", "heading_evidence.py", "numbering.py"])
def test_a_change_to_a_rule_module_makes_the_cached_outlines_new(monkeypatch, module):
    """The modules the outline imports shape a document's header, its headings and its typeset
    lead (the dateline rules, the boilerplate, the heading evidence…): a cached outline made by
    other rules is not taken for theirs."""
    from reader.core import analysis_cache

    before = analysis_cache.engine_version.__wrapped__()
    read = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda p: read(p) + (b"#" if p.name == module else b""))
    assert analysis_cache.engine_version.__wrapped__() != before


def test_a_session_reads_what_the_jobs_kept(tmp_path, data_dir):
    """Opened again, a document takes its outline, script and fingerprint from the cache, and
    a damaged entry is simply made again."""
    book = tmp_path / "mengzi.txt"
    book.write_bytes(MENGZI.read_bytes())
    first = Session.open(book, data_dir)
    assert not first.prepared
    analysis.make_terms(first.analysis_ref(), frozenset())  # keeps the outline as a side effect
    again = Session.open(book, data_dir)
    assert again.prepared and again.outline.root == first.outline.root
    assert again.views.original_script is Script.TRADITIONAL
    for path in again.cache.folder.glob("*.rc"):  # every entry truncated
        path.write_bytes(path.read_bytes()[:-7])
    third = Session.open(book, data_dir)
    assert not third.prepared and third.outline.root == first.outline.root
    words = analysis.make_words(third.analysis_ref(), frozenset())
    assert list(words.boundaries) == list(WordBoundaries.from_view(third.view(Script.SIMPLIFIED)).boundaries)


def test_jobs_give_what_the_core_gives_and_keep_it(cache):
    """The jobs' results equal the in-process analysis, and the second time come from the cache."""
    ref = ref_of(MENGZI, cache)
    views = ScriptViews(ref.text)
    user_words = frozenset({"梁惠王"})
    made = analysis.make_words(ref, user_words)
    expected = WordBoundaries.from_view(views.get(Script.SIMPLIFIED), user_words)
    assert list(made.boundaries) == list(expected.boundaries) and made.length == expected.length
    assert made.simplified.view() == views.get(Script.SIMPLIFIED)
    terms = analysis.make_terms(ref, user_words)
    document, sections = analyse(views, build_outline(ref.text, ref.headings), user_words=user_words)
    assert terms.document() == document
    assert dict(terms.sections()) == dict(sections)
    written = {p: p.stat().st_ino for p in cache.folder.glob("*.rc")}
    assert len(written) >= 4  # the Simplified view, words, terms, and what opening needs
    analysis.forget()
    assert analysis.make_terms(ref, user_words).document() == document
    assert {p: p.stat().st_ino for p in cache.folder.glob("*.rc")} == written  # read, not written again


def test_an_outline_whose_parents_point_forward_is_damaged(notice_text):
    from array import array

    from reader.core.analysis_codec import Prepared

    outline = build_outline(notice_text)
    entry = prepared_entry(Prepared.made(outline, Script.TRADITIONAL, []))
    assert prepared_from_entry(notice_text, entry).outline == outline
    parents = array("i")
    parents.frombytes(entry.blobs["parent"])
    parents[1] = len(parents) - 1  # a cycle, were it linked
    damaged = Entry(entry.meta, {**entry.blobs, "parent": parents.tobytes()})
    with pytest.raises(ValueError):
        prepared_from_entry(notice_text, damaged)


def test_a_books_outline_comes_back_the_same_from_the_cache():
    """Every section's fields, a chapter heading's label and a sentence's (whose label starts
    where the sentence does, sharing its offset: analysis_codec) included."""
    from reader.core.analysis_codec import Prepared

    text = (Path(__file__).parents[1] / "corpus" / "hongloumeng.txt").read_text(encoding="utf-8")[:60_000]
    outline = build_outline(text)
    kinds = {s.kind for s in outline.root.walk()}
    assert {"heading", "sentence"} <= kinds
    back = prepared_from_entry(text, prepared_entry(Prepared.made(outline, Script.SIMPLIFIED, []))).outline
    assert back == outline
    assert [(s.start, s.end, s.label_start, s.label_end, s.head_end, s.depth) for s in back.root.walk()] == [
        (s.start, s.end, s.label_start, s.label_end, s.head_end, s.depth) for s in outline.root.walk()
    ]


def test_a_data_folder_without_a_cache_looks_nothing_up(tmp_path, monkeypatch):
    """A data folder's first documents: no key is made for a cache whose folder was never made
    (each digests Reader's analysis code: 7 M instructions before the first notice painted);
    once the jobs have kept something, it is read."""
    from reader.core import analysis_read

    monkeypatch.setattr(analysis_read, "cache_key", lambda *a, **k: pytest.fail("a key made"))
    cache = AnalysisCache(tmp_path / "cache")
    assert analysis_read.load_prepared(cache, "正文。", "hash", ()) is None
    assert analysis_read.load_view(cache, "hash", Script.SIMPLIFIED, "t2s") is None
    assert analysis_read.load_prepared(None, "正文。", "hash", ()) is None
