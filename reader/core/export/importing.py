"""Merge imported annotations into an open document: which records are new, which update a
stored one, which are already there. Pure planning; the caller applies the changes (the
window as one undo step, the command line directly)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace

from reader.core.annotations.anchoring import anchor
from reader.core.annotations.model import Annotation, quote_selector
from reader.core.annotations.records import parse_time
from reader.core.export.webanno import AnnotationImportError, Imported
from reader.core.session import Session


class ForeignSourceError(AnnotationImportError):
    """The file's annotations name another document as their source."""

    def __init__(self, sources: list[str]) -> None:
        self.sources = sources
        super().__init__(f"its annotations were made on another document ({', '.join(sources[:3])})")


@dataclass
class ImportReport:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    orphaned: int = 0
    renumbered: int = 0
    """Records whose id repeated an earlier one in the same file: imported under a new id."""


Change = tuple[Annotation | None, Annotation]

_CONTENT = ("start", "end", "exact", "colour", "style", "note")


def document_ids(session: Session) -> set[str]:
    """What a Web Annotation's target source may say to name this document."""
    ids = {f"urn:sha256:{session.document.content_hash}"}
    if session.document.path is not None:
        ids |= {str(session.document.path), session.document.path.as_uri()}
    return ids


def foreign_sources(session: Session, imported: Imported) -> list[str]:
    """Sources named by the file that are not this document. A store file or an export of
    this very text names none; an export of an earlier version of it names its old hash,
    which counts as foreign only when none of the annotations finds its quote here."""
    others = sorted(s for s in imported.sources if s not in document_ids(session))
    if not others:
        return []
    if any(a.exact and a.exact in session.text for a in imported.annotations):
        others = [s for s in others if not s.startswith("urn:sha256:")]
    return others


def plan_import(session: Session, imported: Imported, allow_foreign: bool = False) -> tuple[list[Change], ImportReport]:
    """The changes that merge imported annotations (same id: the newer modification wins; the
    same content: unchanged), without applying them. Raises AnnotationImportError when nothing
    fits this document, ForeignSourceError when the file names another document (unless
    allow_foreign: the reader was asked and agreed)."""
    foreign = foreign_sources(session, imported)
    if foreign and not allow_foreign:
        raise ForeignSourceError(foreign)
    view = session.view(imported.script) if imported.positions_in_view else None
    changes: list[Change] = []
    report = ImportReport()
    seen: set[str] = set()
    for incoming in imported.annotations:
        if incoming.id in seen:  # two records, one id: both are kept, honestly counted
            incoming = replace(incoming, id=str(uuid.uuid4()))
            report.renumbered += 1
        seen.add(incoming.id)
        placed = _place(session, incoming, view)
        existing = session.annotations.get(placed.id)
        if existing is not None and (
            _same_content(existing, placed) or parse_time(existing.modified) >= parse_time(placed.modified)
        ):
            report.unchanged += 1
            continue
        changes.append((existing, placed))
        if existing is None:
            report.added += 1
        else:
            report.updated += 1
        report.orphaned += placed.orphaned
    if changes and all(after.orphaned for _, after in changes):
        raise AnnotationImportError(
            f"none of its {len(imported.annotations)} annotations matches the text of this document"
        )
    return changes, report


def _same_content(a: Annotation, b: Annotation) -> bool:
    return all(getattr(a, k) == getattr(b, k) for k in _CONTENT)


def _place(session: Session, incoming: Annotation, view) -> Annotation:
    """Anchor an imported annotation: in the view its positions count in (then mapped to the
    original, with the original's quote), else, or failing that, in the original."""
    if view is not None and not view.is_identity:
        placed = anchor(view.text, incoming)
        if not placed.orphaned:
            start, end = view.range_to_original(placed.start, placed.end)
            return replace(placed, start=start, end=end, stored_at=None, **quote_selector(session.text, start, end))
    return anchor(session.text, incoming)
