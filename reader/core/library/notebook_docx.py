"""The notebook as a Word document in a hand-out style (reader.core.export.handout_styles, the
styles the single document's hand-out uses): a heading per document with its date and file,
a smaller heading per section, and each passage shaded or underlined as it was marked, with
its colour and date and the note under it."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from itertools import groupby

from docx.shared import Pt

from reader.core.export.docx_format import Body, blank_document
from reader.core.export.handout_styles import handout_style
from reader.core.library.folding import fold
from reader.core.library.notebook import Note, NotebookLabels
from reader.core.punctuation import clean_punctuation


def language_of(notes: list[Note]) -> str:
    """zh-Hant when most passages are in Traditional characters (folding to Simplified changes
    them), else zh-Hans: Word then draws them in the faces of that script."""
    traditional = sum(1 for n in notes if fold(n.exact) != n.exact)
    return "zh-Hant" if traditional * 2 > len(notes) else "zh-Hans"


def render_docx(notes: list[Note], labels: NotebookLabels | None = None, style: str = "study") -> bytes:
    """The notes (in the notebook's order: by document date, then position) as a .docx file."""
    labels = labels or NotebookLabels()
    chosen = handout_style(style)
    document = blank_document(language_of(notes), chosen)
    props = document.core_properties
    props.title = labels.title
    props.author = ""
    props.created = props.modified = datetime.now(UTC)
    body = Body(document, chosen)
    body.heading(labels.title, 0)
    for (_, title, date), in_document in groupby(notes, key=lambda n: (n.path, n.title, n.date)):
        in_document = list(in_document)
        body.heading(clean_punctuation(title), 1)
        body.meta(" · ".join(part for part in (date, in_document[0].path) if part))
        for section, in_section in groupby(in_document, key=lambda n: n.section):
            if section:
                body.heading(clean_punctuation(section), 2)
            for note in in_section:
                _note(body, note, labels)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _note(body: Body, note: Note, labels: NotebookLabels) -> None:
    quote = body.lines(clean_punctuation(note.exact), note)
    quote.paragraph_format.space_after = Pt(2)
    colour = labels.colour(note.colour)
    when = note.modified[:16].replace("T", " ")
    meta = body.meta(" · ".join(part for part in (colour, when) if part))
    meta.paragraph_format.left_indent = quote.paragraph_format.left_indent
    if note.note.strip():
        body.lines(note.note)
