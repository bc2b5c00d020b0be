"""The key terms model obeys Qt's model rules, filled, emptied and shown in another script."""

from reader.core.scripts import Script
from reader.core.session import Session
from reader.models.keyterm_model import KeyTermModel
from tests.models.conftest import document_path


def test_keyterm_model_is_a_valid_model(qtmodeltester, data_dir):
    session = Session.open(document_path("notice"), data_dir)
    terms, _sections = session.build_key_terms()
    model = KeyTermModel()
    qtmodeltester.check(model)
    model.reset(terms, session.view(Script.ORIGINAL))
    qtmodeltester.check(model)
    assert model.rowCount() == len(terms) > 0
    model.set_view(session.view(Script.SIMPLIFIED))
    qtmodeltester.check(model)
    assert any("学习" in model.data(model.index(r, 0)) for r in range(model.rowCount()))
    model.reset([], None)
    qtmodeltester.check(model)
    assert model.rowCount() == 0
