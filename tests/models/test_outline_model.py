"""The section tree's model obeys Qt's model rules (QAbstractItemModelTester, through
pytest-qt's qtmodeltester: a violation fails the test instead of aborting the run) on real
documents, in every script, as sections are read."""

import pytest

from reader.core.scripts import Script
from reader.core.session import Session
from reader.models.outline_model import OutlineModel
from tests.models.conftest import DOCUMENTS, document_path


@pytest.mark.parametrize("name", DOCUMENTS)
def test_outline_model_is_a_valid_model(qtmodeltester, data_dir, name):
    session = Session.open(document_path(name), data_dir)
    model = OutlineModel(session.outline)
    qtmodeltester.check(model)
    assert model.rowCount() > 0
    for script in (Script.SIMPLIFIED, Script.TRADITIONAL):
        model.set_view(session.view(script))
        qtmodeltester.check(model)
    first = model.node(model.index(0, 0))
    model.set_read({(first.start, first.end)})
    qtmodeltester.check(model)


def test_labels_follow_the_script(data_dir):
    session = Session.open(document_path("notice"), data_dir)
    model = OutlineModel(session.outline)
    row = next(r for r in range(model.rowCount()) if "學習領會" in str(model.data(model.index(r, 0))))
    model.set_view(session.view(Script.SIMPLIFIED))
    assert "学习领会" in model.data(model.index(row, 0))


def test_labels_show_the_pages_punctuation_in_every_script(data_dir):
    session = Session.open(document_path("notice"), data_dir)
    model = OutlineModel(session.outline)
    row = next(
        r for r in range(model.rowCount()) if "學習宣傳貫徹黨的二十大精神對於" in str(model.data(model.index(r, 0)))
    )
    assert model.data(model.index(row, 0)).startswith("《通知》指出，學習")  # the source has 指出,學習
    model.set_view(session.view(Script.SIMPLIFIED))
    assert model.data(model.index(row, 0)).startswith("《通知》指出，学习")
    model.set_clean_punctuation(False)  # the reader turned the page's cleaning off: the source's comma
    assert model.data(model.index(row, 0)).startswith("《通知》指出,学习")
