"""Open a document file (plain text, or a format of reader.core.formats) into a Document."""

from __future__ import annotations

import codecs
import hashlib
import stat
from bisect import bisect_right
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from reader.core.formats import FormatError, reader_for
from reader.core.formats.limits import MAX_BYTES

if TYPE_CHECKING:  # a file's own headings: imported with a format that marks them
    from reader.core.formats.base import HeadingHint

# Frequent characters in either script: a decoding that yields many of them is the right one.
_COMMON = set(
    "的一是不了在人有我他這这個个們们中來来上大為为和國国地到以說说時时要就出會会可也你對对生能而子那得"
    "於于著着下自之年過过發发後后作裡里用道行所然家種种事成方多經经麼么去法學学如都同現现當当沒没動动面"
    "起看定天分還还進进好小部其些主樣样理心她本前開开但因只從从想實实日工與与全政黨党民新業业關关議议"
)


class DocumentError(Exception):
    """A document that cannot be opened; the message names the file and the reason.

    `code` (missing, folder, too_large, permission, binary, undecodable, empty, other; and for
    the formats of reader.core.formats: damaged, encrypted, no_text, no_article, unsupported, expands)
    lets a window say the reason in the reader's language."""

    def __init__(self, path: Path | str, reason: str, code: str = "other") -> None:
        self.path = Path(path)
        self.reason = reason
        self.code = code
        super().__init__(f"{self.path}: {reason}")

    def __reduce__(self):  # raised in the worker process, pickled back to the window
        return (DocumentError, (self.path, self.reason, self.code))


class _DecodeError(ValueError):
    def __init__(self, reason: str, code: str) -> None:
        super().__init__(reason)
        self.code = code


class DocumentInfo(
    NamedTuple
):  # a NamedTuple, not a frozen dataclass: made at launch, 2-3 M instructions fewer (issue 32)
    """What the file says about itself (a web page's metadata, an EPUB's package, a PDF's
    document information), each empty when it says nothing."""

    title: str = ""
    author: str = ""
    date: str = ""
    source: str = ""
    """Where the document came from (a web page's URL), when the file says."""


class Document(NamedTuple):  # a NamedTuple, not a frozen dataclass: made at launch, 2-3 M instructions fewer (issue 32)
    """A document's reading text and what Reader knows of the file it came from."""

    text: str
    path: Path | None = None
    encoding: str = "utf-8"
    content_hash: str = ""
    format: str = "text"
    """The file's format (text, markdown, html, docx, pdf, epub): see reader.core.formats."""
    headings: tuple[HeadingHint, ...] = ()
    """Headings the file itself marks, as ranges of the reading text; empty for plain text."""
    pages: tuple[int, ...] = ()
    """Where each page of a PDF starts in the reading text (page n at pages[n - 1]); empty for
    formats without pages. `page_at` turns an offset into a page number."""
    info: DocumentInfo = DocumentInfo()
    source_hash: str = ""
    """SHA-256 of the file's bytes as read (content_hash is the reading text's): what the
    annotation store records of a converted file, so a changed file can be told."""
    damaged: int = 0
    """Characters shown as � because their bytes could not be read in the file's encoding (a
    file cut in its last character, a few bad bytes): 0 for a clean file."""

    @classmethod
    def from_text(
        cls,
        text: str,
        path: Path | None = None,
        encoding: str = "utf-8",
        format: str = "text",
        headings: tuple[HeadingHint, ...] = (),
        pages: tuple[int, ...] = (),
        info: DocumentInfo | None = None,
        source_hash: str = "",
        damaged: int = 0,
        content_hash: str = "",
    ) -> Document:
        """content_hash: the SHA-256 of text's UTF-8 where the caller has it (made here else)."""
        text = normalise_newlines(text)
        digest = content_hash or hashlib.sha256(text.encode("utf-8")).hexdigest()
        return cls(
            text=text,
            path=path,
            encoding=encoding,
            content_hash=digest,
            format=format,
            headings=headings,
            pages=pages,
            info=info or DocumentInfo(),
            source_hash=source_hash,
            damaged=damaged,
        )

    def page_at(self, offset: int) -> int | None:
        """The 1-based page an offset of the reading text is on, or None without pages."""
        if not self.pages:
            return None
        return max(1, bisect_right(self.pages, offset))

    @property
    def name(self) -> str:
        return self.path.name if self.path else ""


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _score(text: str) -> int:
    return sum(1 for ch in text[:20000] if ch in _COMMON)


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Return (text, encoding name). Raises ValueError (with a `code`) when no supported encoding fits."""
    text, encoding, _ = decode_damaged(data)
    return text, encoding


def decode_damaged(data: bytes) -> tuple[str, str, int]:
    """Return (text, encoding name, damaged): the number of byte sequences no encoding could
    read, each shown as � in the text (0 for a clean file). Raises ValueError (with a `code`)
    when no supported encoding fits or most of the file is damaged."""
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            mislabelled = _utf8_behind_utf16_bom(data, bom) if encoding == "utf-16" else None
            if mislabelled is not None:
                return mislabelled, "utf-8", 0
            try:
                return data.decode(encoding), encoding, 0
            except UnicodeDecodeError as exc:
                raise _DecodeError(
                    f"not valid {encoding.upper()} despite its byte-order mark ({exc.reason})", "undecodable"
                ) from exc
    if b"\x00" in data[:8192]:
        raise _DecodeError("binary file (contains NUL bytes), not plain text", "binary")
    try:
        return data.decode("utf-8"), "utf-8", 0
    except UnicodeDecodeError:
        pass
    candidates = []
    for encoding in ("gb18030", "big5"):
        try:
            candidates.append((_score(text := data.decode(encoding)), encoding, text))
        except UnicodeDecodeError:
            continue
    if candidates:
        _, encoding, text = max(candidates, key=lambda c: c[0])
        return text, encoding, 0
    text, encoding, damaged = _decode_damaged(data)
    if damaged > max(DAMAGE_ALLOWED * len(text), 1):
        raise _DecodeError("not decodable as UTF-8, UTF-16, GB18030 or Big5", "undecodable")
    return text, encoding, damaged


DAMAGE_ALLOWED = 0.05
"""The share of characters a file may have damaged and still open (a file cut in its last
character, a few bad bytes in a long novel); a file worse than that is not text in these
encodings."""


def _decode_damaged(data: bytes) -> tuple[str, str, int]:
    """The encoding under which the fewest bytes fail (the frequent characters decide a
    tie), the text with each failed sequence shown as �, and how many there are."""
    best = None
    for encoding in ("utf-8", "gb18030", "big5"):
        text = data.decode(encoding, errors="replace")
        damaged = text.count("\ufffd")
        key = (damaged, -_score(text))
        if best is None or key < best[0]:
            best = (key, text, encoding, damaged)
    _, text, encoding, damaged = best
    return text, encoding, damaged


def _utf8_behind_utf16_bom(data: bytes, bom: bytes) -> str | None:
    """UTF-8 text that an editor saved behind a UTF-16 byte-order mark: decoded as UTF-16 it
    is mojibake (each pair of bytes one unrelated character). Real UTF-16 text of Chinese or
    English has zero bytes or decodes to frequent characters; UTF-8 bytes do neither."""
    body = data[len(bom) :]
    if b"\x00" in body[:4096]:
        return None  # ASCII in real UTF-16 is half zero bytes
    try:
        as_utf8 = body.decode("utf-8")
    except UnicodeDecodeError:
        return None
    try:
        as_utf16 = data.decode("utf-16")
    except UnicodeDecodeError:
        return as_utf8
    return as_utf8 if _score(as_utf8) > _score(as_utf16) else None


def load_document(path: Path | str) -> Document:
    """Read a document: a format of reader.core.formats by its suffix (web page, Word, PDF,
    EPUB, Markdown), else plain text decoded. Every failure raises DocumentError."""
    path = Path(path)
    if not path.exists():
        raise DocumentError(path, "file not found", "missing")
    if path.is_dir():
        raise DocumentError(path, "is a folder, not a text file", "folder")
    try:
        mode = path.stat().st_mode
        if not stat.S_ISREG(mode):  # a FIFO would block, /dev/zero never ends
            raise DocumentError(path, "is not a regular file (a device, pipe or socket)", "special")
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise DocumentError(
                path,
                f"too large ({size // (1024 * 1024)} MB; the limit is {MAX_BYTES // (1024 * 1024)} MB)",
                "too_large",
            )
        data = path.read_bytes()
    except PermissionError:
        raise DocumentError(path, "permission denied", "permission") from None
    except OSError as exc:
        raise DocumentError(path, exc.strerror or str(exc)) from None
    read_format = reader_for(path)
    if read_format is not None:
        try:
            extracted = read_format(path, data)
        except FormatError as exc:
            raise DocumentError(path, str(exc), exc.code) from None
        except Exception as exc:  # a parser's own error on a malformed file must not take the app down
            raise DocumentError(path, f"the file could not be read ({type(exc).__name__}: {exc})", "damaged") from None
        if not extracted.text.strip():
            raise DocumentError(path, "the file has no text", "empty")
        return Document.from_text(
            extracted.text,
            path=path.resolve(),
            encoding=extracted.meta.get("encoding", "utf-8"),
            format=extracted.format,
            headings=extracted.headings,
            pages=extracted.pages,
            info=DocumentInfo(extracted.title, extracted.author, extracted.date, extracted.source),
            source_hash=hashlib.sha256(data).hexdigest(),
        )
    try:
        text, encoding, damaged = decode_damaged(data)
    except _DecodeError as exc:
        raise DocumentError(path, str(exc), exc.code) from None
    text = text.lstrip("\ufeff")
    if not text.strip():
        raise DocumentError(path, "the file is empty", "empty")
    source_hash = hashlib.sha256(data).hexdigest()
    return Document.from_text(
        text,
        path=path.resolve(),
        encoding=encoding,
        source_hash=source_hash,
        damaged=damaged,
        content_hash=_content_hash(data, source_hash, text, encoding, damaged),
    )


def _content_hash(data: bytes, source_hash: str, text: str, encoding: str, damaged: int) -> str:
    """The SHA-256 of text's UTF-8 as Document.from_text keeps it, where the file's bytes are
    that UTF-8 (its source hash), else "" (from_text encodes the text and hashes it): data
    decoded as UTF-8 whole (no byte-order mark, which is U+FEFF or another encoding; not UTF-8
    found behind a UTF-16 one; nothing damaged) and no CR to normalise. A UTF-8 book of line
    feeds is hashed once, not hashed, encoded back from its text and hashed again (that second
    hash and encoding of a book the size of 红楼梦: 95 M of the 2.7 G instructions of its
    launch). Where it has CRs (红楼梦's own CRLF), normalising its bytes took as long as
    encoding the text: from_text does."""
    if encoding != "utf-8" or damaged or "\r" in text:
        return ""
    return "" if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) else source_hash
