"""A document with no store of its own looks through the folder's stores by their heads
(reader.core.annotations.store_heads): only a store whose head leaves it a chance is read whole,
and what is found is what reading every store whole found."""

import json
from pathlib import Path

from reader.core.annotations import store_heads, store_info
from reader.core.annotations.model import Annotation
from reader.core.annotations.store import AnnotationStore, StoreState
from reader.core.annotations.store_heads import read_heads
from reader.core.identity import new_identity

BOOK = (Path(__file__).parents[2] / "corpus" / "hongloumeng.txt").read_text(encoding="utf-8")


def _stores(folder: Path, tmp_path: Path, n: int, size: int = 12000, notes: int = 5) -> list[AnnotationStore]:
    """Stores of n earlier documents (pieces of the book, each still on disk), with notes."""
    stores = []
    for i in range(n):
        piece = BOOK[i * 15000 : i * 15000 + size]
        path = tmp_path / f"earlier-{i}.txt"
        path.write_text(piece, encoding="utf-8")
        store = AnnotationStore(folder, path, f"hash-{i}", f"earlier {i}", piece)
        store.save(StoreState([Annotation.on_text(piece, k * 10, k * 10 + 2) for k in range(notes)]))
        stores.append(store)
    return stores


def _moved_to(store: AnnotationStore, place: Path) -> None:
    """The store records its document at `place` (as one found by content hash after a move
    does), still filed under its old path's name."""
    raw = json.loads(store.path.read_text(encoding="utf-8"))
    raw["document"]["path"] = str(place)
    store.path.write_text(json.dumps(raw, ensure_ascii=False, indent=2), encoding="utf-8")


def _reads_whole(monkeypatch) -> list[Path]:
    read = []
    real = store_info.read_info
    monkeypatch.setattr(store_info, "read_info", lambda path: read.append(Path(path)) or real(path))
    return read


def test_a_book_beside_stores_it_cannot_be_reads_none_of_them_whole(tmp_path, monkeypatch):
    """A book opened for the first time in a used data folder: no store has its text, its path
    or a size its text could be alike to, so no store's records are read (each store whole was
    65-80 ms of 红楼梦's launch beside 50 stores, and grew with their notes)."""
    folder = tmp_path / "annotations"
    _stores(folder, tmp_path, 12)
    read = _reads_whole(monkeypatch)
    found = AnnotationStore(folder, tmp_path / "book.txt", "book-hash", "book", BOOK[:300000])
    assert read == []
    assert found.candidates == [] and found.attached_from is None and not found.path.exists()


def test_the_stores_a_head_leaves_a_chance_are_still_found(tmp_path, monkeypatch):
    """The other side: a moved document finds its store by content hash, an edited file at
    its own path finds its notes, and an edited copy of a moved document is attached by
    similarity; only the stores their heads leave a chance are read whole."""
    folder = tmp_path / "annotations"
    stores = _stores(folder, tmp_path, 6)
    read = _reads_whole(monkeypatch)
    # moved: the same text at another path, its old file gone
    moved_text = stores[1].locator.text
    old_place = Path(stores[1].document_path)
    old_place.unlink()
    moved = AnnotationStore(folder, tmp_path / "moved.txt", "hash-1", "moved", moved_text)
    assert moved.path == stores[1].path and read == [stores[1].path]
    # edited where it was moved to: another text at the path its store records
    _moved_to(stores[2], tmp_path / "renamed.txt")
    read.clear()
    edited = AnnotationStore(
        folder, tmp_path / "renamed.txt", "hash-2-edited", "edited", stores[2].locator.text + "又一回。"
    )
    assert edited.path == stores[2].path and edited.attached_from is not None and read == [stores[2].path]
    # moved and edited: found by its fingerprint (the stores of texts of its size are read whole)
    read.clear()
    Path(stores[3].document_path).unlink()
    copy = AnnotationStore(
        folder, tmp_path / "copy.txt", "hash-3-edited", "copy", stores[3].locator.text + "後漢桓帝時。"
    )
    assert copy.path == stores[3].path and copy.attached_from is not None and stores[3].path in read


def test_a_store_whose_head_is_not_as_reader_writes_it_is_read_whole(tmp_path):
    """A store written by another tool (its records before its document, on one line) has no
    head to go by: it is read whole, and a moved document still finds it."""
    folder = tmp_path / "annotations"
    (store,) = _stores(folder, tmp_path, 1)
    raw = json.loads(store.path.read_text(encoding="utf-8"))
    shuffled = {"annotations": raw["annotations"], **{k: v for k, v in raw.items() if k != "annotations"}}
    store.path.write_text(json.dumps(shuffled, ensure_ascii=False), encoding="utf-8")
    assert read_heads([store.path]) == [None]
    Path(store.document_path).unlink()
    moved = AnnotationStore(folder, tmp_path / "moved.txt", "hash-0", "moved", store.locator.text)
    assert moved.path == store.path


def test_a_store_without_records_but_with_a_sync_copy_may_have_records(tmp_path):
    """The records a sync copy beside a store brings count (read_info merges them): a store
    whose own file has none is still read whole when its document is edited where it was
    moved to."""
    folder = tmp_path / "annotations"
    (store,) = _stores(folder, tmp_path, 1)
    _moved_to(store, tmp_path / "renamed.txt")
    raw = store.path.read_text(encoding="utf-8")
    store.path.write_text(json.dumps({**json.loads(raw), "annotations": []}, indent=2), encoding="utf-8")
    (head,) = read_heads([store.path])
    assert head is not None and not head.may_have_records and head.content_hash == "hash-0"
    copy = store.path.with_name(store.path.stem + " (1).json")  # as a sync tool leaves it
    copy.write_text(raw, encoding="utf-8")
    (head,) = read_heads([store.path])
    assert head.may_have_records
    edited = AnnotationStore(
        folder, tmp_path / "renamed.txt", "hash-0-edited", "edited", store.locator.text + "又一回。"
    )
    assert edited.path == store.path and edited.attached_from is not None and edited.attached_from.count == 5


def test_a_book_opened_beside_stores_reads_their_heads_once(tmp_path, monkeypatch):
    """Finding a book's store (StoreLocator.locate) and loading it (the other computers' stores of its
    text, _device_stores) read the folder's heads once between them, not once each; the
    stores of its text two other computers wrote are still all its notes."""
    folder = tmp_path / "annotations"
    _stores(folder, tmp_path, 12)
    text = BOOK[:300000]
    for computer, start in (("a", 4), ("b", 10)):
        there = Path(f"/computer-{computer}/book.txt")
        store = AnnotationStore(folder, there, "book-hash", "book", text, identity=new_identity(there, "book-hash"))
        store.save(StoreState([Annotation.on_text(text, start, start + 4)]))
        raw = json.loads(store.path.read_text(encoding="utf-8"))
        raw["document"]["device"] = f"computer-{computer}"
        store.path.write_text(json.dumps(raw, ensure_ascii=False, indent=2), encoding="utf-8")
    listed = []
    real = store_heads.read_heads
    monkeypatch.setattr(store_heads, "read_heads", lambda paths: listed.append(len(paths)) or real(paths))
    here = AnnotationStore(folder, tmp_path / "book.txt", "book-hash", "book", text)
    loaded = here.load()
    assert listed == [14]
    assert len(loaded.merged) == 1 and sorted(a.start for a in loaded.state.annotations) == [4, 10]
    here.load()  # a later load reads the folder as it is then
    assert listed == [14, 14]


def test_a_fingerprint_of_numbers_alone_is_taken_whole_and_anything_else_left_out():
    from reader.core.annotations.store_heads import numbers

    assert numbers([3, 1, 2]) == (3, 1, 2)
    assert numbers([3, True, "x", 2.5, None, 7]) == (3, True, 7)  # as store.read_info read them
    assert numbers("12") == () and numbers(None) == () and numbers([]) == ()


def test_a_books_3grams_are_counted_once_for_the_stores_and_the_library(tmp_path, monkeypatch):
    """A book opened in a used data folder with a library is asked twice whether it may be
    alike to texts of other sizes (the stores' sketches, then the library's gone members',
    reader.core.session._recognised): its 3-grams are counted once, and each answer is what a
    count of its own gives."""
    from reader.core import fingerprint as module

    book = BOOK[:300000]
    stores = [module.fingerprint(book[i : i + 20000]) for i in range(0, 200000, 50000)]
    members = [module.fingerprint(book[i : i + 8000]) for i in range(0, 40000, 10000)]
    members.append(module.fingerprint(book[:200000]))
    alone = (module.may_reach(book, stores, 0.5), module.may_reach(book, members, 0.5))
    assert alone == ([False] * 4, [False] * 4 + [True])
    counted = []
    real = module._distinct_at_least
    monkeypatch.setattr(module, "_distinct_at_least", lambda *a: counted.append(a[1]) or real(*a))
    store = AnnotationStore(tmp_path / "annotations", tmp_path / "book.txt", "book-hash", "book", book)
    assert (store.locator.may_be_alike(stores, 0.5), store.locator.may_be_alike(members, 0.5)) == alone
    assert len(counted) == 1
