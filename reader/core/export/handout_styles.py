"""The looks of a hand-out, as data: the page, the faces and sizes of its title, headings, body
and notes, and how its pages are numbered. The Word export reads them (docx_format.py); one
description, so a new look is a new row here and nothing else.

Two looks. 公文 after GB/T 9704-2012 (the national standard for Party and government
documents): A4, margins 37/35/28/26 mm, title in 小标宋 二号, body in 仿宋 三号, 22 lines of
28 characters a page, page numbers as — 1 — in 宋体 四号. And a plain study look for
everything else: 宋体 (明體 for Traditional) body, 黑体 headings.

Faces are named as Chinese offices' Windows and WPS install them. Each names its East Asian
face for Simplified and for Traditional text and the faces to fall back on where it is
missing (written into the file's font table, where Word looks for a substitute); sizes are
in points (二号 22, 三号 16, 四号 14, 小四 12, 五号 10.5)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Face:
    simplified: str
    """The East Asian face for Simplified text (w:eastAsia)."""
    traditional: str
    """For Traditional text."""
    fallbacks: tuple[str, ...] = ()
    """Where the face is missing, these in order (the font table's altName is the first)."""
    latin: str = "Times New Roman"
    """Letters and digits (w:ascii, w:hAnsi)."""
    stand_ins: tuple[str, ...] = ()
    """Free faces of the same design that a PDF made here embeds where none of the above is
    installed (a Linux desktop has no 宋体 or 仿宋_GB2312): the Word file keeps naming the
    official face, which the recipient's Windows or WPS has."""
    heavy: bool = False
    """A heavy design of its own (小标宋): a stand-in takes its bold weight, a real one is set
    regular (bold on 小标宋 would be smeared)."""

    def east_asian(self, language: str) -> str:
        return self.traditional if language == "zh-TW" else self.simplified

    def chain(self, language: str) -> tuple[str, ...]:
        """The faces to try in turn for text in `language`: the official one, its fallbacks,
        the free stand-ins (the Simplified or Traditional cut first, as the text is)."""
        if language == "zh-TW":  # the free faces' "… TC" cut, drawn as Taiwan writes, first
            tc = tuple(f.replace(" SC", " TC") for f in self.stand_ins if " SC" in f)
            return (self.traditional, *tc, *self.fallbacks, *self.stand_ins)
        return (self.simplified, *self.fallbacks, *self.stand_ins)


@dataclass(frozen=True)
class TextStyle:
    face: Face
    size: float  # points
    bold: bool = False
    centred: bool = False
    space_before: float = 0  # points
    space_after: float = 0


@dataclass(frozen=True)
class HandoutStyle:
    name: str
    """What the command line and the settings store (--style gongwen)."""
    label: str
    """The interface's name for it (English source text; the dialog translates)."""
    page: tuple[float, float]  # width, height in mm
    margins: tuple[float, float, float, float]  # top, bottom, left, right in mm
    title: TextStyle
    heading1: TextStyle
    heading2: TextStyle
    body: TextStyle
    note: TextStyle
    """Footnotes and the small lines under a quote (colour, date)."""
    page_number: TextStyle
    line_pitch: float | None
    """Exact distance of body lines in points (the standard's grid), or None for line_spacing."""
    line_spacing: float = 1.0
    """A multiple of the single line, where line_pitch is None."""
    page_number_format: str = "{}"
    """Around the number: "— {} —" in 公文."""
    outside_page_numbers: bool = False
    """Odd pages' numbers at the right, even pages' at the left, one character in (公文)."""


# The stand-ins: 思源宋体/Noto Serif CJK for Song and, lacking a free 仿宋 that covers
# Simplified text (Debian's cwTeX 仿宋 has Big5 only), for 仿宋 too; Noto Sans CJK or WenQuanYi
# for 黑体; AR PL UKai (Debian's fonts-arphic-ukai) for 楷体; Noto Serif CJK Bold for 小标宋
_SERIF = ("Noto Serif CJK SC", "Source Han Serif SC")
SONG = Face("宋体", "新細明體", ("SimSun", "Noto Serif CJK SC"), stand_ins=_SERIF)
HEI = Face(
    "黑体", "微軟正黑體", ("SimHei", "Noto Sans CJK SC"), latin="Arial",
    stand_ins=("Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei"),
)  # fmt: skip
KAI = Face("楷体_GB2312", "標楷體", ("楷体", "KaiTi"), stand_ins=("AR PL UKai CN", *_SERIF))
FANGSONG = Face("仿宋_GB2312", "仿宋", ("仿宋", "FangSong", "Noto Serif CJK SC"), stand_ins=_SERIF)
XIAOBIAOSONG = Face(
    "方正小标宋简体", "方正小標宋繁體", ("宋体", "SimSun", "Noto Serif CJK SC"), stand_ins=_SERIF, heavy=True
)

_A4 = (210.0, 297.0)
# GB/T 9704 7.2: the type area 156 × 225 mm holds 22 lines of 28 characters of 三号
_GONGWEN_LINES = 22
GONGWEN = HandoutStyle(
    name="gongwen",
    label="Official document (GB/T 9704)",
    page=_A4,
    margins=(37.0, 35.0, 28.0, 26.0),
    # 小标宋 is a heavy face of its own, not bold; where it is missing a Song face stands in
    title=TextStyle(XIAOBIAOSONG, 22, centred=True, space_after=16),
    heading1=TextStyle(HEI, 16),  # 一级标题 黑体 三号
    heading2=TextStyle(KAI, 16),  # 二级标题 楷体 三号
    body=TextStyle(FANGSONG, 16),
    note=TextStyle(FANGSONG, 12),
    page_number=TextStyle(SONG, 14),  # 4 号半角宋体阿拉伯数字, 一字线 on either side
    line_pitch=225 / _GONGWEN_LINES * 72 / 25.4,  # 28.95 pt
    page_number_format="— {} —",
    outside_page_numbers=True,
)
STUDY = HandoutStyle(
    name="study",
    label="Study notes",
    page=_A4,
    margins=(25.4, 25.4, 31.7, 31.7),  # Word's Chinese default
    title=TextStyle(HEI, 18, bold=True, centred=True, space_after=12),  # 小二
    heading1=TextStyle(HEI, 14, bold=True, space_before=12, space_after=6),  # 四号
    heading2=TextStyle(HEI, 12, bold=True, space_before=6, space_after=3),  # 小四
    body=TextStyle(SONG, 12),  # 小四
    note=TextStyle(SONG, 9),  # 小五
    page_number=TextStyle(SONG, 10.5),
    line_pitch=None,
    line_spacing=1.5,
)

HANDOUT_STYLES: tuple[HandoutStyle, ...] = (STUDY, GONGWEN)
_BY_NAME = {style.name: style for style in HANDOUT_STYLES}


def handout_style(name: str) -> HandoutStyle:
    """The style of that name; ValueError names the choices."""
    try:
        return _BY_NAME[name]
    except KeyError:
        raise ValueError(f"unknown hand-out style {name!r}; choose one of {', '.join(_BY_NAME)}") from None
