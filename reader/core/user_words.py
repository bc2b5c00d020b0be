"""The reader's own words (Treat as One Word): terms jieba splits that the reader has marked
as one word, for word moves, selection and key terms in every document.

One UTF-8 text file in the data folder, one word per line, in Simplified (jieba segments the
Simplified view, so a word marked in 繁體 applies in every script): converted when it is added,
read back exactly as written. Reading never raises: a missing or damaged file is an empty
list, a line that is not a plausible word is skipped.
Writing re-reads the file under a lock and replaces it atomically, so two windows adding words
at once both keep theirs.
"""

from __future__ import annotations

import contextlib
import hashlib
import time
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from reader.core.atomic import atomic_write, file_lock, free_name
from reader.core.script_names import TO_SIMPLIFIED

WORDS_FILE = "words.txt"
MAX_WORD = 32
"""Longer than any term (习近平新时代中国特色社会主义思想 is 16): a longer line is not a word."""
MAX_BYTES = 1024 * 1024
"""Ten thousand words are 100 kB: a larger file is not one Reader wrote, and is read no further."""
_HEADER = "# Reader: words marked Treat as One Word, one per line (Simplified)\n"


def user_words_path(data_dir: Path) -> Path:
    return Path(data_dir) / WORDS_FILE


def _plausible(word: str) -> bool:
    """Two to MAX_WORD characters, a letter or digit among them, nothing unprintable or blank."""
    return (
        2 <= len(word) <= MAX_WORD
        and word.isprintable()
        and not any(ch.isspace() or ch == "\ufffd" for ch in word)
        and any(unicodedata.category(ch)[0] in "LN" for ch in word)
    )


def simplified_form(word: str) -> str | None:
    """The word as it is kept (trimmed, Simplified), or None when it is not a plausible word."""
    word = word.strip()
    if not _plausible(word):
        return None
    # Only a word with a Traditional-only character is converted: tw2s also rewrites some
    # Simplified text (什么 → 什幺, 显著 → 显着), which t2s leaves alone. A word taken from the
    # Simplified view (Session.treat_as_one_word) is already Simplified and kept as it is.
    from reader.core.scripts import convert  # its rules load with the first document, not the window

    if convert(word, "t2s") != word:
        word = convert(word, TO_SIMPLIFIED)
    return word if _plausible(word) else None


def _kept(word: str, simplified: bool) -> str | None:
    if not simplified:
        return simplified_form(word)
    word = word.strip()
    return word if _plausible(word) else None


def fingerprint(words: Iterable[str]) -> str:
    """A short stable digest of a set of words: the key for caches of word boundaries and key terms."""
    digest = hashlib.sha256("\n".join(sorted(set(words))).encode("utf-8"))
    return digest.hexdigest()[:16]


_TIMES = "# When each word was added (+) and removed (-), for two computers' lists to merge:\n"
"""Old Readers skip these comment lines (and write the words without them: then counted oldest)."""


class _Read(NamedTuple):  # a NamedTuple, not a frozen dataclass: made at launch, 2-3 M instructions fewer (issue 32)
    """The words file as read: its words, when each was added (0: not known) and the words
    removed with when, and its bytes for a damaged file kept aside."""

    words: frozenset[str]
    damaged: bool  # lines skipped or bytes undecodable: what a rewrite would lose
    raw: bytes | None
    added: dict[str, float]
    removed: dict[str, float]


def _time_line(line: str) -> tuple[str, float, str] | None:
    """('+' or '-', seconds, word) of a line "#+ <seconds> <word>", None when it is not one."""
    from reader.core.removals import seconds

    sign, (at, _, word) = line[1], line[3:].partition(" ")
    try:
        when = seconds(float(at))
    except ValueError:
        return None
    word = word.strip()
    return (sign, when, word) if when and _plausible(word) else None


def _read(path: Path) -> _Read:
    try:
        with open(path, "rb") as handle:
            raw = handle.read(MAX_BYTES + 1)
    except (OSError, ValueError):  # missing, a folder, unreadable: no words
        return _Read(frozenset(), False, None, {}, {})
    damaged = len(raw) > MAX_BYTES
    try:
        text = raw[:MAX_BYTES].decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw[:MAX_BYTES].decode("utf-8-sig", errors="replace")  # lines with U+FFFD are skipped
        damaged = True
    words, added, removed = set(), {}, {}
    for line in text.splitlines():
        if line.startswith(("#+ ", "#- ")):
            timed = _time_line(line)
            if timed is None:
                damaged = True
            else:
                sign, when, word = timed
                (added if sign == "+" else removed)[word] = when
            continue
        if not line.strip() or line.startswith("#"):
            continue
        word = _kept(line, simplified=True)  # written Simplified: a second conversion could only change it
        if word is None:
            damaged = True
        else:
            words.add(word)
    # a word listed is in the list, whatever else the file says (a line typed in by hand):
    # put back after its removal
    for word in words & removed.keys():
        added[word] = max(added.get(word, 0.0), removed.pop(word) + 0.001)
    added = {word: at for word, at in added.items() if word in words}
    return _Read(frozenset(words), damaged, raw, added, removed)


def _with_copies(path: Path) -> tuple[_Read, dict[str, float], dict[str, float], list[Path]]:
    """The file as read, its words (with when each was added) and removals merged with those of
    a sync tool's conflict copies of it (another computer's words: reader.core.removals, a
    word removed after it was added elsewhere stays removed), and the copies."""
    from reader.core.annotations.sync_copies import copies_of

    own = _read(path)
    copies = copies_of(path)
    words = ({w: own.added.get(w, 0.0) for w in own.words}, own.removed)
    for copy in copies:
        from reader.core.removals import merge  # with a copy to merge: not on a launch's way

        other = _read(copy)
        words = merge(*words, {w: other.added.get(w, 0.0) for w in other.words}, other.removed, when=float)
    return own, *words, copies


def _text(words: dict[str, float], removed: dict[str, float]) -> str:
    times = [f"#+ {at:.3f} {w}\n" for w, at in sorted(words.items()) if at]
    times += [f"#- {at:.3f} {w}\n" for w, at in sorted(removed.items())]
    return _HEADER + "".join(f"{w}\n" for w in sorted(words)) + (_TIMES + "".join(times) if times else "")


@dataclass(eq=False)
class UserWords:
    """The words, as last read or written. `words` is replaced, never changed in place, so a
    background thread may take it while the window adds a word."""

    path: Path
    words: frozenset[str] = field(default_factory=frozenset)
    merged: list[Path] = field(default_factory=list)
    """Sync copies whose words were taken in as the file was read (written, and removed, with the next change)."""
    damaged: bool = False
    """The file holds lines that are not words (or bytes that are not UTF-8): kept aside before it is rewritten."""

    @classmethod
    def load(cls, path: Path | str) -> UserWords:
        own, words, _removed, copies = _with_copies(Path(path))
        return cls(Path(path), frozenset(words), copies, own.damaged)

    @property
    def version(self) -> str:
        return fingerprint(self.words)

    def __contains__(self, word: str) -> bool:
        return simplified_form(word) in self.words

    def __len__(self) -> int:
        return len(self.words)

    def reload(self) -> bool:
        """Take in what another window saved, or a sync tool brought (the copies are written,
        and removed, with the next change). True when the words changed."""
        _own, joined, _removed, copies = _with_copies(self.path)
        words = frozenset(joined)
        changed = words != self.words
        self.words, self.merged = words, copies
        return changed

    def add(self, word: str, simplified: bool = False) -> bool:
        """Keep a word, typed in any script and kept in Simplified; with simplified=True it is
        the Simplified view's own text and kept exactly. True when the file changed; False when
        the word was there already or is not a plausible word. Raises OSError when the file
        cannot be written, and then nothing changes."""
        kept = _kept(word, simplified)
        return kept is not None and self._change(lambda words: words | {kept})

    def remove(self, word: str, simplified: bool = False) -> bool:
        """Forget a word (simplified as for add): remembered as removed, so another computer's
        copy that still lists it does not bring it back. True when the file changed. Raises
        OSError as add does."""
        kept = _kept(word, simplified)
        return kept is not None and self._change(lambda words: words - {kept})

    def _change(self, edit) -> bool:
        from reader.core.removals import changes, prune

        with file_lock(self.path.with_name(self.path.name + ".lock")):
            on_disk, joined, removed, copies = _with_copies(self.path)
            words = frozenset(edit(frozenset(joined)))
            if words == on_disk.words and words == joined.keys() and not copies:
                self.words = words
                return False
            if on_disk.damaged and on_disk.raw is not None:
                # what could not be read is kept aside, not lost to the rewrite (each time:
                # a file damaged again is another loss: words.txt.damaged, then words.txt-1.damaged …)
                atomic_write(free_name(self.path.with_name(self.path.name + ".damaged")), on_disk.raw)
            now = time.time()
            after = {w: joined.get(w, now) for w in words}
            _touched, removed = changes(joined, after, removed, now)
            atomic_write(self.path, _text(after, prune(removed, now)))
            for copy in copies:  # what they held is in the file now
                with contextlib.suppress(OSError):
                    copy.unlink()
            self.words, self.merged = words, []
            return words != on_disk.words
