"""A comparison's changes and figures as the pages show them: in the script each page is read
in (the comparison's texts and labels are the documents' own, as written)."""

from __future__ import annotations

from reader.core.compare.figures import FigureChange, figure_value
from reader.core.compare.model import Change, SectionRef


def change_shown(a, b, change: Change) -> tuple[str, str, str]:
    """A change's section label, A's text and B's, as readings a and b show them."""
    ref, reading = (change.section_b, b) if change.section_b else (change.section_a, a)
    label = section_label_shown(reading, ref) if ref is not None else ""
    return label, a.shown_view().slice(change.a.start, change.a.end), b.shown_view().slice(change.b.start, change.b.end)


def figure_shown(a, b, figure: FigureChange) -> tuple[str, str, str, str]:
    """A figure's subject, old and new values and section, as readings a and b show them (the
    subject is read in B)."""
    change = figure.change
    subject = "".join(b.shown_view().slice(lo, hi) for lo, hi in figure.subject_at) or figure.subject
    label, old, new = change_shown(a, b, change)
    return subject, figure_value(old), figure_value(new), label


def section_label_shown(reading, ref: SectionRef) -> str:
    """A section's label as its page shows it: the outline's label of the node where the
    section starts, when that is the label the comparison took (else as written)."""
    outline = reading.session.outline
    node = next((n for n in reversed(outline.path_at(ref.start, sentences=False)) if n.start == ref.start), None)
    if node is None or outline.label(node) != ref.label:
        return ref.label
    view = reading.shown_view()
    return outline.label(node, view.text, view.to_view)
