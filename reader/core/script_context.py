"""A context model of classical Traditional print, for the Simplified → Traditional view where
one Simplified character stands for several Traditional ones (系 係/繫/系, 愿 願/愿, 鉴 鑒/鑑 …)
and the hand rules (script_rules) do not decide.

For each such character it holds how often each Traditional form was printed beside each
neighbour: the character before, the one after, the two before, the two after, and the pair
around it, all read in Simplified (each character folded by OpenCC's own character table, so
the counts do not depend on which form a converter chose for the neighbours). The counts were
taken from the development part of the round-trip corpus's classical texts (eval/scripts), a
form beside a neighbour only where at least MIN_SOURCES books print it there, by
tools/build_script_context.py, which also chose the characters: only those whose changes were
right more often than wrong on pieces of that part the counts had not seen.

A position changes from the form the view has (OpenCC's phrase, or a hand rule's) to another
only when one neighbour names the other form at least MIN_COUNT times and RATIO times as often
as the form the view has (plus one), and no neighbour names the view's own form as strongly.
The model runs before the hand rules (script_rules.fix), which decide wherever they match:
一斗 stays the measure whatever the model says of 斗 closing a clause.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from reader.core.resources import package_folder, resource_path

RESOURCE = "script_context_classical.tsv"
RATIO = 2.0
MIN_COUNT = 2
MIN_SOURCES = 2
FEATURES = ("L", "R", "LL", "RR", "LR")
"""The neighbours a form is counted by: L the character before, R the one after, LL the two
before, RR the two after, LR the one before and the one after. ^ and $ stand for the text's
ends; spaces (a spaced edition: 夏 后 啟) are read past."""

Counts = dict[str, dict[str, int]]  # "系\tR:于" → {"繫": 12, "係": 1}


@cache
def fold_table() -> dict[int, str]:
    """Traditional → Simplified, one character for one, by OpenCC's character table (its first
    choice): the script-neutral spelling the neighbours are read in. Line ends and tabs read as
    |, which keeps the resource's rows one a line."""
    table: dict[int, str] = {ord("\n"): "|", ord("\r"): "|", ord("\t"): "|"}
    with open(package_folder("opencc") / "dictionary" / "TSCharacters.txt", encoding="utf-8") as rows:
        for row in rows:
            key, _, targets = row.rstrip("\n").partition("\t")
            first = targets.split(" ")[0]
            if len(key) == 1 and len(first) == 1:
                table[ord(key)] = first
    return table


def features(text: str, i: int) -> tuple[str, ...]:
    """The neighbours of text[i] as feature names (FEATURES), read past spaces and folded."""
    left = _beside(text, i, -1).translate(fold_table())
    right = _beside(text, i, 1).translate(fold_table())
    before = left[-1] if left else "^"
    after = right[0] if right else "$"
    return ("L:" + before, "R:" + after, "LL:" + (left or "^"), "RR:" + (right or "$"), "LR:" + before + after)


def _beside(text: str, i: int, step: int) -> str:
    """Up to two characters before (step -1) or after (step 1) text[i] other than spaces, in
    the text's order."""
    found = []
    j = i + step
    while 0 <= j < len(text) and len(found) < 2:
        if text[j] not in " \u3000":
            found.append(text[j])
        j += step
    return "".join(reversed(found) if step < 0 else found)


def count(pieces, keys: frozenset[str] | None = None, min_sources: int = MIN_SOURCES) -> Counts:
    """The counts of the forms of each Simplified character with several Traditional forms
    (OpenCC's STCharacters lists more than one), by neighbour, over (source, Traditional text)
    pairs. A form is counted beside a neighbour only when at least min_sources sources print
    it there: what one book alone does (its title, its names) is no rule of the language.
    keys: only these Simplified characters."""
    wanted = keys if keys is not None else several_forms()
    counts: Counts = {}
    sources: dict[tuple[str, str], set[str]] = {}
    fold = fold_table()
    for source, text in pieces:
        for i, form in enumerate(text):
            ch = form.translate(fold)
            if ch not in wanted:
                continue
            for name in features(text, i):
                key = f"{ch}\t{name}"
                forms = counts.setdefault(key, {})
                forms[form] = forms.get(form, 0) + 1
                sources.setdefault((key, form), set()).add(source)
    kept: Counts = {}
    for key, forms in counts.items():
        forms = {form: n for form, n in forms.items() if len(sources[(key, form)]) >= min_sources}
        if forms:
            kept[key] = forms
    return kept


@cache
def several_forms() -> frozenset[str]:
    """Simplified characters that OpenCC maps to more than one Traditional character."""
    keys = set()
    with open(package_folder("opencc") / "dictionary" / "STCharacters.txt", encoding="utf-8") as rows:
        for row in rows:
            key, _, targets = row.rstrip("\n").partition("\t")
            if len(key) == 1 and len(targets.split(" ")) > 1:
                keys.add(key)
    return frozenset(keys)


@dataclass(frozen=True)
class ContextModel:
    counts: Counts

    @property
    def keys(self) -> frozenset[str]:
        return frozenset(key.partition("\t")[0] for key in self.counts)

    def choose(self, text: str, i: int) -> str:
        """The form for text[i]."""
        form = text[i]
        ch = form.translate(fold_table())
        found = [forms for name in features(text, i) if (forms := self.counts.get(f"{ch}\t{name}"))]
        best: tuple[float, str] | None = None
        for forms in found:
            other, most = max(forms.items(), key=lambda item: item[1])
            here = forms.get(form, 0)
            if other != form and most >= MIN_COUNT and most >= RATIO * (here + 1):
                strength = (most + 0.5) / (here + 0.5)
                if best is None or strength > best[0]:
                    best = (strength, other)
        if best is None:
            return form
        other = best[1]
        # a neighbour that names the view's own form as strongly keeps it
        for forms in found:
            here = forms.get(form, 0)
            if here >= MIN_COUNT and here >= RATIO * (forms.get(other, 0) + 1):
                return form
        return other

    def apply(self, text: str) -> str:
        """text (a view as OpenCC wrote it) with the model's forms; the hand rules run after it and
        decide wherever they match. Same length, so offsets hold."""
        if not self.counts:
            return text
        chars: list[str] | None = None
        for m in _forms_pattern(self.keys).finditer(text):
            i = m.start()
            form = self.choose(text, i)
            if form != text[i]:
                chars = chars if chars is not None else list(text)
                chars[i] = form
        return text if chars is None else "".join(chars)


@cache
def _forms_pattern(keys: frozenset[str]) -> re.Pattern[str]:
    """Any character that folds to one of keys (发: 發, 髮, 发)."""
    forms = set(keys) | {chr(code) for code, ch in fold_table().items() if ch in keys}
    return re.compile("[" + "".join(sorted(forms)) + "]")


def read(lines) -> ContextModel:
    """A model from its resource lines: `simplified<TAB>feature<TAB>form count form count …`."""
    counts: Counts = {}
    for line in lines:
        if not line.strip() or line.startswith("#"):
            continue
        ch, name, forms = line.rstrip("\n").split("\t")
        values = forms.split(" ")
        counts[f"{ch}\t{name}"] = {values[j]: int(values[j + 1]) for j in range(0, len(values), 2)}
    return ContextModel(counts)


def write(model: ContextModel, header: str) -> str:
    """The resource text of a model (read reads it back)."""
    lines = [f"# {row}" for row in header.splitlines()]
    for key in sorted(model.counts):
        forms = model.counts[key]
        lines.append(key + "\t" + " ".join(f"{form} {n}" for form, n in sorted(forms.items(), key=lambda x: -x[1])))
    return "\n".join(lines) + "\n"


@cache
def classical() -> ContextModel:
    """The model shipped for classical documents (empty when its resource is missing)."""
    path = resource_path(RESOURCE)
    if not path.exists():
        return ContextModel({})
    with open(path, encoding="utf-8") as lines:
        return read(lines)
