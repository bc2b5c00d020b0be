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


class _Read(NamedTuple):  # a NamedTuple, not a frozen dataclass: made at launch, 2-3 M instructions fewer (issue 32)
    """The words file as read: its words, and its bytes for a damaged file kept aside."""

    words: frozenset[str]
    damaged: bool  # lines skipped or bytes undecodable: what a rewrite would lose
    raw: bytes | None


def _read(path: Path) -> _Read:
    try:
        with open(path, "rb") as handle:
            raw = handle.read(MAX_BYTES + 1)
    except (OSError, ValueError):  # missing, a folder, unreadable: no words
        return _Read(frozenset(), False, None)
    damaged = len(raw) > MAX_BYTES
    try:
        text = raw[:MAX_BYTES].decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw[:MAX_BYTES].decode("utf-8-sig", errors="replace")  # lines with U+FFFD are skipped
        damaged = True
    words = set()
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        word = _kept(line, simplified=True)  # written Simplified: a second conversion could only change it
        if word is None:
            damaged = True
        else:
            words.add(word)
    return _Read(frozenset(words), damaged, raw)


def _with_copies(path: Path) -> tuple[_Read, frozenset[str], list[Path]]:
    """The file as read, its words joined with those of a sync tool's conflict copies of it
    (another computer's words: a word kept on either is kept), and the copies."""
    from reader.core.annotations.sync_copies import copies_of

    own = _read(path)
    copies = copies_of(path)
    words = set(own.words)
    for copy in copies:
        words |= _read(copy).words
    return own, frozenset(words), copies


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
        own, words, copies = _with_copies(Path(path))
        return cls(Path(path), words, copies, own.damaged)

    @property
    def version(self) -> str:
        return fingerprint(self.words)

    def __contains__(self, word: str) -> bool:
        return simplified_form(word) in self.words

    def __len__(self) -> int:
        return len(self.words)

    def reload(self) -> bool:
        """Take in what another window saved. True when the words changed."""
        words = _with_copies(self.path)[1]
        changed = words != self.words
        self.words = words
        return changed

    def add(self, word: str, simplified: bool = False) -> bool:
        """Keep a word, typed in any script and kept in Simplified; with simplified=True it is
        the Simplified view's own text and kept exactly. True when the file changed; False when
        the word was there already or is not a plausible word. Raises OSError when the file
        cannot be written, and then nothing changes."""
        kept = _kept(word, simplified)
        return kept is not None and self._change(lambda words: words | {kept})

    def remove(self, word: str, simplified: bool = False) -> bool:
        """Forget a word (simplified as for add). True when the file changed. Raises OSError as add does."""
        kept = _kept(word, simplified)
        return kept is not None and self._change(lambda words: words - {kept})

    def _change(self, edit) -> bool:
        with file_lock(self.path.with_name(self.path.name + ".lock")):
            on_disk, joined, copies = _with_copies(self.path)
            words = frozenset(edit(joined))
            if words == on_disk.words and not copies:
                self.words = words
                return False
            if on_disk.damaged and on_disk.raw is not None:
                # what could not be read is kept aside, not lost to the rewrite (each time:
                # a file damaged again is another loss: words.txt.damaged, then words.txt-1.damaged …)
                atomic_write(free_name(self.path.with_name(self.path.name + ".damaged")), on_disk.raw)
            atomic_write(self.path, _HEADER + "".join(f"{w}\n" for w in sorted(words)))
            for copy in copies:  # what they held is in the file now
                with contextlib.suppress(OSError):
                    copy.unlink()
            self.words, self.merged = words, []
            return words != on_disk.words
