"""How much a document file may expand to, checked while it is read.

The 64 MB limit on a file's bytes (MAX_BYTES) says nothing about what a compressed file holds:
a 0.9 MB Word file can inflate to gigabytes of XML, a 12 KB EPUB can list its one chapter
200,000 times. Every format reader asks this module before it inflates or repeats anything, and
stops at the first limit passed with a FormatError (code `expands`) that says which; the
reading text itself is capped at MAX_CHARS characters as it is built (TextBuilder.block).

The zip rules follow Apache POI's ZipSecureFile: a member's declared size bounds what reading
it yields (zipfile stops there and checks the CRC), so the declared sizes are checked before a
byte is inflated, and a large member that inflates more than MAX_RATIO times is a bomb.
"""

from __future__ import annotations

import io
import zipfile

from reader.core.formats.errors import FormatError

MAX_BYTES = 64 * 1024 * 1024
"""The largest file Reader opens: ample for whole books (a long novel is under 10 MB)."""
MAX_CHARS = MAX_BYTES
"""The longest reading text a file may expand to, in characters (the same 64 M as the bytes)."""
MAX_MEMBERS = 10_000
"""Files inside one zip (a Word file has tens, a large EPUB a few thousand)."""
MAX_INFLATED = 4 * MAX_BYTES
"""Bytes all the members of one zip inflate to, counted again for a member read twice."""
MAX_PART = MAX_BYTES
"""Bytes one XML or XHTML part may inflate to."""
MAX_RATIO = 100
"""A member inflating more than this many times its compressed size (above RATIO_FROM bytes) is a bomb."""
RATIO_FROM = 1024 * 1024
MAX_ENTRIES = 10_000
"""Spine items and table-of-contents entries of one EPUB, pages of one PDF."""


def too_large(what: str) -> FormatError:
    return FormatError(f"the file expands to too much: {what}", "expands")


def _mb(n: int) -> str:
    return f"{n / 2**20:.0f} MB" if n >= 2**20 else f"{n / 1024:.0f} KB"


def check_chars(total: int) -> None:
    if total > MAX_CHARS:
        raise too_large(f"more than {MAX_CHARS:,} characters of text")


def check_entries(count: int, what: str) -> None:
    if count > MAX_ENTRIES:
        raise too_large(f"more than {MAX_ENTRIES:,} {what}")


class Archive:
    """A zip opened under the limits: `read` inflates one member after checking what it
    declares against the limits and against the bytes already inflated from this archive."""

    def __init__(self, data: bytes, kind: str) -> None:
        """kind names the file in messages ("Word file", "EPUB"). Raises FormatError:
        `damaged` for what is not a readable zip, `too_large` past a limit."""
        try:
            self.zip = zipfile.ZipFile(io.BytesIO(data))
            infos = self.zip.infolist()
        except (zipfile.BadZipFile, EOFError, ValueError) as exc:
            raise FormatError(f"the {kind} is damaged (not a readable zip archive: {exc})", "damaged") from None
        self.kind = kind
        if len(infos) > MAX_MEMBERS:
            raise too_large(f"more than {MAX_MEMBERS:,} files inside")
        declared = sum(info.file_size for info in infos)
        if declared > MAX_INFLATED:
            raise too_large(f"its parts inflate to {_mb(declared)} (the limit is {_mb(MAX_INFLATED)})")
        if declared > RATIO_FROM and declared > MAX_RATIO * len(data):
            raise too_large(
                f"its {_mb(len(data))} inflate to {_mb(declared)} (a zip bomb; the limit is {MAX_RATIO} times)"
            )
        for info in infos:
            if info.file_size > MAX_PART:
                raise too_large(f"{info.filename} inflates to {_mb(info.file_size)} (the limit is {_mb(MAX_PART)})")
            if info.file_size > RATIO_FROM and info.file_size > MAX_RATIO * max(1, info.compress_size):
                raise too_large(
                    f"{info.filename} inflates {info.file_size // max(1, info.compress_size):,} times "
                    f"(a zip bomb; the limit is {MAX_RATIO} times)"
                )
        self.names = {info.filename for info in infos}
        self.inflated = 0

    def check(self) -> None:
        """Every member inflates whole with its checksum right (zipfile's testzip, bounded
        by the declared sizes checked above)."""
        try:
            bad = self.zip.testzip()
        except (zipfile.BadZipFile, EOFError, ValueError, OSError, NotImplementedError) as exc:
            raise FormatError(f"the {self.kind} is damaged ({exc})", "damaged") from None
        if bad is not None:
            raise FormatError(f"the {self.kind} is damaged ({bad} cannot be read)", "damaged")

    def read(self, name: str) -> bytes:
        """One member's bytes; KeyError when there is none of that name."""
        info = self.zip.getinfo(name)
        self.inflated += info.file_size
        if self.inflated > MAX_INFLATED:
            raise too_large(f"reading it inflates more than {_mb(MAX_INFLATED)}")
        try:
            return self.zip.read(info)
        except (zipfile.BadZipFile, EOFError, ValueError, OSError, NotImplementedError) as exc:
            raise FormatError(f"the {self.kind} is damaged ({name}: {exc})", "damaged") from None

    def close(self) -> None:
        self.zip.close()

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()
