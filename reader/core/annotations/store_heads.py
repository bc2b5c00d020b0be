"""What a data folder's stores say of themselves at the head of their files, their records unread.

A document opened with no store of its own looks through every store of the folder for its
notes (reader.core.annotations.locate: moved, edited, or a similar text). Reading each store whole
(every record parsed and checked, the sync copies looked for one glob each) took 65-80 ms of
the launch of 红楼梦 in a folder of 50 earlier documents' stores (issue 32), and grows with the
notes kept there. A store is written head first (reader.core.annotations.records.serialise: its document's
path, content hash and fingerprint, then its records), so the head tells which stores could be
the document's; only those are read whole (store_info.read_info), and the answer is the same.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from reader.core.annotations.sync_copies import original_stem

HEAD_BYTES = 8192
"""Read of each file: a head is about 1.5 KB (its fingerprint 1.2 KB), its title and path aside.
Read as bytes and decoded whole: a text-mode read's newline decoder took as long as the rest."""
_RECORDS = re.compile(r',\s*"annotations"\s*:\s*\[\s*(\]?)')


@dataclass(frozen=True)
class StoreHead:
    """A store file's document, from its head; `may_have_records`: records in the file or a
    sync copy beside it (store_info.read_info counts them: it may find none readable)."""

    path: Path
    document_path: str | None
    content_hash: str
    fingerprint: tuple[int, ...]
    may_have_records: bool
    device: str | None = None  # the computer that wrote it (reader.core.device)


def read_heads(paths: list[Path]) -> list[StoreHead | None]:
    """The head of each store file (paths: one folder's, store_info.store_files); None for a file
    whose head is not as Reader writes it (read it whole)."""
    copied: set[str] = set()  # stems with a sync copy beside them: one listing, not a glob each
    for folder in {p.parent for p in paths}:
        try:
            names = os.listdir(folder)
        except OSError:
            names = []
        for name in names:
            if name.endswith(".json"):
                stem = original_stem(name.removesuffix(".json"))
                if stem is not None:
                    copied.add(stem)
    return [_head(p, p.stem in copied) for p in paths]


def _head(path: Path, has_copies: bool) -> StoreHead | None:
    try:
        with open(path, "rb") as handle:
            # a character cut at the end is replaced; a file that is not UTF-8 anywhere is
            # never a store read_info reads, whatever its head says
            start = handle.read(HEAD_BYTES).decode("utf-8", errors="replace")
    except OSError:
        return None
    records = _RECORDS.search(start)
    if records is None:
        return None
    import json  # with a store to read: a fresh folder's launch has none

    try:
        head = json.loads(start[: records.start()] + "}")
    except json.JSONDecodeError:
        return None
    document = head.get("document") if isinstance(head, dict) else None
    if not isinstance(document, dict):
        return None
    path_value, content_hash, printed = document.get("path"), document.get("content_hash"), document.get("fingerprint")
    device = document.get("device")
    return StoreHead(
        path=path,
        document_path=path_value if isinstance(path_value, str) else None,
        # as store_info.read_info reads them
        content_hash=str(content_hash or ""),
        fingerprint=numbers(printed),
        may_have_records=not records.group(1) or has_copies,
        device=device if isinstance(device, str) else None,
    )


def numbers(printed: object) -> tuple[int, ...]:
    """The whole numbers of a store's fingerprint as the file has it (anything else left out).
    A list of numbers alone, as Reader writes it, is taken whole: tested one by one in Python,
    50 stores' fingerprints were a fifth of reading their heads."""
    if not isinstance(printed, list):
        return ()
    if set(map(type, printed)) <= {int}:
        return tuple(printed)
    return tuple(h for h in printed if isinstance(h, int))
