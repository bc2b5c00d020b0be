"""A document's analysis as the window reads it to open the document: what the worker made
before, read from the disk cache.

The jobs that make it (reader.core.analysis, in the worker) import OpenCC's conversion on
two cores, the forked helpers and the heap's release, and what a job and the window pass each
other (reader.core.analysis_refs); the window imports this module to open a document, and
those only with its first job, after the text has painted (issue 32)."""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

from reader.core.analysis_cache import AnalysisCache, cache_key
from reader.core.scripts import Script, View

if TYPE_CHECKING:
    from reader.core.analysis_codec import Prepared


# -- keys and what was made before (cheap enough for the window's own thread) ---------------
def view_key(content_hash: str, script: Script, config: str) -> str:
    return cache_key("view", content_hash, script=script.value, config=config)


def headings_digest(headings) -> str:
    """The headings a file marks, as a short string for a cache key (the outline depends on them)."""
    import json  # with a cache to look in: not a fresh folder's launch (analysis_cache.cache_key)

    raw = json.dumps([(h.start, h.end, h.level, h.supplement) for h in headings])
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:16]


def prepared_key(content_hash: str, headings, title: str = "") -> str:
    return cache_key("prepared", content_hash, headings=headings_digest(headings), title=title)


# -- loading what was made before (cheap enough for the window's own thread) -----------------
def _may_hold(cache: AnalysisCache | None) -> bool:
    """Whether the cache may hold an entry: not when its folder was never made (a data folder's
    first documents). Their keys digest Reader's analysis code and tables, which the notice's
    first launch then read before its text painted for nothing (7 M instructions, issue 32)."""
    return cache is not None and cache.folder.is_dir()


def load_view(cache: AnalysisCache | None, content_hash: str, script: Script, config: str) -> View | None:
    entry = cache.get(view_key(content_hash, script, config)) if _may_hold(cache) else None
    if entry is None:
        return None
    from reader.core.analysis_codec import PackedView  # with what was made before, not a new text's

    try:
        packed = PackedView.from_entry(entry)
    except (KeyError, ValueError, UnicodeDecodeError):
        return None
    return packed.view() if packed.script is script and packed.config == config else None


def load_prepared(
    cache: AnalysisCache | None, text: str, content_hash: str, headings, title: str = ""
) -> Prepared | None:
    entry = cache.get(prepared_key(content_hash, headings, title)) if _may_hold(cache) else None
    if entry is None:
        return None
    from reader.core.analysis_codec import prepared_from_entry

    try:
        return prepared_from_entry(text, entry)
    except (KeyError, ValueError, IndexError, TypeError):
        return None
