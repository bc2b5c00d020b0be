import sys

from reader.core.keyterms import key_terms, section_terms
from reader.core.outline import build_outline
from reader.core.scripts import Script, ScriptViews


def test_top_terms_of_the_notice_in_both_scripts(notice_text):
    views = ScriptViews(notice_text)
    terms = key_terms(views)
    assert len(terms) == 30
    traditional = [t.shown(views.get(Script.TRADITIONAL)) for t in terms]
    simplified = [t.shown(views.get(Script.SIMPLIFIED)) for t in terms]
    assert {"二十大", "工會", "職工"} <= set(traditional)
    assert {"二十大", "工会", "职工"} <= set(simplified)
    term = next(t for t in terms if t.term == "二十大")
    assert term.count == notice_text.count("二十大")
    assert all(notice_text[s:e] == "二十大" for s, e in term.occurrences)
    assert [t.weight for t in terms] == sorted((t.weight for t in terms), reverse=True)


def test_terms_per_section(notice_text):
    views = ScriptViews(notice_text)
    outline = build_outline(notice_text)
    per_section = section_terms(views, outline)
    last = outline.sections[5]
    terms = per_section[(last.start, last.end)]
    assert len(terms) == 3
    for t in terms:
        assert t.occurrences and all(last.start <= s < e <= last.end for s, e in t.occurrences)
    assert (outline.sections[0].start, outline.sections[0].end) not in per_section  # the header has none


def test_a_users_word_is_one_term():
    text = "宝玉往潇湘馆来。黛玉在潇湘馆里看书，紫鹃出了潇湘馆。" * 4 + "宝钗回到蘅芜苑。"
    views = ScriptViews(text, Script.SIMPLIFIED)
    without = {t.term for t in key_terms(views, top=50)}
    assert "潇湘" in without and "潇湘馆" not in without  # jieba: 潇湘 / 馆来
    terms = {t.term: t for t in key_terms(views, top=50, user_words={"潇湘馆"})}
    assert "潇湘" not in terms and terms["潇湘馆"].count == text.count("潇湘馆")
    assert all(text[s:e] == "潇湘馆" for s, e in terms["潇湘馆"].occurrences)
    assert next(iter(terms)) == "潇湘馆"  # counted once per occurrence, it is the top term


def test_the_idf_table_read_once_gives_jiebas_figures():
    from jieba.analyse.tfidf import IDFLoader

    from reader.core import keyterms

    loader = IDFLoader(str(keyterms.idf_path()))
    words = ["宝玉", "黛玉", "没有这个词", "社会主义"]
    keyterms._median = None  # a fresh process: the table is read once for both
    idf, median = keyterms.idf_table(words)
    assert median == loader.median_idf
    assert idf == {w: loader.idf_freq[w] for w in words if w in loader.idf_freq}
    assert keyterms.idf_table(words) == (idf, median)  # kept median, read again for the words


def _counts_one_by_one(text, ends, bounds):
    """The word counting as it was first written (a word at a time): the reference."""
    from collections import Counter

    from reader.core.keyterms import STOP_WORDS

    starts = [b[0] for b in bounds]
    whole, per_range, i, start = Counter(), [Counter() for _ in bounds], -1, 0
    for end in ends:
        word = text[start:end]
        word_start, start = start, end
        if len(word.strip()) < 2 or word.lower() in STOP_WORDS:
            continue
        whole[word] += 1
        while i + 1 < len(starts) and starts[i + 1] <= word_start:
            i += 1
        if i >= 0 and word_start < bounds[i][1]:
            per_range[i][word] += 1
    return whole, per_range


def test_counting_by_slices_counts_as_one_word_at_a_time(notice_text):
    from pathlib import Path

    from reader.core.keyterms import _counts, section_ranges
    from reader.core.outline import build_outline
    from reader.core.words import word_ends

    novel = (Path(__file__).parents[1] / "corpus" / "hongloumeng.txt").read_text(encoding="utf-8")[:60_000]
    for text in (notice_text, novel):
        view = ScriptViews(text).get(Script.SIMPLIFIED)
        ends = word_ends(view.text)
        bounds = [view.range_to_view(s, e) for s, e in section_ranges(build_outline(text))]
        assert len(bounds) > 3
        # and ranges nested, sharing a start, ending early, or before any word
        n = len(view.text)
        crafted = [(0, 5), (0, n), (10, 40), (20, 30), (20, 25), (100, 101), (n // 2, n)]
        for ranges in (bounds, crafted):
            whole, per_range = _counts(view.text, ends, ranges)
            assert (whole, list(per_range)) == _counts_one_by_one(view.text, ends, ranges)


def test_counting_makes_way_between_slices_of_words(monkeypatch, notice_text):
    """The count of a book's words (0.16 s of Python for 红楼梦's 597,000) had no pause point:
    an urgent job in the worker (a switch, a book's preparing) waited for it whole."""
    from reader.core import keyterms
    from reader.core.words import word_ends

    view = ScriptViews(notice_text).get(Script.SIMPLIFIED)
    ends = word_ends(view.text)
    monkeypatch.setattr(keyterms, "COUNTED_AT_ONCE", 100, raising=False)
    pauses = []
    monkeypatch.setattr(keyterms, "give_way", lambda: pauses.append(len(pauses)))
    whole, _ = keyterms._counts(view.text, ends, [])
    assert len(ends) > 1000 and len(pauses) >= len(ends) // 100
    assert whole == _counts_one_by_one(view.text, ends, [])[0]  # words across a slice's edge too


def test_a_terms_offsets_are_kept_in_four_bytes_each(notice_text):
    # a book's key terms hold tens of thousands of offsets in the window: a tuple of ints costs
    # 36 bytes an offset (its pointer and the int), an array 4
    terms = key_terms(ScriptViews(notice_text))
    many = [t for t in terms if len(t.spans) >= 20]
    assert many
    for t in many:
        assert sys.getsizeof(t.spans) <= 80 + 4 * len(t.spans)
        assert list(t.occurrences) == [(s, e) for s, e in zip(t.spans[::2], t.spans[1::2])]


def test_the_median_of_the_idf_values_is_found_from_their_counts_as_from_the_sorted_values():
    import random
    from collections import Counter

    from reader.core.keyterms import _middle

    rng = random.Random(7)
    for n in (1, 2, 3, 10, 1001):
        written = [rng.choice(["1.0", "1.00", "2.5", "0.25", "11.9547675029", "3"]) for _ in range(n)]
        assert _middle(Counter(written)) == sorted(map(float, written))[n // 2]
