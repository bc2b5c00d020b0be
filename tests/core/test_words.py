import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from pathlib import Path

import pytest

from reader.core.scripts import Script, ScriptViews
from reader.core.words import WordBoundaries


def words_of(text):
    views = ScriptViews(text)
    return WordBoundaries.from_view(views.get(Script.SIMPLIFIED))


def test_traditional_text_is_segmented_through_simplified(notice_text):
    boundaries = words_of(notice_text)
    words = boundaries.words(notice_text)
    assert "習近平" in words and "近平" not in words
    assert "印發" in words and "印發關" not in words
    assert "宣傳" in words and "宣傳貫" not in words


def test_moving_by_words(notice_text):
    boundaries = words_of(notice_text)
    pos = notice_text.index("習近平")
    assert boundaries.next(pos) == pos + 3
    assert boundaries.previous(pos + 3) == pos
    assert boundaries.word_at(pos + 1) == (pos, pos + 3)
    assert boundaries.next(len(notice_text)) == len(notice_text)
    assert boundaries.previous(0) == 0


def test_boundaries_map_through_a_conversion_that_changes_length():
    text = "我的内存不够用了"
    views = ScriptViews(text, variant="s2twp")
    # segmenting the Simplified original is the identity mapping; the boundaries are its own
    boundaries = WordBoundaries.from_view(views.get(Script.SIMPLIFIED))
    assert boundaries.word_at(text.index("内存")) == (2, 4)


@lru_cache(maxsize=1)
def _hongloumeng() -> str:
    """From the end of chapter 22 to chapter 36, where 潇湘馆 is often named."""
    from reader.core.document import load_document

    return load_document(Path(__file__).resolve().parent.parent / "corpus" / "hongloumeng.txt").text[140_000:240_000]


def _inside(boundaries, text, shown_word):
    """Boundaries strictly inside an occurrence of the word in the original text."""
    starts = [m.start() for m in re.finditer(re.escape(shown_word), text)]
    assert starts
    cuts = boundaries.boundaries
    return [b for s in starts for b in cuts[bisect_right(cuts, s) : bisect_left(cuts, s + len(shown_word))]]


@pytest.mark.parametrize(
    ("document", "typed", "in_original"),
    [
        ("hongloumeng", "潇湘馆", "潇湘馆"),  # a Simplified original, marked in 简体 or 原文
        ("hongloumeng", "瀟湘館", "潇湘馆"),  # … marked in its 繁體 view
        ("notice", "偉大變革", "偉大變革"),  # a Traditional original, marked in 原文 or 繁體
        ("notice", "伟大变革", "偉大變革"),  # … marked in its 简体 view
    ],
)
def test_a_users_word_is_one_word_in_every_script(notice_text, document, typed, in_original):
    from reader.core.user_words import simplified_form

    text = notice_text if document == "notice" else _hongloumeng()
    simplified = ScriptViews(text).get(Script.SIMPLIFIED)
    assert _inside(WordBoundaries.from_view(simplified), text, in_original)  # jieba splits it
    boundaries = WordBoundaries.from_view(simplified, {simplified_form(typed)})
    assert _inside(boundaries, text, in_original) == []
    start = text.index(in_original)
    assert boundaries.word_at(start) == (start, start + len(in_original))
    assert boundaries.user_words == {simplified_form(typed)}


def test_a_users_word_ends_where_it_ends_and_the_segmenter_is_not_changed():
    from reader.core.words import jieba_ends

    text = "黛玉在潇湘馆里看书"  # jieba: 潇湘 / 馆里
    simplified = ScriptViews(text, Script.SIMPLIFIED).get(Script.SIMPLIFIED)
    words = WordBoundaries.from_view(simplified, ["潇湘馆"]).words(text)
    assert "潇湘馆" in words and "里" in words
    # the shared segmenter is untouched: the next document, without the word, is cut as before
    assert "潇湘馆" not in WordBoundaries.from_view(simplified).words(text)
    assert text.index("馆") + 1 not in jieba_ends(text)  # 潇湘 / 馆里


def test_users_words_inside_or_across_each_other():
    from reader.core.words import user_word_spans, word_spans

    assert user_word_spans("林黛玉和黛玉", ["黛玉", "林黛玉"]) == [(0, 3), (4, 6)]
    assert user_word_spans("甲乙丙", ["甲乙", "乙丙"]) == [(0, 2)]  # crossing: the first wins
    assert user_word_spans("哈哈哈哈", ["哈哈"]) == [(0, 2), (2, 4)]
    spans = word_spans("林黛玉和黛玉", ["黛玉", "林黛玉"])
    assert spans[0] == (0, 3) and spans[-1] == (4, 6)
    assert word_spans("一二三四", []) == word_spans("一二三四")


def test_a_released_segmenter_is_freed_and_the_cut_never_imports_jieba():
    """The worker releases the segmenter's dictionary between bursts of jobs: nothing else may
    hold it. jieba itself (whose import ran pkg_resources, 0.1 s, and left frames in cycles that
    held its dictionary) is never imported for a cut. A fresh interpreter, so that nothing
    imported it before."""
    import subprocess
    import sys

    script = (
        "import gc, sys\n"
        "gc.disable()\n"
        "from reader.core import words\n"
        "words.word_ends('黛玉在潇湘馆里看书')\n"
        "made = words.segmenter()\n"
        "words.release_tokenizer()\n"
        "print('jieba' in sys.modules, 'rjieba' in sys.modules, words.tokenizer_loaded(), sys.getrefcount(made))\n"
        "print(list(words.jieba_ends('坚持全过程人民民主的')))\n"  # loaded again, with Reader's words
    )
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=root, timeout=120)
    # getrefcount: the name `made` and the call's own argument, nothing of the module's
    released, cut_again = out.stdout.splitlines()
    assert released.split() == ["False", "False", "False", "2"], out.stderr[-2000:]
    assert cut_again == "[2, 9, 10]"
