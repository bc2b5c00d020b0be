"""A store file's records: the JSON Reader writes for one annotation and for a whole store,
read back record by record (a bad record is quarantined, never fatal), one store file read with
its sync copies, and two states of a store merged.

Each record is checked on its own: a bad one (a string offset, an unknown colour, a time that
is not ISO 8601) is kept verbatim in the file, counted, exportable, and every good record stays
live. The file itself (found, loaded, saved, set aside) is reader.core.annotations.store's.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from datetime import datetime

    from reader.core.annotations.model import Annotation

FORMAT = "reader-annotations"
SCHEMA_VERSION = 1
_FIELDS = ("id", "start", "end", "exact", "prefix", "suffix", "colour", "style", "note", "created", "modified")
_SELECTOR = ("start", "end", "exact", "prefix", "suffix")


class StoreFormatError(ValueError):
    """A file that is not a valid annotation store."""


@dataclass(eq=False)  # never compared (issue 32: a launch compiles each generated method)
class StoreState:
    """What a store holds: its live annotations, its tombstones and the records it quarantined."""

    annotations: list[Annotation] = field(default_factory=list)
    deleted: dict[str, str] = field(default_factory=dict)
    """Tombstones, id → when it was deleted: a merge must not bring back what was removed."""
    quarantined: list[dict] = field(default_factory=list)
    """Records that could not be read, kept verbatim so nothing is lost and they can be exported."""


def parse_time(stamp: str) -> datetime:
    from datetime import datetime  # with stored notes' times: not before a fresh folder's first paint

    try:
        value = datetime.fromisoformat(stamp)
    except (TypeError, ValueError):
        return datetime.min.replace(tzinfo=datetime.now().astimezone().tzinfo)
    return value if value.tzinfo else value.astimezone()


def is_timestamp(stamp: object) -> bool:
    """An ISO 8601 date and time, as every time Reader stores must be."""
    if not isinstance(stamp, str):
        return False
    from datetime import datetime

    try:
        datetime.fromisoformat(stamp)
    except ValueError:
        return False
    return True


def annotation_to_json(a: Annotation) -> dict:
    record = {k: getattr(a, k) for k in _FIELDS}
    if a.stored_at is not None:  # not confirmed: the file keeps the place it had
        record.update({k: getattr(a.stored_at, k) for k in _SELECTOR})
    return record


def annotation_from_json(data: dict) -> Annotation:
    from reader.core.annotations.model import Annotation  # with the first record read, not a fresh folder's launch

    if not isinstance(data, dict):
        raise StoreFormatError("an annotation is not an object")
    try:
        fields = {k: data[k] for k in _FIELDS}
    except KeyError as exc:
        raise StoreFormatError(f"an annotation lacks {exc.args[0]!r}") from None
    for key in ("start", "end"):
        if not isinstance(fields[key], int) or isinstance(fields[key], bool):
            raise StoreFormatError(f"{key!r} is not a whole number")
    for key in ("id", "exact", "prefix", "suffix", "style", "note", "created", "modified"):
        if not isinstance(fields[key], str):
            raise StoreFormatError(f"{key!r} is not text")
    for key in ("created", "modified"):
        if not is_timestamp(fields[key]):
            raise StoreFormatError(f"{key!r} is not an ISO 8601 time")
    if fields["colour"] is not None and not isinstance(fields["colour"], str):
        raise StoreFormatError("'colour' is not text")
    try:
        return Annotation(**fields)
    except ValueError as exc:
        raise StoreFormatError(str(exc)) from None


def _load_json(raw: str):
    import json  # with a store to read or write: a fresh folder's launch has none

    try:
        return json.loads(raw)
    except json.JSONDecodeError as exc:
        raise StoreFormatError(f"not valid JSON ({exc.msg}, line {exc.lineno})") from None
    except RecursionError:
        raise StoreFormatError("nested too deeply to be a Reader annotation file") from None


def parse_store(raw: str) -> tuple[int, StoreState, dict]:
    """(schema version, state, document info). A bad record is quarantined, not fatal;
    raises StoreFormatError only when the file is not a Reader store at all."""
    data = _load_json(raw)
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise StoreFormatError("not a Reader annotation file")
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise StoreFormatError("no schema version")
    info = data.get("document") if isinstance(data.get("document"), dict) else {}
    if version > SCHEMA_VERSION:
        return version, StoreState(), info
    items = data.get("annotations")
    deleted = data.get("deleted", {})
    quarantined = data.get("quarantined", [])
    if not isinstance(items, list) or not isinstance(deleted, dict) or not isinstance(quarantined, list):
        raise StoreFormatError("'annotations' is not a list")
    state = StoreState(deleted={str(k): str(v) for k, v in deleted.items()}, quarantined=list(quarantined))
    seen: dict[str, Annotation] = {}
    from reader.core.annotations.model import Annotation  # with the records (none in a fresh folder)

    for item in items:
        try:
            a = annotation_from_json(item)
        except StoreFormatError:
            state.quarantined.append(item)
            continue
        if a.id in seen:
            if seen[a.id] == a:
                continue  # the same record twice: nothing is lost by keeping one
            a = Annotation(**{**{k: getattr(a, k) for k in _FIELDS}, "id": repeated_id(item)})
        seen[a.id] = a
        state.annotations.append(a)
    return version, state, info


def repeated_id(record: dict) -> str:
    """A new id for a record whose id an earlier record of the same file has. Derived from the
    record itself, so every process (and every load) gives it the same id and two windows that
    both read the file do not make two copies of it."""
    import uuid  # rarely needed: not on the way to a document's first page

    return str(uuid.uuid5(uuid.NAMESPACE_URL, "reader-repeated-id:" + _record_key(record)))


def _record_key(record) -> str:
    import json

    return json.dumps(record, ensure_ascii=False, sort_keys=True, default=str)


def _newer(a: Annotation, b: Annotation) -> bool:
    """Whether a's version of a note wins over b's: the later change; two changes in the same
    second (times are kept to the second) by the record itself, so both computers of a synced
    folder keep the same one (the side merged into would otherwise keep its own on each)."""
    when_a, when_b = parse_time(a.modified), parse_time(b.modified)
    if when_a != when_b:
        return when_a > when_b
    return a != b and _record_key(annotation_to_json(a)) > _record_key(annotation_to_json(b))


def merge(local: StoreState, other: StoreState) -> StoreState:
    """Union by id; the newer modification wins; a deletion newer than an edit wins
    (reader.core.removals, the rule every synced list follows); quarantined records from
    either side are all kept."""
    from reader.core.removals import merge as merged

    def at(stamp: str) -> float:
        return parse_time(stamp).timestamp()

    live, removed = merged(
        {a.id: a for a in local.annotations},
        {key: at(when) for key, when in local.deleted.items()},
        {a.id: a for a in other.annotations},
        {key: at(when) for key, when in other.deleted.items()},
        when=lambda a: at(a.modified),
        newer=_newer,
    )
    # each tombstone keeps its time as written (the side whose time won)
    deleted = {
        key: when
        for key, when in (*other.deleted.items(), *local.deleted.items())
        if key in removed and at(when) == removed[key]
    }
    quarantined = {_record_key(r): r for r in [*local.quarantined, *other.quarantined]}
    return StoreState(sorted(live.values(), key=lambda a: a.sort_key), deleted, list(quarantined.values()))


def pruned(state: StoreState, now: float | None = None) -> StoreState:
    """The state with tombstones older than reader.core.removals.KEPT_DAYS forgotten (as the
    store is written: kept for ever, every deletion ever made would be in the file)."""
    from reader.core.removals import prune

    kept = prune({key: parse_time(when).timestamp() for key, when in state.deleted.items()}, now)
    if len(kept) == len(state.deleted):
        return state
    return StoreState(state.annotations, {k: v for k, v in state.deleted.items() if k in kept}, state.quarantined)


def read_store(path: Path) -> StoreState | None:
    """A store file's records, or None when it cannot be read or was written by a newer
    Reader (whose records this version cannot merge: such a file is never removed)."""
    try:
        version, state, _ = parse_store(Path(path).read_text(encoding="utf-8"))
    except (OSError, StoreFormatError, UnicodeDecodeError):
        return None
    return state if version <= SCHEMA_VERSION else None


def with_copies(state: StoreState, copies: list[Path]) -> tuple[StoreState, list[Path], list[Path]]:
    """A store's state merged with its sync copies: (state, copies merged, copies unreadable)."""
    merged, unreadable = [], []
    for copy in copies:
        other = read_store(copy)
        if other is None:
            unreadable.append(copy)
        else:
            state = merge(state, other)
            merged.append(copy)
    return state, merged, unreadable


def read_newer(raw: str) -> StoreState:
    """Best effort for a file of a newer schema: what it holds that this version understands."""
    import json

    items = json.loads(raw).get("annotations", [])
    shown = []
    for item in items if isinstance(items, list) else []:
        with contextlib.suppress(StoreFormatError):
            shown.append(annotation_from_json(item))
    return StoreState(shown)


def serialise(document: dict, state: StoreState, encoded: dict[Annotation, str]) -> str:
    """A store file's text: `document` (what the file says of its document) at its head, then
    the records. Indented JSON with one annotation per line: readable, and only the records
    that changed since the last save are encoded again (`encoded`: the caller's cache of each
    record's line, kept between saves; the C encoder, not json's indenter)."""
    import json

    lines = []
    for a in sorted(state.annotations, key=lambda a: a.sort_key):
        line = encoded.get(a)  # keyed by the whole record: any change to it encodes it afresh
        if line is None:
            line = encoded[a] = json.dumps(annotation_to_json(a), ensure_ascii=False)
        lines.append("    " + line)
    if len(encoded) > 2 * len(lines) + 100:
        encoded.clear()
    deleted = [f"    {json.dumps(k)}: {json.dumps(v)}" for k, v in sorted(state.deleted.items())]
    quarantined = [f"    {json.dumps(r, ensure_ascii=False, default=str)}" for r in state.quarantined]
    head = {"format": FORMAT, "version": SCHEMA_VERSION, "document": {**document, "fingerprint": []}}
    head_text = json.dumps(head, ensure_ascii=False, indent=2)
    # the fingerprint on one line, not 128
    head_text = head_text.replace('"fingerprint": []', f'"fingerprint": {json.dumps(document["fingerprint"])}')
    return (
        head_text[:-2]  # reopen the object after "document"
        + ',\n  "annotations": [\n'
        + ",\n".join(lines)
        + '\n  ],\n  "deleted": {\n'
        + ",\n".join(deleted)
        + '\n  },\n  "quarantined": [\n'
        + ",\n".join(quarantined)
        + "\n  ]\n}\n"
    )
