"""The disk cache of analysis results (views, word boundaries, key terms, the outline), in the
data folder's cache/: a document opened before loads them in milliseconds instead of seconds.

One file per result, named by a digest of its key: the document's content hash, what the
result depends on (a script's configuration, the reader's own words) and the engines'
versions (engine_version), so a result made by another OpenCC, jieba, correction table or
Reader is never read back. Each file is written atomically and carries its key, its length and
a checksum: a truncated, damaged or foreign file reads as a miss (and is removed), so the
result is simply made again. The folder is bounded: past max_bytes, the least recently used
files go (a hit touches its file's time).

A cache is only ever an optimisation: reading never raises, and writing raises nothing either
(a full disk or a read-only folder only means nothing is kept)."""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import struct
import sys
import zlib
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import NamedTuple

from reader.core.atomic import atomic_write, remove_stale_temporaries
from reader.core.data_folder import make_inside
from reader.core.patterns import compiled

SCHEMA = 2  # 2: an outline's sentences and items cut when asked for (analysis_codec._FIELDS)
"""Raised when what an entry holds changes shape: every older entry is then a miss."""
MAX_BYTES = 256 * 1024 * 1024
"""About thirty whole books (a novel's views, words and terms take 8 MB)."""
SUFFIX = ".rc"
_MAGIC = b"READERC1"
_HEAD = struct.Struct("<8sIQI")  # magic, header length, payload length, crc32 of header + payload


def cache_folder(data_dir: Path) -> Path:
    return Path(data_dir) / "cache"


# -- what results depend on ------------------------------------------------------------------
def _distribution_version(*names: str) -> str:
    """An installed distribution's version, read from its .dist-info folder's name as pip
    wrote it (importing importlib.metadata to ask would cost the first open 15 ms)."""
    wanted = {re.sub(r"[-_.]+", "_", name).lower() for name in names}
    for folder in sys.path:
        with contextlib.suppress(OSError):
            for entry in os.listdir(folder or "."):
                if entry.endswith((".dist-info", ".egg-info")):
                    name, _, version = entry.rsplit(".", 1)[0].partition("-")
                    if re.sub(r"[-_.]+", "_", name).lower() in wanted and version:
                        return version
    from importlib.metadata import PackageNotFoundError, version  # an unusual install

    for name in names:
        with contextlib.suppress(PackageNotFoundError, ValueError):
            return version(name)
    return "unknown"


_CORE_IMPORT = r"^\s*(?:from|import) reader\.core\.([\w.]+)"  # compiled when first used: with a cache


def _with_imports(core: Path, sources: list[Path]) -> list[Path]:
    """`sources` and every module of reader.core they import, directly or not: a rule module
    the outline or the conversion imports (datelines, boilerplate, heading_evidence…) shapes
    the results as much as they do, and a list of names by hand missed some."""
    found = dict.fromkeys(sources)
    todo = list(sources)
    while todo:
        try:
            text = todo.pop().read_text(encoding="utf-8")
        except OSError:
            continue
        for name in compiled(_CORE_IMPORT, re.MULTILINE).findall(text):
            path = core.joinpath(*name.split(".")).with_suffix(".py")
            if path.exists() and path not in found:
                found[path] = None
                todo.append(path)
    return sorted(found)


def _digest_files(paths: list[Path]) -> str:
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.name.encode("utf-8") + b"\0")
        try:
            digest.update(path.read_bytes())
        except OSError:
            digest.update(b"missing")
    return digest.hexdigest()[:16]


@cache
def engine_version() -> str:
    """A digest of everything besides the document that shapes an analysis: the OpenCC and
    jieba packages, Reader's tables (corrections, jieba's extra words) and the code that
    converts, segments, ranks and outlines (its source where it can be read, as in a checkout
    or a wheel; else Reader's version, as in a bundle without sources)."""
    import json

    from reader import __version__
    from reader.core.resources import resource_path

    core = Path(__file__).resolve().parent
    names = ("scripts.py", "words.py", "keyterms.py", "outline.py", "typeset.py", "analysis.py", "analysis_read.py")
    sources = [core / name for name in names]
    code = _digest_files(_with_imports(core, sources)) if all(p.exists() for p in sources) else __version__
    parts = {
        "schema": SCHEMA,
        "reader": __version__,
        "opencc": _distribution_version("opencc-python-reimplemented", "opencc", "OpenCC"),
        "jieba": _distribution_version("jieba", "jieba3k"),
        "tables": _digest_files([resource_path("script_corrections.tsv"), resource_path("userdict.txt")]),
        "code": code,
    }
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode("utf-8")).hexdigest()[:24]


def cache_key(kind: str, content_hash: str, engine: str | None = None, **params: object) -> str:
    """The key of one result: its kind (view, words, terms, outline), the document, the engines
    and the parameters it depends on (script and configuration, user words' digest …)."""
    import json  # with a cache folder made: a fresh folder's launch looks nothing up

    fields = {"kind": kind, "doc": content_hash, "engine": engine or engine_version(), **params}
    return json.dumps(fields, sort_keys=True, ensure_ascii=False)


# -- entries ---------------------------------------------------------------------------------
class Entry(NamedTuple):  # a NamedTuple, not a frozen dataclass: made at launch, 2-3 M instructions fewer (issue 32)
    """What one cache file holds: a little JSON (meta) and named blocks of bytes."""

    meta: dict
    blobs: Mapping[str, bytes]


def encode_entry(key: str, entry: Entry) -> bytes:
    import json

    sizes = {name: len(blob) for name, blob in entry.blobs.items()}
    header = json.dumps({"key": key, "meta": entry.meta, "blobs": sizes}, ensure_ascii=False).encode("utf-8")
    payload = b"".join(entry.blobs.values())
    crc = zlib.crc32(payload, zlib.crc32(header))
    return _HEAD.pack(_MAGIC, len(header), len(payload), crc) + header + payload


def decode_entry(key: str, data: bytes) -> Entry | None:
    """The entry, or None when the bytes are not a whole, undamaged entry of this key."""
    if len(data) < _HEAD.size:
        return None
    magic, header_len, payload_len, crc = _HEAD.unpack_from(data)
    if magic != _MAGIC or len(data) != _HEAD.size + header_len + payload_len:
        return None
    header_bytes = data[_HEAD.size : _HEAD.size + header_len]
    view = memoryview(data)[_HEAD.size + header_len :]
    if zlib.crc32(view, zlib.crc32(header_bytes)) != crc:
        return None
    import json

    try:
        header = json.loads(header_bytes.decode("utf-8"))
        if header["key"] != key:  # a digest collision, or a file copied over another
            return None
        blobs, offset = {}, 0
        for name, size in header["blobs"].items():
            blobs[name] = bytes(view[offset : offset + size])
            offset += size
        return Entry(header["meta"], blobs) if offset == payload_len else None
    except (ValueError, KeyError, TypeError, AttributeError):
        return None


class AnalysisCache:
    """One folder of entries, bounded by size. Safe to share between processes: every write
    is a rename of a complete file, and a file that vanishes under a reader is a miss."""

    def __init__(self, folder: Path, max_bytes: int = MAX_BYTES) -> None:
        self.folder = Path(folder)
        self.max_bytes = max_bytes

    def path_of(self, key: str) -> Path:
        return self.folder / (hashlib.sha256(key.encode("utf-8")).hexdigest()[:32] + SUFFIX)

    def get(self, key: str) -> Entry | None:
        path = self.path_of(key)
        try:
            data = path.read_bytes()
        except OSError:  # missing, a folder, unreadable: a miss
            return None
        entry = decode_entry(key, data)
        if entry is None:
            with contextlib.suppress(OSError):  # damaged: made again and written anew
                path.unlink()
            return None
        with contextlib.suppress(OSError):  # the least recently *used* go first
            os.utime(path)
        return entry

    def touch(self, key: str) -> bool:
        """Mark an entry used, as get() does (the least recently used go first); False when it
        is not here."""
        try:
            os.utime(self.path_of(key))
        except OSError:
            return False
        return True

    def put(self, key: str, entry: Entry) -> bool:
        """Keep an entry; False when it could not be written (nothing else happens then)."""
        data = encode_entry(key, entry)
        if len(data) > self.max_bytes:
            return False
        try:
            # its own folder only, never the data folder holding it: one moved or deleted while
            # Reader runs is not made again for a cache (the worker, a fresh interpreter, has
            # no record of the data folder: reader.core.data_folder)
            make_inside(self.folder)
            atomic_write(self.path_of(key), data)
        except OSError:
            return False
        self.prune()
        return True

    def entries(self) -> list[tuple[float, int, Path]]:
        """(last used, size, path) of every entry, least recently used first."""
        out = []
        with contextlib.suppress(OSError):
            for path in self.folder.glob("*" + SUFFIX):
                with contextlib.suppress(OSError):
                    st = path.stat()
                    out.append((st.st_mtime, st.st_size, path))
        return sorted(out)

    def size(self) -> int:
        return sum(size for _, size, _ in self.entries())

    def prune(self) -> int:
        """Remove the least recently used entries until the folder fits; returns how many."""
        entries = self.entries()
        total = sum(size for _, size, _ in entries)
        removed = 0
        for _, size, path in entries:
            if total <= self.max_bytes:
                break
            with contextlib.suppress(OSError):
                path.unlink()
                removed += 1
            total -= size
        remove_stale_temporaries(self.folder)
        return removed
