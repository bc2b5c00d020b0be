"""Which store file is a document's (reader.core.annotations.locate.StoreLocator)."""

from reader.core.annotations.locate import StoreLocator
from reader.core.annotations.model import Annotation
from reader.core.annotations.store import AnnotationStore, StoreState
from reader.core.identity import new_identity, store_file

TEXT = "全國總工會召開會議，學習宣傳貫徹黨的二十大精神。" * 20


def test_a_document_with_no_store_gets_its_own_and_reads_no_heads(tmp_path):
    folder = tmp_path / "annotations"
    locator = StoreLocator(folder, tmp_path / "notice.txt", "hash", TEXT)
    assert locator.locate() == store_file(folder, new_identity(tmp_path / "notice.txt", "hash"))
    assert locator.take_heads() is None and locator.candidates == [] and locator.attached_from is None


def test_a_moved_document_finds_its_store_by_its_text_and_hands_the_heads_on_once(tmp_path):
    folder = tmp_path / "annotations"
    store = AnnotationStore(folder, tmp_path / "gone.txt", "hash", "通知", TEXT)
    store.save(StoreState([Annotation.on_text(TEXT, 0, 5)]))
    locator = StoreLocator(folder, tmp_path / "moved.txt", "hash", TEXT)
    assert locator.locate() == store.path
    assert [h.path for h in locator.take_heads()] == [store.path]
    assert locator.take_heads() is None  # a later load reads them afresh


def test_the_callers_recognise_the_document_from_what_the_locator_knows(tmp_path):
    """`recognised` is asked with the locator itself (its path, text hash, fingerprint) when no
    store is found; the identity it names files the document's store."""
    asked = []

    def recognised(document: StoreLocator) -> str:
        asked.append((document.document_path, document.content_hash, document.may_be_alike([[1, 2]], 0.5)))
        return "known-identity"

    folder = tmp_path / "annotations"
    locator = StoreLocator(folder, tmp_path / "notice.txt", "hash", TEXT, recognised=recognised)
    assert locator.locate() == store_file(folder, "known-identity")
    assert asked == [(tmp_path / "notice.txt", "hash", [False])]


def test_a_fingerprint_already_known_is_not_made_again(tmp_path):
    locator = StoreLocator(tmp_path, tmp_path / "notice.txt", "hash", TEXT, fingerprint=[5, 6, 7])
    assert locator.fingerprint == [5, 6, 7]
    assert locator.may_be_alike([[1], [2]], 0.9) == [True, True]  # the fingerprint itself will say
