"""The one table of highlight styles: stored names never change, and every export takes its
colours from it."""

import subprocess
import sys

from reader.core.annotations.model import COLOURS
from reader.core.annotations.styles import HIGHLIGHT_STYLES, line_colour, printed_colour, style_named
from reader.core.export import Labels, gather, render


def test_the_stored_colour_names_are_those_files_hold():
    # annotation files written by every Reader so far use exactly these names, in this order
    # (the order is the keys 1–5)
    assert COLOURS == ("yellow", "green", "blue", "pink", "purple")
    assert tuple(s.name for s in HIGHLIGHT_STYLES) == COLOURS
    assert Labels().colours == {s.name: s.label for s in HIGHLIGHT_STYLES}


def test_each_style_has_distinct_valid_colours():
    for field in ("light", "dark", "printed"):
        values = [getattr(s, field) for s in HIGHLIGHT_STYLES]
        assert len(set(values)) == len(values), field
        assert all(len(v) == 7 and v[0] == "#" and int(v[1:], 16) >= 0 for v in values), field
    assert style_named(None) is None and printed_colour(None) is None
    assert line_colour(None) != line_colour("yellow")


def test_exports_paint_with_the_table(session):
    html = render(gather(session), "html")
    for item in gather(session).items:
        a = item.annotation
        if a.colour and a.style == "highlight":
            assert f"background: {style_named(a.colour).printed}" in html
        elif a.colour:
            assert f"text-decoration-color: {style_named(a.colour).dark}" in html
    md = render(gather(session), "md")
    assert "*yellow · " in md and "*blue, underline · " in md


def test_the_models_do_not_import_the_widgets():
    """reader.models may use QtGui, never reader.gui (the colours come from core's table)."""
    code = (
        "import sys, reader.models.annotation_model, reader.models.outline_model, reader.models.keyterm_model\n"
        "print(sorted(m for m in sys.modules if m.startswith('reader.gui')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
