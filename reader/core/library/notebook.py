"""The notebook: every highlight and note of every document in one list, read from the
annotation stores (the source of truth) through their public API, filtered by document,
colour, tag, date and text in either script, and exported."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path

from reader.core.annotations.records import StoreFormatError, parse_store
from reader.core.annotations.store_info import store_files
from reader.core.identity import identity_of
from reader.core.library.catalogue import Catalogue
from reader.core.library.folding import fold

NOTEBOOK_FORMATS = ("md", "csv", "json", "docx")
"""docx: reader.core.library.notebook_docx (bytes, not text)."""
NO_COLOUR = "none"


@dataclass(frozen=True)
class NotebookLabels:
    """The words of an exported notebook (Markdown, Word), in the interface's language (the
    window translates them)."""

    title: str = "Notebook"
    no_colour: str = "no colour"
    colours: dict[str, str] = field(default_factory=dict)
    """A colour's name (yellow) as the reader calls it; the name itself where missing."""

    def colour(self, name: str) -> str:
        return self.no_colour if name in ("", NO_COLOUR) else self.colours.get(name, name)


@dataclass(frozen=True)
class Note:
    identity: str
    """The catalogue's identity of the document, or '' for a document outside the library."""
    path: str
    title: str
    date: str
    start: int
    end: int
    exact: str
    note: str
    colour: str | None
    style: str
    created: str
    modified: str
    id: str
    section: str = ""
    """The innermost heading or article holding the passage, as the library indexed it."""

    def to_json(self) -> dict:
        return {
            "path": self.path,
            "title": self.title,
            "date": self.date,
            "start": self.start,
            "end": self.end,
            "text": self.exact,
            "note": self.note,
            "colour": self.colour,
            "style": self.style,
            "created": self.created,
            "modified": self.modified,
            "id": self.id,
            "section": self.section,
        }


def gather(catalogue: Catalogue, annotations_folder: Path) -> list[Note]:
    """Every live annotation of every store, by document date then position. A store that
    cannot be read is passed over here (the document's own window says why)."""
    by_identity = {e.identity: e for e in catalogue.entries()}
    notes: list[Note] = []
    for path in store_files(annotations_folder):
        try:
            _, state, info = parse_store(path.read_text(encoding="utf-8"))
        except (OSError, StoreFormatError, UnicodeDecodeError):
            continue
        entry = by_identity.get(identity_of(path))
        identity = entry.identity if entry else ""
        document = entry.path if entry else str(info.get("path") or "")
        title = entry.title if entry else str(info.get("title") or path.stem)
        date = entry.shown_date if entry else ""
        for a in state.annotations:
            notes.append(
                Note(
                    identity,
                    document,
                    title,
                    date,
                    a.start,
                    a.end,
                    a.exact,
                    a.note,
                    a.colour,
                    a.style,
                    a.created,
                    a.modified,
                    a.id,
                    _section_at(catalogue, entry.id, a.start) if entry else "",
                )
            )
    return sorted(notes, key=lambda n: (n.date, n.path, n.start, n.end))


def _section_at(catalogue: Catalogue, doc: int, pos: int) -> str:
    """The innermost section holding pos (the one starting last), or ''."""
    row = catalogue.db.execute(
        "SELECT label FROM sections WHERE doc = ? AND start <= ? AND ? < end ORDER BY start DESC LIMIT 1",
        (doc, pos, pos),
    ).fetchone()
    return row[0] if row else ""


@dataclass(frozen=True)
class NoteFilter:
    paths: Collection[str] | None = None
    colours: Collection[str] | None = None
    """Colour names; NO_COLOUR for comments without one."""
    since: str = ""
    """YYYY-MM-DD: made or changed on or after that day."""
    until: str = ""
    text: str = ""
    """In the quote or the note, in either script."""
    identities: Collection[str] | None = None
    """Documents by identity (those of a tag)."""

    def accepts(self, note: Note) -> bool:
        if self.paths is not None and note.path not in self.paths:
            return False
        if self.identities is not None and note.identity not in self.identities:
            return False
        if self.colours is not None and (note.colour or NO_COLOUR) not in self.colours:
            return False
        day = note.modified[:10]
        if (self.since and day < self.since) or (self.until and day > self.until):
            return False
        return not self.text or fold(self.text.strip()) in fold(f"{note.exact}\n{note.note}")


def select(notes: list[Note], chosen: NoteFilter) -> list[Note]:
    return [n for n in notes if chosen.accepts(n)]


def render(notes: list[Note], format: str, names: NotebookLabels | None = None) -> str:
    """The notes as Markdown (grouped by document; its title and colours in `names`, the
    interface's words), CSV or JSON (their fields' own names, for programs)."""
    if format == "json":
        return json.dumps({"total": len(notes), "notes": [n.to_json() for n in notes]}, ensure_ascii=False, indent=1)
    if format == "csv":
        out = io.StringIO()
        fields = list(Note.__dataclass_fields__)
        writer = csv.DictWriter(out, fieldnames=fields)
        writer.writeheader()
        for n in notes:
            writer.writerow({f: getattr(n, f) for f in fields})
        return out.getvalue()
    if format != "md":
        raise ValueError(f"unknown notebook format {format!r}")
    names = names or NotebookLabels()
    lines: list[str] = []
    current = None
    for n in notes:
        if n.path != current:
            current = n.path
            lines += ["", f"## {n.title}", "", " · ".join(filter(None, (n.date, n.path))), ""]  # a date where known
        lines.append(f"> {' '.join(n.exact.split())}")
        if n.note:
            lines += ["", n.note]
        lines += [
            "",
            f"<sub>{names.colour(n.colour)} · {n.modified[:16].replace('T', ' ')} · [{n.start}, {n.end})</sub>",
            "",
        ]
    return f"# {names.title}\n" + "\n".join(lines)
