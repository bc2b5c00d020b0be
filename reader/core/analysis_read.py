"""A document's analysis as the window reads it: the reference a job gets to its document, the
words the worker sends back, and what the worker made before, read from the disk cache.

The jobs that make them (reader.core.analysis, in the worker) import OpenCC's conversion on
two cores, the forked helpers and the heap's release; the window imports this module to open
a document, and those only with its first job, after the text has painted (issue 32)."""

from __future__ import annotations

from array import array
from dataclasses import dataclass, fields
from pathlib import Path

from reader.core.analysis_cache import AnalysisCache, cache_key
from reader.core.analysis_codec import PackedView, Prepared, headings_digest, prepared_from_entry
from reader.core.formats import HeadingHint
from reader.core.scripts import DEFAULT_VARIANT, Script, View, detect_script
from reader.core.words import WordBoundaries


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


# -- keys and what was made before (cheap enough for the window's own thread) ---------------
def view_key(content_hash: str, script: Script, config: str) -> str:
    return cache_key("view", content_hash, script=script.value, config=config)


def prepared_key(content_hash: str, headings, title: str = "") -> str:
    return cache_key("prepared", content_hash, headings=headings_digest(headings), title=title)


# -- loading what was made before (cheap enough for the window's own thread) -----------------
def load_view(cache: AnalysisCache | None, content_hash: str, script: Script, config: str) -> View | None:
    entry = cache.get(view_key(content_hash, script, config)) if cache else None
    if entry is None:
        return None
    try:
        packed = PackedView.from_entry(entry)
    except (KeyError, ValueError, UnicodeDecodeError):
        return None
    return packed.view() if packed.script is script and packed.config == config else None


def load_prepared(
    cache: AnalysisCache | None, text: str, content_hash: str, headings, title: str = ""
) -> Prepared | None:
    entry = cache.get(prepared_key(content_hash, headings, title)) if cache else None
    if entry is None:
        return None
    try:
        return prepared_from_entry(text, entry)
    except (KeyError, ValueError, IndexError, TypeError):
        return None
