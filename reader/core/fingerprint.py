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
import sys
import zlib
from array import array

from reader.core.patterns import compiled

K = 128
SHINGLE = 3
_ZERO3 = bytes(3)
_ZERO6 = bytes(6)
_NOT_THREE_BYTES = "[\x00-\u07ff\ud800-\udfff\U00010000-\U0010ffff]"  # compiled when first used
"""Characters whose UTF-8 is not three bytes (ASCII, Latin, astral; surrogates: unencodable).
Named by their own ranges, not as "not U+0800-U+FFFF": compiling a class costs a step per
code point of its ranges below U+10000 (re's charset map), 7-18 ms for the negated one, on
the way to a launch's first page (this module loads with the annotation store)."""


class _Parts(dict):
    """Each character's part of the hashes, filled as characters come: a character of three
    UTF-8 bytes → crc(c‖0‖0), crc(0‖c‖0), crc(0‖0‖c) as three little-endian 32-bit numbers;
    any other → zeros (its 3-grams are hashed one by one). Joined as bytes, not through
    str.translate into 16-bit halves: a third less time."""

    def __missing__(self, char: str) -> bytes:
        e = char.encode("utf-8", "surrogatepass")
        if len(e) != SHINGLE:
            value = bytes(4 * SHINGLE)
        else:
            hashes = (zlib.crc32(e + _ZERO6), zlib.crc32(_ZERO3 + e + _ZERO3), zlib.crc32(_ZERO6 + e))
            value = b"".join(h.to_bytes(4, "little") for h in hashes)
        self[char] = value
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
        if len(smallest) < k:
            smallest = heapq.nsmallest(k, set(hashes).union(smallest))
            continue
        # only a hash below the k-th smallest so far can enter: few do after the first
        # pieces, and picking them out costs a tenth of merging the piece's hashes in
        below = smallest[-1]
        entering = [h for h in hashes if h < below]
        if entering:
            smallest = sorted(set(entering).union(smallest))[:k]
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
    odd = [m.start() for m in compiled(_NOT_THREE_BYTES).finditer(text)]
    if n < 64 or len(odd) * 4 > n:
        return _one_by_one(text, range(max(1, n)))
    # one pass over the text: each character becomes its three values, 12 bytes
    words = memoryview(b"".join(map(_PARTS.__getitem__, text))).cast("I")
    whole = 0
    for part in range(SHINGLE):  # the 3-gram at i: part 0 of character i, 1 of i + 1, 2 of i + 2
        whole ^= int.from_bytes(words[4 * part : 4 * part + 3 * n : 3].tobytes(), "little")
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


SIZE_MARGIN = 2.0
"""How far a sketch's estimate of its text's 3-gram count may be trusted: within ±30 % at
k = 128 (three standard deviations); twice is beyond doubt."""
COUNT_LIMIT = 131_072
"""may_reach counts the distinct 3-grams of at most this many characters (20-30 ms):
enough to rule out texts of up to ~30,000 characters beside a book."""
_COUNT_STEP = 4_096
"""3-grams added to the count between looks at it: the count stops at most this many past
what it needed (红楼梦 beside 50 short stores: 90,112 3-grams counted, 98,304 in steps of 16,384)."""


def sketched_size(sketch: list[int], k: int = K) -> float:
    """How many distinct 3-grams the text of a sketch holds: exact below k, else estimated
    from the k-th smallest hash (bottom-k cardinality, (k − 1)·2³² / h_k)."""
    if len(sketch) < k:
        return float(len(sketch))
    return (k - 1) * 2**32 / max(1, sketch[k - 1])


class GramCount:
    """A text's distinct 3-grams as may_reach counts them (without its spacing, its first
    COUNT_LIMIT characters), counted once for every question about that text: a document
    opened beside a used data folder asks twice (its stores', then the library's members'
    sketches), and a count already past what a question needs answers it."""

    def __init__(self, text: str) -> None:
        self.text = text
        # text has at most this many distinct 3-grams, one a character: its spacing (which is
        # not counted) left in, as an upper bound it still is (a book's split on spacing to
        # count it out was 43 M instructions of its launch)
        self.most = max(0, len(text) - SHINGLE + 1)
        self._asked = 0.0  # the most the count was asked to reach so far
        self._least = 0  # what it reached: all there is when below what was asked

    def at_least(self, enough: float) -> int:
        """A lower bound of the distinct 3-grams counted, at least `enough` when the text has
        that many within COUNT_LIMIT characters."""
        if enough > self._least and self._least >= self._asked:  # the count stopped short of it
            self._least = _distinct_at_least(_unspaced_start(self.text, COUNT_LIMIT + SHINGLE - 1), enough)
            self._asked = enough
        return self._least


def may_reach(text: str | GramCount, sketches: list[list[int]], threshold: float) -> list[bool]:
    """For each sketch, whether its text could be `threshold` alike to `text` at all, by the
    sizes of their 3-gram sets alone: the Jaccard similarity of two sets is at most the smaller
    size over the larger. Costs a count of the distinct 3-grams of as much of `text` as it
    takes to rule the smaller texts out (COUNT_LIMIT at most), not its fingerprint (0.6 s for
    a novel); a GramCount of the text keeps its count for the next question."""
    if not sketches:
        return []
    count = text if isinstance(text, GramCount) else GramCount(text)
    most = count.most
    sizes = [sketched_size(s) for s in sketches]
    needed = [size * SIZE_MARGIN / threshold for size in sizes]  # ours above this: too unlike
    # at least `least`: counted until it rules out the largest it can (none: not counted)
    countable = [n for n in needed if n <= min(most, COUNT_LIMIT)]
    least = count.at_least(max(countable)) if countable else 0
    return [n >= least and most * SIZE_MARGIN >= threshold * size for n, size in zip(needed, sizes, strict=True)]


def _unspaced_start(text: str, n: int) -> str:
    """The first n characters of text without its spacing ("".join(text.split())[:n]), made
    from as little of text as it takes: the whole of a novel's took 6-14 ms."""
    size = 2 * n
    while True:
        joined = "".join(text[:size].split())
        if len(joined) >= n or size >= len(text):
            return joined[:n]
        size *= 2


def _distinct_at_least(text: str, enough: float) -> int:
    """The number of distinct 3-grams of text, counted a piece at a time until it reaches
    `enough` (then a lower bound)."""
    seen: set[int | str] = set()
    n = len(text) - SHINGLE + 1
    units = text.encode("utf-16-le", "surrogatepass")
    # no character beyond U+FFFF (each is one UTF-16 unit): every 3-gram is a number. Told from
    # the encoding the numbers are made of, not max(text) (a step per character: 110 M
    # instructions of a book's launch beside a used data folder)
    packed = len(units) == 2 * len(text)
    for lo in range(0, max(0, n), _COUNT_STEP):
        hi = min(n, lo + _COUNT_STEP)
        if packed:
            seen.update(_packed_grams(units, lo, hi))
        else:
            seen.update(map(text.__getitem__, map(slice, range(lo, hi), range(lo + SHINGLE, hi + SHINGLE))))
        if len(seen) >= enough:
            break
    return len(seen)


def _packed_grams(units: bytes, lo: int, hi: int) -> memoryview:
    """The 3-grams at lo … hi - 1 of a text within U+FFFF (`units`: its UTF-16-LE), each as one
    64-bit number of its six bytes: the low bytes of its three characters first, then their
    high bytes. Laid out a byte lane at a time (every eighth byte, a C loop each): its three
    UTF-16 units copied into every fourth place of an array one by one took 35 M instructions
    of a book's launch beside a used data folder. The low bytes first: a set places a number
    by its low bits, which were the first character's alone, and 3-grams sharing it crowded
    together (their insertion 66 M instructions, 37 M so)."""
    n = hi - lo
    grams = bytearray(8 * n)
    for k in range(2 * SHINGLE):  # byte k of the 3-gram at i (byte 2·i + k of the text)
        unit, high = divmod(k, 2)
        grams[high * SHINGLE + unit :: 8] = units[2 * lo + k : 2 * (lo + n) + k : 2]
    return memoryview(grams).cast("Q")
