"""Make a PDF's text layer say what the page shows.

CJK fonts such as Noto CJK draw a Kangxi radical (U+2F2F ⼯) and its unified ideograph
(U+5DE5 工) with one glyph. Qt's PDF writer builds each font's ToUnicode map glyph → text by
keeping the lowest code point, so copying, searching or reading the PDF aloud gives ⼯ for
every 工 (260 wrong characters in the notice). This rewrites those maps after Qt wrote the
file: a radical becomes its equivalent unified ideograph, unless the document itself used
the radical and not the ideograph.

pypdf edits the streams: a pure-Python, actively maintained PDF library (no compiled
dependency, unlike pikepdf), and only the small ToUnicode streams are touched.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

# Unicode's EquivalentUnifiedIdeograph.txt (UCD 14.0, Ken Lunde) for the CJK Radicals
# Supplement, as radical/ideograph pairs; Kangxi radicals (U+2F00–U+2FD5) need no table:
# their NFKC form is the ideograph.
_SUPPLEMENT = "⺁厂⺂乛⺃乚⺄乙⺅亻⺆冂⺇𠘨⺈刀⺉刂⺊卜⺋㔾⺌小⺍小⺎兀⺏尣⺐尢⺑𡯂⺒巳⺓幺⺔彑⺕彐⺖忄⺗心⺘扌⺙攵⺛旡⺜日⺝月⺞歺⺟母⺠民⺡氵⺢氺⺣灬⺤爫⺥爫⺦丬⺧牛⺨犭⺩王⺪𤴔⺫目⺬示⺭礻⺮𥫗⺯糹⺰纟⺱罓⺲罒⺳㓁⺴冗⺵𦉫⺶羊⺷𦍌⺸𦍋⺹耂⺺肀⺻聿⺼肉⺽𦥑⺾艹⺿艹⻀艹⻁虎⻂衤⻃覀⻄西⻅见⻆角⻇𧢲⻈讠⻉贝⻊𧾷⻋车⻌辶⻍辶⻎辶⻏邑⻐钅⻑長⻒镸⻓长⻔门⻕𨸏⻖阝⻗雨⻘青⻙韦⻚页⻛风⻜飞⻝食⻞𩙿⻟飠⻠饣⻡𩠐⻢马⻣骨⻤鬼⻥鱼⻦鸟⻧卤⻨麦⻩黄⻪黾⻫斉⻬齐⻭歯⻮齿⻯竜⻰龙⻱龜⻲亀⻳龟"
_EQUIVALENT = {_SUPPLEMENT[i]: _SUPPLEMENT[i + 1] for i in range(0, len(_SUPPLEMENT), 2)}
_EQUIVALENT |= {chr(c): unicodedata.normalize("NFKC", chr(c)) for c in range(0x2F00, 0x2FD6)}

_HEX = re.compile(rb"<([0-9A-Fa-f]{4,8})>")


def equivalent_ideograph(ch: str) -> str | None:
    """The unified ideograph a CJK radical is drawn like, or None."""
    return _EQUIVALENT.get(ch)


def _utf16_hex(text: str) -> bytes:
    return text.encode("utf-16-be").hex().upper().encode("ascii")


def _fix_cmap(data: bytes, keep: set[str]) -> tuple[bytes, int]:
    """Replace radical destinations in a ToUnicode CMap; only destinations, never the glyph
    codes on the left (a glyph number may look like a radical's code point)."""
    changed = 0

    def destination(match: re.Match) -> bytes:
        nonlocal changed
        raw = bytes.fromhex(match.group(1).decode("ascii")).decode("utf-16-be", errors="replace")
        if len(raw) == 1 and raw not in keep and (ideograph := _EQUIVALENT.get(raw)):
            changed += 1
            return b"<" + _utf16_hex(ideograph) + b">"
        return match.group(0)

    out = []
    section = None
    for line in data.split(b"\n"):
        stripped = line.strip()
        if stripped.endswith((b"beginbfrange", b"beginbfchar")):
            section = stripped.split()[-1]
        elif stripped in (b"endbfrange", b"endbfchar"):
            section = None
        elif section is not None and b"<" in line:
            if b"[" in line:  # <lo> <hi> [<dst> <dst> …]: every entry in brackets is a destination
                head, _, tail = line.partition(b"[")
                line = head + b"[" + _HEX.sub(destination, tail)
            else:  # <src> <dst> (bfchar) or <lo> <hi> <dst> (bfrange): the last is the destination
                codes = list(_HEX.finditer(line))
                if codes:
                    last = codes[-1]
                    line = line[: last.start()] + destination(last) + line[last.end() :]
        out.append(line)
    return b"\n".join(out), changed


def fix_radicals(path: Path | str, text: str = "") -> int:
    """Rewrite the PDF at path so radicals that stand for ideographs read as the ideographs.
    `text` is what was written: a radical it uses without its ideograph is kept. Returns how
    many map entries changed (the file is rewritten atomically only when any did)."""
    from pypdf import PdfReader, PdfWriter

    from reader.core.atomic import atomic_write

    keep = {r for r in set(text) if r in _EQUIVALENT and _EQUIVALENT[r] not in text}
    writer = PdfWriter(clone_from=PdfReader(str(path)))
    changed = 0
    seen: set[int] = set()
    for page in writer.pages:
        fonts = page.get("/Resources", {}).get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            cmap_ref = font.get("/ToUnicode")
            if cmap_ref is None or id(cmap_ref.get_object()) in seen:
                continue
            cmap = cmap_ref.get_object()
            seen.add(id(cmap))
            data, n = _fix_cmap(cmap.get_data(), keep)
            if n:
                cmap.set_data(data)
                changed += n
    if changed:
        import io

        buffer = io.BytesIO()
        writer.write(buffer)
        atomic_write(Path(path), buffer.getvalue(), shared=True)
    return changed
