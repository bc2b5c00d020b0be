"""Headings a Word file shows by direct formatting: a short paragraph in style Normal whose
text is all bold, or centred in a larger size than the body (how most Chinese offices set
their headings, 一、基本情况 in bold 黑体, instead of using Word's Heading styles).

A paragraph's look comes from its runs' own properties, else the run style's, else the
paragraph style's (through basedOn), else the document defaults: python-docx's element tree
is read directly, as the rest of the Word reader does. Table cells never come here (the
reader reads tables apart), and captions (表1 …) and notes (注：…) are never headings.

Levels follow the look, most prominent first: a larger size above a smaller one, centred
above flush, bold above plain."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from reader.core.heading_evidence import could_head

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_OFF = ("0", "false", "off")
_TITLE_MAX = 100  # the first paragraph may be a long title (某某法院关于…的批复)
_MOST = 0.5  # where more paragraphs than this are bold, bold tells nothing


def _q(tag: str) -> str:
    return f"{{{_W}}}{tag}"


@dataclass(frozen=True)
class Look:
    """How a paragraph's text is set."""

    bold: bool
    centred: bool
    size: float
    """In points, the largest of its runs'."""


class LookReader:
    """Bold, size and alignment of paragraphs, through run styles, paragraph styles and the
    document defaults."""

    def __init__(self, styles, defaults) -> None:
        self.styles = styles  # the Word reader's _Styles (by id, with its basedOn chain)
        rpr = defaults.find(f"{_q('rPrDefault')}/{_q('rPr')}") if defaults is not None else None
        self.default_bold = _flag(rpr, "b") or False
        self.default_size = _size(rpr) or 10.5

    def _from_styles(self, style_id: str | None, read):
        for st in self.styles.chain(style_id):
            value = read(st.find(_q("rPr")))
            if value is not None:
                return value
        return None

    def _run(self, r, p_style: str | None, read, default):
        rpr = r.find(_q("rPr"))
        value = read(rpr)
        if value is None and rpr is not None:
            style = rpr.find(_q("rStyle"))
            value = self._from_styles(style.get(_q("val")) if style is not None else None, read)
        if value is None:
            value = self._from_styles(p_style, read)
        return default if value is None else value

    def look(self, p) -> Look | None:
        """The look of a paragraph with text (None for an empty one)."""
        ppr = p.find(_q("pPr"))
        style = ppr.find(_q("pStyle")) if ppr is not None else None
        p_style = style.get(_q("val")) if style is not None else None
        runs = [r for r in p.iter(_q("r")) if "".join(t.text or "" for t in r.iter(_q("t"))).strip()]
        if not runs:
            return None
        bold = all(self._run(r, p_style, lambda rpr: _flag(rpr, "b"), self.default_bold) for r in runs)
        size = max(self._run(r, p_style, _size, self.default_size) for r in runs)
        return Look(bold, self._alignment(ppr, p_style) == "center", size)

    def _alignment(self, ppr, p_style: str | None) -> str | None:
        jc = ppr.find(_q("jc")) if ppr is not None else None
        if jc is not None:
            return jc.get(_q("val"))
        for st in self.styles.chain(p_style):
            jc = st.find(f"{_q('pPr')}/{_q('jc')}")
            if jc is not None:
                return jc.get(_q("val"))
        return None


def _flag(rpr, tag: str) -> bool | None:
    el = rpr.find(_q(tag)) if rpr is not None else None
    if el is None:
        return None
    return el.get(_q("val"), "1").lower() not in _OFF


def _size(rpr) -> float | None:
    el = rpr.find(_q("sz")) if rpr is not None else None
    value = el.get(_q("val")) if el is not None else None
    return int(value) / 2 if value and value.isdigit() else None


def emphasis_levels(paragraphs: list[tuple[str, Look | None]]) -> list[int | None]:
    """For each body paragraph (its text and look), the heading level its look gives it, or
    None. Bold counts where few paragraphs are bold; centring counts with a size larger
    than the body's."""
    looks = [look for _, look in paragraphs if look is not None]
    if not looks:
        return [None] * len(paragraphs)
    body = Counter(look.size for look in looks).most_common(1)[0][0]
    bold_counts = sum(look.bold for look in looks) <= _MOST * len(looks)
    keys: list[tuple[float, bool, bool] | None] = []
    for i, (text, look) in enumerate(paragraphs):
        shown = look is not None and (bold_counts and look.bold or look.centred and look.size > body)
        limit = _TITLE_MAX if i == 0 else None
        keys.append((look.size, look.centred, look.bold) if shown and could_head(text, limit) else None)
    order = sorted({k for k in keys if k is not None}, reverse=True)
    return [None if k is None else order.index(k) + 1 for k in keys]
