"""EPUB 2 and 3 (.epub): the chapters in spine order, headings from the table of contents.

An EPUB is a zip of XHTML files and a package document (OPF) that lists them; zipfile and lxml
read it all (no EPUB library: the format is small, and ebooklib, the usual one, is AGPL). The
reading text is the spine's documents in order (items marked linear="no", such as a cover's
pop-up notes, are left out, as reading systems leave them out of the flow), each through the
same HTML-to-text walk as web pages. Headings come from the EPUB 3 navigation document (`<nav
epub:type="toc">`) or else the EPUB 2 NCX: each entry's target (file and fragment) is found in
the text, and an entry counts only where the text there says the entry's label (a table of
contents may point a chapter's entry at the chapter's first paragraph). Where the table of
contents names no heading, the chapters' own h1–h6 are used.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urldefrag

import lxml.etree
import lxml.html

from reader.core.formats.base import Extracted, FormatError, HeadingHint, TextBuilder, structural_headings
from reader.core.formats.html import decode_html, html_to_builder
from reader.core.formats.limits import Archive, check_entries

_NS = {
    "c": "urn:oasis:names:tc:opendocument:xmlns:container",
    "opf": "http://www.idpf.org/2007/opf",
    "dc": "http://purl.org/dc/elements/1.1/",
    "ncx": "http://www.daisy.org/z3986/2005/ncx/",
    "x": "http://www.w3.org/1999/xhtml",
    "epub": "http://www.idpf.org/2007/ops",
    "enc": "http://www.w3.org/2001/04/xmlenc#",
}
# font obfuscation (IDPF, Adobe) scrambles embedded fonts only; any other algorithm is DRM
_FONT_OBFUSCATION = {"http://www.idpf.org/2008/embedding", "http://ns.adobe.com/pdf/enc#RC"}
_XHTML_TYPES = {"application/xhtml+xml", "text/html", "application/x-dtbook+xml"}
_SAFE_XML = lxml.etree.XMLParser(resolve_entities=False, no_network=True, recover=True, huge_tree=False)


@dataclass(frozen=True)
class _Entry:
    label: str
    level: int
    href: str  # the target file's path inside the zip
    fragment: str


def _xml(z: Archive, name: str):
    try:
        data = z.read(name)
    except KeyError:
        raise FormatError(f"the EPUB is damaged: {name} is missing", "damaged") from None
    root = lxml.etree.fromstring(data, _SAFE_XML)
    if root is None:
        raise FormatError(f"the EPUB is damaged: {name} is not readable XML", "damaged")
    return root


def _join(base: str, href: str) -> str:
    path, fragment = urldefrag(unquote(href))
    return posixpath.normpath(posixpath.join(posixpath.dirname(base), path)) if path else base


def _text(el) -> str:
    return re.sub(r"\s+", " ", "".join(el.itertext())).strip() if el is not None else ""


def _xhtml(data: bytes):
    """A content document parsed as HTML (forgiving), decoded as XML is: UTF-8 unless it says
    otherwise (lxml's HTML parser would take undeclared bytes for Latin-1)."""
    text, _ = decode_html(data)
    return lxml.html.document_fromstring(re.sub(r"^\s*<\?xml[^>]*\?>", "", text) or "<html/>")


def _nav_entries(z: Archive, nav_path: str) -> list[_Entry]:
    root = _xhtml(z.read(nav_path))
    navs = [n for n in root.iter("nav") if "toc" in (n.get("epub:type") or n.get(f"{{{_NS['epub']}}}type") or "")]
    if not navs:
        navs = [n for n in root.iter("nav")][:1]
    entries: list[_Entry] = []

    def walk(ol, level: int) -> None:
        for li in ol.iterchildren("li"):
            link = next(li.iterchildren("a", "span"), None)
            if link is not None and link.get("href"):
                path, fragment = urldefrag(unquote(link.get("href")))
                check_entries(len(entries) + 1, "table-of-contents entries")
                entries.append(_Entry(_text(link), level, _join(nav_path, path), fragment))
            for child in li.iterchildren("ol"):
                walk(child, level + 1)

    for nav in navs:
        for ol in nav.iterchildren("ol"):
            walk(ol, 1)
    return entries


def _ncx_entries(z: Archive, ncx_path: str) -> list[_Entry]:
    root = _xml(z, ncx_path)
    entries: list[_Entry] = []

    def walk(parent, level: int) -> None:
        for point in parent.iterfind("ncx:navPoint", _NS):
            content = point.find("ncx:content", _NS)
            src = content.get("src") if content is not None else ""
            if src:
                path, fragment = urldefrag(unquote(src))
                check_entries(len(entries) + 1, "table-of-contents entries")
                entries.append(_Entry(_text(point.find("ncx:navLabel", _NS)), level, _join(ncx_path, path), fragment))
            walk(point, level + 1)

    nav_map = root.find("ncx:navMap", _NS)
    if nav_map is not None:
        walk(nav_map, 1)
    return entries


def _check_encryption(z: Archive, names: set[str]) -> None:
    if "META-INF/encryption.xml" not in names:
        return
    root = _xml(z, "META-INF/encryption.xml")
    for data in root.iter(f"{{{_NS['enc']}}}EncryptedData"):
        method = data.find("enc:EncryptionMethod", _NS)
        if method is None or method.get("Algorithm") not in _FONT_OBFUSCATION:
            raise FormatError(
                "the EPUB is protected by DRM (its chapters are encrypted); Reader opens only DRM-free books",
                "encrypted",
            )


_NOT_WORD = re.compile(r"\W+")
# a label made of parts (卷二・九歌, 卷第一百五十三・梁紀九・高祖武皇帝九): the page may say one
_LABEL_PARTS = re.compile(r"[・‧·]")
_LOOK_AHEAD = 3  # lines at a target where its heading may stand, below running heads


def _says(line: str, label: str) -> bool:
    """The text at a table-of-contents target is the entry's heading: the line and the label,
    or one of the label's parts, begin one with the other."""
    a = _NOT_WORD.sub("", line)
    if not a:
        return False
    keys = {_NOT_WORD.sub("", part) for part in [label, *_LABEL_PARTS.split(label)]} - {""}
    return any(a.startswith(b) or b.startswith(a) for b in keys)


def read(path: Path, data: bytes) -> Extracted:
    z = Archive(data, "EPUB")  # every member is inflated under the limits
    z.check()
    names = z.names
    with z:
        container = _xml(z, "META-INF/container.xml")
        rootfile = container.find(".//c:rootfile", _NS)
        if rootfile is None or not rootfile.get("full-path"):
            raise FormatError("the EPUB is damaged: its container names no package document", "damaged")
        opf_path = rootfile.get("full-path")
        opf = _xml(z, opf_path)
        _check_encryption(z, names)
        manifest = {}
        nav_path = None
        for item in opf.iterfind(".//opf:manifest/opf:item", _NS):
            href = _join(opf_path, item.get("href", ""))
            manifest[item.get("id")] = (href, item.get("media-type", ""))
            if "nav" in (item.get("properties") or "").split():
                nav_path = href
        spine = opf.find(".//opf:spine", _NS)
        if spine is None:
            raise FormatError("the EPUB is damaged: its package lists no spine", "damaged")
        ncx_id = spine.get("toc")
        ncx_path = manifest.get(ncx_id, (None,))[0] if ncx_id else None
        if ncx_path is None:
            ncx_path = next((h for h, t in manifest.values() if t == "application/x-dtbncx+xml"), None)
        entries: list[_Entry] = []
        if nav_path and nav_path in names:
            entries = _nav_entries(z, nav_path)
        if not entries and ncx_path and ncx_path in names:
            entries = _ncx_entries(z, ncx_path)
        wanted: dict[str, set[str]] = {}
        for entry in entries:
            wanted.setdefault(entry.href, set()).add(entry.fragment)
        builder = TextBuilder()
        file_starts: dict[str, int] = {}
        seen: set[str] = set()
        marks: dict[tuple[str, str], int] = {}
        own_headings: list[HeadingHint] = []
        for count, itemref in enumerate(spine.iterfind("opf:itemref", _NS), 1):
            check_entries(count, "chapters in its spine")
            if itemref.get("linear") == "no":
                continue
            href, media_type = manifest.get(itemref.get("idref"), (None, ""))
            if href is None or href not in names or (media_type and media_type not in _XHTML_TYPES):
                continue
            if href in seen:
                continue  # a spine lists each item once (epubcheck's OPF-034): a repeat is not read again
            seen.add(href)
            chapter = z.read(href)  # past a limit: refused, not skipped
            try:
                doc = _xhtml(chapter)
            except (lxml.etree.ParserError, ValueError, FormatError):
                continue  # an empty or unreadable chapter: the others still read
            body = doc.find("body")
            before = len(builder.headings)
            start = builder.next_start
            found = html_to_builder(body if body is not None else doc, builder, wanted.get(href, set()) - {""})
            file_starts.setdefault(href, start)
            for fragment, offset in found.items():
                marks[(href, fragment)] = offset
            own_headings += builder.headings[before:]
        text = builder.text()
        if not text.strip():
            raise FormatError("the EPUB has no text in its chapters", "empty")
        headings = _toc_headings(text, entries, marks, file_starts)
        metadata = opf.find(".//opf:metadata", _NS)
        return Extracted(
            text,
            format="epub",
            headings=structural_headings(headings if len(headings) >= 2 else own_headings, text),
            title=_text(metadata.find("dc:title", _NS)) if metadata is not None else "",
            author=_text(metadata.find("dc:creator", _NS)) if metadata is not None else "",
            date=_text(metadata.find("dc:date", _NS)) if metadata is not None else "",
            source=_text(metadata.find("dc:source", _NS)) if metadata is not None else "",
        )


def _toc_headings(text: str, entries: list[_Entry], marks, file_starts) -> list[HeadingHint]:
    """Each entry's heading: the first line at its target that says its label, among the first
    few (a chapter's page may open with running heads, the book's and the part's names, above
    its own: 國語 / 周語上 / 祭公諫穆王征犬戎, where 周語上 is the part's heading in its
    first chapter and the chapter's entry points at the same place)."""
    headings: dict[int, HeadingHint] = {}
    for entry in entries:
        # a fragment the chapter's body does not hold (calibre's <title id="toc_1"> in the head,
        # or a broken link) takes the reader to the file's start, as reading systems go there
        offset = marks.get((entry.href, entry.fragment), file_starts.get(entry.href))
        for _ in range(_LOOK_AHEAD):
            if offset is None or offset >= len(text):
                break
            end = text.find("\n", offset)
            end = end if end != -1 else len(text)
            if offset not in headings and _says(text[offset:end], entry.label):
                headings[offset] = HeadingHint(offset, end, entry.level)
                break
            offset = _next_line(text, end)
    return [headings[k] for k in sorted(headings)]


def _next_line(text: str, end: int) -> int:
    while end < len(text) and text[end] in "\n \u3000\t":
        end += 1
    return end
