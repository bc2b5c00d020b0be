"""CSV for spreadsheets: UTF-8 with a BOM (so Chinese shows), one row per annotation."""

from __future__ import annotations

import csv
import io

from reader.core.export import ExportData

HEADER = ("section", "quote", "note", "colour", "style", "created", "modified", "start", "end")


def neutralise(cell: str) -> str:
    """A cell a spreadsheet would run as a formula becomes text (CSV injection)."""
    return "'" + cell if cell[:1] in ("=", "+", "-", "@", "\t", "\r") else cell


def render(data: ExportData) -> str:
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(HEADER)
    for item in data.items:
        a = item.annotation
        row = [item.section, item.quote, a.note, a.colour or "", a.style, a.created, a.modified]
        writer.writerow(
            [neutralise(c) for c in row]
            + ["" if item.start is None else item.start, "" if item.end is None else item.end]
        )
    return out.getvalue()
