"""A Word file's imported content (w:altChunk): a part of another format that Word converts
when it opens the file, in its place in the body.

Converters that make Word files from web pages or Markdown (html-docx-js and the online editors
built on it, several mail and wiki exporters) write no paragraphs at all: document.xml holds one
altChunk pointing at an HTML page or a MIME (MHT) archive of one, with the document's headings
as h1–h6. Word shows such a file as an ordinary document, so Reader reads the chunk as it reads a
web page: its blocks, in order, with h1–h6 as headings. HTML, MHT and plain-text chunks are read;
a chunk of another kind (RTF, an embedded .docx) is passed over.
"""

from __future__ import annotations

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_MHT_TYPES = ("message/rfc822", "multipart/related", "application/x-mimearchive")


def _from_mime(blob: bytes) -> str | None:
    """The first HTML page in a MIME archive (.mht), decoded by its declared charset."""
    import email  # only for a Word file that imports a page
    import email.policy

    message = email.message_from_bytes(blob, policy=email.policy.default)
    for part in message.walk():
        if part.get_content_type() in _HTML_TYPES:
            payload = part.get_payload(decode=True) or b""
            charset = part.get_content_charset() or "utf-8"
            try:
                return payload.decode(charset, errors="replace")
            except LookupError:  # a charset Python does not know
                return payload.decode("utf-8", errors="replace")
    return None


def chunk_source(content_type: str, blob: bytes) -> tuple[str, str] | None:
    """(kind, source) of an altChunk's part: kind "html" or "text"; None for a kind Reader
    does not read."""
    content_type = content_type.split(";")[0].strip().lower()
    if content_type in _MHT_TYPES:
        page = _from_mime(blob)
        return ("html", page) if page is not None else None
    if content_type in _HTML_TYPES:
        from reader.core.formats.html import decode_html

        return "html", decode_html(blob)[0]
    if content_type == "text/plain":
        return "text", blob.decode("utf-8-sig", errors="replace")
    return None
