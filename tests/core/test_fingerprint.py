import heapq
import zlib

from reader.core.fingerprint import fingerprint, similarity


def fingerprint_by_comprehensions(text, k=128):
    """The fingerprint as first written: stores keep these, so it must never change."""
    text = "".join(text.split())
    shingles = {text[i : i + 3] for i in range(max(1, len(text) - 3 + 1))}
    return sorted(heapq.nsmallest(k, {zlib.crc32(s.encode("utf-8")) for s in shingles}))


def test_the_fingerprint_is_the_one_stores_keep(notice_text):
    for text in (notice_text, notice_text[:500], "一二", "一", "", " a\nb 丙丁 "):
        assert fingerprint(text) == fingerprint_by_comprehensions(text)
    assert similarity(fingerprint(notice_text), fingerprint(notice_text[:-40])) > 0.9
