"""A similarity fingerprint of a text, so an edited copy of a document is recognised.

A bottom-k MinHash sketch over character 3-grams: hash every distinct 3-gram once and keep
the k smallest hashes. Two sketches estimate the Jaccard similarity of the texts' 3-gram
sets (Broder 1997), so a document with a sentence changed still scores ~0.99 while a
different document of the same kind scores near 0. crc32 is stable across processes and
runs (unlike hash()); stores keep these values, so the hash of a 3-gram is always
zlib.crc32 of its UTF-8 bytes, however it is computed.
"""

from __future__ import annotations

import heapq
import re
import sys
import zlib
from array import array

K = 128
SHINGLE = 3
_ZERO3 = bytes(3)
_ZERO6 = bytes(6)
_NOT_THREE_BYTES = re.compile("[^\u0800-\ud7ff\ue000-\uffff]")
"""Characters whose UTF-8 is not three bytes (ASCII, Latin, astral; surrogates: unencodable)."""


class _Parts(dict):
    """str.translate's table, filled as characters come: a character of three UTF-8 bytes →
    crc(c‖0‖0), crc(0‖c‖0), crc(0‖0‖c) as twelve bytes (little-endian), each a Latin-1
    character, so the translated text encodes as Latin-1, a plain copy (as 16-bit halves it
    needed UTF-16 with surrogatepass, twice as slow); any other → placeholders (its 3-grams
    are hashed one by one)."""

    def __missing__(self, code: int) -> str:
        e = chr(code).encode("utf-8", "surrogatepass")
        if len(e) != SHINGLE:
            value = "\0" * 12
        else:
            hashes = (zlib.crc32(e + _ZERO6), zlib.crc32(_ZERO3 + e + _ZERO3), zlib.crc32(_ZERO6 + e))
            value = b"".join(h.to_bytes(4, "little") for h in hashes).decode("latin-1")
        self[code] = value
        return value


_PARTS = _Parts()
PIECE = 4_096
"""Shingles hashed in one go: a few milliseconds (see fingerprint)."""


def fingerprint(text: str, k: int = K) -> list[int]:
    """The k smallest 3-gram hashes, ascending (fewer for a very short text)."""
    text = "".join(text.split())  # line breaks and spacing are layout, not content
    n = max(1, len(text) - SHINGLE + 1)
    smallest: list[int] = []
    # a piece at a time: one C loop over a whole novel holds the interpreter lock for half a
    # second, and a window whose document is opened in a thread froze that long. The k
    # smallest of the pieces' smallest are the k smallest of the whole.
    for lo in range(0, n, PIECE):
        hi = min(n, lo + PIECE)
        hashes = _shingle_hashes(text[lo : hi + SHINGLE - 1])
        if len(smallest) == k:  # only a hash below the k-th smallest so far can join (a C loop)
            hashes = filter(smallest[-1].__gt__, hashes)
        smallest = sorted(set(hashes).union(smallest))[:k]
    return smallest


def _one_by_one(text: str, positions) -> map:
    return map(zlib.crc32, map(str.encode, map(text.__getitem__, (slice(i, i + SHINGLE) for i in positions))))


def _shingle_hashes(text: str):
    """crc32 of every 3-gram's UTF-8, position by position.

    A 3-gram of three-byte characters is 9 bytes, and crc32 is affine over messages of one
    length, so crc(a‖b‖c) = crc(a‖0‖0) ⊕ crc(0‖b‖0) ⊕ crc(0‖0‖c): three values per distinct
    character, laid out per position and XORed whole as big integers (a Chinese document of
    100,000 characters: 3-grams one at a time took 0.1–0.2 s). 3-grams holding any other
    character are hashed one by one."""
    n = len(text) - SHINGLE + 1
    odd = [m.start() for m in _NOT_THREE_BYTES.finditer(text)]
    if n < 64 or len(odd) * 4 > n:
        return _one_by_one(text, range(max(1, n)))
    # one pass over the text: each character becomes its three values as 16-bit halves, read
    # back as 32-bit numbers
    values = memoryview(text.translate(_PARTS).encode("latin-1")).cast("I")
    whole = 0
    for part in range(SHINGLE):  # the 3-gram at i: part 0 of character i, 1 of i + 1, 2 of i + 2
        whole ^= int.from_bytes(values[4 * part : 4 * part + 3 * n : 3].tobytes(), "little")
    hashes = array("I")
    hashes.frombytes(whole.to_bytes(4 * n, "little"))
    if sys.byteorder != "little":
        hashes.byteswap()
    redo = sorted({i for j in odd for i in range(max(0, j - SHINGLE + 1), min(n, j + 1))})
    for i, h in zip(redo, _one_by_one(text, redo)):
        hashes[i] = h
    return hashes


def similarity(a: list[int], b: list[int]) -> float:
    """Estimated Jaccard similarity of the texts two fingerprints were made from (0–1)."""
    if not a or not b:
        return 0.0
    k = min(len(a), len(b))
    union = heapq.nsmallest(k, set(a) | set(b))
    shared = set(a) & set(b)
    return sum(1 for h in union if h in shared) / k
