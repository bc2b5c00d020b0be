"""Markdown's text: reader.core.formats.markdown."""

from reader.core.formats.markdown import parse


def test_a_line_break_after_an_ideograph_joins_without_a_space():
    """A paragraph set on two lines reads as one line: no space after a Chinese character, one
    of the supplementary planes (𠀀, 𰻝) as well, and one between Latin words."""
    assert (
        parse("他說𠀀\n𪚥字很少見。\n\n他看見𰻝\n是字。\n\none\ntwo").text
        == "他說𠀀𪚥字很少見。\n\n他看見𰻝是字。\n\none two\n"
    )
