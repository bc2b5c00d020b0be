"""members.json in a synced data folder: a sync tool's conflict copies of it (another
computer's library list) are merged in and removed once the merge is written; a members.json
that cannot be read is kept aside (members.damaged-<time>.json), never written over. What was
found is kept for the Library window to say (Catalogue.members_news).

The merge is reader.core.removals' rule, twice: members by identity (a document removed from
the library after the other computer last changed it stays removed), and each member's tags
(a tag taken off stays off; one given on either computer is kept). Every change stamps the
times it needs (stamped), so the callers only edit the list."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field, replace
from pathlib import Path

from reader.core.annotations.sync_copies import copies_of
from reader.core.atomic import damaged_aside
from reader.core.library.catalogue import Member

Members = tuple[list[Member], dict[str, float]]
"""A list's members and its removals (identity → when)."""


class MembersError(ValueError):
    """A members.json that cannot be read; the message says why."""


@dataclass(eq=False)
class MembersNews:
    merged: list[Path] = field(default_factory=list)
    added: int = 0
    """Members that came in from the copies."""
    removed: int = 0
    """Members removed on the other computer (taken out here)."""
    unreadable: dict[Path, str] = field(default_factory=dict)
    damaged: str = ""
    kept_aside: Path | None = None

    def __bool__(self) -> bool:
        return bool(self.merged or self.unreadable or self.damaged)

    def lines(self) -> list[str]:
        """What was found, one plain sentence each (English; the window translates its own frame)."""
        out = []
        if self.merged:
            names = ", ".join(p.name for p in self.merged)
            out.append(
                f"the library's list from another computer was merged in from {names}"
                f" ({self.added} added, {self.removed} removed)"
            )
        for path, reason in self.unreadable.items():
            out.append(f"{path.name} could not be read ({reason}); nothing was merged from it, it is kept as it is")
        if self.damaged:
            where = f"kept aside as {self.kept_aside.name}" if self.kept_aside else "left as it is"
            out.append(f"members.json could not be read ({self.damaged}); it was {where}")
        return out


def check(raw: bytes) -> dict:
    """members.json's data; raises MembersError with the reason."""
    if not raw.strip():
        raise MembersError("the file is empty")
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise MembersError("not UTF-8 text") from None
    except ValueError:
        raise MembersError("not valid JSON") from None
    if not isinstance(data, dict) or not isinstance(data.get("documents", []), list):
        raise MembersError("not a Reader library list")
    return data


def problem(path: Path) -> str:
    """Why members.json cannot be read ("" when it can, or is not there)."""
    try:
        check(Path(path).read_bytes())
    except FileNotFoundError:
        return ""
    except OSError as exc:
        return exc.strerror or str(exc)
    except MembersError as exc:
        return str(exc)
    return ""


def member_time(m: Member) -> float:
    """When a member was last changed: put in the list, or a tag given or taken off."""
    return max((m.changed, *(at for _, at in m.tag_times), *(at for _, at in m.untagged)))


def _tags(m: Member) -> tuple[dict[str, float], dict[str, float]]:
    times = dict(m.tag_times)
    return {t: times.get(t, 0.0) for t in m.tags}, dict(m.untagged)


def _with_tags(m: Member, tags: dict[str, float], untagged: dict[str, float]) -> Member:
    return replace(
        m,
        tags=tuple(tags),
        tag_times=tuple((t, at) for t, at in tags.items() if at),
        untagged=tuple(sorted(untagged.items())),
    )


def merge(mine: Members, theirs: Members) -> Members:
    """Two computers' lists merged: of one document the record changed last, with the tags of
    both merged tag by tag; a removal newer than the other side's last change wins."""
    from reader.core.removals import merge as merged

    by_id = {m.identity: m for m in mine[0]}
    other = {m.identity: m for m in theirs[0]}
    live, removed = merged(by_id, mine[1], other, theirs[1], when=member_time, newer=_newer)
    out = []
    for identity, m in live.items():
        loser = other.get(identity) if by_id.get(identity) is m else by_id.get(identity)
        if loser is not None and loser != m:
            m = _with_tags(m, *merged(*_tags(m), *_tags(loser), when=float))
        out.append(m)
    return out, removed


def _newer(a: Member, b: Member) -> bool:
    """a's record wins over b's: changed later (path, text); tags are merged apart."""
    return a.changed > b.changed


def stamped(before: list[Member], after: list[Member], removed: dict[str, float], now: float | None = None) -> Members:
    """The list as a change left it, with that change's times: a member added or whose record
    changed stamped now, each tag given or taken off stamped now, each member taken out
    remembered as removed now (reader.core.removals)."""
    from reader.core.removals import changes

    now = time.time() if now is None else now
    old = {m.identity: m for m in before}
    out = []
    for m in after:
        was = old.get(m.identity)
        # a member made afresh (a file indexed again) keeps the times of the one it replaces
        changed = now if was is None or _record(m) != _record(was) else was.changed
        given, untagged = _tags(was) if was is not None else ({}, {})
        tags = {t: given.get(t, now) for t in m.tags}  # a tag given now is stamped now
        _, untagged = changes(given, tags, untagged, now)  # one taken off, now
        out.append(_with_tags(replace(m, changed=changed), tags, untagged))
    _, removed = changes(old, {m.identity: m for m in out}, removed, now)
    return out, removed


def _record(m: Member) -> tuple:
    """What a member's `changed` time is of: its place and text (its tags have their own)."""
    return m.path, m.content_hash, m.fingerprint, m.added


def fold(path: Path, own: Members, read) -> tuple[list[Member], dict[str, float], MembersNews]:
    """Merge the copies of members.json into `own` (its members and removals), `read` reading
    one file's; a damaged members.json is kept aside first. Called under the file's lock."""
    news = MembersNews()
    reason = problem(path)
    if reason:
        news.damaged, news.kept_aside = reason, damaged_aside(path)
        if news.kept_aside is None:
            raise OSError(f"{path.name} could not be read ({reason}) nor kept aside; not written over")
    members, removed = own
    for copy in copies_of(path):
        reason = problem(copy)
        if reason:
            news.unreadable[copy] = reason
            continue
        before = {m.identity for m in members}
        members, removed = merge((members, removed), read(copy))
        after = {m.identity for m in members}
        news.added += len(after - before)
        news.removed += len(before - after)
        news.merged.append(copy)
    return members, removed, news
