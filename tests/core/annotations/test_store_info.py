"""What a folder's store files say of themselves (reader.core.annotations.store_info)."""

from reader.core.annotations.model import Annotation
from reader.core.annotations.store import AnnotationStore, StoreState
from reader.core.annotations.store_info import ASK_ATTACH, StoreInfo, most_alike, read_info, store_files

TEXT = "全國總工會召開會議，學習宣傳貫徹黨的二十大精神。" * 20


def test_a_saved_store_tells_its_document_and_its_notes(tmp_path):
    document = tmp_path / "notice.txt"
    document.write_text(TEXT, encoding="utf-8")
    store = AnnotationStore(tmp_path / "annotations", document, "hash", "通知", TEXT)
    store.save(StoreState([Annotation.on_text(TEXT, 0, 5), Annotation.on_text(TEXT, 9, 12)]))
    (tmp_path / "annotations" / "not-a-store.json").write_text("{}", encoding="utf-8")
    assert store_files(tmp_path / "annotations") == [store.path]  # never a file of another name
    info = read_info(store.path)
    assert (info.title, info.document_path, info.content_hash, info.count) == ("通知", str(document), "hash", 2)
    assert info.fingerprint == tuple(store.fingerprint) and not info.document_missing


def test_most_alike_keeps_stores_with_notes_at_least_ask_attach_alike_most_alike_first(tmp_path):
    def info(name: str, fingerprint: list[int], count: int = 1) -> StoreInfo:
        return StoreInfo(tmp_path / name, name, None, "", count, "", tuple(fingerprint))

    mine = list(range(100))
    half = info("half", list(range(50)) + list(range(1000, 1050)))
    most = info("most", list(range(90)) + list(range(1000, 1010)))
    far = info("far", list(range(1000, 1100)))
    empty = info("empty", mine, count=0)
    found = most_alike([half, None, far, most, empty], mine)
    assert [i.title for i in found] == ["most", "half"]
    assert found[0].similarity > found[1].similarity >= ASK_ATTACH
