"""An open document with everything derived from it and its annotations: what the GUI and the
CLI both work on, so no logic lives only in a widget."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from reader.core import analysis_read, typeset
from reader.core.analysis_cache import AnalysisCache, cache_folder
from reader.core.annotations.anchoring import anchor_all
from reader.core.annotations.annotation_set import AnnotationSet
from reader.core.annotations.records import StoreState, merge
from reader.core.annotations.store import AnnotationStore, LoadResult
from reader.core.collector import collector_paused
from reader.core.document import Document, load_document
from reader.core.library.place import database_file
from reader.core.outline import Outline, document_outline, navigation_stops
from reader.core.progress import read_progress
from reader.core.scripts import DEFAULT_VARIANT, TO_SIMPLIFIED, Script, ScriptViews, View, convert
from reader.core.typeset import Block
from reader.core.user_words import UserWords, user_words_path

if TYPE_CHECKING:  # what the jobs take and the worker sends: imported with the first job, after the text paints
    from reader.core.analysis_codec import PackedView
    from reader.core.analysis_refs import DocumentRef, WordsResult
    from reader.core.annotations.came_in import SyncNews
    from reader.core.annotations.locate import StoreLocator
    from reader.core.annotations.model import Annotation
    from reader.core.keyterms import KeyTerm, PackedTerms
    from reader.core.words import WordBoundaries


def annotations_folder(data_dir: Path) -> Path:
    return Path(data_dir) / "annotations"


def _recognised(data_dir: Path, document: StoreLocator) -> str | None:
    """The identity of the library's document this one is, when no store was found for it (it
    moved, or moved and changed, before it had notes): its progress and settings follow it."""
    if not database_file(data_dir).exists():  # no library yet (its catalogue, sqlite3: not imported)
        return None
    from reader.core.library.catalogue import recognised_identity

    # the book's fingerprint (0.5 s of 红楼梦's launch in a library that lists a document whose
    # file has gone) only where the sizes of the texts leave one of them a chance
    return recognised_identity(
        data_dir, document.document_path, document.content_hash, lambda: document.fingerprint, document.may_be_alike
    )


def _met_here(data_dir: Path, document: StoreLocator) -> str | None:
    """The identity of the library's document at this document's path, if it lists one."""
    if not database_file(data_dir).exists():
        return None
    from reader.core.library.catalogue import identity_at

    return identity_at(data_dir, document.document_path)


class Session:
    def __init__(
        self,
        document: Document,
        data_dir: Path,
        variant: str = DEFAULT_VARIANT,
        user_words: UserWords | None = None,
    ) -> None:
        self.document = document
        self.cache: AnalysisCache | None = AnalysisCache(cache_folder(data_dir))
        """Analysis results of documents opened before (reader.core.analysis_cache); read here,
        written by the analysis jobs. Even a short document's are kept: telling the notice's
        script loads two OpenCC dictionaries (30 ms), reading it back takes a millisecond."""
        # a book's outline is tens of thousands of objects: made with the collector paused (a
        # tab showing the book then keeps them out of its passes, reader.core.collector)
        with collector_paused():
            prepared = analysis_read.load_prepared(
                self.cache, document.text, document.content_hash, document.headings, document.info.title
            )
            outline = prepared.outline if prepared else document_outline(document)
        self.prepared = prepared is not None
        """The outline, script and fingerprint came from the cache (else a job keeps them there)."""
        self.outline: Outline = outline
        self.typeset_blocks: list[Block] = prepared.blocks if prepared else typeset.blocks(outline)
        """What is typeset apart from body text (title, dateline, headings …)."""
        self.line_joins: list[int] = typeset.line_joins(document.text, self.typeset_blocks)
        """Line breaks inside a paragraph of a hard-wrapped text (original offsets), found here,
        where a book's Session is made in a thread: on the window's thread they held the turn
        that makes the tab 34 ms for the 5 M book."""
        stops = prepared.stops if prepared else [(n.start, n.end) for n in navigation_stops(outline)]
        original = prepared.original_script if prepared else None
        # the views load from the cache through a function of its own, not a method of this
        # session: a session holding its own method is a cycle, which only the collector frees
        load = partial(analysis_read.load_view, self.cache, document.content_hash)
        self.views = ScriptViews(document.text, original, variant=variant, load=load)
        self.store = AnnotationStore(
            annotations_folder(data_dir),
            document.path,
            document.content_hash,
            self.title,
            document.text,
            format=document.format,
            source_hash=document.source_hash,
            fingerprint=prepared.fingerprint if prepared else None,
            recognised=lambda document: _recognised(data_dir, document),
            met_here=lambda document: _met_here(data_dir, document),
        )
        self.load_result: LoadResult = self.store.load()
        self.annotations = AnnotationSet(anchor_all(document.text, self.load_result.state.annotations))
        self.deleted: dict[str, str] = dict(self.load_result.state.deleted)
        self.quarantined: list[dict] = list(self.load_result.state.quarantined)
        """Records the store could not read: kept verbatim in the file, counted in the window."""
        # a store found by similarity (the document moved and changed) is saved at once, so it
        # records this document's path and text and the next open finds it directly; so is
        # what came in from sync copies (which are then removed) and other computers' stores
        self.dirty = not self.read_only and (
            self.load_result.status in ("attached", "edited") or self.load_result.changed
        )
        self.unreadable_copies: set[Path] = set(self.load_result.unmerged)
        """Sync copies that could not be read, already said (they stay where they are)."""
        self.sync_news: SyncNews | None = None
        """What the last reload_from_disk took in from sync copies, for the window to say."""
        self.words: WordBoundaries | None = None  # filled in by the analysis (in the background)
        self.key_terms: list[KeyTerm] = []  # filled in by the analysis, as are the next
        self.section_terms: Mapping[tuple[int, int], list[KeyTerm]] = {}
        self.progress, self.progress_news = read_progress(self.store.path, stops)
        """The reading progress, with other computers' sync copies merged in, and what was found."""
        self.user_words = user_words if user_words is not None else UserWords.load(user_words_path(data_dir))
        """The reader's own words (Treat as One Word): one object shared by every open document."""

    @classmethod
    def open(
        cls, path: Path | str, data_dir: Path, variant: str = DEFAULT_VARIANT, user_words: UserWords | None = None
    ) -> Session:
        return cls(load_document(path), data_dir, variant, user_words)

    @property
    def text(self) -> str:
        return self.document.text

    @property
    def title(self) -> str:
        return self.outline.title() or self.document.name

    def title_in(self, script: Script, through: Callable[[str], str] | None = None) -> str:
        """The title as shown in a script, or the title the file's metadata names (an EPUB's
        package, set in the file's script) where no line of the text is it, or the file's name
        when the document has none; through a conversion that keeps every length, when given:
        the script's view previewed in another script while that view is made (reader.gui.reading)."""
        node = self.outline.title_node()  # the title line, or the first line standing for it
        if node is None:
            return self.outline.title() or self.document.name
        view = self.view(script)
        if through is not None:
            return self.outline.label_through(node, view.text, view.to_view, through)
        return self.outline.label(node, view.text, view.to_view)

    @property
    def read_only(self) -> bool:
        return self.store.read_only

    def view(self, script: Script) -> View:
        return self.views.get(script)

    # -- the analysis, made elsewhere (reader.core.analysis) ---------------------------------
    def analysis_ref(self) -> DocumentRef:
        """This document as the analysis jobs take it, with the script variant chosen now."""
        from reader.core.analysis_refs import DocumentRef

        doc = self.document
        return DocumentRef(
            doc.text,
            doc.content_hash,
            self.views.original_script,
            self.views.plan.traditional or DEFAULT_VARIANT,
            doc.headings,
            str(self.cache.folder) if self.cache is not None else None,
            doc.info.title,
        )

    def adopt_view(self, packed: PackedView) -> View:
        """A view the worker made (an analysis_codec.PackedView): kept like one converted here."""
        return self.views.put(packed.view())

    def adopt_words(self, result: WordsResult) -> bool:
        """Word boundaries the worker cut; False (and nothing kept) when they were cut with
        another list of the reader's words than the one in force now (a newer cut is coming)."""
        if result.simplified is not None:
            self.adopt_view(result.simplified)
        if result.user_words != self.user_words.words:
            return False
        self.words = result.words()
        return True

    def adopt_terms(self, packed: PackedTerms, user_words: frozenset[str]) -> bool:
        """Key terms the worker counted with these user words; False when the words changed since."""
        if user_words != self.user_words.words:
            return False
        self.key_terms, self.section_terms = packed.document(), packed.sections()
        return True

    # -- words and key terms, with the reader's own words -----------------------------------
    def build_words(self) -> WordBoundaries:
        """Word boundaries cut with the reader's words as they are now. Slow (jieba): off the GUI thread."""
        from reader.core.words import WordBoundaries  # words arrive after the text paints

        return WordBoundaries.from_view(self.view(Script.SIMPLIFIED), self.user_words.words)

    def build_key_terms(self) -> tuple[list[KeyTerm], Mapping[tuple[int, int], list[KeyTerm]]]:
        """(document terms, section terms), counting each of the reader's words as one term. Slow."""
        from reader.core.keyterms import analyse

        return analyse(self.views, self.outline, user_words=self.user_words.words)

    @property
    def words_stale(self) -> bool:
        """The words were cut with another list of the reader's words (one was marked since)."""
        return self.words is not None and self.words.user_words != self.user_words.words

    def simplified_slice(self, start: int, end: int) -> str:
        """The Simplified view's text of an original range. A book whose Simplified view is
        not at hand yet (the worker makes it) converts only the range, not the whole book."""
        view = self.views.cached(Script.SIMPLIFIED)
        if view is not None:
            return view.slice(start, end)
        return convert(self.text[start:end], self.views.plan.simplified or TO_SIMPLIFIED)

    def treated_as_one_word(self, start: int, end: int) -> bool:
        return self.simplified_slice(start, end).strip() in self.user_words.words

    def treat_as_one_word(self, start: int, end: int, one: bool = True) -> bool:
        """Mark the text of an original range as one word in every document (one=False: no
        longer). The Simplified view's text is kept, so it applies in every script. True when
        the list changed: then words and key terms are rebuilt. Raises OSError (unwritable)."""
        word = self.simplified_slice(start, end)
        if one:
            return self.user_words.add(word, simplified=True)
        return self.user_words.remove(word, simplified=True)

    def new_annotation(self, start: int, end: int, **fields) -> Annotation:
        from reader.core.annotations.model import Annotation  # with the first one made, not the launch

        return Annotation.on_text(self.text, start, end, **fields)

    def apply(self, before: Annotation | None, after: Annotation | None) -> None:
        """The one way annotations change: add (before None), replace, or remove (after None)."""
        if before is not None and (after is None or after.id != before.id):
            from reader.core.annotations.model import now_iso  # in with the annotation given

            self.annotations.remove(before.id)
            self.deleted[before.id] = now_iso()
        if after is not None:
            if before is None and after.id in self.deleted:
                from dataclasses import replace

                from reader.core.annotations.model import now_iso

                # a deletion undone is a change newer than the deletion: with its old time the
                # tombstone in another computer's copy (made after the deletion) won again
                after = replace(after, modified=now_iso())
            self.annotations.put(after)
            self.deleted.pop(after.id, None)
        self.dirty = True

    def state(self) -> StoreState:
        return StoreState(list(self.annotations), dict(self.deleted), list(self.quarantined))

    def attach(self, other: Path) -> int:
        """Take in the annotations of another store (one whose document moved or changed),
        placed on this text; returns how many. The other file is kept aside, never deleted.
        Raises StoreError."""
        taken = self.store.take_over(Path(other))
        before = len(self.annotations)
        self._adopt(merge(self.state(), taken))
        self.dirty = True
        return len(self.annotations) - before

    def save(self) -> bool:
        """Write the annotations (raises StoreError). True when another process's changes were merged in."""
        merged = self.store.save(self.state())
        self.dirty = False
        return self._adopt(merged)

    def reload_from_disk(self) -> bool:
        """Take in what another process saved. True when anything changed here."""
        copies = self.store.conflict_copies()
        if not self.store.changed_on_disk() and set(copies) <= self.unreadable_copies:
            return False
        from reader.core.annotations.came_in import SyncNews, came_in  # with a copy to merge

        disk, merged, unreadable = self.store.read_disk(copies)
        # a copy that cannot be read is said once and left alone: it is never removed, so
        # taking it for news would make every save (which changes the folder) due again
        unsaid = [p for p in unreadable if p not in self.unreadable_copies]
        self.unreadable_copies = set(unreadable)
        if disk is None:
            self.sync_news = SyncNews(unreadable=unsaid)
            return False
        if merged and not self.read_only:
            self.dirty = True  # the next save writes what they hold and removes them
        before = self.state()
        changed = self._adopt(merge(before, disk))
        self.sync_news = SyncNews(came_in(before, self.state(), merged) if merged else None, unsaid)
        return changed

    def _adopt(self, merged: StoreState) -> bool:
        mine = {a.id: a.modified for a in self.annotations}
        theirs = {a.id: a.modified for a in merged.annotations}
        self.deleted = merged.deleted
        self.quarantined = merged.quarantined
        if mine == theirs:
            return False
        self.annotations = AnnotationSet(anchor_all(self.text, merged.annotations))
        return True
