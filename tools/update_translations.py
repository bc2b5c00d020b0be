"""Regenerate the interface translations: python tools/update_translations.py

pyside6-lupdate collects every tr()/translate() string into resources/translations/*.ts; the
texts come from tools/translations_zh_CN.py (简体), OpenCC s2twp of those (繁體, Taiwan usage) and
the source itself (English); pyside6-lrelease compiles the .qm files the app loads. A string
with no translation stops the tool, so no language ships with a gap."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from translations_zh_CN import ZH_CN  # noqa: E402

from reader.core.scripts import convert  # noqa: E402

FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("en", "zh_CN", "zh_TW")
SOURCES = sorted(
    str(p.relative_to(ROOT)) for folder in ("reader/gui", "reader/models") for p in (ROOT / folder).glob("*.py")
) + ["reader/app.py"]


# Taiwan's words for what OpenCC's s2twp leaves in mainland usage (as Windows and macOS say them
# in Taiwan), and its corner quotation marks: applied after s2twp to every 繁體 text.
TAIWAN_USAGE = {
    "全屏": "全螢幕",
    "快捷鍵": "快速鍵",
    "只讀": "唯讀",
    "撤銷": "復原",
    "“": "「",
    "”": "」",
    "‘": "『",
    "’": "』",
}


def taiwan(text: str) -> str:
    for mainland, usage in TAIWAN_USAGE.items():
        text = text.replace(mainland, usage)
    return text


def tool(name: str) -> str:
    return str(Path(sys.executable).parent / name)


def with_mnemonic(source: str, text: str) -> str:
    if "&" not in source or "&" in text:
        return text
    letter = source[source.index("&") + 1].upper()
    for tail in ("…", "：", ":"):
        if text.endswith(tail):
            return f"{text[: -len(tail)]}(&{letter}){tail}"
    return f"{text}(&{letter})"


def translation(language: str, context: str, source: str) -> str:
    if language == "en":
        return source
    zh = ZH_CN[(context, source)]
    if language == "zh_TW":
        zh = taiwan(convert(zh, "s2twp"))
    return with_mnemonic(source, zh)


def main() -> None:
    FOLDER.mkdir(parents=True, exist_ok=True)
    missing = []
    used: set[tuple[str, str]] = set()
    for language in LANGUAGES:
        ts = FOLDER / f"reader_{language}.ts"
        subprocess.run(
            [tool("pyside6-lupdate"), *SOURCES, "-no-obsolete", "-ts", str(ts)],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
        tree = ET.parse(ts)
        tree.getroot().set("language", language)
        for context in tree.getroot().iter("context"):
            name = context.findtext("name")
            for message in context.iter("message"):
                source = message.findtext("source")
                used.add((name, source))
                element = message.find("translation")
                try:
                    element.text = translation(language, name, source)
                except KeyError:
                    missing.append((name, source))
                    continue
                element.attrib.pop("type", None)
        tree.write(ts, encoding="utf-8", xml_declaration=True)
        subprocess.run(
            [tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True, capture_output=True
        )
    for key in sorted(set(ZH_CN) - used):
        print(f"no longer in the code, drop it from translations_zh_CN.py: {key}")
    if missing:
        sys.exit("no translation for:\n" + "\n".join(f"  {c}: {s!r}" for c, s in sorted(set(missing))))
    print(f"updated {', '.join(LANGUAGES)} in {FOLDER.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
