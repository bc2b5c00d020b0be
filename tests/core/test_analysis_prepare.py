"""A book prepared in the worker (outline, script, fingerprint; jieba's dictionary loading after,
in a thread, from its table) is read whole, and its words cut after are this process's own."""

import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from reader.core import analysis
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


def test_a_book_prepared_again_is_in_the_cache_it_was_prepared_for(tmp_path):
    """The worker keeps the last books' outlines in memory (the key terms ask for them next); a
    book prepared again is taken from there, and must still be in the cache the window reads
    its open from: where that cache no longer held it (its entry pruned since, or another data
    folder's cache), the window outlined the book itself, as prepare_path is there to spare it."""
    analysis.forget()
    first = _ref("mengzi-gutenberg-big5.txt", tmp_path / "first", chars=20_000)
    key = analysis.prepared_key(first.content_hash, first.headings, first.title)
    analysis.make_prepared(first)
    assert first.cache.path_of(key).exists()
    first.cache.path_of(key).unlink()  # pruned, the book still in this process's memory
    analysis.make_prepared(first)
    assert analysis.load_prepared(first.cache, first.text, first.content_hash, first.headings) is not None
    second = _ref("mengzi-gutenberg-big5.txt", tmp_path / "second", chars=20_000)
    analysis.make_prepared(second)
    assert analysis.load_prepared(second.cache, second.text, second.content_hash, second.headings) is not None
    analysis.forget()


def test_a_view_made_again_is_in_the_cache_it_was_made_for(tmp_path):
    """make_prepared's twin: the worker keeps the last books' script views in memory too; a
    view asked for again is taken from there, and must still be in the cache the window opens
    a page in that script from (reader.gui.reading.preparing_page): where that cache no longer
    held it (pruned since, or another data folder's), the window's next open found nothing
    there, and the worker, once it had let the book go, converted the whole book again."""
    from reader.core.scripts import Script

    analysis.forget()
    first = _ref("mengzi-gutenberg-big5.txt", tmp_path / "first", chars=20_000)
    made = analysis.make_view(first, Script.SIMPLIFIED)
    key = analysis.view_key(first.content_hash, Script.SIMPLIFIED, made.config)
    assert first.cache.path_of(key).exists()
    first.cache.path_of(key).unlink()  # pruned, the book still in this process's memory
    analysis.make_view(first, Script.SIMPLIFIED)
    assert analysis.load_view(first.cache, first.content_hash, Script.SIMPLIFIED, made.config) is not None
    second = _ref("mengzi-gutenberg-big5.txt", tmp_path / "second", chars=20_000)
    analysis.make_view(second, Script.SIMPLIFIED)
    assert analysis.load_view(second.cache, second.content_hash, Script.SIMPLIFIED, made.config) is not None
    analysis.forget()
