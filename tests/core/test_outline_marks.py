"""The outline finds sentence ends and label stops with str.find (no pattern compiled at launch):
the same spans the patterns they replace found, on every line of the corpus."""

import re
from pathlib import Path

from reader.core import outline

CORPUS = Path(__file__).parents[1] / "corpus"
SENTENCE_END = re.compile(r"[。！？!?…．]+[」』”’）)》\"']*")  # the pattern _sentence_ends replaced
LABEL_STOP = re.compile(r"[,，:：︰;；﹔。！？!?．]")  # the pattern _first_of(_LABEL_STOPS) replaced


def _lines() -> list[str]:
    lines = []
    for path in sorted(CORPUS.glob("*.txt")):
        lines += path.read_text(encoding="utf-8", errors="replace").splitlines()[:3000]
    return lines + ["。", "！？」』", "他說：「好！」）又", "a?b!'c", "……", "末句。”", "。」。」"]


def test_sentence_ends_are_the_patterns_matches():
    lines = _lines()
    assert len(lines) > 1000
    for line in lines:
        for start, end in ((0, len(line)), (1, max(1, len(line) - 1))):
            expected = [m.span() for m in SENTENCE_END.finditer(line, start, end)]
            assert list(outline._sentence_ends(line, start, end)) == expected, line


def test_label_stops_are_the_patterns_matches():
    for line in _lines():
        for start in range(0, min(len(line), 30), 3):
            m = LABEL_STOP.search(line, start, len(line))
            assert outline._first_of(outline._LABEL_STOPS, line, start, len(line)) == (m.start() if m else -1), line
