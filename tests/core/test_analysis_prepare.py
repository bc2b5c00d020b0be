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
