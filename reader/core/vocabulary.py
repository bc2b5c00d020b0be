"""The reader's vocabulary: words kept with their reading, sense, and the sentence and document
they came from, to take away as an Anki deck (genanki) or a CSV file.

One JSON file in the data folder, written atomically under a lock, so two windows adding words
at once both keep theirs. Reading never raises: a missing file is an empty list; a damaged one
is kept aside (vocabulary.json.damaged) before it is first rewritten, and its entries that do
read are kept.
"""

from __future__ import annotations

import contextlib
import csv
import html
import io
import json
import os
import tempfile
import time
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import TYPE_CHECKING

from reader.core.atomic import atomic_write, file_lock, free_name

if TYPE_CHECKING:  # the dictionary (sqlite3) is loaded with Look Up Word, not with the window
    from reader.core.dictionary import Lookup

VOCABULARY_FILE = "vocabulary.json"
SCHEMA = 1
# genanki tells decks and note types apart by number: fixed, so a deck imported again updates
# the cards it made before instead of adding a second copy
MODEL_ID = 1_730_300_001
DECK_ID = 1_730_300_002
NUMBERS = frozenset({"added", "start", "end"})
CSV_FIELDS = ("word", "pinyin", "sense", "sentence", "document", "simplified", "traditional")


@dataclass(frozen=True)
class Item:
    word: str
    """As written in the document."""
    pinyin: str
    sense: str
    sentence: str
    document: str
    simplified: str = ""
    traditional: str = ""
    added: float = 0.0
    path: str = ""
    """The document's file ("" for a pasted text or a word kept before paths were)."""
    start: int = -1
    end: int = -1
    """The word's place in the document: offsets into its original text (-1: not known)."""

    @property
    def key(self) -> tuple[str, str]:
        """One card a word and its reading: the same word added from another sentence replaces it."""
        return (self.simplified or self.word, self.pinyin)


def vocabulary_path(data_dir: Path) -> Path:
    return Path(data_dir) / VOCABULARY_FILE


def _item(raw: object) -> Item | None:
    if not isinstance(raw, dict):
        return None
    names = {f.name for f in fields(Item)}
    values = {k: v for k, v in raw.items() if k in names}
    if not isinstance(values.get("word"), str) or not values["word"].strip():
        return None
    try:
        item = Item(**values)
    except TypeError:
        return None
    if not all(isinstance(getattr(item, n), str) for n in names - NUMBERS):
        return None
    if not all(isinstance(getattr(item, n), (int, float)) for n in NUMBERS):
        return None
    return item


@dataclass(frozen=True, eq=False)
class _Read:
    """The file as read: its cards, its removals (key → when), whether any of it was damaged."""

    items: list[Item]
    removed: dict[tuple[str, str], float]
    damaged: bool


def _removals(rows: object) -> tuple[dict[tuple[str, str], float], bool]:
    """The file's removals ([word, pinyin, seconds] each) and whether any could not be read."""
    from reader.core.removals import seconds

    if not isinstance(rows, list):
        return {}, True
    found = {}
    for row in rows:
        if isinstance(row, list) and len(row) == 3 and all(isinstance(v, str) for v in row[:2]) and seconds(row[2]):
            found[(row[0], row[1])] = seconds(row[2])
    return found, len(found) != len(rows)


def _read(path: Path) -> _Read:
    try:
        raw = path.read_bytes()
    except OSError:  # missing, a folder, unreadable
        return _Read([], {}, False)
    try:
        data = json.loads(raw.decode("utf-8"))
        rows = data["items"]
        if not isinstance(rows, list):
            raise TypeError
    except (UnicodeDecodeError, ValueError, KeyError, TypeError):
        return _Read([], {}, True)
    items = [item for item in map(_item, rows) if item is not None]
    removed, bad_removals = _removals(data.get("removed", []))  # a file written before removals were kept has none
    return _Read(items, removed, len(items) != len(rows) or bad_removals)


def _merge(a: tuple[dict, dict], b: tuple[dict, dict]) -> tuple[dict, dict]:
    """Two sides' cards and removals merged (reader.core.removals): of one word and reading the
    one added last; a card removed after it was added stays removed."""
    from reader.core.removals import merge

    return merge(*a, *b, when=lambda item: item.added)


def _with_copies(path: Path) -> tuple[_Read, dict, dict, list[Path]]:
    """(the file as read, its cards and removals joined with a sync tool's conflict copies' —
    another computer's words —, and the copies that could be read)."""
    from reader.core.annotations.sync_copies import copies_of

    own = _read(path)
    joined = ({item.key: item for item in own.items}, own.removed)
    merged = []
    for copy in copies_of(path):
        other = _read(copy)
        if other.damaged and not other.items and not other.removed:
            continue  # kept as it is: nothing of it could be read
        merged.append(copy)
        joined = _merge(joined, ({item.key: item for item in other.items}, other.removed))
    return own, *joined, merged


class Vocabulary:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        _own, items, _removed, self.merged = _with_copies(self.path)
        self.items = list(items.values())

    def add(self, item: Item) -> bool:
        """Keep a word (replacing the card of the same word and reading). True when it is new.
        Raises OSError when the file cannot be written; nothing is lost then."""
        if not item.added:
            item = Item(**{**asdict(item), "added": time.time()})
        new: list[bool] = []

        def change(items: list[Item]) -> list[Item]:
            new.append(all(old.key != item.key for old in items))
            return [old for old in items if old.key != item.key] + [item]

        self._change(change)
        return new[0]

    def remove(self, keys: set[tuple[str, str]]) -> None:
        """Forget the words of these keys (Item.key): remembered as removed, so another
        computer's copy that still lists them does not bring them back. Raises OSError when
        the file cannot be written; nothing is lost then."""
        self._change(lambda items: [old for old in items if old.key not in keys])

    def _change(self, change) -> None:
        """Read the file afresh under the lock (another window may have added words), change
        its items and write them back whole, with the removals this change made."""
        from reader.core.removals import changes, prune

        with file_lock(self.path.with_name(self.path.name + ".lock")):
            own, before, removed, copies = _with_copies(self.path)
            if own.damaged:
                # kept aside each time (vocabulary.json.damaged, then vocabulary.json-1.damaged …): never written over
                atomic_write(free_name(self.path.with_name(self.path.name + ".damaged")), self.path.read_bytes())
            items = change(list(before.values()))
            _touched, removed = changes(before, {item.key: item for item in items}, removed)
            gone = [[*key, at] for key, at in sorted(prune(removed).items())]
            text = json.dumps(
                {"schema": SCHEMA, "items": [asdict(i) for i in items], "removed": gone}, ensure_ascii=False, indent=1
            )
            atomic_write(self.path, text + "\n")
            for copy in copies:  # what they held is in the file now
                with contextlib.suppress(OSError):
                    copy.unlink()
            self.items, self.merged = items, []


def to_csv(items: list[Item]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_FIELDS)
    for item in items:
        writer.writerow([getattr(item, name) for name in CSV_FIELDS])
    return out.getvalue()


def _in_context(item: Item) -> str:
    """The sentence with the word in bold, as HTML (Anki's fields are HTML: the text is escaped)."""
    sentence = item.sentence or item.word
    at = sentence.find(item.word)
    if at < 0:
        return f"<b>{html.escape(item.word)}</b><br>{html.escape(sentence)}"
    end = at + len(item.word)
    return f"{html.escape(sentence[:at])}<b>{html.escape(item.word)}</b>{html.escape(sentence[end:])}"


def to_anki(items: list[Item], path: Path, deck_name: str = "Reader vocabulary") -> None:
    """An Anki package (.apkg): front, the word in its sentence; back, pinyin, sense and source."""
    import genanki

    model = genanki.Model(
        MODEL_ID,
        "Reader word in context",
        fields=[{"name": n} for n in ("Context", "Word", "Pinyin", "Sense", "Source")],
        templates=[
            {
                "name": "Word in context",
                "qfmt": '<div class="context">{{Context}}</div>',
                "afmt": '{{FrontSide}}<hr id="answer"><div class="word">{{Word}}</div>'
                '<div class="pinyin">{{Pinyin}}</div><div class="sense">{{Sense}}</div>'
                '<div class="source">{{Source}}</div>',
            }
        ],
        css=".card{font-size:22px;text-align:center}.pinyin{color:#555}.source{font-size:14px;color:#888}",
    )
    deck = genanki.Deck(DECK_ID, deck_name)
    for item in items:
        deck.add_note(
            genanki.Note(
                model=model,
                fields=[
                    _in_context(item),
                    html.escape(item.word),
                    html.escape(item.pinyin),
                    html.escape(item.sense).replace("\n", "<br>"),
                    html.escape(item.document),
                ],
                guid=genanki.guid_for(*item.key),
            )
        )
    # whole or not at all: written beside the target, then renamed
    target = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=".reader-anki-", suffix=".apkg", dir=target.parent)
    os.close(fd)
    try:
        genanki.Package(deck).write_to_file(tmp)
        os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def export(items: list[Item], target: Path) -> None:
    """Write the words to `target`: an Anki deck when it is named .apkg, CSV otherwise; whole
    or not at all. Raises OSError (or genanki's own errors) when it cannot be written."""
    target = Path(target)
    if target.suffix.lower() == ".apkg":
        to_anki(items, target)
    else:
        atomic_write(target, to_csv(items), shared=True)


def item_from_lookup(
    found: Lookup, sentence: str, document: str, path: str = "", place: tuple[int, int] = (-1, -1)
) -> Item:
    """A vocabulary item from what the dictionary says: its first entry (the form as written
    comes first), or, for a word it lacks, its parts' readings and senses. `place`: the word's
    offsets into the document's original text."""
    where = {"path": path, "start": place[0], "end": place[1]}
    if found.entries:
        entry = found.entries[0]
        return Item(
            found.word,
            entry.pinyin,
            "; ".join(entry.glosses),
            sentence,
            document,
            entry.simplified,
            entry.traditional,
            **where,
        )
    parts = [(p.text, p.entries[0]) for p in found.parts if p.entries]
    return Item(
        found.word,
        " ".join(entry.pinyin for _, entry in parts),
        "\n".join(f"{text}: {'; '.join(entry.glosses)}" for text, entry in parts),
        sentence,
        document,
        **where,
    )
