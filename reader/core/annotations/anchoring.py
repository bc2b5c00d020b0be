"""Place annotations on a text that may have changed since they were made.

Order of trust (as Hypothesis anchors): the stored position when its text still matches;
else the exact quote, the occurrence whose prefix/suffix fit best, nearest the old position;
else an approximate match between where the prefix ends and the suffix begins; else the
annotation is orphaned. A placement the context does not confirm (a quote found only
approximately, or one of several occurrences none of which has its old neighbours) keeps
the stored selectors in `stored_at`, so it is shown as "moved, please check" and saved
unchanged until the reader confirms it.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.core.annotations.model import Annotation

MAX_CANDIDATES = 2000
MIN_SIMILARITY = 0.6
MIN_UNIQUE_QUOTE = 4  # a quote this long that occurs once is placed without asking
_EDGE = 8  # a prefix or suffix may itself be edited: look for its nearest characters only


def _occurrences(text: str, needle: str, limit: int = MAX_CANDIDATES) -> list[int]:
    found: list[int] = []
    if not needle:
        return found
    pos = text.find(needle)
    while pos != -1 and len(found) < limit:
        found.append(pos)
        pos = text.find(needle, pos + 1)
    return found


def _context_fit(text: str, start: int, end: int, annotation: Annotation) -> int:
    prefix = text[max(0, start - len(annotation.prefix)) : start]
    suffix = text[end : end + len(annotation.suffix)]
    score = 0
    for a, b in zip(reversed(prefix), reversed(annotation.prefix)):
        if a != b:
            break
        score += 1
    for a, b in zip(suffix, annotation.suffix):
        if a != b:
            break
        score += 1
    return score


def _exact(text: str, annotation: Annotation) -> tuple[int, int, bool] | None:
    """(start, end, confident) of the best occurrence of the quote."""
    n = len(annotation.exact)
    hits = _occurrences(text, annotation.exact)
    if not hits:
        return None
    fits = {p: _context_fit(text, p, p + n, annotation) for p in hits}
    best = max(hits, key=lambda p: (fits[p], -abs(p - annotation.start)))
    context = len(annotation.prefix) + len(annotation.suffix)
    # confident when the old neighbours are (mostly) still there, or the quote is unique and
    # long enough not to be a common phrase
    confident = fits[best] >= max(1, context // 2) or (len(hits) == 1 and n >= MIN_UNIQUE_QUOTE)
    return best, best + n, confident


def _approximate(text: str, annotation: Annotation) -> tuple[int, int] | None:
    from difflib import SequenceMatcher  # only for a quote the text no longer has (2 M of the launch)

    exact = annotation.exact
    n = len(exact)
    starts = (
        [p + _EDGE for p in _occurrences(text, annotation.prefix[-_EDGE:], 200)]
        if len(annotation.prefix) >= _EDGE
        else []
    )
    ends = _occurrences(text, annotation.suffix[:_EDGE], 200) if len(annotation.suffix) >= _EDGE else []
    candidates: set[tuple[int, int]] = set()
    for s in starts:
        candidates.add((s, min(len(text), s + n)))
        candidates.update((s, e) for e in ends if n // 2 <= e - s <= 2 * n + 8)
    for e in ends:
        candidates.add((max(0, e - n), e))
    best = None
    best_score = 0.0
    for s, e in candidates:
        ratio = SequenceMatcher(None, text[s:e], exact, autojunk=False).ratio()
        if ratio < MIN_SIMILARITY:
            continue
        score = ratio - abs(s - annotation.start) / (10 * max(len(text), 1))
        if score > best_score:
            best, best_score = (s, e), score
    return best


def anchor(text: str, annotation: Annotation) -> Annotation:
    """The annotation placed on text (its range and quote updated), or marked orphaned."""
    from reader.core.annotations.model import quote_selector  # in with the annotation given

    stored = annotation.stored_at or annotation.selector()
    if annotation.stored_at is not None:  # try where the file says it is first
        annotation = replace(annotation, **vars(stored), stored_at=None)
    if text[annotation.start : annotation.end] == annotation.exact and annotation.end <= len(text):
        return replace(annotation, orphaned=False) if annotation.orphaned else annotation
    found = _exact(text, annotation)
    if found is None:
        approximate = _approximate(text, annotation)
        found = (*approximate, False) if approximate else None
    if found is None:
        return replace(annotation, orphaned=True)
    start, end, confident = found
    return replace(
        annotation,
        start=start,
        end=end,
        orphaned=False,
        stored_at=None if confident else stored,
        **quote_selector(text, start, end),
    )


def anchor_all(text: str, annotations) -> list[Annotation]:
    return [anchor(text, a) for a in annotations]
