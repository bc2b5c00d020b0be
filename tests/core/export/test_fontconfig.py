"""The fontconfig file that gives the official Chinese faces their free stand-ins: read by
fontconfig itself (fc-match) and by LibreOffice converting a 公文 hand-out to PDF."""

import os
import shutil
import subprocess
from xml.etree import ElementTree

import pytest

from reader.core.export import docx_format, gather
from reader.core.export.fontconfig import substitutions
from reader.core.export.handout_styles import GONGWEN, HANDOUT_STYLES
from reader.core.scripts import Script


def _installed(family: str) -> bool:
    if not shutil.which("fc-list"):
        return False
    return bool(subprocess.run(["fc-list", f":family={family}"], capture_output=True, text=True).stdout.strip())


@pytest.fixture
def conf(tmp_path):
    path = tmp_path / "fonts.conf"
    path.write_text(substitutions(), encoding="utf-8")
    return path


def test_every_official_face_of_every_style_has_its_stand_ins():
    root = ElementTree.fromstring(substitutions(include_system=False).split("\n", 2)[2])
    aliases = {a.findtext("family"): [f.text for f in a.find("prefer")] for a in root.iter("alias")}
    for style in HANDOUT_STYLES:
        for text in (style.title, style.heading1, style.heading2, style.body, style.note, style.page_number):
            for language in ("zh-CN", "zh-TW"):
                if language == "zh-TW" and text.face.traditional in text.face.chain("zh-CN"):
                    continue  # a fallback of the Simplified face's (仿宋), aliased as that
                assert aliases[text.face.east_asian(language)][-len(text.face.stand_ins) :] == list(text.face.stand_ins)
    heavy = [m.findtext("test/string") for m in root.iter("match")]
    assert heavy == [GONGWEN.title.face.simplified, GONGWEN.title.face.traditional]  # 小标宋 only


@pytest.mark.skipif(not _installed("Noto Serif CJK SC"), reason="Noto Serif CJK is not installed")
def test_fontconfig_gives_the_song_faces_a_serif_and_xiaobiaosong_its_bold(conf):
    env = {**os.environ, "FONTCONFIG_FILE": str(conf)}

    def match(family: str) -> str:
        return subprocess.run(
            ["fc-match", "-f", "%{family} %{style}", family], capture_output=True, text=True, env=env
        ).stdout

    assert "Noto Serif CJK SC" in match("仿宋_GB2312") and "Regular" in match("仿宋_GB2312")
    assert "Noto Serif CJK SC" in match("宋体")
    assert "Noto Serif CJK" in match("方正小标宋简体") and "Bold" in match("方正小标宋简体")
    assert "Noto Sans CJK" in match("黑体")


@pytest.mark.skipif(not _installed("Noto Serif CJK SC"), reason="Noto Serif CJK is not installed")
def test_libreoffice_sets_the_gongwen_handout_in_the_stand_ins(session, conf, tmp_path):
    """Without the file LibreOffice set a 公文 hand-out in a sans-serif throughout, its title
    regular; with it the body is in the Song stand-in and the title in its bold cut."""
    program = shutil.which("soffice") or shutil.which("libreoffice")
    if program is None or not shutil.which("pdffonts"):
        pytest.skip("LibreOffice and poppler-utils are needed")
    path = tmp_path / "gongwen.docx"
    path.write_bytes(docx_format.render(gather(session, Script.SIMPLIFIED, whole_text=True, style="gongwen")))
    subprocess.run(
        [program, f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path), str(path)],
        capture_output=True, timeout=180, env={**os.environ, "FONTCONFIG_FILE": str(conf)}, check=True,
    )  # fmt: skip
    rows = subprocess.run(["pdffonts", str(path.with_suffix(".pdf"))], capture_output=True, text=True).stdout
    names = [row.split()[0].split("+")[-1].lower() for row in rows.splitlines()[2:]]
    assert any(n.startswith("notoserifcjk") and "regular" in n for n in names), names  # 仿宋's stand-in
    assert any(n.startswith("notoserifcjk") and "bold" in n for n in names), names  # 小标宋's, bold
