"""Draw the candidate sentences of the light-tone set tests/corpus/pinyin/light.tsv: words that
CC-CEDICT reads with a full tone in one sense and a light (neutral) tone in another (精神
jīngshén spirit / jīngshen vigour, 东西 dōngxī east and west / dōngxi thing), in sentences of
real text, at random with a fixed seed. Run:

    python tools/draw_light_tone_sentences.py [PER_WORD] > candidates.txt

For each word, PER_WORD sentences (4 unless told) that hold it, each from a kind of text drawn
first (the eval set's official, legal, literature and classical pieces, as
tools/draw_polyphone_sentences.py draws: so one kind does not fill the set), then a source of
that kind, then a sentence; the occurrence drawn is marked 【】. Not 红楼梦 nor the CUV, whose
every changed reading benchmarks/pinyin_changes.py lists while rules are written. Traditional
text is written in Simplified (OpenCC tw2s). The reading of each occurrence is then written by
hand, from the CC-CEDICT entry of the sense it has there: this tool never reads Reader's pinyin.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

from draw_polyphone_sentences import _SENTENCE, SEED, around, eval_sources  # noqa: E402

WORDS = (
    "精神 东西 人家 地方 多少 利害 女人 说道 不是 告诉 过去 跟前 言语 大意 地道 下水 对头 老子 孙子 "
    "眉目 冷战 开通 仁义 公道 生意 摆设 当头 个头 德行 造化 出来"
).split()
"""The words the set was drawn for: of CC-CEDICT's words read two ways, a full and a light tone,
those reader.core.word_senses was to read by context or by their full tone (大爷's rule came after
the set was drawn; 个头 had no draw that was the word)."""


def sources() -> dict[str, str]:
    """Source name (an eval piece's own source, with its kind) → its text, in Simplified."""
    return eval_sources(("official", "legal", "literature", "classical"))


def main() -> None:
    numbers = [a for a in sys.argv[1:] if a.isdigit()]
    per = int(numbers[0]) if numbers else 4
    texts = sources()
    names = sorted(texts)
    sentences = {
        name: [m.group() for m in _SENTENCE.finditer(texts[name]) if len(m.group().strip()) >= 6] for name in names
    }
    seen: set[str] = set()
    for word in WORDS:
        rng = random.Random(f"{SEED}-{word}")
        kinds: dict[str, list[str]] = {}
        for name in names:
            if word in texts[name]:
                kinds.setdefault(name.split(" (")[0], []).append(name)
        drawn = 0
        for _ in range(400):
            if drawn == per or not kinds:
                break
            name = rng.choice(kinds[rng.choice(sorted(kinds))])
            holding = [s for s in sentences[name] if word in s]
            if not holding:
                continue
            sentence = rng.choice(holding)
            places = [i for i in range(len(sentence)) if sentence.startswith(word, i)]
            at = rng.choice(places)
            lead = len(sentence) - len(sentence.lstrip())
            text, at = around(sentence.strip(), at - lead)
            if text in seen:
                continue
            seen.add(text)
            drawn += 1
            end = at + len(word)
            print(f"{word}\t{at}\t{text[:at]}【{text[at:end]}】{text[end:]}\t{name}")


if __name__ == "__main__":
    main()
