"""The annotation panel's model and its filter obey Qt's model rules as annotations come and
go, are grouped by section, orphaned, and shown in another script."""

from reader.core.annotations.model import Annotation
from reader.core.scripts import Script
from reader.core.session import Session
from reader.models.annotation_model import AnnotationFilter, AnnotationModel, quote_in
from tests.models.conftest import document_path


def annotated(data_dir, name="law-civil-code.txt"):
    session = Session.open(document_path(name), data_dir)
    text = session.text
    for phrase, colour, note in (("民事主体", "yellow", "主体"), ("合同", "green", ""), ("物权", "blue", "物")):
        start = text.index(phrase)
        session.apply(None, session.new_annotation(start, start + len(phrase), colour=colour, note=note))
    return session


def test_annotation_model_is_a_valid_model(qtmodeltester, data_dir):
    session = annotated(data_dir)
    model = AnnotationModel()
    qtmodeltester.check(model)  # empty
    model.reset(session, session.view(Script.ORIGINAL))
    qtmodeltester.check(model)
    assert model.rowCount() >= 2  # the highlights sit in different parts of the code
    model.reset(session, session.view(Script.TRADITIONAL))
    qtmodeltester.check(model)
    first = next(iter(session.annotations))
    session.apply(first, None)
    model.reset(session, session.view(Script.ORIGINAL))
    qtmodeltester.check(model)
    model.reset(None, None)
    qtmodeltester.check(model)


def test_filter_is_a_valid_model_and_matches_either_script(qtmodeltester, data_dir):
    session = annotated(data_dir)
    model = AnnotationModel()
    model.reset(session, session.view(Script.ORIGINAL))
    proxy = AnnotationFilter()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    proxy.set_text("物權")  # typed in Traditional, found in a Simplified text
    qtmodeltester.check(proxy)
    shown = [
        proxy.index(r, 0, proxy.index(g, 0)).data()
        for g in range(proxy.rowCount())
        for r in range(proxy.rowCount(proxy.index(g, 0)))
    ]
    assert len(shown) == 1 and "物权" in shown[0]


def test_an_orphaned_quote_is_written_as_the_page_of_its_document_writes_it(data_dir, tmp_path):
    # a quote no longer found in the text is converted, not sliced from the view: by the rules of
    # the document's own mode (an old novel writes 歎 for 叹, modern text 嘆), as its page does
    novel = tmp_path / "hongloumeng-part.txt"
    novel.write_text(document_path("hongloumeng.txt").read_text(encoding="utf-8")[:30_000], encoding="utf-8")
    session = Session.open(novel, data_dir)
    page = session.view(Script.TRADITIONAL)
    at = session.text.index("叹道")
    assert page.slice(at, at + 2) == "歎道"
    model = AnnotationModel()
    model.reset(session, page)
    orphan = Annotation(0, 4, "长叹一声", orphaned=True)
    assert model.quote(orphan) == "長歎一聲"
    assert quote_in(page, orphan, session.views.mode) == "長歎一聲"
