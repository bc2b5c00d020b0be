"""jieba's dictionary as reader.core.jieba_cut reads it, and kept on disk in that form.

The cut needs, for every piece of text the dictionary holds, log(frequency) - log(total): the
first term of each of jieba's sums, so a sum made from it is jieba's own float. The table is
made once from jieba's Tokenizer (loading jieba's cache costs 1.0-1.3 s of CPU for its 498,000
pieces, and the log() calls 0.3 s more) and written (marshal, the format jieba's own cache
uses) beside jieba's cache. Read back it costs about what jieba's cache does (0.8-1.0 s), the
Tokenizer is never loaded for a cut, and the cut calls no log().

The file's name carries a digest of what the table is made from (jieba's version and
dictionary, the user dictionary resources/userdict.txt), so a change to any of them makes a
new one. It is written in parts, so a thread reading it lets the others run in between. It is
read only when this user owns it and nobody else can write to it, and it is checked to be a
table before it is used: anything else is made again from the Tokenizer."""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
import tempfile
import time
from dataclasses import dataclass
from math import log
from pathlib import Path

from reader.core.resources import package_folder, resource_path

FORMAT = 4
CHUNKS = 1024
"""The table is written in this many parts: reading one holds the interpreter for about 1 ms
(marshal.load is one C call). With 16 parts of 60 ms, a job arriving while the table loaded
waited seconds: the pipe moves a book's text in 64 KB reads and writes, each waiting for the
interpreter."""
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
    return [package_folder("jieba") / "dict.txt", resource_path("userdict.txt")]


def table_path(folder: Path | None = None) -> Path:
    """Where the table of the present jieba and user dictionary is kept."""
    import jieba

    digest = hashlib.sha256(f"{FORMAT} {jieba.__version__}".encode())
    for source in _sources():
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
            head = marshal.load(handle)
            if not (isinstance(head, tuple) and len(head) == 3 and head[0] == FORMAT):
                return None
            _, chunks, alone = head
            weights: dict[str, float] = {}
            for _ in range(chunks):
                chunk = marshal.load(handle)
                # pieces and weights (two C loops over the values' types: 20 ms for the table)
                if not (isinstance(chunk, dict) and set(map(type, chunk)) <= {str}):
                    return None
                if not set(map(type, chunk.values())) <= {float}:
                    return None
                weights.update(chunk)
                time.sleep(0)  # marshal.load holds the interpreter: let other threads in between
    except (OSError, EOFError, ValueError, TypeError):
        return None
    if not (isinstance(alone, float) and weights):
        return None
    return CutTable(weights, alone)


def _write(path: Path, table: CutTable) -> None:
    items = list(table.weights.items())
    size = -(-len(items) // CHUNKS)
    with contextlib.suppress(OSError):
        handle = tempfile.NamedTemporaryFile(dir=path.parent, prefix=path.name, suffix=".part", delete=False)
        try:
            with handle:
                marshal.dump((FORMAT, CHUNKS, table.alone), handle)
                for i in range(CHUNKS):
                    marshal.dump(dict(items[i * size : (i + 1) * size]), handle)
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
