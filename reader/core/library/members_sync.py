"""members.json in a synced data folder: a sync tool's conflict copies of it (another
computer's library list) are merged in, a member listed on either side kept and its tags
joined, and removed once the merge is written; a members.json that cannot be read is kept
aside (members.damaged-<time>.json), never written over. What was found is kept for the
Library window to say (Catalogue.members_news)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from pathlib import Path

from reader.core.annotations.sync_copies import copies_of
from reader.core.atomic import damaged_aside


class MembersError(ValueError):
    """A members.json that cannot be read; the message says why."""


@dataclass(eq=False)
class MembersNews:
    merged: list[Path] = field(default_factory=list)
    added: int = 0
    """Members that came in from the copies."""
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
            out.append(f"the library's list from another computer was merged in from {names} ({self.added} added)")
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


def fold(path: Path, members: list, read) -> MembersNews:
    """Merge the copies of members.json into `members` (in place), `read` reading one file's
    members; a damaged members.json is kept aside first. Called under the file's lock."""
    news = MembersNews()
    reason = problem(path)
    if reason:
        news.damaged, news.kept_aside = reason, damaged_aside(path)
        if news.kept_aside is None:
            raise OSError(f"{path.name} could not be read ({reason}) nor kept aside; not written over")
    by_identity = {m.identity: i for i, m in enumerate(members)}
    for copy in copies_of(path):
        reason = problem(copy)
        if reason:
            news.unreadable[copy] = reason
            continue
        for other in read(copy):
            at = by_identity.get(other.identity)
            if at is None:
                by_identity[other.identity] = len(members)
                members.append(other)
                news.added += 1
            else:
                mine = members[at]
                tags = tuple(dict.fromkeys((*mine.tags, *other.tags)))
                if tags != mine.tags:
                    members[at] = replace(mine, tags=tags)
        news.merged.append(copy)
    return news
