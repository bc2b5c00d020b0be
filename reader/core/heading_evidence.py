"""What a document tells about its own headings, read before its outline is built.

The heading grammar (reader.core.outline.HEADING_RULES) says what a line may be; the
document decides what it is:

- Articles are numbered in one style and in order: a line that starts like an article but
  breaks the document's style (第十四條 in a law numbered 第 1 條, 第 2 條 …), goes back in
  the numbering, or runs on into a citation (第三條至前條, 第五条规定) is a sentence of an
  article, not a new one.
- A numbered line (一、) is a heading where the document numbers its parts: heading-like
  lines (short, no closing punctuation) that count 一、二、三 in order between articles are
  parts above those articles; numbered sentences that start again at 一 with no heading in
  between (一、二年，春，王正月。) are a list's items.
- A table row (一、衣着 101.3 1.3) and a caption (表2 主要指标, △ 图为 …) are never headings.

Everything here is a pure function of the lines: (start, end) ranges into the text."""

from __future__ import annotations

from reader.core.patterns import compiled

_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "两": 2, "兩": 2}
_UNITS = {"十": 10, "百": 100, "千": 1000, "拾": 10, "佰": 100}
_ARTICLE_NUMBER = r"^第[ \u3000]?([0-9]+|[零〇一二三四五六七八九十百千两兩]+)"
# a line that opens by citing an article as its subject (第十四條至第十六條, 第 52 條就提交呈請書…
# 所訂條文, 第64條所訂罪行): a word that joins the citation to the sentence follows 條 at once,
# where an article's own text would open a sentence (所有, 可以 can open one)
_CITATION = (
    r"^第[ \u3000]?[^ \u3000條条]+[ \u3000]?[條条]"
    r"(?:[至及、或和與与第就的而亦並并]|之規定|之规定|規定|规定|所(?!有)|作出|適用|适用|可(?!以|能))"
)
_TABLE_ROW = r"(?:[ \t\u3000]+[-+]?\d[\d.,]*%?){1,}$"
_NUMBERED = r"^([一二三四五六七八九十百]+)、"
_CLOSING = "。！？!?；;：:︰，,、．…"
PART_RANK = 3.5
"""Where numbered parts go in a document of articles: below 节, above 条."""


def numeral_value(text: str) -> int | None:
    """一百二十 → 120, 12 → 12; None for anything else."""
    if text.isdigit():
        return int(text)
    total, current = 0, 0
    for c in text:
        if c in _DIGITS:
            current = _DIGITS[c]
        elif c in _UNITS:
            total += (current or 1) * _UNITS[c]
            current = 0
        else:
            return None
    return total + current


def is_table_row(line: str) -> bool:
    """A line that ends in figures set apart by spaces: a row of a table (二、衣着 101.3)."""
    figures = compiled(_TABLE_ROW).search(line)
    return figures is not None and not line[: figures.start()].strip().isdigit()


_CAPTION = r"^(?:[△▲▼▽◆]|图为|圖為|(?:附?[表图圖]|Table|Figure|Fig\.)\s*[\d一二三四五六七八九十]+(?:[-.．]\d+)?(?:[\s\u3000:：]|$))"


def is_caption(line: str) -> bool:
    """A table's or figure's caption (表2 主要指标, 图1 …) or a photo's note (△ …, 图为 …)."""
    return bool(compiled(_CAPTION).match(line))


_HEADING_MAX = 40  # longer than this, a line set bold or large is emphasised text, not a heading
_NOTES = ("注：", "注:", "注１", "注1", "备注", "備註", "说明：", "說明：", "资料来源", "資料來源", "来源：", "來源：")


def could_head(text: str, limit: int | None = None) -> bool:
    """A paragraph's text that may be a heading whatever its look: short, not a sentence,
    not a caption nor a note."""
    line = text.strip()
    return (
        0 < len(line) <= (limit or _HEADING_MAX)
        and "\n" not in line
        and line[-1] not in _CLOSING
        and "。" not in line
        and not is_caption(line)
        and not line.startswith(_NOTES)
    )


def _heading_like(line: str) -> bool:
    return len(line) <= 40 and line[-1] not in _CLOSING and "。" not in line


def article_lines_to_drop(text: str, lines: list[tuple[int, int]], names: list[str | None]) -> set[int]:
    """Indexes of lines the grammar reads as articles that the document's own numbering says
    are not: another style, a step back, or a citation."""
    numbers: dict[int, tuple[int | None, bool]] = {}
    for i, name in enumerate(names):
        if name != "article":
            continue
        line = text[lines[i][0] : lines[i][1]]
        m = compiled(_ARTICLE_NUMBER).match(line)
        if m:
            numbers[i] = (numeral_value(m.group(1)), m.group(1).isdigit())
    drop = {i for i in numbers if compiled(_CITATION).match(text[lines[i][0] : lines[i][1]])}
    styles = [arabic for i, (_, arabic) in numbers.items() if i not in drop]
    if len(styles) >= 3:
        arabic_share = sum(styles) / len(styles)
        if arabic_share >= 0.8 or arabic_share <= 0.2:
            majority = arabic_share >= 0.8
            drop |= {i for i, (_, arabic) in numbers.items() if arabic != majority}
    last = 0
    for i, (value, _) in numbers.items():
        if i in drop or value is None:
            continue
        if value < last and value != 1:  # a law numbers on; 1 again starts another law
            drop.add(i)
            continue
        last = value
    return drop


_LIST_NUMBER = r"^[（(]?([一二三四五六七八九十百]+|\d{1,3})[、)）.．]"
_ITEM_END = "；;，,、：:"
_NOTE = r"^[（(]?[一二三四五六七八九十百]+[、)）.．][ \u3000]*[（(〔【][^（(）)]*[）)〕】]$"
"""A numbered line whose text is a note in brackets alone: 八、（无经）, 三、(略)."""
LISTS = {"numbered": 5, "parenthesised": 6, "arabic": 7, "arabic_parenthesised": 8}
"""The numbering rules that also number a list's items, with their ranks."""


def numbered_roles(
    text: str, lines: list[tuple[int, int]], names: list[str | None], ranks: list[float | None]
) -> tuple[set[int], set[int]]:
    """(parts, items) among the numbered lines.

    Parts: heading-like 一、 lines counting 一、二、三 in order in a document of articles.
    Items: a numbered line that ends as a clause does (；，：), or a numbered sentence whose
    count starts again at 一 with no heading above its own rank in between (一、二年，春，王正月。
    一、三年 …), and in such a list a short line that counts on from the item before it."""
    values = {}
    for i, name in enumerate(names):
        if name in LISTS:
            m = compiled(_LIST_NUMBER).match(text[lines[i][0] : lines[i][1]])
            values[i] = numeral_value(m.group(1)) if m else None
    parts: set[int] = set()
    if "article" in names:
        expected = 1
        for i, name in enumerate(names):
            if name == "numbered" and values[i] == expected and _heading_like(text[lines[i][0] : lines[i][1]]):
                parts.add(i)
                expected += 1
        if len(parts) < 2:
            parts = set()
    items = {i for i in values if i not in parts and text[lines[i][1] - 1] in _ITEM_END}
    for kind, own_rank in LISTS.items():
        run: list[int] = []
        restarted = seen_restart = False
        for i, name in enumerate(names):
            rank = ranks[i]
            if (
                i in parts
                or rank is not None
                and rank < own_rank
                and name not in LISTS
                or (name in LISTS and name != kind and rank is not None and rank < own_rank and i not in items)
            ):
                run, restarted, seen_restart = [], False, False
                continue
            if name != kind or i in items:
                continue
            if values[i] == 1 and run:
                restarted = True
            run.append(i)
            if restarted:  # the run's lines not yet read (all of it at the restart), in order
                for k in range(len(run) - (1 if seen_restart else len(run)), len(run)):
                    j = run[k]
                    line = text[lines[j][0] : lines[j][1]]
                    # an editor's note in brackets counting on from the item before it is the
                    # list's next item (七、冬，十月。 八、（无经）: no text here): a heading
                    # names its part, a note only stands in for the entry
                    counts_on = k > 0 and run[k - 1] in items and values[j] == (values[run[k - 1]] or 0) + 1
                    if not _heading_like(line) or counts_on and compiled(_NOTE).match(line):
                        items.add(j)
                seen_restart = True
    return parts, items
