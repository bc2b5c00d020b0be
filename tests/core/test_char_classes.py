"""A class tested by its ranges answers as the compiled pattern of the same class does."""

import re
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from reader.core.char_classes import HAN, char_class, has_han, is_han

CLASSES = (
    HAN,
    "\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60",
    "\u2e80-\u2fdf\u3000-\u303f\u3040-\u30ff\U00020000-\U0003134f“”‘’",
    "a-zA-Z0-9_",
    "x",
    "b-dc-fa",  # overlapping and touching ranges, a single character inside one
)

# characters near every range's ends, and any other
EDGES = sorted({chr(c + d) for spec in CLASSES for c in map(ord, spec) for d in (-1, 0, 1) if 0 <= c + d < 0x110000})


@given(st.sampled_from(CLASSES), st.one_of(st.sampled_from(EDGES), st.characters(), st.just("")))
def test_the_class_answers_as_its_pattern(spec, ch):
    assert char_class(spec)(ch) == bool(re.compile(f"[{spec}]").match(ch))


def test_a_range_edge_and_its_neighbours():
    han = char_class(HAN)
    assert han("一") and han("\u9fff") and han("\u3400") and han("丨")
    assert not han("\u4dc0") and not han("a") and not han("：") and not han("")


def test_han_is_every_ideograph_unicode_names():
    """is_han: each code point Unicode names a unified or compatibility ideograph (Python's
    unicodedata), the supplementary planes' (𠀀 Extension B, 𰻝 G, 丽 the compatibility
    supplement) as the BMP's; besides them only code points not assigned yet, inside the
    ideographs' blocks and planes."""
    for code in range(0x40000):
        ch = chr(code)
        name = unicodedata.name(ch, "")
        ideograph = name.startswith(("CJK UNIFIED IDEOGRAPH-", "CJK COMPATIBILITY IDEOGRAPH-"))
        assert is_han(ch) == ideograph or (is_han(ch) and not name), hex(code)


def test_a_text_holds_han_where_any_of_its_characters_is_one():
    assert has_han("biáng 𰻝") and has_han("𪚥") and has_han("見")
    assert not has_han("〇ㄅ：、。abc") and not has_han("")
