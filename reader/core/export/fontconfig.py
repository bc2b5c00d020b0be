"""A fontconfig file that maps the official faces the hand-out styles name (宋体, 仿宋_GB2312,
方正小标宋简体, 黑体, 楷体_GB2312 and their Traditional names) to their free stand-ins, from
the same data (handout_styles.py).

A Linux machine has none of the official faces: without it fontconfig offers LibreOffice its
default CJK face for every one of them (a sans-serif Japanese cut of Noto here), so the PDF of a
公文 hand-out came out in a Hei face throughout and its 小标宋 title light. With it each face has
a stand-in of its design, 小标宋's in a real bold weight. The Word file is unchanged (it names
the official faces, which a recipient's Windows or WPS has); this file serves whoever converts
or prints it on Linux: `FONTCONFIG_FILE=that.conf soffice --convert-to pdf …`, or placed in
~/.config/fontconfig/conf.d/."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reader.core.export.handout_styles import HANDOUT_STYLES, Face

_HEAD = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
"""


def _faces() -> list[Face]:
    faces: list[Face] = []
    for style in HANDOUT_STYLES:
        for text in (style.title, style.heading1, style.heading2, style.body, style.note, style.page_number):
            if text.face not in faces:
                faces.append(text.face)
    return faces


def substitutions(include_system: bool = True) -> str:
    """The fontconfig file; `include_system` reads the system's own configuration first, so it
    can stand alone as FONTCONFIG_FILE."""
    out = [_HEAD]
    if include_system:
        out.append('  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n')
    for face in _faces():
        for language in ("zh-CN", "zh-TW"):
            official = face.east_asian(language)
            if language == "zh-TW" and official in face.chain("zh-CN"):
                continue  # 仿宋 is 仿宋_GB2312's fallback too: Simplified text keeps the SC cut
            stand_ins = [f for f in face.chain(language) if f != official]
            prefer = "".join(f"<family>{escape(f)}</family>" for f in stand_ins)
            out.append(
                f'  <alias binding="same"><family>{escape(official)}</family><prefer>{prefer}</prefer></alias>\n'
            )
            if face.heavy:  # its stand-in in the bold cut, as the Qt PDF sets it
                out.append(
                    f'  <match target="pattern"><test name="family"><string>{escape(official)}</string></test>'
                    '<edit name="weight" mode="assign" binding="strong"><const>bold</const></edit></match>\n'
                )
    out.append("</fontconfig>\n")
    return "".join(out)
