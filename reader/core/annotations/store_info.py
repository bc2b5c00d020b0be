"""What a data folder's store files say of themselves (their document, its text's hash and
fingerprint, how many notes, when last changed): the stores Reattach offers, and what
reader.core.annotations.locate reads of a store that may be a document's.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reader.core.annotations.records import StoreFormatError, parse_store, parse_time, with_copies
from reader.core.annotations.sync_copies import conflict_copies
from reader.core.fingerprint import similarity
from reader.core.identity import is_identity

ASK_ATTACH = 0.5
"""Similarity above which the reader is asked whether a store belongs to this document."""


@dataclass(frozen=True)
class StoreInfo:
    """What the Reattach list shows of a store file."""

    path: Path
    title: str
    document_path: str | None
    content_hash: str
    count: int
    last_change: str
    fingerprint: tuple[int, ...] = ()
    similarity: float = 0.0
    device: str | None = None  # the computer that wrote it (reader.core.device)

    @property
    def document_missing(self) -> bool:
        return not self.document_path or not Path(self.document_path).exists()


def store_files(folder: Path) -> list[Path]:
    """The live store files of a folder, never a kept-aside copy."""
    if not Path(folder).is_dir():
        return []
    return sorted(p for p in Path(folder).glob("*.json") if is_identity(p.name.removesuffix(".json")))


def read_info(path: Path) -> StoreInfo | None:
    """What a store file (with its sync copies) says about itself, or None when it cannot be read."""
    from reader.core.annotations.store_heads import numbers

    try:
        _, state, info = parse_store(path.read_text(encoding="utf-8"))
    except (OSError, StoreFormatError, UnicodeDecodeError):
        return None
    state = with_copies(state, conflict_copies(path))[0]
    times = [a.modified for a in state.annotations] or [""]
    printed = info.get("fingerprint")
    return StoreInfo(
        path=path,
        title=str(info.get("title") or path.stem),
        document_path=info.get("path") if isinstance(info.get("path"), str) else None,
        content_hash=str(info.get("content_hash") or ""),
        count=len(state.annotations),
        last_change=max(times, key=parse_time),
        fingerprint=numbers(printed),
        device=info.get("device") if isinstance(info.get("device"), str) else None,
    )


def orphaned_stores(folder: Path) -> list[StoreInfo]:
    """Stores with annotations whose document is no longer where it was: Reattach offers these.
    Not another computer's store of a text that has a store here: that one is merged into it."""
    found = [i for i in (read_info(p) for p in store_files(folder)) if i is not None]
    at_home = {i.content_hash for i in found if not i.document_missing}
    return [i for i in found if i.count and i.document_missing and i.content_hash not in at_home]


def similar_stores(folder: Path, mine: list[int], exclude: Path | None = None) -> list[StoreInfo]:
    """Stores with annotations made on a text at least ASK_ATTACH like this one, most alike first."""
    return most_alike([read_info(p) for p in store_files(folder) if p != exclude], mine)


def most_alike(infos: list[StoreInfo | None], mine: list[int]) -> list[StoreInfo]:
    """The stores with annotations and a fingerprint at least ASK_ATTACH like `mine` (a text's
    fingerprint), each with its similarity, most alike first."""
    if not mine:
        return []
    scored = (
        StoreInfo(**{**vars(i), "similarity": similarity(mine, list(i.fingerprint))})
        for i in infos
        if i is not None and i.count and i.fingerprint
    )
    return sorted((i for i in scored if i.similarity >= ASK_ATTACH), key=lambda i: -i.similarity)
