"""Word documents (.docx): paragraphs and tables in document order, headings from the Heading
styles and from outline levels, list numbers as Word shows them.

python-docx reads the package (relationships, styles, numbering parts) and gives lxml
elements; the body is walked directly so paragraphs and tables keep their order and content
controls (w:sdt, where Word puts a table of contents) are entered. A heading is a paragraph
whose style is Title or Heading n, or whose outline level (on the paragraph or in its style's
basedOn chain: Chinese standards and government templates define their own heading styles,
章标题, 一级条标题, with outline levels) is 0–8. Word's automatic numbers (1、一、（一）、a)) are not
in the text runs; they are rendered from numbering.xml, so the reading text says what the page
says and the outline grammar sees the numbers. A table is read row by row, cells separated by a
tab.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path

from reader.core.formats.alt_chunk import chunk_source
from reader.core.formats.base import Extracted, FormatError, HeadingHint, TextBuilder, structural_headings
from reader.core.formats.docx_emphasis import LookReader, emphasis_levels
from reader.core.formats.limits import Archive

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _q(tag: str) -> str:
    return f"{{{_W}}}{tag}"


def _val(el, tag: str) -> str | None:
    child = el.find(_q(tag)) if el is not None else None
    return child.get(_q("val")) if child is not None else None


# -- numbers as Word writes them -------------------------------------------------------------------
_CHINESE_DIGITS = "〇一二三四五六七八九"


def _chinese(n: int) -> str:
    """一 … 九十九 (as Word's chineseCounting writes list numbers), then digit by digit."""
    if n < 10:
        return _CHINESE_DIGITS[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return ("" if tens == 1 else _CHINESE_DIGITS[tens]) + "十" + (_CHINESE_DIGITS[ones] if ones else "")
    return "".join(_CHINESE_DIGITS[int(d)] for d in str(n))


def _roman(n: int) -> str:
    out = ""
    for value, letters in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
                           (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):  # fmt: skip
        while n >= value:
            out, n = out + letters, n - value
    return out


def _letter(n: int) -> str:
    # Word repeats the letter past z: aa, bb …
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def format_number(n: int, fmt: str) -> str:
    if fmt in ("decimal", "decimalZero") or not fmt:
        return f"{n:02d}" if fmt == "decimalZero" and n < 10 else str(n)
    if fmt in (
        "chineseCounting",
        "chineseCountingThousand",
        "chineseLegalSimplified",
        "japaneseCounting",
        "taiwaneseCounting",
        "ideographDigital",
    ):
        return _chinese(n)
    if fmt == "lowerLetter":
        return _letter(n)
    if fmt == "upperLetter":
        return _letter(n).upper()
    if fmt == "lowerRoman":
        return _roman(n)
    if fmt == "upperRoman":
        return _roman(n).upper()
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese") and 1 <= n <= 20:
        return chr(0x2460 + n - 1)
    if fmt == "decimalFullWidth":
        return "".join(chr(0xFF10 + int(d)) for d in str(n))
    if fmt in ("ideographTraditional",) and 1 <= n <= 10:
        return "甲乙丙丁戊己庚辛壬癸"[n - 1]
    if fmt in ("bullet", "none"):
        return ""
    return str(n)


@dataclass
class _Level:
    fmt: str = "decimal"
    text: str = "%1."
    start: int = 1
    suffix: str = "tab"
    legal: bool = False


@dataclass
class _Numbering:
    """numbering.xml: each num's levels, and the running counters Word keeps per list."""

    levels: dict[str, dict[int, _Level]] = field(default_factory=dict)
    counters: dict[str, list[int]] = field(default_factory=dict)

    @classmethod
    def read(cls, element) -> _Numbering:
        numbering = cls()
        if element is None:
            return numbering
        abstract: dict[str, dict[int, _Level]] = {}
        for an in element.iter(_q("abstractNum")):
            abstract[an.get(_q("abstractNumId"))] = {
                int(lvl.get(_q("ilvl"), "0")): _level(lvl) for lvl in an.iter(_q("lvl"))
            }
        for num in element.iter(_q("num")):
            levels = dict(abstract.get(_val(num, "abstractNumId") or "", {}))
            for override in num.iter(_q("lvlOverride")):
                ilvl = int(override.get(_q("ilvl"), "0"))
                lvl = override.find(_q("lvl"))
                if lvl is not None:
                    levels[ilvl] = _level(lvl)
                start = _val(override, "startOverride")
                if start is not None and ilvl in levels:
                    levels[ilvl] = _Level(**{**vars(levels[ilvl]), "start": int(start)})
            numbering.levels[num.get(_q("numId"))] = levels
        return numbering

    def label(self, num_id: str, ilvl: int) -> str:
        """The number Word shows before the paragraph, advancing the list's counters."""
        levels = self.levels.get(num_id)
        if not levels or ilvl not in levels:
            return ""
        counters = self.counters.setdefault(num_id, [levels[i].start - 1 if i in levels else 0 for i in range(9)])
        counters[ilvl] += 1
        for deeper in range(ilvl + 1, 9):  # a new item restarts the levels under it
            counters[deeper] = levels[deeper].start - 1 if deeper in levels else 0
        level = levels[ilvl]
        if level.fmt in ("bullet", "none"):
            return ""
        text = level.text
        for i in range(ilvl + 1):
            shown = levels.get(i, _Level())
            n = max(counters[i], shown.start)
            fmt = "decimal" if level.legal else shown.fmt
            text = text.replace(f"%{i + 1}", format_number(n, fmt))
        if not text:
            return ""
        if level.suffix == "nothing" or text[-1] in "、）)．.：:" and not text[-1].isascii():
            return text
        return text + " "


def _level(lvl) -> _Level:
    return _Level(
        fmt=_val(lvl, "numFmt") or "decimal",
        text=_val(lvl, "lvlText") or "",
        start=int(_val(lvl, "start") or 1),
        suffix=_val(lvl, "suff") or "tab",
        legal=lvl.find(_q("isLgl")) is not None,
    )


# -- styles: heading levels and numbering through the basedOn chain -----------------------------------
@dataclass
class _Styles:
    by_id: dict = field(default_factory=dict)

    @classmethod
    def read(cls, element) -> _Styles:
        styles = cls()
        if element is not None:
            for st in element.iter(_q("style")):
                styles.by_id[st.get(_q("styleId"))] = st
        return styles

    def chain(self, style_id: str | None):
        seen = set()
        while style_id and style_id in self.by_id and style_id not in seen:
            seen.add(style_id)
            st = self.by_id[style_id]
            yield st
            style_id = _val(st, "basedOn")

    def heading_level(self, style_id: str | None) -> int | None:
        for st in self.chain(style_id):
            name = (_val(st, "name") or "").lower()
            if name == "title":
                return 0
            if name.startswith("heading ") and name[8:].isdigit():
                return int(name[8:])
            if name.startswith("toc ") or name == "toc heading":
                return None  # a table-of-contents line repeats a heading; it is none itself
            outline = _val(st.find(_q("pPr")), "outlineLvl")
            if outline is not None:
                return int(outline) + 1 if int(outline) < 9 else None
        return None

    def numbering(self, style_id: str | None) -> tuple[str | None, int | None]:
        """(numId, ilvl) a style gives its paragraphs; each may come from a different style
        of the chain (一级条标题 names the list, 三级条标题 based on it only its level)."""
        num_id = ilvl = None
        for st in self.chain(style_id):
            num_pr = st.find(_q("pPr") + "/" + _q("numPr"))
            if num_pr is not None:
                num_id = num_id if num_id is not None else _val(num_pr, "numId")
                level = _val(num_pr, "ilvl")
                ilvl = ilvl if ilvl is not None else (int(level) if level is not None else None)
        return num_id, ilvl


# -- the body ---------------------------------------------------------------------------------------
def _run_text(p) -> str:
    """A paragraph's text as Word shows it: runs (hyperlinks, fields, insertions included),
    tabs, line breaks; deleted text and field instructions left out."""
    parts: list[str] = []
    for el in p.iter():
        tag = el.tag
        if tag == _q("t"):
            if not _inside(el, p, ("del", "instrText")):
                parts.append(el.text or "")
        elif tag == _q("tab") and el.getparent() is not None and el.getparent().tag == _q("r"):
            parts.append("\t")
        elif tag in (_q("br"), _q("cr")) and el.get(_q("type")) not in ("page", "column"):
            parts.append("\n")
        elif tag == _q("noBreakHyphen"):
            parts.append("-")
    return "".join(parts)


def _inside(el, stop, tags: tuple[str, ...]) -> bool:
    names = {_q(t) for t in tags}
    parent = el.getparent()
    while parent is not None and parent is not stop:
        if parent.tag in names:
            return True
        parent = parent.getparent()
    return False


class _Reader:
    def __init__(self, styles: _Styles, numbering: _Numbering, looks: LookReader, part=None) -> None:
        self.part = part
        """The document's package part: its relationships lead to imported content (altChunk)."""
        self.styles = styles
        self.numbering = numbering
        self.looks = looks
        self.builder = TextBuilder()
        self.levels: list[int | None] = []
        self.plain: list[tuple[int, str, object]] = []
        """Body paragraphs of no heading style: (start, text, look), for direct formatting."""

    def body(self, container) -> None:
        for el in container:
            if el.tag == _q("p"):
                self.paragraph(el)
            elif el.tag == _q("tbl"):
                self.table(el)
            elif el.tag == _q("sdt"):  # a content control (a table of contents, a cover page)
                content = el.find(_q("sdtContent"))
                if content is not None:
                    self.body(content)
            elif el.tag == _q("altChunk"):
                self.alt_chunk(el.get(_R_ID))

    def alt_chunk(self, rel_id: str | None) -> None:
        """Imported content (a web page or plain text Word converts on opening), read in its
        place as a web page's blocks, its h1–h6 as headings."""
        rel = self.part.rels.get(rel_id) if self.part is not None and rel_id else None
        if rel is None or rel.is_external:
            return
        source = chunk_source(rel.target_part.content_type, rel.target_part.blob)
        if source is None:
            return
        kind, text = source
        if kind == "text":
            for paragraph in text.split("\n\n"):
                self.builder.block(paragraph)
            return
        from reader.core.formats.html import clean_source, html_to_builder, parse_tree

        before = len(self.builder.headings)
        tree = parse_tree(clean_source(text))
        html_to_builder(tree.body if tree.find("body") is not None else tree, self.builder)
        self.levels.extend(h.level for h in self.builder.headings[before:])

    def paragraph_text(self, p) -> tuple[str, int | None]:
        ppr = p.find(_q("pPr"))
        style_id = _val(ppr, "pStyle")
        level = self.styles.heading_level(style_id)
        outline = _val(ppr, "outlineLvl")
        if outline is not None:
            level = int(outline) + 1 if int(outline) < 9 else None
        num_id, ilvl = self.styles.numbering(style_id)
        num_pr = ppr.find(_q("numPr")) if ppr is not None else None
        if num_pr is not None:  # the paragraph's own numbering overrides its style's, part by part
            num_id = _val(num_pr, "numId") or num_id
            own = _val(num_pr, "ilvl")
            ilvl = int(own) if own is not None else ilvl
        text = _run_text(p)
        if num_id and num_id != "0" and text.strip():  # numId 0: numbering switched off
            text = self.numbering.label(num_id, ilvl or 0) + text.lstrip()
        return text, level

    def paragraph(self, p) -> None:
        text, level = self.paragraph_text(p)
        start = self.builder.block(text.replace("\t", " ") if level is not None else text)
        if start is not None and level is not None:
            self.levels.append(level)
            first = self.builder.text()[start:].split("\n", 1)[0]
            self.builder.headings.append(HeadingHint(start, start + len(first), level))
        elif start is not None:
            self.plain.append((start, text.strip(), self.looks.look(p)))

    def emphasised_headings(self) -> list[HeadingHint]:
        """Headings shown by bold or centred large type, in a file whose styles mark none
        below its title (a Title paragraph alone says nothing about sections)."""
        if any(level for level in self.levels):
            return []
        levels = emphasis_levels([(text, look) for _, text, look in self.plain])
        return [
            HeadingHint(start, start + len(text), level)
            for (start, text, _), level in zip(self.plain, levels)
            if level is not None
        ]

    def table(self, tbl) -> None:
        for tr in tbl.iter(_q("tr")):
            if tr.getparent() is not None and _closest_table(tr) is not tbl:
                continue  # a row of a table nested in a cell: read with its cell
            cells = []
            for tc in tr.findall(_q("tc")):
                merge = tc.find(_q("tcPr") + "/" + _q("vMerge"))
                if merge is not None and merge.get(_q("val")) != "restart":
                    cells.append("")  # the lower part of a vertically merged cell
                    continue
                paras = [self.paragraph_text(p)[0].strip() for p in tc.iter(_q("p"))]
                cells.append(" ".join(t.replace("\t", " ").replace("\n", " ") for t in paras if t))
            if any(cells):
                self.builder.block("\t".join(cells).rstrip("\t"))


def _closest_table(el):
    parent = el.getparent()
    while parent is not None and parent.tag != _q("tbl"):
        parent = parent.getparent()
    return parent


def _check_container(data: bytes) -> None:
    if data.startswith(_OLE2):
        if "EncryptedPackage".encode("utf-16-le") in data:
            raise FormatError(
                "the Word file is password-protected; open it in Word, remove the password and save it again",
                "encrypted",
            )
        raise FormatError(
            "this is an older Word file (.doc), not .docx; save it as .docx in Word or LibreOffice", "unsupported"
        )
    with Archive(data, "Word file") as archive:  # its limits before python-docx inflates anything
        archive.check()
        names = archive.names
    if "word/document.xml" not in names:
        raise FormatError("the file is a zip archive but not a Word document (no word/document.xml)", "damaged")


def read(path: Path, data: bytes) -> Extracted:
    _check_container(data)
    import docx  # python-docx, imported only when a Word file opens

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises KeyError, ValueError, lxml errors alike
        raise FormatError(f"the Word file is damaged ({type(exc).__name__}: {exc})", "damaged") from None
    part = document.part
    styles = _Styles.read(part.styles.element if part._styles_part is not None else None)
    try:
        numbering_element = part.numbering_part.element
    except (KeyError, NotImplementedError):
        numbering_element = None
    styles_element = part.styles.element if part._styles_part is not None else None
    defaults = styles_element.find(_q("docDefaults")) if styles_element is not None else None
    reader = _Reader(styles, _Numbering.read(numbering_element), LookReader(styles, defaults), part)
    reader.body(document.element.body)
    text = reader.builder.text()
    emphasised = reader.emphasised_headings()
    headings = sorted([*reader.builder.headings, *emphasised], key=lambda h: h.start)
    if headings:  # Title is level 0: the shallowest level present becomes 1
        top = min(h.level for h in headings)
        headings = [HeadingHint(h.start, h.end, h.level - top + 1) for h in headings]
    props = document.core_properties
    # the file's own title and author are often a template's ("标准名称") or the computer's
    # user name: kept only where the text itself says them
    title = (props.title or "").strip()
    author = (props.author or "").strip()
    return Extracted(
        text,
        format="docx",
        headings=structural_headings(headings, text),
        title=title if title and title in text else "",
        author=author if author and author in text else "",
        date=props.created.date().isoformat() if props.created else "",
    )
