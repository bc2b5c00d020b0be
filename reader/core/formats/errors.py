"""The one error a format's reader raises, apart from the rest of reader.core.formats.base: a
plain text opened at launch needs to catch it but not base's records and builder, whose two
dataclasses cost 9 M instructions to make before the text paints (issue 32)."""

from __future__ import annotations


class FormatError(ValueError):
    """A file of a known format that cannot be read; `code` lets a window say why in the
    reader's language: damaged (a broken zip or PDF), encrypted (a password-protected PDF or
    DRM-protected EPUB), no_text (a scanned PDF: pages without a text layer), no_article (a
    web page without an article), expands (past a limit of
    reader.core.formats.limits: a zip bomb, an endless spine), undecodable, unsupported (a format Reader does not read,
    such as a .doc in a .docx's name), other."""

    def __init__(self, reason: str, code: str = "other") -> None:
        super().__init__(reason)
        self.code = code
