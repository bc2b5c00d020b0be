"""Which store file holds a document's notes, when the caller (the catalogue) does not know its
identity: its own by its path; else a store made on the same text at a path whose file has
gone (the document moved); else this very file's notes, its text edited since; else one made
on a very similar text whose document has gone (moved and edited), attached at once; less
certain matches are offered (`candidates`). The folder's stores are looked at by their heads
(reader.core.annotations.store_heads) and read whole only where a head leaves them a chance.

The store file itself (loaded, merged, saved) is reader.core.annotations.store's.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from reader.core.annotations.records import parse_time
from reader.core.fingerprint import GramCount, fingerprint, may_reach
from reader.core.identity import RECOGNISE, identity_of, may_be, new_identity, progress_file, store_file

if TYPE_CHECKING:
    from reader.core.annotations.store_heads import StoreHead
    from reader.core.annotations.store_info import StoreInfo

AUTO_ATTACH = RECOGNISE
"""Similarity above which a store whose document has gone is attached without asking."""


def store_heads(folder: Path) -> list[StoreHead]:
    """Every store's head (store_heads); a store whose head is not as Reader writes it is read
    whole for it."""
    if not Path(folder).is_dir():
        return []  # a fresh folder's launch: store_info (its StoreInfo dataclass) not imported for it
    from reader.core.annotations.store_info import read_info, store_files

    files = store_files(folder)
    if not files:
        return []
    from reader.core.annotations.store_heads import StoreHead, read_heads  # with stores: not a fresh folder's

    heads = []
    for path, head in zip(files, read_heads(files), strict=True):
        if head is None:
            info = read_info(path)
            if info is None:
                continue
            head = StoreHead(
                path, info.document_path, info.content_hash, info.fingerprint, bool(info.count), info.device
            )
        heads.append(head)
    return heads


def _read_whole(heads: Iterable[StoreHead]) -> list[StoreInfo]:
    """read_info of the stores of those heads (those that can be read)."""
    from reader.core.annotations.store_info import read_info

    return [i for i in (read_info(h.path) for h in heads) if i is not None]


class StoreLocator:
    """A document as its store knows it (its path, its text and the text's hash), and which
    store file of a folder is its (`locate`)."""

    def __init__(
        self,
        folder: Path,
        document_path: Path | None,
        content_hash: str,
        text: str | None = None,
        fingerprint: list[int] | None = None,
        recognised: Callable[[StoreLocator], str | None] | None = None,
        met_here: Callable[[StoreLocator], str | None] | None = None,
    ) -> None:
        """When no store is found, `recognised` may name the identity of a document Reader knows
        this one to be (a library member that moved and changed, with progress or settings but
        no notes yet). `met_here` names the identity of the document Reader met at this very
        path before (the library's entry there), if any: that document is this one, even with
        no notes yet."""
        if fingerprint:
            # known already (the analysis cache keeps it): 0.4 s of MinHash for a novel saved
            self.__dict__["fingerprint"] = fingerprint
        self.folder = Path(folder)
        self.document_path = document_path
        self.content_hash = content_hash
        self.text = text
        self._recognised = recognised
        self._met_here = met_here
        self.candidates: list[StoreInfo] = []
        """Stores made on a similar text elsewhere, to offer to attach (found by `locate`)."""
        self.attached_from: StoreInfo | None = None
        """The store found by similarity (or this file's, its text edited), attached unasked."""
        self._heads: list[StoreHead] | None = None

    @cached_property
    def fingerprint(self) -> list[int]:
        """The text's similarity fingerprint, saved in the store so an edited copy finds it."""
        return fingerprint(self.text) if self.text else []

    def take_heads(self) -> list[StoreHead] | None:
        """The folder's store heads `locate` read (None: it read none), once: the load that
        follows it uses them (the folder listed and every head read once per open, not twice);
        a later load reads them again."""
        heads, self._heads = self._heads, None
        return heads

    def locate(self) -> Path:
        """This document's store: by its path; else a store made on the same text at a path
        whose file has gone (reader.core.identity.may_be); else one made on a very similar text
        whose document has gone (moved and edited), attached at once; less certain matches are
        offered in `candidates`. A document Reader met at this path before (`_met`) is itself:
        a copy whose original was deleted since is offered the original's notes, never given
        them unasked (its path and its own records say it is not the original moved)."""
        own = store_file(self.folder, new_identity(self.document_path, self.content_hash))
        if own.exists():
            return own
        if not self.folder.is_dir():
            return self._recognise(own)
        from reader.core.annotations.store_info import ASK_ATTACH, most_alike  # a folder with stores

        met = self._met(own)
        if met is not None and met.exists():
            return met
        # each store by its head first (store_heads); read whole only where the head leaves it
        # a chance to be this document's
        heads = self._heads = store_heads(self.folder)
        same_text = _read_whole(h for h in heads if h.content_hash == self.content_hash)
        for info in same_text if met is None else ():  # the same text: this document moved
            if info.content_hash == self.content_hash and may_be(info.document_path, self.document_path):
                return info.path
        if not self.text:
            return met if met is not None else self._recognise(own)
        # this very file, edited since its notes were made (a store found by content hash
        # after a move records the new place): its notes, however much the text changed (what
        # cannot be placed is shown orphaned), never an offer naming this same file
        at_path = str(self.document_path) if self.document_path else None
        here = [
            i
            for i in _read_whole(h for h in heads if at_path and h.may_have_records and h.document_path == at_path)
            if i.count and i.document_path == at_path
        ]
        if here:
            self.attached_from = max(here, key=lambda i: parse_time(i.last_change))
            return self.attached_from.path
        # the fingerprint (0.6 s of MinHash for a novel) only when a store has one to compare
        # with, of a text whose size leaves it a chance: a folder of stores without
        # fingerprints, or of short documents beside a book, never pays it before the window shows
        alike = [h for h in heads if h.may_have_records and h.fingerprint]
        if alike:
            sizes_allow = self.may_be_alike([list(h.fingerprint) for h in alike], ASK_ATTACH)
            alike = [h for h, may in zip(alike, sizes_allow, strict=True) if may]
        comparable = [i for i in _read_whole(alike) if i.count and i.fingerprint]
        scored = most_alike(comparable, self.fingerprint) if comparable else []
        if met is None and scored and scored[0].similarity >= AUTO_ATTACH and scored[0].document_missing:
            self.attached_from = scored[0]
            return scored[0].path
        self.candidates = scored
        return met if met is not None else self._recognise(own)

    def may_be_alike(self, sketches: list[list[int]], threshold: float) -> list[bool]:
        """For each fingerprint, whether this text could be `threshold` alike to its text by
        their sizes alone (fingerprint.may_reach: a count of 3-grams, not this text's
        fingerprint); each one once the fingerprint is known (then it is compared)."""
        if "fingerprint" in self.__dict__ or not self.text:
            return [True] * len(sketches)
        return may_reach(self._grams, sketches, threshold)

    @cached_property
    def _grams(self) -> GramCount:
        """This text's 3-grams counted once for may_be_alike's questions: the stores' sketches,
        then the library's members' (reader.core.session._recognised)."""
        return GramCount(self.text or "")

    def _met(self, own: Path) -> Path | None:
        """The store this document's records are filed under when Reader met it at this path
        before, though it has no notes yet: its own reading progress is there, or the caller
        (the library) lists a document at this path. None: never met here."""
        if self.document_path is None:
            return None
        if progress_file(self.folder, identity_of(own)).exists():
            return own
        identity = self._met_here(self) if self._met_here is not None else None
        return store_file(self.folder, identity) if identity else None

    def _recognise(self, own: Path) -> Path:
        """No store of this document: its own new one, or the one of the document the caller
        recognises it to be (which may have progress and settings but no notes yet)."""
        known = self._recognised(self) if self._recognised is not None else None
        return store_file(self.folder, known) if known else own
