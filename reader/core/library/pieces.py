"""How folded text becomes the tokens of the library's full-text index.

Every position of a chunk of folded text gives one token: the two characters starting there
(the last position: its character and a pad). FTS5's `ascii` tokenizer splits on ASCII
punctuation and spaces, so each ASCII character other than a letter or digit is written as a
private-use character in the token; tokens are joined by spaces. Token i is therefore exactly
position i of the chunk, which makes

* a query of two characters one token,
* a longer query a phrase of its overlapping pairs (consecutive tokens = consecutive text),
* a one-character query a prefix query (every position starts one token),

and the index's own counts (fts5vocab) exact occurrence counts for one and two characters.
A chunk is a run of whole lines, so a query of one line never straddles two chunks."""

from __future__ import annotations

import sys
from array import array
from collections.abc import Iterator

CHUNK = 4000
"""Characters a chunk holds at least (unless the text ends): lines are never split."""
_PAD = "\uf8ff"
_ESCAPES = tuple((chr(c), chr(0xF800 + c)) for c in range(128) if not chr(c).isalnum())
"""ASCII punctuation, spaces and controls → private-use characters the tokenizer keeps."""
_UTF32 = "utf-32-le" if sys.byteorder == "little" else "utf-32-be"
"""Code points as the machine's 32-bit numbers (array "I")."""


def escape(folded: str) -> str:
    # str.replace for the few kinds present: translate() goes character by character through a
    # dict for all of a Chinese text (a third of the time of making tokens)
    for char, private in _ESCAPES:
        if char in folded:
            folded = folded.replace(char, private)
    return folded


def tokens(folded: str) -> str:
    """The index's document for a chunk of folded text: one token per position, the pair of
    characters starting there, tokens parted by spaces (built as an array of code points:
    three per token, so no string is made per token)."""
    safe = escape(folded)
    n = len(safe)
    if not n:
        return ""
    codes = memoryview(safe.encode(_UTF32, "surrogatepass")).cast("I")
    out = array("I", [ord(" ")]) * (3 * n - 1)
    slots = memoryview(out)
    slots[0::3] = codes
    slots[1 : 3 * n - 3 : 3] = codes[1:]
    slots[3 * n - 2] = ord(_PAD)
    return out.tobytes().decode(_UTF32, "surrogatepass")


def query_expression(folded_query: str) -> str:
    """The FTS5 MATCH expression that finds the chunks holding a folded query (one line)."""
    safe = escape(folded_query)
    if len(safe) == 1:
        return f'"{safe}" *'
    return '"' + " ".join(safe[i : i + 2] for i in range(len(safe) - 1)) + '"'


def prefix_range(folded_char: str) -> tuple[str, str]:
    """[low, high) of the index terms that start with one folded character."""
    safe = escape(folded_char)
    return safe, safe + "\U0010ffff"


def pair_term(folded_pair: str) -> str:
    return escape(folded_pair)


def chunks(text: str, size: int = CHUNK) -> Iterator[tuple[int, int]]:
    """[start, end) runs of whole lines of at least `size` characters, covering the text."""
    start = 0
    n = len(text)
    while start < n:
        cut = text.find("\n", min(start + size, n) - 1)
        end = n if cut < 0 else cut + 1
        yield start, end
        start = end
