"""The one merge rule of every list two computers keep in step through a synced data folder
(the notes, the library's list and its tags, your words, the vocabulary).

Each side holds its live entries, each with the time it was last added or changed, and its
removals ("tombstones"), each with the time it was made. Merging two sides keeps, for every
key, the newer of the two entries, and then the newer of "removed" and "added or changed": a
word deleted here stays deleted when the other computer's copy, made before the deletion, still
lists it; a word added there after the deletion comes back. An entry of a file written before
entries had times counts as the oldest possible, so any removal beats it.

A tombstone is needed only while a copy made before its removal can still arrive: that is, from
a computer that has not synced since. After KEPT_DAYS it is dropped (prune): a computer left
off for longer than that brings back what was removed meanwhile — an entry returned, never one
lost — and the lists stay small (a year of removals is a few thousand keys at most).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Hashable, Mapping
from typing import TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")

KEPT_DAYS = 365
"""How long a removal is remembered (see the module's note)."""
KEPT_SECONDS = KEPT_DAYS * 24 * 3600


def merge(
    mine: Mapping[K, V],
    mine_removed: Mapping[K, float],
    theirs: Mapping[K, V],
    theirs_removed: Mapping[K, float],
    when: Callable[[V], float],
    newer: Callable[[V, V], bool] | None = None,
) -> tuple[dict[K, V], dict[K, float]]:
    """(live entries, removals) of two sides merged. `when(entry)`: when it was last added or
    changed (seconds; 0 when not known); `newer(a, b)`: whether a's version of one key wins over
    b's (default: the later `when`; a tie keeps mine). A removal wins over an entry no newer
    than it; a removal an entry outlived is dropped (any copy holding it loses to that entry)."""
    removed = dict(mine_removed)
    for key, at in theirs_removed.items():
        if key not in removed or at > removed[key]:
            removed[key] = at
    live = dict(mine)
    for key, entry in theirs.items():
        here = live.get(key)
        if here is None or (newer(entry, here) if newer is not None else when(entry) > when(here)):
            live[key] = entry
    live = {key: entry for key, entry in live.items() if key not in removed or when(entry) > removed[key]}
    return live, {key: at for key, at in removed.items() if key not in live}


def changes(
    before: Mapping[K, V], after: Mapping[K, V], removed: Mapping[K, float], now: float | None = None
) -> tuple[set[K], dict[K, float]]:
    """What one edit did, for the times a later merge compares: (the keys added or changed —
    the caller stamps them with `now` —, the removals with this edit's own added at `now`). A
    key put back is no longer removed."""
    now = time.time() if now is None else now
    touched = {key for key, entry in after.items() if key not in before or before[key] != entry}
    kept = {key: at for key, at in removed.items() if key not in after}
    kept.update({key: now for key in before if key not in after})
    return touched, kept


def prune(removed: Mapping[K, float], now: float | None = None) -> dict[K, float]:
    """The removals made within KEPT_DAYS of now (older ones are forgotten as a file is written)."""
    cutoff = (time.time() if now is None else now) - KEPT_SECONDS
    return {key: at for key, at in removed.items() if at >= cutoff}


def seconds(value: object) -> float:
    """A time read from a file: seconds since the epoch, 0 for anything else (a damaged or
    missing value is the oldest possible: any removal beats it, nothing is lost to it)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return 0.0
    value = float(value)
    return value if value == value and 0 <= value < 1e11 else 0.0  # NaN and the absurd: not known
