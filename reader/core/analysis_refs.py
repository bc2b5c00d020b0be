"""What the window and the analysis jobs (reader.core.analysis, in the worker) pass each other:
the reference a job gets to its document and the words the worker sends back. Imported with
the first job, once the text has painted: their dataclasses cost the launch 7 M instructions
to make (issue 32)."""

from __future__ import annotations

from array import array
from dataclasses import dataclass, fields
from pathlib import Path
from typing import TYPE_CHECKING

from reader.core.analysis_cache import AnalysisCache
from reader.core.formats import HeadingHint
from reader.core.scripts import DEFAULT_VARIANT, Script, detect_script
from reader.core.words import WordBoundaries

if TYPE_CHECKING:
    from reader.core.analysis_codec import PackedView


@dataclass(frozen=True)
class DocumentRef:
    """What a job needs of a document; pickled with each job sent to the worker (the text is
    one string: encoding a novel for the pipe takes about a millisecond)."""

    text: str
    content_hash: str
    original_script: Script
    variant: str = DEFAULT_VARIANT
    headings: tuple[HeadingHint, ...] = ()
    cache_dir: str | None = None
    title: str = ""
    """The title the file's metadata names (a PDF's, an EPUB's): the outline honours it."""

    @classmethod
    def of_document(cls, document, cache_dir: str | None) -> DocumentRef:
        """A document just read (reader.core.document.Document), its script found from its text."""
        return cls(
            document.text,
            document.content_hash,
            detect_script(document.text),
            headings=document.headings,
            cache_dir=cache_dir,
            title=document.info.title,
        )

    @property
    def cache(self) -> AnalysisCache | None:
        return AnalysisCache(Path(self.cache_dir)) if self.cache_dir else None

    def __reduce__(self):
        # the text goes as UTF-8 bytes encoded here: pickling the str itself makes CPython keep
        # a UTF-8 copy on the window's string for as long as it lives (3 bytes a character of a
        # Chinese book: 2.3 MB for 红楼梦, 14 MB for a 5 M-character one; issue 32)
        rest = tuple(getattr(self, f.name) for f in fields(self) if f.name != "text")
        return _document_ref, (self.text.encode("utf-8", "surrogatepass"), *rest)


def _document_ref(text: bytes, *rest) -> DocumentRef:
    """A DocumentRef from its pickle (DocumentRef.__reduce__)."""
    return DocumentRef(text.decode("utf-8", "surrogatepass"), *rest)


@dataclass(frozen=True)
class WordsResult:
    """Word boundaries for the window: the boundaries alone (the view's own word ends, which
    key terms count, stay in the worker), and the Simplified view they were cut in when it is
    a conversion (find and the reader's words need it too: the window then never converts it)."""

    boundaries: array
    length: int
    user_words: frozenset[str]
    simplified: PackedView | None

    def words(self) -> WordBoundaries:
        return WordBoundaries(self.boundaries, self.length, self.user_words)
