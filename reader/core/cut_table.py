"""jieba's dictionary as reader.core.jieba_cut reads it, and kept on disk in that form.

The cut needs, for every piece of text the dictionary holds, log(frequency) - log(total): the
first term of each of jieba's sums, so a sum made from it is jieba's own float. The table is
made once from jieba's Tokenizer (loading jieba's cache costs 1.0-1.3 s of CPU for its 498,000
pieces, and the log() calls 0.3 s more) and written (marshal, the format jieba's own cache
uses) beside jieba's cache. Read back it costs 0.2-0.3 s (jieba itself is not imported for
it), the Tokenizer is never loaded for a cut, and the cut calls no log().

The file's name carries a digest of what the table is made from (jieba's code, which holds
its version, and its dictionary, the user dictionary resources/userdict.txt), so a change to any of them makes a
new one. It is written in parts, so a thread reading it lets the others run in between. It is
read only when this user owns it and nobody else can write to it, and it is checked to be a
table before it is used: anything else is made again from the Tokenizer."""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
import tempfile
from dataclasses import dataclass
from math import log
from pathlib import Path
from typing import BinaryIO

from reader.core.resources import package_folder, resource_path

FORMAT = 5
CHUNKS = 256
"""The table is written in this many parts (its pieces and the list of their weights): reading
one and adding it to the table holds the interpreter for about 1 ms (marshal.loads and
dict.update are each one C call). With 16 parts of 60 ms, a job arriving while the table loaded
waited seconds: the pipe moves a book's text in 64 KB reads and writes, each waiting for the
interpreter. No sleep between parts: a waiting thread gets the interpreter at the next part
after the switch interval (the worker's is 0.5 ms), while 1,024 sleep(0) calls cost 0.8 s of
wall time on a busy machine (each gives the CPU away)."""
SEPARATOR = "\n"
"""Between a part's pieces in the file."""
PREFIX = 1.0
"""The weight of a piece the dictionary holds only as the start of longer words (a word's own
weight, a log probability, is never above 0)."""


@dataclass(frozen=True)
class CutTable:
    weights: dict[str, float]
    """Every piece of the dictionary: a word's log(frequency) - log(total), or PREFIX."""
    alone: float
    """0.0 - log(total): jieba's weight of a character that starts no word (frequency 1)."""


def made_from(tokenizer) -> CutTable:
    """The table of a loaded jieba Tokenizer (with its user words)."""
    logtotal = log(tokenizer.total)
    # one float per frequency (5,000 of them for 350,000 words): marshal writes a float met
    # before in the same part as a reference, so fewer are made when the table is read
    made: dict[int, float] = {}
    weights = {
        word: (made.get(f) or made.setdefault(f, log(f) - logtotal)) if f else PREFIX
        for word, f in tokenizer.FREQ.items()
    }
    return CutTable(weights, 0.0 - logtotal)


def _sources() -> list[Path]:
    # jieba's __init__.py holds its __version__: read, not imported (importing jieba costs
    # 0.1 s, most of it pkg_resources, and the table alone needs nothing of it)
    jieba = package_folder("jieba")
    return [jieba / "__init__.py", jieba / "dict.txt", resource_path("userdict.txt")]


def table_path(folder: Path | None = None) -> Path:
    """Where the table of the present jieba and user dictionary is kept."""
    jieba_code, *dictionaries = _sources()
    digest = hashlib.sha256(f"{FORMAT}".encode())
    digest.update(jieba_code.read_bytes())
    for source in dictionaries:
        stat = source.stat()
        digest.update(f"{source.name} {stat.st_size} {stat.st_mtime_ns}".encode())
    digest.update(resource_path("userdict.txt").read_bytes())
    folder = Path(tempfile.gettempdir()) if folder is None else folder
    uid = os.getuid() if hasattr(os, "getuid") else 0
    return folder / f"reader-jieba-{uid}-{digest.hexdigest()[:16]}.marshal"


def _stem(path: Path) -> str:
    """The name's part before the digest: the same for every version of this user's table."""
    return path.name.rsplit("-", 1)[0] + "-"


def _read(path: Path) -> CutTable | None:
    try:
        with open(path, "rb") as handle:
            stat = os.fstat(handle.fileno())
            if hasattr(os, "getuid") and (stat.st_uid != os.getuid() or stat.st_mode & 0o022):
                return None  # another user's file, or one others could have written
            return _table(handle, stat.st_size)
    except (OSError, EOFError, ValueError, TypeError):
        return None


def _table(handle: BinaryIO, size: int) -> CutTable | None:
    # each part read as bytes and given to marshal.loads: marshal.load(handle) reads each of
    # the table's million objects through a method call, three times slower
    head = marshal.loads(handle.read(int.from_bytes(handle.read(4), "little")))
    if not (isinstance(head, tuple) and len(head) == 3 and head[0] == FORMAT):
        return None
    _, alone, sizes = head
    if not (isinstance(alone, float) and isinstance(sizes, tuple) and set(map(type, sizes)) <= {int}):
        return None
    if handle.tell() + sum(sizes) != size or len(sizes) % 2:
        return None  # cut short, or grown
    weights: dict[str, float] = {}
    for i in range(0, len(sizes), 2):
        # each step one C call of well under a millisecond: a thread waiting for the
        # interpreter (the worker's pipe) gets it at the next step, after the switch interval
        # (reader.core.analysis.WORKER_SWITCH_INTERVAL), with no sleep here
        pieces = marshal.loads(handle.read(sizes[i]))
        values = marshal.loads(handle.read(sizes[i + 1]))
        if not (type(pieces) is str and type(values) is list and set(map(type, values)) <= {float}):
            return None
        pieces = pieces.split(SEPARATOR)  # 30 % faster than a list of strings read by marshal
        if len(pieces) != len(values):
            return None
        weights.update(zip(pieces, values))
    return CutTable(weights, alone) if weights else None


def _parts(table: CutTable) -> list[bytes]:
    """The table as CHUNKS parts: the pieces, joined by SEPARATOR, then the list of their weights."""
    pieces = list(table.weights)
    values = list(table.weights.values())
    size = -(-len(pieces) // CHUNKS)
    parts = []
    for i in range(0, len(pieces), size):
        parts += [marshal.dumps(SEPARATOR.join(pieces[i : i + size])), marshal.dumps(values[i : i + size])]
    return parts


def _write(path: Path, table: CutTable) -> None:
    if any(SEPARATOR in piece for piece in table.weights):
        return  # jieba's dictionary is read line by line: never; but such a table is not kept
    parts = _parts(table)
    with contextlib.suppress(OSError):
        handle = tempfile.NamedTemporaryFile(dir=path.parent, prefix=path.name, suffix=".part", delete=False)
        try:
            with handle:
                head = marshal.dumps((FORMAT, table.alone, tuple(map(len, parts))))
                handle.write(len(head).to_bytes(4, "little") + head)
                for part in parts:
                    handle.write(part)
            os.replace(handle.name, path)
            for older in path.parent.glob(f"{_stem(path)}*.marshal"):  # of an earlier jieba or format
                if older != path:
                    older.unlink(missing_ok=True)
        except OSError:
            with contextlib.suppress(OSError):
                os.unlink(handle.name)
            raise


def load(tokenizer, folder: Path | None = None) -> CutTable:
    """The table, read from its file; else made from tokenizer() (a callable: it loads jieba's
    Tokenizer only when needed) and written for next time."""
    path = table_path(folder)
    table = _read(path)
    if table is None:
        table = made_from(tokenizer())
        _write(path, table)
    return table
