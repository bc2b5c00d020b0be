"""Simplified → Traditional at scale: a round trip through Simplified on Traditional texts.

Each piece of eval/scripts/<kind>.jsonl.xz (Traditional print: classical texts, Taiwan's
statutes, the Judicial Yuan's interpretations, novels; see eval/scripts/SOURCES.md) is converted
to Simplified by plain OpenCC t2s (the same step for every row, so that only the way back
differs), then back to Traditional by Reader's view and by OpenCC's s2t, s2tw and s2hk. An error
is an ideograph of the way back that differs from the original, except where the two are a pure
variant pair of OpenCC's own Taiwan or Hong Kong variant tables (為/爲, 裡/裏, 著/着 are not
errors of a config but a choice of forms). Lines whose ideograph count changed count their edit
distance.

A third of each kind's pieces, chosen by a fixed seed, is held out: never read while writing
rules. Only the development part's confusions are listed.

The goal figure is measured on the e-texts whose reference was made by people. An e-text whose
original reads as a machine conversion from Simplified (machine_converted) is measured apart, as
"machine-made": its original holds writings no Traditional print makes, a one-to-many Simplified
character given a sense it cannot have there (MACHINE_SIGNS: 雲 'cloud' for 云 'say' in 詩雲：,
不雲乎; 太後, 後稷; 白發, 髮生; 麵前; 五十裡, 鄉裡; 關系; 幹戈, 闌幹, 才乾; 而複, 以複其初; 意誌; 北鬥,
爭斗; 空穀, 米谷; 鹹有; 學捨; 佈衣; 出徵; 範蠡; 辛醜, 出丑; 鬆林; 週公; 曆代; 幾只; 開瞭; 迴圈 for
循環; 彔 for 錄), at least 3 of them and 0.5 in 10,000 characters of the e-text's pieces in the
part, counted on the originals alone. There the way back is measured against a converter's
guesses (孔子雲『…』, 五十裡, 可以複生). The signs and the threshold were chosen on the development
part; each part is judged on its own pieces. The machine-made figure and the figure of all pieces
together (the goal figure before this split) are printed below the goal figure.

Beside the goal figure, never in its place:
- without the editions' variants (edition_variant), in classical text and old novels only: a
  character CC-CEDICT calls a variant of the original's or the original's a variant of it
  ("variant of", "old variant of": 于 "variant of 於", 脩 "variant of 修", 歎, 恒),
  where the original's e-text itself writes both forms. Editions of one text differ in these
  (the e-texts' 孝經 writes "莫大于孝" where the 十三經注疏 edition has "莫大於孝") and the
  Simplified text keeps neither, so no conversion can recover them. CC-CEDICT's entry names the
  sense in which a character is a variant, not the place: a variant whose other sense is meant
  there (于 the surname) is counted as a variant too. A line before it leaves out 於/于 alone,
  the largest of these in classical text: the 古漢語常用字字典's note under 於 says the two
  prepositions are interchangeable in old books (詩經, 尚書, 周易 mostly print 于, others 於, some,
  as 左傳, both) but for names and the interjection 於 (wū); CC-CEDICT: 于 "variant of 於".
- without the places where the reference itself is a machine conversion from Simplified, told
  from the original line alone (reference_errors): 彔 for 錄, 雲 "say" before a colon and a
  quotation, 裡/裏 "inside" for 里, the unit of length, after a numeral.

python benchmarks/script_roundtrip.py [--kind classical ...] [--split dev|held-out|both]
                                      [--top N] [--limit N] [--cuv] [--show 遊游 ...]

--show prints the contexts of the named confusions (converted, original) of the development
part only: the held-out part's errors are never shown.
"""

from __future__ import annotations

import argparse
import gzip
import json
import lzma
import random
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.core.resources import package_folder  # noqa: E402
from reader.core.scripts import Script, ScriptViews  # noqa: E402

CORPUS = ROOT / "eval" / "scripts"
KINDS = ("classical", "legal", "official", "literature")
# the kinds whose editions choose between variants (edition_variant); statutes and the courts'
# interpretations print the Ministry of Education's standard forms, where 制 is no 製
EDITION_KINDS = ("classical", "literature")
SEED = 27
TO_SIMPLIFIED = "t2s"
CONFIGS = ("s2t", "s2tw", "s2hk")
_IDEOGRAPH = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003ffff]")


@dataclass(frozen=True)
class Piece:
    source: str
    part: int
    text: str


def load(kind: str) -> list[Piece]:
    with lzma.open(CORPUS / f"{kind}.jsonl.xz", "rt", encoding="utf-8") as rows:
        return [Piece(**json.loads(row)) for row in rows]


def split(pieces: list[Piece], seed: int = SEED) -> tuple[list[Piece], list[Piece]]:
    """(development, held out): a seeded third of the pieces is held out."""
    order = list(range(len(pieces)))
    random.Random(seed).shuffle(order)
    held = set(order[: len(pieces) // 3])
    return [p for i, p in enumerate(pieces) if i not in held], [p for i, p in enumerate(pieces) if i in held]


@cache
def variant_pairs() -> frozenset[tuple[str, str]]:
    """Character pairs OpenCC's TW and HK variant tables list, in both orders."""
    folder = package_folder("opencc") / "dictionary"
    pairs = set()
    for name in ("TWVariants.txt", "TWVariantsRev.txt", "HKVariants.txt", "HKVariantsRev.txt"):
        for line in (folder / name).read_text(encoding="utf-8").splitlines():
            key, _, targets = line.partition("\t")
            for target in targets.split(" "):
                if len(key) == len(target) == 1 and key != target:
                    pairs.update({(key, target), (target, key)})
    return frozenset(pairs)


_VARIANT_OF = re.compile(r"variant of ([^|\[/ ]+)")


@cache
def edition_pairs() -> frozenset[tuple[str, str]]:
    """Single characters CC-CEDICT calls variants of each other, in both orders."""
    from reader.core.dictionary import parse_line, source_path

    pairs = set()
    with gzip.open(source_path(), "rt", encoding="utf-8") as lines:
        for line in lines:
            entry = parse_line(line.rstrip("\n"))
            if entry is None or len(entry[0]) != 1:
                continue
            for sense in entry[3]:
                for other in _VARIANT_OF.findall(sense):
                    if len(other) == 1 and other != entry[0]:
                        pairs.update({(entry[0], other), (other, entry[0])})
    return frozenset(pairs)


def edition_variant(converted: str, original: str, edition: frozenset[str]) -> bool:
    """A converter's character that differs from the original only as an edition's choice: CC-CEDICT
    calls one of the two a variant of the other (edition_pairs: 于 "variant of 於", 脩 "variant of
    修"), and the original's e-text itself writes both, so that either is its usage there."""
    return (converted, original) in edition_pairs() and converted in edition and original in edition


_NUMERAL = "〇一二三四五六七八九十百千萬兩數幾"
_REFERENCE_ERRORS = re.compile(
    r"彔"
    r"|雲(?=[ 　]?[：:][ 　]?[「“‘『])"
    rf"|(?<=[{_NUMERAL}])[裡裏](?![面頭邊外子間])|(?<=[{_NUMERAL}]餘)[裡裏](?![面頭邊外子間])"
)


def reference_errors(line: str) -> set[int]:
    """Indices (among the line's ideographs) where the original itself is a machine conversion
    from Simplified (see the module's doc): told from the original alone."""
    places = {m.start() for m in _REFERENCE_ERRORS.finditer(line)}
    if not places:
        return set()
    return {i for i, m in enumerate(_IDEOGRAPH.finditer(line)) if m.start() in places}


def _edit_distance(a: list[str], b: list[str]) -> int:
    from script_accuracy import _edit_distance as distance  # benchmarks/ is on the path

    return distance(a, b, lambda x, y: x == y or (x, y) in variant_pairs())


# Writings of a Simplified → Traditional converter that no Traditional print makes, each a
# character of a one-to-many Simplified character given the sense it cannot have there (the
# senses as the Ministry of Education's 重編國語辭典 gives them). Chosen on the development part
# (the e-texts' originals read with their Reader errors beside), where legal and official text
# holds none of them.
_N = "一二三四五六七八九十百千萬數幾兩"
MACHINE_SIGNS = {
    # 雲 'cloud' for 云 'say': before a quotation, after a book's name, in 不云乎, 云云, 云爾, 自古云,
    # and a play's stage directions (末云：「…)
    "雲 for 云": r"雲(?=[ 　]?[：:][ 　]?[「『“‘])|(?<=[詩書傳易禮記經》〉])雲(?=[：:，,「『“‘])"
    r"|不雲乎|雲雲|雲爾|(?<=[末旦紅生潔淨夫])雲(?=[：:「『“‘])|自古雲|[若或所又亦]雲[：:，,「『“‘]",
    # 後 'after' for 后 'sovereign, queen'
    "後 for 后": r"[太皇母]後|後稷|皇天後土|後妃|夏後氏|群後",
    # 發 'issue' for 髮 'hair', 髮 for 發
    "發/髮": r"[頭白毛鬚鬢華斷落結被束削短]發(?![生出現明展動])|發膚|理發(?![放行生給現出])"
    r"|髮[生展現出明動兵憤奮揚達]|[出啟開告揭蒸]髮",
    # 麵 'noodles' for 面 'face, side'
    "麵 for 面": r"麵[前目貌孔容色對]|[見當裡外方上前後正反對滿體表側全封顏門]麵",
    # 裡/裏 'inside' for 里, the unit of length and the village
    "裡 for 里": rf"[{_N}]餘?[ 　]?[裡裏](?![面頭邊外子間])|[鄉故鄰閭]裡|裡[許巷閭]|千裡馬",
    "系/係/繫": r"關系|聯系|維系|係統|繫統",
    # 乾 'dry' or 幹 'trunk, do' for 干 'shield, concern', 乾 for 幹
    "乾/幹/干": r"[乾幹]戈|若[乾幹]|[乾幹]支|[乾幹][涉預擾]|相[乾幹]|[乾幹][祿犯城]|幹隆|幹坤"
    r"|[才能骨主樹]乾|乾[部事練將]|[這那]乾人|[無何相不非][乾幹](?=[己他你我人事])|闌幹|幹[休連]",
    # 複 'double' for 復 'again, return'
    "複 for 復": r"[而不無又亦可已乃將莫弗未誰必則既猶尚以][ 　]?複(?![雜道壁姓衣合製印查選習數式線])"
    r"|(?<![重反])複[歸還其]",
    "誌 for 志": r"意誌|誌[向氣士趣節]|[立同壯]誌",
    # 鬥 'fight' for 斗 'peck, dipper', 斗 for 鬥
    "鬥/斗": rf"北鬥|泰鬥|鬥[米酒粟升膽]|[{_N}]鬥|[爭戰格決]斗|斗[爭毆志]",
    # 穀 'grain' for 谷 'valley', 谷 for 穀
    "穀/谷": r"[山深幽溪川空河函峽]穀|穀[口底]|[五米稻]谷|谷[物米價]",
    "鹹 for 咸": r"鹹[有以若曰宜集服知得使陽]",  # 'salty' for 'all' and 咸陽
    "捨 for 舍": r"[學宿館旅客精廬茅草屋官傳田]捨|捨[人弟]|三捨",  # 'give up' for 'house'
    "佈 for 布": r"佈[衣帛政]",
    "徵 for 征": r"徵[伐討戰]|[出遠南北東西親]徵(?![召辟兆聘])",  # 'summon' for 'march'
    "範 for 范": r"範[蠡仲增雎睢曄]",  # the surname
    "醜/丑": r"[乙丁己辛癸]醜|醜時|出丑|[奇貌醜]丑|丑[婦陋態事惡類]",  # the earthly branch; 'ugly'
    "鬆 for 松": r"鬆[柏樹林竹]|[青蒼古長]鬆",  # 'loose' for 'pine'
    "週 for 周": r"週[公易禮朝]",
    "曆 for 歷": r"曆[史代]|[經遊閱]曆",
    "鬱 for 郁": r"鬱鬱乎文|[馥濃]鬱",
    "隻/只": r"隻[有是要]|不隻|[一兩幾數]只(?=[雞鳥禽雁船手眼腳鵝鴨羊虎狼碗])",
    "瞭 for 了": r"(?<![明])瞭(?![解然望若如高])",
    "迴圈": r"迴圈",  # Taiwan's word for a program's loop, from 循环 (如循環之無端)
    "彔 for 錄": r"彔",  # a component, no word of running text
    "余 for 餘": r"[十百千萬][ 　]?余[ 　]?[人年里家日步丈斤兩石頃畝載]",  # 'I' for 'more than'
}
MACHINE_MIN = 3
MACHINE_DENSITY = 0.5 / 10_000


@cache
def _machine_pattern() -> re.Pattern:
    return re.compile("|".join(f"(?:{sign})" for sign in MACHINE_SIGNS.values()))


def machine_signs(text: str) -> int:
    """How many writings of a converter (MACHINE_SIGNS) the text holds."""
    return sum(1 for _ in _machine_pattern().finditer(text))


def machine_converted(pieces: list[Piece]) -> frozenset[str]:
    """The sources (e-texts) whose pieces among these, together, hold at least MACHINE_MIN
    writings of a converter (MACHINE_SIGNS) and at least MACHINE_DENSITY of their characters: an
    e-text converted from Simplified by machine. Reads the originals only; each part is judged
    on its own pieces, so the held-out part's test never reads the development part."""
    found: Counter = Counter()
    length: Counter = Counter()
    for piece in pieces:
        found[piece.source] += machine_signs(piece.text)
        length[piece.source] += len(piece.text)
    return frozenset(s for s, n in found.items() if n >= MACHINE_MIN and n >= MACHINE_DENSITY * length[s])


@dataclass
class Score:
    errors: int = 0
    variants: int = 0  # of the errors, an edition's variant (edition_variant)
    yu: int = 0  # of those, 於/于 alone
    reference: int = 0  # of the errors, places where the original is itself wrong (reference_errors)
    characters: int = 0
    confusions: Counter = field(default_factory=Counter)
    contexts: dict = field(default_factory=dict)  # (converted, original) → [context, …] of the pairs asked for
    show: frozenset = frozenset()

    def add(self, converted: str, original: str, edition: frozenset[str] = frozenset()) -> None:
        """edition: the ideographs the original's e-text writes (edition_variant)."""
        variants = variant_pairs()
        got_lines, want_lines = converted.split("\n"), original.split("\n")
        if len(got_lines) != len(want_lines):
            raise ValueError("a conversion changed the number of lines")
        for got_line, want_line in zip(got_lines, want_lines):
            got, want = _IDEOGRAPH.findall(got_line), _IDEOGRAPH.findall(want_line)
            self.characters += len(want)
            if len(got) != len(want):
                self.errors += _edit_distance(got, want)
                continue
            wrong_reference = reference_errors(want_line)
            for i, (g, w) in enumerate(zip(got, want)):
                if g != w and (g, w) not in variants:
                    self.errors += 1
                    variant = edition_variant(g, w, edition)
                    self.variants += variant
                    self.yu += variant and {g, w} == {"於", "于"}
                    self.reference += i in wrong_reference
                    self.confusions[(g, w)] += 1
                    if g + w in self.show:
                        context = "".join(got[max(0, i - 8) : i + 8]) + " | " + "".join(want[max(0, i - 8) : i + 8])
                        self.contexts.setdefault((g, w), []).append(context)

    def __iadd__(self, other: Score) -> Score:
        self.errors += other.errors
        self.variants += other.variants
        self.yu += other.yu
        self.reference += other.reference
        self.characters += other.characters
        self.confusions += other.confusions
        for pair, contexts in other.contexts.items():
            self.contexts.setdefault(pair, []).extend(contexts)
        return self

    @property
    def rate(self) -> float:
        return self.errors / self.characters if self.characters else 0.0


def reader_traditional(simplified: str) -> str:
    return ScriptViews(simplified, Script.SIMPLIFIED).get(Script.TRADITIONAL).text


@cache
def _opencc(config: str):
    import opencc

    return opencc.OpenCC(config)


def scores(pieces: list[Piece], show: frozenset = frozenset()) -> dict[str, Score]:
    """{"Reader": score, "s2t": score, …} over the pieces' round trip. show: confusions ("遊游":
    converted, original) whose contexts Reader's score keeps."""
    result = {name: Score() for name in ("Reader", *CONFIGS)}
    result["Reader"].show = show
    to_simplified = _opencc(TO_SIMPLIFIED)
    written: dict[str, set[str]] = {}
    for piece in pieces:
        written.setdefault(piece.source, set()).update(_IDEOGRAPH.findall(piece.text))
    for piece in pieces:
        simplified = to_simplified.convert(piece.text)
        edition = frozenset(written[piece.source])
        result["Reader"].add(reader_traditional(simplified), piece.text, edition)
        for config in CONFIGS:
            result[config].add(_opencc(config).convert(simplified), piece.text, edition)
    return result


def _ratio_line(label: str, result: dict[str, Score], part: Callable[[Score], int] = lambda s: 0) -> None:
    """Reader's errors against the best OpenCC config's, without a part of each one's errors."""
    left = {name: s.errors - part(s) for name, s in result.items()}
    best_name = min(CONFIGS, key=lambda c: left[c])
    best = left[best_name]
    ratio = left["Reader"] / best if best else float("inf")
    goal = "  (at most half)" if ratio <= 0.5 else ""
    print(f"  {label}: Reader {left['Reader']:,}, best OpenCC ({best_name}) {best:,}, ratio {ratio:.2f}{goal}")


def report(
    kind: str,
    part: str,
    pieces: list[Piece],
    top: int,
    show: frozenset = frozenset(),
) -> dict[str, Score]:
    """The part's figures: first on the e-texts whose reference was made by people (the goal
    figure), then on those machine_converted finds, then on all together."""
    start = time.perf_counter()
    machine = machine_converted(pieces)
    human = [p for p in pieces if p.source not in machine]
    made = [p for p in pieces if p.source in machine]
    result = scores(human, show if part == "dev" else frozenset())
    converted = scores(made)
    reader = result["Reader"]
    print(
        f"{kind} · {part}: {len(human)} pieces of human-made references, {reader.characters:,} ideographs"
        f" ({time.perf_counter() - start:.0f} s)"
    )
    for name, s in result.items():
        print(f"  {name:<8} {s.errors:>7,} {s.rate:>8.3%}")
    _ratio_line("Reader / best OpenCC", result)
    if kind in EDITION_KINDS:
        _ratio_line(f"not counting the editions' 於/于 ({reader.yu:,} of Reader's)", result, lambda s: s.yu)
        label = f"not counting the editions' variants ({reader.variants:,} of Reader's)"
        _ratio_line(label, result, lambda s: s.variants)
    _ratio_line(
        f"not counting the reference's own conversion errors ({reader.reference:,} of Reader's)",
        result,
        lambda s: s.reference,
    )
    if made:
        names = ", ".join(sorted(Path(s.rpartition(":")[2]).stem for s in machine))
        print(f"  machine-made references: {len(made)} pieces of {len(machine)} e-texts ({names})")
        _ratio_line(f"    on those alone, {converted['Reader'].characters:,} ideographs", converted)
        for name in result:
            converted[name] += result[name]
        _ratio_line("    all pieces together", converted)
    if top and part == "dev":
        shown = ", ".join(f"{g}→{w} {n}" for (g, w), n in reader.confusions.most_common(top))
        print(f"  Reader's top confusions (converted→original): {shown}")
    if part == "dev":
        for (g, w), contexts in reader.contexts.items():
            print(f"  {g}→{w} ({len(contexts)}):")
            for context in contexts[:40]:
                print(f"    {context}")
    print()
    return result


def modes(kinds) -> None:
    """How the classical mode is decided: the share of classical function words per piece."""
    from reader.core import script_rules, script_rules_vernacular

    print(
        f"classical mode: classical particles >= {script_rules.CLASSICAL_SHARE:.0%} of particles"
        f" and >= {script_rules.CLASSICAL_DENSITY:.1%} of ideographs (>= {script_rules.DOCUMENT_DENSITY:.2%}"
        f" where the vernacular's particles are <= {script_rules.NO_VERNACULAR:.1%})"
    )
    samples = [(kind, [p.text for p in load(kind)]) for kind in kinds]
    samples.append(
        ("CUV (Traditional)", [(ROOT / "tests/corpus/parallel/cuv-traditional.txt").read_text(encoding="utf-8")])
    )
    samples.append(("红楼梦", [(ROOT / "tests/corpus/hongloumeng.txt").read_text(encoding="utf-8")]))
    for name, texts in samples:
        shares = sorted(script_rules.classical_share(t)[0] for t in texts)
        classical = sum(script_rules.is_classical(t) for t in texts)
        old = sorted(script_rules.vernacular_density(t) * 10_000 for t in texts)
        vernacular = sum(script_rules.text_mode(t) is script_rules.Mode.VERNACULAR for t in texts)
        questions = sorted(script_rules_vernacular.old_question_density(t) * 10_000 for t in texts)
        print(
            f"  {name:<18} pieces {len(shares):>4}  share min {shares[0]:.2f} median {shares[len(shares) // 2]:.2f}"
            f" max {shares[-1]:.2f}  classical {classical}/{len(shares)}"
            f"  old-vernacular words per 10,000 median {old[len(old) // 2]:.0f}, vernacular {vernacular}/{len(old)}"
            f"  question 麼 per 10,000 median {questions[len(questions) // 2]:.1f} max {questions[-1]:.1f}"
        )
    print()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kind", action="append", choices=KINDS, help="a kind to measure (default: all)")
    parser.add_argument("--split", choices=("dev", "held-out", "both"), default="both")
    parser.add_argument("--top", type=int, default=20, help="confusions to list for Reader (development part only)")
    parser.add_argument("--limit", type=int, default=None, help="at most this many pieces of each part")
    parser.add_argument("--cuv", action="store_true", help="also the parallel corpus of script_accuracy.py")
    parser.add_argument("--modes", action="store_true", help="only how the classical mode is decided per kind")
    parser.add_argument(
        "--show",
        nargs="+",
        default=[],
        help="confusions (converted then original: 遊游) to show in context, development part only",
    )
    args = parser.parse_args()
    if args.modes:
        modes(args.kind or KINDS)
        return
    print(f"round trip: original → OpenCC {TO_SIMPLIFIED} → Reader / {' / '.join(CONFIGS)}; seed {SEED}\n")
    for kind in args.kind or KINDS:
        pieces = load(kind)
        dev, held = split(pieces)
        if args.split in ("dev", "both"):
            report(kind, "dev", dev[: args.limit], args.top, frozenset(args.show))
        if args.split in ("held-out", "both"):
            report(kind, "held-out", held[: args.limit], 0)
    if args.cuv:
        import script_accuracy

        simplified, traditional = script_accuracy.parallel_corpus()
        for title, source_lines, reference, source, configs in (
            ("CUV S→T", simplified, traditional, Script.SIMPLIFIED, script_accuracy.TO_TRADITIONAL),
            ("CUV T→S", traditional, simplified, Script.TRADITIONAL, script_accuracy.TO_SIMPLIFIED),
        ):
            result = script_accuracy.direction_scores(source_lines, reference, source, configs)
            best_name, best = script_accuracy.best_plain(result)
            print(
                f"{title}: Reader {result['Reader'].errors} ({result['Reader'].rate:.3%}), best OpenCC {best_name} {best.errors} ({best.rate:.3%})"
            )


if __name__ == "__main__":
    main()
