"""Annotations rendered for other people and tools, in the script the reader chooses."""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from datetime import datetime

from reader.core.annotations.model import CONTEXT, Annotation
from reader.core.annotations.styles import HIGHLIGHT_STYLES
from reader.core.export.layout import Paragraph, paragraphs
from reader.core.scripts import Script, convert
from reader.core.session import Session

FORMATS = ("md", "csv", "html", "json")
"""The text formats: render() gives each as a string."""
BINARY_FORMATS = ("docx",)
"""The file formats: render_bytes() gives each (and the text formats) as a file's bytes."""
EXPORT_FORMATS = (*FORMATS, *BINARY_FORMATS)
"""Everything core renders; the PDF is drawn by Qt (gui/printing.py)."""
WHOLE_TEXT_FORMATS = ("html", "docx")
"""The formats that can carry the whole text with the highlights on it, not only the quotes."""
SCOPES = ("all", "section", "noted")
NO_COLOUR = "none"
"""How a choice of colours names the annotations without one (comments), beside the table's names."""


def iso_minutes(stamp: str) -> str:
    """2026-11-21 10:00, in the time zone it was written in: the same on every machine."""
    try:
        return datetime.fromisoformat(stamp).strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return stamp


def date_format(template: str) -> Callable[[str], str]:
    """format_date for a template of {year} {month} {day} {hour} {minute} (2026年12月5日 14:30
    from "{year}年{month}月{day}日 {hour:02}:{minute:02}"), in the time zone it was written in."""

    def format_date(stamp: str) -> str:
        try:
            when = datetime.fromisoformat(stamp)
        except ValueError:
            return stamp
        return template.format(year=when.year, month=when.month, day=when.day, hour=when.hour, minute=when.minute)

    return format_date


@dataclass(frozen=True)
class Labels:
    """The words an export adds of its own; the window passes them in the reader's language."""

    orphans: str = "Not found in the current text"
    no_colour: str = "no colour"
    underline: str = "underline"
    colours: dict[str, str] = field(default_factory=lambda: {s.name: s.label for s in HIGHLIGHT_STYLES})
    format_date: Callable[[str], str] = iso_minutes
    author: str = "Reader"
    """Who a Word comment is by: Word requires a name and shows it beside each comment."""
    highlight_style: str = "{colour}"
    """A highlight's line under its quote: "{colour}标注" in Chinese."""
    underline_style: str = "{colour}, {underline}"
    """An underline's line: "{colour}下划线" in Chinese."""
    source: str = "{source}"
    """The file a hand-out was made from, under its title: "来源文件：{source}" in Chinese."""
    section: str = "Section"
    """The summary table's first column."""
    total: str = "Total"
    """The summary table's last row."""
    separator: str = " · "
    """Between the parts of a line of metadata ("，" in Chinese)."""
    converted: str = "quotes converted to {script} from the original {original}"
    """Said under the title when the quotes are in the other script than the document's own:
    a quote in 繁體 of a 简体 original is not the original's wording, and who cites it needs to
    know ("引文由原文{original}转换为{script}" in Chinese)."""

    def style(self, annotation: Annotation) -> str:
        if not annotation.colour:
            colour = self.no_colour
        else:
            colour = self.colours.get(annotation.colour, annotation.colour)
        template = self.underline_style if annotation.style == "underline" else self.highlight_style
        if not annotation.colour and annotation.style != "underline":
            template = "{colour}"  # a comment: no colour to name as a highlight
        return template.format(colour=colour, underline=self.underline)

    def meta(self, *parts: str) -> str:
        """A line of metadata from the parts that are not empty."""
        return self.separator.join(p for p in parts if p)


@dataclass(frozen=True)
class ExportItem:
    annotation: Annotation
    section: str
    quote: str
    start: int | None  # in the exported script's text; None for an orphan
    end: int | None
    prefix: str = ""
    suffix: str = ""

    @property
    def note(self) -> str:
        return self.annotation.note


@dataclass(frozen=True)
class ExportData:
    title: str
    source: str
    dateline: str
    script: Script
    document_id: str
    items: list[ExportItem]
    labels: Labels = field(default_factory=Labels)
    language: str = "zh"
    """BCP 47 tag of the exported text: zh-Hans, zh-Hant, or zh when the original's script is unknown."""
    paragraphs: list[Paragraph] | None = None
    """The whole text with the items marked on it (None: the quotes only)."""
    style: str = "study"
    """The look of a Word hand-out: a name from handout_styles (study, gongwen)."""
    comments: bool = False
    """The whole text's notes as Word comments on their passages (False: numbered footnotes)."""
    summary: bool = False
    """A 学习笔记 hand-out: a table of the highlights per section and colour before them."""
    converted_from: Script | None = None
    """The document's own script when the text is shown converted to another (None: as written)."""

    @property
    def meta(self) -> str:
        """The line under a hand-out's title: the document's dateline, its source file, and
        the script the quotes were converted to."""
        labels = self.labels
        converted = ""
        if self.converted_from is not None:
            names = {Script.SIMPLIFIED: "简体", Script.TRADITIONAL: "繁體"}  # as the export dialog names them
            shown = names.get(self.script, self.script.value)
            converted = labels.converted.format(script=shown, original=names.get(self.converted_from, ""))
        return labels.meta(self.dateline, labels.source.format(source=self.source) if self.source else "", converted)

    def summary_table(self) -> tuple[list[str], list[tuple[str, list[int]]]]:
        """(colour names in the style table's order, (section, counts per colour) per section
        and a last row of totals): how many highlights of each colour each section holds."""
        names = [s.name for s in HIGHLIGHT_STYLES]
        names += sorted({i.annotation.colour or NO_COLOUR for i in self.items} - set(names))
        used = [n for n in names if any((i.annotation.colour or NO_COLOUR) == n for i in self.items)]
        rows = []
        for section, items in self.groups():
            counts = [sum(1 for i in items if (i.annotation.colour or NO_COLOUR) == n) for n in used]
            rows.append((section or self.labels.orphans, counts))
        rows.append((self.labels.total, [sum(r[1][k] for r in rows) for k in range(len(used))]))
        return used, rows

    def groups(self) -> list[tuple[str, list[ExportItem]]]:
        """Items grouped by section in document order (orphans last, under an empty label)."""
        groups: list[tuple[str, list[ExportItem]]] = []
        for item in self.items:
            if not groups or groups[-1][0] != item.section:
                groups.append((item.section, []))
            groups[-1][1].append(item)
        return groups


def language_of(session: Session, script: Script) -> str:
    shown = session.views.original_script if script is Script.ORIGINAL else script
    return {Script.SIMPLIFIED: "zh-Hans", Script.TRADITIONAL: "zh-Hant"}.get(shown, "zh")


def gather(
    session: Session,
    script: Script = Script.ORIGINAL,
    scope: str = "all",
    section=None,
    labels: Labels | None = None,
    colours: Collection[str] | None = None,
    whole_text: bool = False,
    style: str = "study",
    comments: bool = False,
    summary: bool = False,
) -> ExportData:
    """What an export shows. `section` (an outline node) limits scope "section"; `colours`
    (names from the style table, NO_COLOUR for comments; None: all) limits which annotations;
    `whole_text` adds the document's paragraphs (only the section's, for scope "section")."""
    view = session.view(script)
    outline = session.outline
    items = []
    for a in session.annotations:
        if colours is not None and (a.colour or NO_COLOUR) not in colours:
            continue
        if scope == "noted" and not a.note.strip():
            continue
        if scope == "section" and (section is None or a.orphaned or not section.start <= a.start < section.end):
            continue
        if a.orphaned:
            config = view.config
            quote, prefix, suffix = (
                convert(t, config, session.views.mode) if config else t for t in (a.exact, a.prefix, a.suffix)
            )
            items.append(ExportItem(a, "", quote, None, None, prefix, suffix))
            continue
        group = outline.group_at(a.start)
        label = outline.full_label(group, view.text, view.to_view) if group else ""  # a long heading wraps
        start, end = view.range_to_view(a.start, a.end)
        prefix = view.text[max(0, start - CONTEXT) : start]
        items.append(ExportItem(a, label, view.text[start:end], start, end, prefix, view.text[end : end + CONTEXT]))
    items.sort(key=lambda i: (i.start is None, i.start or 0))
    dateline = outline.first("dateline")
    text = None
    if whole_text:
        within = (section.start, section.end) if scope == "section" and section is not None else None
        text = paragraphs(session, script, (i.annotation for i in items), within)
    return ExportData(
        title=session.title_in(script),
        source=session.document.name,
        dateline=outline.label(dateline, view.text, view.to_view) if dateline else "",
        script=script,
        document_id=f"urn:sha256:{session.document.content_hash}",
        items=items,
        labels=labels or Labels(),
        language=language_of(session, script),
        paragraphs=text,
        style=style,
        comments=comments,
        summary=summary,
        converted_from=_converted_from(session, script),
    )


def _converted_from(session: Session, script: Script) -> Script | None:
    """The document's own script when `script` shows it converted (None: as written, or the
    original's script unknown)."""
    own = session.views.original_script
    if script is Script.ORIGINAL or own not in (Script.SIMPLIFIED, Script.TRADITIONAL) or script is own:
        return None
    return own


def render(data: ExportData, fmt: str) -> str:
    """A text format (FORMATS) as a string."""
    from reader.core.export import csv_format, html, markdown, webanno

    renderers = {"md": markdown.render, "csv": csv_format.render, "html": html.render, "json": webanno.render}
    if fmt not in renderers:
        raise ValueError(f"unknown text format {fmt!r}; choose one of {', '.join(FORMATS)}")
    return renderers[fmt](data)


def render_bytes(data: ExportData, fmt: str) -> bytes:
    """Any format (EXPORT_FORMATS) as the bytes of its file: text formats in UTF-8."""
    if fmt == "docx":
        from reader.core.export import docx_format

        return docx_format.render(data)
    return render(data, fmt).encode("utf-8")
