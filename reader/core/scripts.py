"""Script views of a document (original, Simplified, Traditional) with exact offset maps.

Every view is converted from the original text, never from another view: the round trip is
lossy (為→爲, 眾→衆). A view keeps the segments where conversion changed the length of a
phrase, so positions map both ways in O(log n) and exactly at every segment boundary.
"""

from __future__ import annotations

import re
import threading
import weakref
import zlib
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from reader.core import packed_dict
from reader.core.job_threads import give_way
from reader.core.patterns import compiled
from reader.core.resources import package_folder
from reader.core.script_names import (  # noqa: F401 - every script's name, also spelled from here
    DEFAULT_VARIANT,
    TO_SIMPLIFIED,
    TRADITIONAL_VARIANTS,
    Mode,
    Script,
)

if TYPE_CHECKING:
    from reader.core.view_segments import Segment

# OpenCC's own phrase separators: it never converts across them, so neither do we.
_SEPARATORS = (
    r"(\s+|-|,|\.|\?|!|\*|　|，|。|、|；|：|？|！|…|“|”|‘|’|『|』|「|」|﹁|﹂|—|－|（|）|《|》|〈|〉|～|．|／|＼"
    r"|︒|︑|︔|︓|︿|﹀|︹|︺|︙|︐|［|﹇|］|﹈|︕|︖|︰|︳|︴|︽|︾|︵|︶|｛|︷|｝|︸|﹃|﹄|【|︻|】|︼)"
)
_lock = threading.Lock()
OUT_PIECES = 4096
"""A conversion joins its converted pieces this many at a time: a list of a book's two million
pieces (its separators each a string of its own) took 20 MB until the end (issue 32)."""


@cache
def _opencc(config: str):
    if packed_dict.in_this_process():  # the window's (packed_dict.pack_in_this_process)
        return packed_dict.packed_converter(config)
    import opencc  # loaded on first conversion, off the path to the first window

    return opencc.OpenCC(config)


# the documents open in the window, each of which may still be previewed in a script it has no
# view of yet (ScriptViews.unmade): OpenCC's dictionaries are kept for them (keep_converters)
_previewed: weakref.WeakSet[ScriptViews] = weakref.WeakSet()


def keep_converters(views: ScriptViews) -> None:
    """Keep OpenCC's dictionaries loaded while views (a document open in the window) has a
    script view to make: its page is previewed with them (see warm)."""
    _previewed.add(views)


def release_converters() -> bool:
    """Let OpenCC's dictionaries go (10 MB of Python strings and dicts with both directions
    loaded, 12 bytes a character of 红楼梦 in the window) once every document kept for
    (keep_converters) has all its views: no preview is left that needs them. A short string
    converted after (a label) loads them again. True when they were let go."""
    if not _lock.acquire(blocking=False):
        return False  # a conversion is loading or using them: wanted now (and no wait here)
    try:
        if any(views.unmade() for views in list(_previewed)):
            return False
        _opencc.cache_clear()
        packed_dict.forget_tables()
        return True
    finally:
        _lock.release()


def warm(config: str, mode: Mode = Mode.MODERN) -> None:
    """Load OpenCC's dictionaries for config and compile its rules (those of the document's
    mode) now (0.15–0.5 s of Python), so that a book's first preview of a script, on the
    window's thread, does not wait for them: called from a thread of its own, which gives the
    event loop its turns meanwhile. The window's packed tables are built first, outside the
    conversions' lock, making way between steps (packed_dict.preload): under the lock, a step
    that made way would hold every conversion of the window's meanwhile."""
    if packed_dict.in_this_process():
        packed_dict.preload(config)
    script = Script.TRADITIONAL if config.startswith("s2") else Script.SIMPLIFIED
    convert_with_map("中文", config, script, by_words=False, mode=mode)


def convert(text: str, config: str, mode: Mode = Mode.MODERN) -> str:
    """A short string (a query, a label) converted as a view is: OpenCC, the corrections table
    and the context rules, so what find and the tree show agrees with the page. mode: the
    document's (ScriptViews.mode); a short string cannot tell it itself. Words are cut
    where jieba is loaded already (the worker); elsewhere a label is not worth its 0.5 s."""
    from reader.core.words import tokenizer_loaded

    script = Script.TRADITIONAL if config.startswith("s2") else Script.SIMPLIFIED
    return convert_with_map(text, config, script, by_words=tokenizer_loaded(), mode=mode).text


@dataclass
class View:
    """The text in one script, with the segments that map its offsets to the original's."""

    script: Script
    config: str | None
    text: str
    segments: list[Segment] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._o_starts = [s.o_start for s in self.segments]
        self._v_starts = [s.v_start for s in self.segments]

    @property
    def is_identity(self) -> bool:
        return self.config is None

    def to_view(self, pos: int, end: bool = False) -> int:
        return _map(pos, self._o_starts, self.segments, "o", end)

    def to_original(self, pos: int, end: bool = False) -> int:
        return _map(pos, self._v_starts, self.segments, "v", end)

    def range_to_view(self, start: int, end: int) -> tuple[int, int]:
        return self.to_view(start), self.to_view(end, end=True)

    def range_to_original(self, start: int, end: int) -> tuple[int, int]:
        return self.to_original(start), self.to_original(end, end=True)

    def slice(self, start: int, end: int) -> str:
        """The view's text for an original range."""
        s, e = self.range_to_view(start, end)
        return self.text[s:e]


def _map(pos: int, starts: list[int], segments: list[Segment], side: str, end: bool) -> int:
    i = bisect_right(starts, pos) - 1
    if i < 0:
        return pos
    seg = segments[i]
    a0, a1, b0, b1 = (
        (seg.o_start, seg.o_end, seg.v_start, seg.v_end)
        if side == "o"
        else (seg.v_start, seg.v_end, seg.o_start, seg.o_end)
    )
    if pos >= a1:
        return pos - a1 + b1
    if pos == a0:
        return b0
    # inside a phrase whose length changed: no exact counterpart, so snap outwards
    return b1 if end else b0


def _piece_converter(converter):
    """Convert one separator-free piece. OpenCC's own convert() would split it again; its
    internal single-piece step, where this version has it, saves that second pass."""
    chain = getattr(converter, "_dict_chain_data", None)
    step = getattr(converter, "_convert", None)
    if chain is None or step is None:
        return converter.convert
    return lambda piece: step(piece, chain)


_SECTION = r"\[(traditional|simplified)\]"


@cache
def corrections(script: Script = Script.TRADITIONAL) -> tuple[tuple[str, str], ...]:
    """(wrong, right) pairs fixed in the converted view of one script (resources/script_corrections.tsv,
    where [traditional] and [simplified] head the entries of each; entries before any head fix
    the Traditional view)."""
    from reader.core.resources import resource_path

    rows = []
    section = Script.TRADITIONAL
    for line in resource_path("script_corrections.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        head = compiled(_SECTION).fullmatch(line.strip())
        if head:
            section = Script(head.group(1))
            continue
        wrong, right, _example = line.split("\t")
        if len(wrong) != len(right):
            raise ValueError(f"a correction must keep the length: {wrong} → {right}")
        if section is script:
            rows.append((wrong, right))
    return tuple(rows)


@cache
def _corrections_pattern(script: Script) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    table = dict(corrections(script))
    if not table:
        return None, table
    # longest first: at each position the longest entry wins, as in OpenCC's own matching, so an
    # entry that keeps a word as it is (慰藉 → 慰藉) protects it from a shorter one (藉 → 借)
    alternatives = sorted(table, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, alternatives))), table


def _corrected(converted: str, script: Script = Script.TRADITIONAL) -> str:
    pattern, table = _corrections_pattern(script)
    if pattern is None:
        return converted
    return pattern.sub(lambda m: table[m.group()], converted)


def _in_bmp(original: str, converted: str) -> str:
    """The converted text of a same-length part, with the original character kept wherever
    conversion would put a character outside the Basic Multilingual Plane in place of one inside
    it: simplifying rare characters gives Extension B–E forms (閵 → 𫔴, 蔯 → 𫈟) that the
    common fonts cannot draw. One code point for one, so offsets are unchanged."""
    if len(original) != len(converted) or converted.isascii() or max(converted) <= "\uffff":
        return converted
    return "".join(o if c > "\uffff" and o <= "\uffff" else c for o, c in zip(original, converted))


def _bmp_part(original: str, converted: str) -> str:
    """A part of any length: one whose length changed and that would leave the BMP stays as it was."""
    if len(original) == len(converted):
        return _in_bmp(original, converted)
    if any(c > "\uffff" for c in converted) and all(o <= "\uffff" for o in original):
        return original
    return converted


def _word_pieces(text: str, config: str, by_words: bool = True, cut: Sequence[int] | None = None) -> Iterator[str]:
    """The pieces a text converts in: between OpenCC's separators and, from Simplified, also
    between jieba's words. OpenCC's phrase matching crosses word boundaries (保护|发生 →
    保護髮生, 伟大|斗争 → 偉大斗爭, 新|征程 → 新徵程); converting word by word does not.
    by_words=False leaves jieba out: a quick preview, in a process that does not load it.
    cut: jieba's word ends of this whole text when made already (reader.core.words.jieba_ends,
    by the words job): cutting a book again took two thirds of converting it.
    One piece at a time: a list of a 5 M-character book's twelve million pieces, each a
    string of its own, took most of a gigabyte."""
    pieces = _separated(text)
    if not config.startswith("s2") or not by_words:
        return pieces
    if cut is not None:
        return _pieces_at(pieces, cut)
    return _cut_pieces(pieces)


def _separated(text: str) -> Iterator[str]:
    """text split at _SEPARATORS (re.split), a piece at a time: text, separator, text, ..., text."""
    start = 0
    for m in compiled(_SEPARATORS).finditer(text):
        yield text[start : m.start()]
        yield m.group()
        start = m.end()
    yield text[start:]


def _cut_pieces(pieces: Iterator[str]) -> Iterator[str]:
    from reader.core.words import jieba_ends  # jieba knows Simplified words only

    for i, piece in enumerate(pieces):
        if i % 2 == 0 and len(piece) > 1:
            # keep the even/odd rhythm: words are joined by empty separators
            start = 0
            for end in jieba_ends(piece):
                if start:
                    yield ""
                yield piece[start:end]
                start = end
        else:
            yield piece


def _pieces_at(pieces: Iterator[str], ends: Sequence[int]) -> Iterator[str]:
    """The separator-split pieces (even: text, odd: separators) with each text piece cut again
    at the word ends that fall inside it, joined by empty separators as _word_pieces does."""
    o = 0
    i = bisect_right(ends, 0)
    for k, piece in enumerate(pieces):
        end = o + len(piece)
        if k % 2 or len(piece) < 2:
            yield piece
        else:
            start = o
            while i < len(ends) and ends[i] < end:
                if ends[i] > start:
                    yield piece[start - o : ends[i] - o]
                    yield ""
                    start = ends[i]
                i += 1
            yield piece[start - o :]
        while i < len(ends) and ends[i] <= end:
            i += 1
        o = end


def convert_with_map(
    text: str,
    config: str,
    script: Script,
    by_words: bool = True,
    mode: Mode | None = None,
    cut: Sequence[int] | None = None,
) -> View:
    """The view of a text in one configuration, with its offset map. by_words=False: without
    jieba's word cut (see _word_pieces), for a preview that the real view replaces. mode: which
    rules apply (script_rules.text_mode of the text when None). cut: jieba's word ends of the
    text, when at hand (see _word_pieces)."""
    from reader.core import script_rules  # with the first conversion: its tables are not needed before it
    from reader.core.view_segments import Segment  # and its map's pieces (a launch converts nothing)

    if mode is None:
        mode = script_rules.text_mode(text)
    gaps = script_rules.spaced_gaps(text)
    if gaps and (spaced := _spaced_view(text, gaps, config, script, by_words, mode)) is not None:
        return spaced
    with _lock:
        converter = _opencc(config)
        converter.convert("")  # loads the dictionaries
    conv = _remembered(_piece_converter(converter))
    # a book's words repeat (红楼梦: 958,000 pieces, 45,000 different): each is converted once
    same: dict[str, str] = {}  # piece → its converted text, for pieces that keep their length
    changed: dict[str, list[tuple[int, int, str]]] = {}  # piece → its aligned parts otherwise
    out: list[str] = []
    done: list[str] = []  # out joined, every OUT_PIECES pieces
    segments: list[Segment] = []
    o = v = 0
    for i, piece in enumerate(_word_pieces(text, config, by_words, cut)):
        if len(out) >= OUT_PIECES:
            done.append("".join(out))
            out.clear()
            give_way()  # to a job the reader waits for, in the worker
        if i % 2 or not piece:  # odd pieces are the separators themselves, which OpenCC leaves alone
            out.append(piece)
            o += len(piece)
            v += len(piece)
            continue
        converted = same.get(piece)
        if converted is None:
            parts = changed.get(piece)
            if parts is None:
                converted = conv(piece)
                if len(converted) == len(piece):
                    converted = same[piece] = _in_bmp(piece, converted)
                else:
                    parts = changed[piece] = [
                        (o_rel, o_len, _bmp_part(piece[o_rel : o_rel + o_len], part))
                        for o_rel, o_len, part in _align(piece, converted, conv)
                    ]
            if parts is not None:
                for o_rel, o_len, part in parts:
                    if o_len != len(part):
                        segments.append(Segment(o + o_rel, o + o_rel + o_len, v, v + len(part)))
                    v += len(part)
                converted = "".join(part for _, _, part in parts)
                v -= len(converted)  # counted part by part just above
        out.append(converted)
        o += len(piece)
        v += len(converted)
    done.append("".join(out))
    del out, same, changed, conv  # what each piece became: not kept while the rules run
    converted = "".join(done)
    del done
    # the corrections and rules reach across word boundaries too; same lengths, so the map holds
    converted = script_rules.fix(_corrected(converted, script), script.value, config, mode)
    return View(script, config, converted, segments)


def _spaced_view(text: str, gaps: list[int], config: str, script: Script, by_words: bool, mode: Mode) -> View | None:
    """The view of a spaced text (古 籍 無 徵 ，), made from its text without those spaces, so that
    OpenCC's phrases (崑崙, 乾坤) and the word cut see its words, with the spaces set back in;
    None when that view changed a length (its offsets would not hold without the spaces)."""
    gap = set(gaps)
    kept = [i for i in range(len(text)) if i not in gap]
    view = convert_with_map("".join(text[i] for i in kept), config, script, by_words, mode)
    if view.segments or len(view.text) != len(kept):
        return None
    chars = list(text)
    for i, ch in zip(kept, view.text):
        chars[i] = ch
    return View(script, config, "".join(chars))


def _remembered(conv: Callable[[str], str]) -> Callable[[str], str]:
    """conv with its answers kept for one conversion (_align asks for the same parts often)."""
    known: dict[str, str] = {}

    def convert(piece: str) -> str:
        converted = known.get(piece)
        if converted is None:
            converted = known[piece] = conv(piece)
        return converted

    return convert


def _align(piece: str, converted: str, conv) -> list[tuple[int, int, str]]:
    """Cut a piece into the smallest parts that convert independently: (start, length, converted)."""
    parts = []
    start = 0
    rest = converted
    while start < len(piece):
        for cut in range(start + 1, len(piece) + 1):
            head = conv(piece[start:cut])
            if rest.startswith(head) and conv(piece[cut:]) == rest[len(head) :]:
                break
        else:  # unreachable: the whole remainder always matches itself
            head = rest
            cut = len(piece)
        parts.append((start, cut - start, head))
        rest = rest[len(head) :]
        start = cut
    return parts


CHARACTER_TABLES = ("TSCharacters.txt", "STCharacters.txt")
"""OpenCC's character tables, Traditional → Simplified and Simplified → Traditional."""


def tables_stamp(folder: Path) -> str:
    """A stamp of OpenCC's two character tables (their bytes' CRC-32)."""
    crc = 0
    for name in CHARACTER_TABLES:
        crc = zlib.crc32((folder / name).read_bytes(), crc)
    return f"{crc:08x}"


@cache
def _changing_characters() -> tuple[frozenset[str], frozenset[str]]:
    """(Traditional characters t2s changes, Simplified characters s2t changes), from OpenCC's
    own character tables: telling a document's script this way reads two small files, where
    converting a sample loaded both phrase dictionaries (50 ms) on the window's thread as the
    first document opened. Reader's list of them (reader.core.script_characters) is taken
    where it was made from these very tables (its stamp): cutting the tables' 8,000 lines cost
    the notice's launch 25 M instructions before its text painted, checking the stamp and
    taking the list about 3 M (issue 32). Other tables (another OpenCC's) are read themselves."""
    folder = package_folder("opencc") / "dictionary"
    from reader.core import script_characters  # made from the tables by tools/make_script_characters.py

    if script_characters.STAMP == tables_stamp(folder):
        return frozenset(script_characters.TO_SIMPLIFY), frozenset(script_characters.TO_TRADITIONAL)
    return read_changing_characters(folder)


def read_changing_characters(folder: Path) -> tuple[frozenset[str], frozenset[str]]:
    """The keys of each of OpenCC's character tables whose first target is another character.
    Each file is read whole, then cut into lines: a quarter fewer instructions than reading it
    line by line."""

    def changed(name: str) -> frozenset[str]:
        keys = set()
        for line in (folder / name).read_text(encoding="utf-8").split("\n"):
            key, _, targets = line.partition("\t")
            first = targets.partition(" ")[0]
            if first and first != key:
                keys.add(key)
        return frozenset(keys)

    to_simplify, to_traditional = (changed(name) for name in CHARACTER_TABLES)
    return to_simplify, to_traditional


def detect_script(text: str, sample: int = 20000) -> Script:
    """SIMPLIFIED or TRADITIONAL by which conversion would change more characters of a sample;
    ORIGINAL when neither changes any (no Chinese, or only characters common to both)."""
    part = text[:sample]
    to_simplify, to_traditional = _changing_characters()
    # each character of the sample counted once, in C, then each distinct one looked up: a
    # book's 20,000 characters looked up in both tables one by one, in Python, were 53 M
    # instructions before its first page, 41 M so
    counts = Counter(part)
    traditional = sum(map(counts.__getitem__, counts.keys() & to_simplify))
    simplified = sum(map(counts.__getitem__, counts.keys() & to_traditional))
    if traditional == simplified == 0:
        return Script.ORIGINAL
    return Script.TRADITIONAL if traditional >= simplified else Script.SIMPLIFIED


class ScriptPlan(
    NamedTuple
):  # a NamedTuple, not a frozen dataclass: made at launch, 2-3 M instructions fewer (issue 32)
    """Which OpenCC configuration produces each view of a document (None: the original itself)."""

    original_script: Script
    simplified: str | None
    traditional: str | None

    def config(self, script: Script) -> str | None:
        if script is Script.ORIGINAL:
            return None
        return self.simplified if script is Script.SIMPLIFIED else self.traditional


def plan_for(original_script: Script, variant: str = DEFAULT_VARIANT) -> ScriptPlan:
    if variant not in TRADITIONAL_VARIANTS:
        raise ValueError(f"unknown Traditional variant {variant!r}")
    if original_script is Script.TRADITIONAL:
        return ScriptPlan(original_script, TO_SIMPLIFIED, None)
    if original_script is Script.SIMPLIFIED:
        return ScriptPlan(original_script, None, variant)
    return ScriptPlan(original_script, TO_SIMPLIFIED, variant)


ViewLoader = Callable[[Script, str], "View | None"]
"""(script, config) → the view made before (by the worker process, kept on disk), or None."""


class ScriptViews:
    """The views of one document, converted on demand and cached. Thread-safe.

    `load`, when given, is asked once per view before converting: a view made earlier (in the
    analysis worker, or kept in the disk cache) costs a file read instead of a conversion."""

    def __init__(
        self,
        text: str,
        original_script: Script | None = None,
        variant: str = DEFAULT_VARIANT,
        load: ViewLoader | None = None,
    ) -> None:
        self.text = text
        self.original_script = original_script or detect_script(text)
        self.plan = plan_for(self.original_script, variant)
        self._cache: dict[tuple[Script, str | None], View] = {}
        self._lock = threading.Lock()
        self._load = load
        self._asked: set[tuple[Script, str]] = set()  # what load had no view for: not asked again
        self._mode: Mode | None = None
        self.cut: Sequence[int] | None = None
        """jieba's word ends of the text, when made already (the words job): a conversion from
        Simplified then splits at them instead of cutting the whole text again."""

    @property
    def mode(self) -> Mode:
        """How the document is written: modern, classical or old vernacular (script_rules.text_mode)."""
        if self._mode is None:
            from reader.core import script_rules

            self._mode = script_rules.text_mode(self.text)
        return self._mode

    def convert(self, text: str, script: Script) -> str:
        """A short string (a query, a label) in one of this document's views, as the view
        would write it."""
        config = self.plan.config(script)
        return text if config is None else convert(text, config, self.mode)

    def set_variant(self, variant: str) -> None:
        self.plan = plan_for(self.original_script, variant)

    def unmade(self) -> bool:
        """Whether a view of a script (in the variant chosen) is still to be converted."""
        keys = [(s, self.plan.config(s)) for s in (Script.SIMPLIFIED, Script.TRADITIONAL)]
        return any(config is not None and (script, config) not in self._cache for script, config in keys)

    def cached(self, script: Script) -> View | None:
        """The view when it is at hand (made, or loadable at once), else None: never converts."""
        config = self.plan.config(script)
        view = self._cache.get((script, config))
        if view is None and config is None:
            view = self.get(script)  # the original itself
        elif view is None and self._load is not None and (script, config) not in self._asked:
            self._asked.add((script, config))
            loaded = self._load(script, config)
            if loaded is not None:
                view = self.put(loaded)
        return view

    def put(self, view: View) -> View:
        """Keep a view made elsewhere (the worker process); the one kept first wins."""
        with self._lock:
            return self._cache.setdefault((view.script, view.config), view)

    def get(self, script: Script) -> View:
        config = self.plan.config(script)
        key = (script, config)
        view = self._cache.get(key)
        if view is None and config is not None:
            view = self.cached(script)
        if view is None:
            view = (
                View(script, None, self.text)
                if config is None
                else convert_with_map(self.text, config, script, mode=self.mode, cut=self.cut)
            )
            with self._lock:
                view = self._cache.setdefault(key, view)
        return view
