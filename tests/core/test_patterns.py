"""reader.core.patterns: what the launch imports before the notice paints does not compile the
patterns the notice does not use (issue 32)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

_IMPORT_WATCHING_COMPILES = """
import json, re
compiled_at_import = []
real = re.compile
re.compile = lambda pattern, flags=0: (compiled_at_import.append(pattern), real(pattern, flags))[1]
from reader.core import heading_evidence, outline, scripts, words, wrapping
from reader.core.library import dating
from reader.gui import export_names
later = [wrapping._WIDE, words.NOT_JIEBAS_HAN, scripts._SEPARATORS, scripts._SECTION,
         heading_evidence._ARTICLE_NUMBER, heading_evidence._CITATION, heading_evidence._TABLE_ROW,
         heading_evidence._NUMBERED, heading_evidence._CAPTION, heading_evidence._LIST_NUMBER,
         heading_evidence._NOTE, outline._LAW_NAME_LINE, outline._LEADER, outline._NUMBER_ALONE,
         outline._SOURCE_NOTE, outline._NO_CLAUSE, outline._NOTE_ALONE, export_names._NOT_IN_NAMES,
         dating._ARABIC, dating._CHINESE, dating._ISO]
print(json.dumps([getattr(p, "pattern", p) for p in later if getattr(p, "pattern", p) in compiled_at_import]))
"""


def test_the_patterns_the_notice_does_not_use_are_not_compiled_at_import():
    out = subprocess.run(
        [sys.executable, "-c", _IMPORT_WATCHING_COMPILES],
        capture_output=True,
        text=True,
        cwd=Path(__file__).parents[2],
        timeout=120,
        check=True,
    )
    assert json.loads(out.stdout) == []


def test_a_pattern_is_compiled_once_and_matches_as_re_does():
    from reader.core.patterns import compiled
    from reader.core.wrapping import display_width

    assert compiled(r"\d+") is compiled(r"\d+")
    assert display_width("第1條") == 5  # 第 and 條 two columns each, 1 one
