"""Lines that stand at the top of a document without being its title: a distributor's notice
(Project Gutenberg's, a licence, a copyright line), a site's name or address, a language bar
(简体 | 繁體 | English)."""

from __future__ import annotations

import re

from reader.core.char_classes import is_han

# the Latin words whole (ebook, not Notebook or Facebook), though Han may touch them (全本txt下载);
# searched in the line lowercased: compiled IGNORECASE, its case tables for every literal were
# 7 M instructions of the first paint's header (issue 32)
_NOTICE = re.compile(
    r"(?<![a-z])(?:gutenberg|licen[cs]e[sd]?|copyright|produced by|e-?texts?|e-?books?|txt)(?![a-z])|"
    r"古騰堡|古腾堡|©|版權所有|版权所有|授權|授权|轉載|转载|電子書由|电子书由|本書由|本书由|下載|下载"
)
_SITE = re.compile(r"(?:https?://|www\.)|^[\w.-]+\.(?:com|net|org|top|cn|tw|hk|cc|me|io|info|xyz)(?:/\S*)?$", re.I)
_LANGUAGES = re.compile(r"简体|簡體|繁體|繁体|中文|English|日本語|한국어|Français|Deutsch|Español", re.I)
_TITLE_FIELD = re.compile(
    r"^(?:書名|书名|題名|题名|篇名|標題|标题|法規名稱|法规名称)[\s\u3000]*[:：]?[\s\u3000]*(?=\S)"
)


def is_boilerplate(line: str) -> bool:
    """A distributor's notice, a site's name or address, or a bar of languages to switch to."""
    line = line.strip()
    if _NOTICE.search(line.lower()) or _SITE.search(line):
        return True
    return len(_LANGUAGES.findall(line)) >= 2 and len(line) <= 60


def field_value(line: str) -> int | None:
    """Where a database's field line's value starts (法規名稱：懲戒法院組織法 → 5), or None: a
    label of two to six Han characters, a full-width colon, then a value. (No pattern: a Han
    class costs milliseconds to compile, and the first paint's header asks this.)"""
    colon = line.find("：", 2, 7)
    if colon < 0 or not all(is_han(c) for c in line[:colon]):
        return None
    value = colon + 1
    while value < len(line) and line[value].isspace():  # \u3000 too
        value += 1
    return value if value < len(line) else None


def title_field(line: str) -> int | None:
    """Where the value of a title field (書名 孟子譯解, 书名：…) starts in the line, or None."""
    m = _TITLE_FIELD.match(line)
    return m.end() if m else None
