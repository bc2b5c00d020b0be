"""An open document with everything derived from it and its annotations: what the GUI and the
CLI both work on, so no logic lives only in a widget."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from reader.core.annotations.anchoring import anchor, anchor_all
from reader.core.annotations.model import Annotation, AnnotationSet, now_iso, quote_selector
from reader.core.annotations.store import AnnotationStore, LoadResult, StoreState, merge, parse_time
from reader.core.document import Document, load_document
from reader.core.outline import Outline, build_outline, navigation_stops
from reader.core.progress import load_progress
from reader.core.scripts import Script, ScriptViews


@dataclass
class ImportReport:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    orphaned: int = 0


def _newer_or_same(mine: str, theirs: str) -> bool:
    return parse_time(mine) >= parse_time(theirs)


def annotations_folder(data_dir: Path) -> Path:
    return Path(data_dir) / "annotations"


class Session:
    def __init__(self, document: Document, data_dir: Path, variant: str = "s2t") -> None:
        self.document = document
        self.outline: Outline = build_outline(document.text)
        self.views = ScriptViews(document.text, variant=variant)
        self.store = AnnotationStore(annotations_folder(data_dir), document.path, document.content_hash, self.title)
        self.load_result: LoadResult = self.store.load()
        self.annotations = AnnotationSet(anchor_all(document.text, self.load_result.state.annotations))
        self.deleted: dict[str, str] = dict(self.load_result.state.deleted)
        self.dirty = False
        self.words = None  # WordBoundaries, filled in by a background thread
        self.key_terms: list = []  # filled in by a background thread, as are the next
        self.section_terms: dict = {}
        self.progress = load_progress(self.store.path, [(n.start, n.end) for n in navigation_stops(self.outline)])

    @classmethod
    def open(cls, path: Path | str, data_dir: Path, variant: str = "s2t") -> Session:
        return cls(load_document(path), data_dir, variant)

    @property
    def text(self) -> str:
        return self.document.text

    @property
    def title(self) -> str:
        return self.outline.title() or self.document.name

    def title_in(self, script: Script) -> str:
        """The title as shown in a script, or the file's name when the document has none."""
        node = self.outline.first("title")
        if node is None:
            return self.document.name
        view = self.view(script)
        return self.outline.label(node, view.text, view.to_view)

    @property
    def read_only(self) -> bool:
        return self.store.read_only

    def view(self, script: Script):
        return self.views.get(script)

    def new_annotation(self, start: int, end: int, **fields) -> Annotation:
        return Annotation.on_text(self.text, start, end, **fields)

    def apply(self, before: Annotation | None, after: Annotation | None) -> None:
        """The one way annotations change: add (before None), replace, or remove (after None)."""
        if before is not None and (after is None or after.id != before.id):
            self.annotations.remove(before.id)
            self.deleted[before.id] = now_iso()
        if after is not None:
            self.annotations.put(after)
            self.deleted.pop(after.id, None)
        self.dirty = True

    def plan_import(self, imported) -> tuple[list[tuple[Annotation | None, Annotation]], ImportReport]:
        """The changes that merge imported annotations (same id: the newer modification wins),
        without applying them. Raises AnnotationImportError when nothing fits this document."""
        from reader.core.export.webanno import AnnotationImportError

        view = self.view(imported.script)
        changes: list[tuple[Annotation | None, Annotation]] = []
        report = ImportReport()
        for incoming in imported.annotations:
            placed = self._place(incoming, view if imported.positions_in_view else None)
            existing = self.annotations.get(placed.id)
            if existing is not None and _newer_or_same(existing.modified, placed.modified):
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

    def _place(self, incoming: Annotation, view) -> Annotation:
        """Anchor an imported annotation: in the view its positions count in (then mapped to the
        original, with the original's quote), else, or failing that, in the original."""
        if view is not None and not view.is_identity:
            placed = anchor(view.text, incoming)
            if not placed.orphaned:
                start, end = view.range_to_original(placed.start, placed.end)
                return replace(placed, start=start, end=end, **quote_selector(self.text, start, end))
        return anchor(self.text, incoming)

    def state(self) -> StoreState:
        return StoreState(list(self.annotations), dict(self.deleted))

    def save(self) -> bool:
        """Write the annotations (raises StoreError). True when another process's changes were merged in."""
        merged = self.store.save(self.state())
        self.dirty = False
        return self._adopt(merged)

    def reload_from_disk(self) -> bool:
        """Take in what another process saved. True when anything changed here."""
        if not self.store.changed_on_disk():
            return False
        disk = self.store.read_disk()
        if disk is None:
            return False
        return self._adopt(merge(self.state(), disk))

    def _adopt(self, merged: StoreState) -> bool:
        mine = {a.id: a.modified for a in self.annotations}
        theirs = {a.id: a.modified for a in merged.annotations}
        self.deleted = merged.deleted
        if mine == theirs:
            return False
        self.annotations = AnnotationSet(anchor_all(self.text, merged.annotations))
        return True
