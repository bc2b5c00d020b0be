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
