"""OpenCC's dictionaries held packed: a phrase table as arrays and two strings, not a dict.

opencc-python-reimplemented loads each dictionary file into a dict of strings: STPhrases'
49,000 phrases (s2tw, s2t) take 9.5 MB of Python objects, 11 bytes a character of 红楼梦 in the
window, which keeps them to preview a page in a script the worker is still converting the book
to. Packed, a table is its keys' hashes sorted (an array), the keys and values joined, and
where each starts (arrays), and a bitmap of the hashes: 1.8 MB. A lookup is a bit tested, then
for the few keys it may be, a bisection of the hashes (in C) and a slice compared: 20,000
characters of 红楼梦 convert in 89-134 ms of CPU against 68-110 with the dicts (without the
bitmap 138-187), fine for a page and the window's short documents, not for whole books (the
worker keeps OpenCC's dicts)."""

from __future__ import annotations

import os
from array import array
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from typing import TypeVar

from reader.core.job_threads import give_way

_in_this_process = False  # pack_in_this_process()
T = TypeVar("T")
STEP = 1024
"""Entries a table is built with between two chances to make way (preload: ~2 ms of Python)."""


def pack_in_this_process() -> None:
    """From now on this process loads OpenCC's large tables packed (2 MB instead of 10 for
    s2tw, slower lookups): the window's, said once as it is made (reader.gui.main_window), which
    converts a page's preview and labels, not whole books. The worker and the command line,
    which convert whole books, keep OpenCC's dicts. Here, not in reader.core.scripts: the
    window is made before that module loads (it is off the path to the first paint)."""
    global _in_this_process
    _in_this_process = True


def in_this_process() -> bool:
    """Whether reader.core.scripts loads its converters packed (packed_converter)."""
    return _in_this_process


PACKED_ENTRIES = 10_000
"""Tables of at least this many entries are packed: STPhrases. The character tables (4,000
entries each) stay dicts: every character of a page is looked up in them."""


SEEN_BITS = 1 << 20
SEEN_MASK = SEEN_BITS - 1


class PackedDict:
    """A read-only str → str table answering `in` and `[]` as the dict OpenCC builds does (the
    last line of a key wins; a value's first word, which is all OpenCC uses of it).

    Its entries sorted by their key's hash (its top bits) and then their line, both in one
    64-bit number (`_order`): made and sorted without a Python object per entry, whose pools a
    table's 100,000 small objects made and let go would leave with the process."""

    __slots__ = ("_bits", "_order", "_keys", "_key_starts", "_values", "_value_starts", "_seen")

    def __init__(self, pairs: Iterable[tuple[str, str]], make_way: bool = False) -> None:
        """`make_way`: give_way between steps (built outside any lock another thread may want)."""
        step = _making_way if make_way else _as_it_is
        keys, values = _Joined(), _Joined()
        key_starts, value_starts = array("I", [0]), array("I", [0])
        hashes = array("q")
        for key, value in step(pairs):
            value = value.split(" ")[0]
            keys.write(key)
            values.write(value)
            key_starts.append(key_starts[-1] + len(key))
            value_starts.append(value_starts[-1] + len(value))
            hashes.append(hash(key))
        # a bit for each key's hash (its low 20 bits; 128 KB): most keys looked for are none, and
        # a bit not set says so without a bisection (a page's conversion 1.4x quicker)
        self._seen = seen = bytearray(SEEN_BITS >> 3)
        for h in hashes:
            seen[(h & SEEN_MASK) >> 3] |= 1 << (h & 7)
        self._bits = bits = max(16, len(hashes).bit_length())  # an entry's line, below its hash
        order = _sorted_in_pieces((h >> bits << bits) | i for i, h in step(enumerate(hashes)))
        del hashes
        all_keys, all_values = keys.getvalue(), values.getvalue()
        keys, values = _Joined(), _Joined()
        self._order, self._key_starts, self._value_starts = array("q"), array("I", [0]), array("I", [0])
        mask = (1 << bits) - 1
        for j, entry in step(enumerate(order)):
            i = entry & mask
            key = all_keys[key_starts[i] : key_starts[i + 1]]
            if j + 1 < len(order) and order[j + 1] >> bits == entry >> bits:
                later = order[j + 1] & mask  # the same key on a later line: that one is kept
                if all_keys[key_starts[later] : key_starts[later + 1]] == key:
                    continue
            value = all_values[value_starts[i] : value_starts[i + 1]]
            keys.write(key)
            values.write(value)
            self._order.append(entry)
            self._key_starts.append(self._key_starts[-1] + len(key))
            self._value_starts.append(self._value_starts[-1] + len(value))
        self._keys, self._values = keys.getvalue(), values.getvalue()

    def _find(self, key: str) -> int:
        h = hash(key)
        if not self._seen[(h & SEEN_MASK) >> 3] >> (h & 7) & 1:
            return -1
        bits = self._bits
        top = h >> bits
        order, keys, starts = self._order, self._keys, self._key_starts
        i = bisect_left(order, top << bits)
        while i < len(order) and order[i] >> bits == top:  # keys of one hash's top bits, in a run
            if keys[starts[i] : starts[i + 1]] == key:
                return i
            i += 1
        return -1

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self._find(key) >= 0

    def __getitem__(self, key: str) -> str:
        i = self._find(key)
        if i < 0:
            raise KeyError(key)
        return self._values[self._value_starts[i] : self._value_starts[i + 1]]

    def __len__(self) -> int:
        return len(self._order)


BUCKET_BITS = 6  # _sorted_in_pieces: 64 buckets, of ~800 entries each for STPhrases


def _sorted_in_pieces(numbers: Iterable[int]) -> array:
    """Signed 64-bit numbers sorted, as array("q", sorted(numbers)), a bucket of their top bits
    at a time: sorted in one call, STPhrases' 49,000 held the interpreter 15-20 ms (the
    window's thread waiting, the table made in a thread of the window's); a bucket's sort takes
    well under a millisecond, and between them the interpreter can switch threads."""
    shift = 64 - BUCKET_BITS
    offset = 1 << (BUCKET_BITS - 1)  # the top bits of a negative number come first
    buckets: list[list[int]] = [[] for _ in range(1 << BUCKET_BITS)]
    for n in numbers:
        buckets[(n >> shift) + offset].append(n)
    order = array("q")
    for bucket in buckets:
        bucket.sort()
        order.extend(bucket)
    return order


class _Joined:
    """Strings written one by one, joined 4,096 at a time (io.StringIO keeps each one written
    until its value is asked for: 49,000 keys, 4 MB of objects)."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._done: list[str] = []

    def write(self, part: str) -> None:
        self._parts.append(part)
        if len(self._parts) >= 4096:
            self._done.append("".join(self._parts))
            self._parts.clear()

    def getvalue(self) -> str:
        return "".join([*self._done, *self._parts])


def _making_way(items: Iterable[T]) -> Iterator[T]:
    """items, with a chance to make way (give_way) every STEP of them."""
    for n, item in enumerate(items):
        if n % STEP == STEP - 1:
            give_way()
        yield item


def _as_it_is(items: Iterable[T]) -> Iterable[T]:
    return items


def _lines(path: str) -> Iterator[tuple[str, str]]:
    """A dictionary file's (key, value) pairs, read line by line as OpenCC reads it."""
    with open(path, encoding="utf-8") as f:
        for line in f:
            key, value = line.strip().split("\t")
            yield key, value


def read_table(path: str, make_way: bool = False) -> tuple[int, int, dict[str, str] | PackedDict]:
    """One dictionary file as OpenCC holds it: (longest key, shortest key, table), the table
    packed when it is large (PACKED_ENTRIES). `make_way`: see PackedDict."""
    step = _making_way if make_way else _as_it_is
    with open(path, encoding="utf-8") as f:
        entries = sum(1 for _ in f)
    longest, shortest = 1, 1000  # as OpenCC starts them
    for key, _ in step(_lines(path)):
        longest, shortest = max(longest, len(key)), min(shortest, len(key))
    table = PackedDict(_lines(path), make_way) if entries >= PACKED_ENTRIES else dict(step(_lines(path)))
    return longest, shortest, table


_tables: dict[str, tuple[int, int, dict[str, str] | PackedDict]] = {}
"""Each dictionary file read (read_table), by path: for the converters made in this process, and
built ahead of them by preload."""


def table(path: str, make_way: bool = False) -> tuple[int, int, dict[str, str] | PackedDict]:
    """read_table(path), read once (two threads asking at once may each read it: the same table)."""
    found = _tables.get(path)
    if found is None:
        found = _tables[path] = read_table(path, make_way)
    return found


def preload(config: str) -> None:
    """Build the tables of config's converter now, making way between steps (give_way): the
    window's housekeeping thread, outside the conversions' lock (reader.core.scripts.warm), so
    that a task loading them (0.15-0.35 s of Python) makes way for the reader and the window's
    own turns, and the converter made later under the lock finds them built."""
    _, chain = _chain(config)
    for path in _paths(chain):
        table(path, make_way=True)


def forget_tables() -> None:
    """Let the tables go (with the converters: reader.core.scripts.release_converters)."""
    _tables.clear()


def _paths(chain: list) -> Iterator[str]:
    for item in chain:
        if isinstance(item, list):
            yield from _paths(item)
        else:
            yield item


def _chain(config: str):
    """An opencc.OpenCC for config with nothing loaded yet, and its chain of dictionary files
    (lists of paths, nested as OpenCC nests them)."""
    import json  # with OpenCC's tables, as opencc itself

    import opencc
    from opencc import opencc as module

    converter = opencc.OpenCC()  # no conversion yet: nothing loaded
    converter.conversion = config
    with open(os.path.join(os.path.dirname(module.__file__), module.CONFIG_DIR, config + ".json")) as f:
        setting = json.load(f)
    converter.conversion_name = setting.get("name")
    chain: list = []
    for step in setting.get("conversion_chain"):
        converter._add_dict_chain(chain, step.get("dict"))
    return converter, chain


def packed_converter(config: str):
    """An opencc.OpenCC for config whose large tables are packed (PackedDict), built without
    ever holding them as dicts (a dict built and let go leaves its 10 MB of small objects'
    pools with the process). Converts exactly as opencc.OpenCC(config) does. Its tables are
    those read before (table, preload), else read now."""
    converter, chain = _chain(config)

    def loaded(items: list) -> list:
        return [loaded(item) if isinstance(item, list) else table(item) for item in items]

    # as OpenCC's _init_dict: a single table in the chain is a group of one
    converter._dict_chain = chain
    converter._dict_chain_data = [[t] if isinstance(t, tuple) else t for t in loaded(chain)]
    converter._dict_init_done = True
    return converter
