"""The W3C Web Annotation Data Model: export as an AnnotationCollection, and import it back
(or one of Reader's own store files)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from reader.core.annotations.model import Annotation
from reader.core.annotations.records import FORMAT, StoreFormatError, is_timestamp, parse_store
from reader.core.export import ExportData
from reader.core.scripts import Script

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
OLDEST = "0001-01-01T00:00:00+00:00"
"""The time of a record that says none: older than any edit, so it never overwrites one."""


class AnnotationImportError(ValueError):
    """A file that cannot be imported; nothing was changed."""


def _annotation(item, data: ExportData) -> dict:
    a = item.annotation
    selectors = [{"type": "TextQuoteSelector", "exact": item.quote, "prefix": item.prefix, "suffix": item.suffix}]
    if item.start is not None:
        selectors.append({"type": "TextPositionSelector", "start": item.start, "end": item.end})
    out = {
        "@context": CONTEXT,
        "id": f"urn:uuid:{a.id}",
        "type": "Annotation",
        "motivation": "commenting" if a.note.strip() else "highlighting",
        "created": a.created,
        "modified": a.modified,
    }
    if a.note.strip():
        out["body"] = {"type": "TextualBody", "value": a.note, "format": "text/plain", "purpose": "commenting"}
    out["target"] = {"source": data.document_id, "selector": selectors}
    out["reader:colour"] = a.colour
    out["reader:style"] = a.style
    return out


def render(data: ExportData) -> str:
    items = [_annotation(item, data) for item in data.items]
    collection = {
        "@context": CONTEXT,
        "type": "AnnotationCollection",
        "label": data.title,
        "total": len(items),
        "reader:script": data.script.value,
        "first": {"type": "AnnotationPage", "startIndex": 0, "items": items},
    }
    return json.dumps(collection, ensure_ascii=False, indent=2) + "\n"


@dataclass
class Imported:
    script: Script
    annotations: list[Annotation]
    positions_in_view: bool  # True: start/end count in the script's view, not the original
    sources: set[str] = field(default_factory=set)
    """The documents the file's targets name (Web Annotation `source`), if any."""


def _targets(item: dict) -> list[dict]:
    """A target as an object or, as Hypothesis writes it, a list of them."""
    target = item.get("target")
    targets = target if isinstance(target, list) else [target]
    return [t for t in targets if isinstance(t, dict)]


def _from_web_annotation(item: dict) -> Annotation:
    if not isinstance(item, dict) or item.get("type", "Annotation") != "Annotation" or "target" not in item:
        raise AnnotationImportError("an item is not a Web Annotation")
    if "updated" in item and "modified" not in item:  # Hypothesis' own export says updated/text
        item = {**item, "modified": item["updated"]}
    selectors = []
    for target in _targets(item):
        found = target.get("selector")
        selectors += found if isinstance(found, list) else [found] if isinstance(found, dict) else []
    if not selectors:
        raise AnnotationImportError("an annotation has no selector")
    quote = next((s for s in selectors if isinstance(s, dict) and s.get("type") == "TextQuoteSelector"), None)
    position = next((s for s in selectors if isinstance(s, dict) and s.get("type") == "TextPositionSelector"), None)
    if quote is None or not isinstance(quote.get("exact"), str):
        raise AnnotationImportError("an annotation has no TextQuoteSelector")
    start = position.get("start") if position else 0
    end = position.get("end") if position else 0
    if not isinstance(start, int) or not isinstance(end, int):
        raise AnnotationImportError("a TextPositionSelector is not whole numbers")
    body = item.get("body")
    bodies = body if isinstance(body, list) else [body] if body else []
    note = "\n".join(b.get("value", "") for b in bodies if isinstance(b, dict) and b.get("type") == "TextualBody")
    if not bodies and isinstance(item.get("text"), str):
        note = item["text"]
    ident = str(item.get("id", ""))
    fields = {"note": note}
    if ident.startswith("urn:uuid:"):
        fields["id"] = ident[len("urn:uuid:") :]
    for key in ("created", "modified"):
        if key in item and not is_timestamp(item[key]):
            raise AnnotationImportError(f"an annotation's {key!r} is not an ISO 8601 time")
    # a record without times is older than any edit made here, so it never overwrites one
    fields["created"] = item.get("created") or OLDEST
    fields["modified"] = item.get("modified") or fields["created"]
    colour = item.get("reader:colour", "yellow")
    style = item.get("reader:style", "highlight")
    try:
        return Annotation(
            max(0, start),
            max(0, end, start),
            quote["exact"],
            str(quote.get("prefix", "")),
            str(quote.get("suffix", "")),
            colour=colour,
            style=style,
            **fields,
        )
    except (TypeError, ValueError) as exc:
        raise AnnotationImportError(f"an annotation is malformed ({exc})") from None


def parse(raw: str) -> Imported:
    """Read a Web Annotation export or a Reader store file. Raises AnnotationImportError."""
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise AnnotationImportError(f"not JSON ({exc.msg}, line {exc.lineno})") from None
    except RecursionError:
        raise AnnotationImportError("nested too deeply to be an annotation file") from None
    if isinstance(data, dict) and data.get("format") == FORMAT:
        try:
            _, state, _ = parse_store(raw)
        except StoreFormatError as exc:
            raise AnnotationImportError(str(exc)) from None
        if state.quarantined:
            raise AnnotationImportError(f"{len(state.quarantined)} of its records cannot be read")
        return Imported(Script.ORIGINAL, state.annotations, False)
    script = Script.ORIGINAL
    if isinstance(data, dict) and data.get("type") == "AnnotationCollection":
        try:
            script = Script(data.get("reader:script", "original"))
        except ValueError:
            raise AnnotationImportError(f"unknown script {data.get('reader:script')!r}") from None
        items = (data.get("first") or {}).get("items") if isinstance(data.get("first"), dict) else data.get("items")
    elif isinstance(data, dict) and data.get("type") == "Annotation":
        items = [data]
    elif isinstance(data, dict) and isinstance(data.get("annotations"), list):  # Hypothesis' export file
        items = data["annotations"]
    else:
        items = data
    if not isinstance(items, list):
        raise AnnotationImportError(
            "neither a Web Annotation collection, a list of annotations, nor a Reader annotation file"
        )
    sources = {
        t["source"]
        for item in items
        if isinstance(item, dict)
        for t in _targets(item)
        if isinstance(t.get("source"), str)
    }
    return Imported(script, [_from_web_annotation(item) for item in items], True, sources)
