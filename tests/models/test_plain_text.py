"""Text for a tooltip or message box, escaped so that it shows as written."""

import html

from hypothesis import given
from hypothesis import strategies as st

from reader.models.plain_text import escaped


@given(st.text(alphabet=st.sampled_from(list("<>&\"' \n\tab漢&amp;;#x")), max_size=30))
def test_text_is_escaped_as_html_escape_does(text):
    """Escaped by hand (the html module's tables cost the launch 9 M instructions to import):
    what html.escape without quotes gave."""
    expected = f'<qt><span style="white-space: pre-wrap">{html.escape(text, quote=False)}</span></qt>'.replace(
        "\n", "<br>"
    )
    assert escaped(text) == (expected if text else "")


def test_markup_shows_as_written():
    assert (
        escaped('<img src="/dev/zero">')
        == '<qt><span style="white-space: pre-wrap">&lt;img src="/dev/zero"&gt;</span></qt>'
    )
    assert escaped("") == ""
