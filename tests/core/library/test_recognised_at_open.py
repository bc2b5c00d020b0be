"""A document opened with no store of its own in a data folder with a library (Session's
_recognised: reader.core.library.catalogue.recognised_identity): a member whose file has gone
is compared by fingerprint only where the sizes of the two texts leave them a chance."""

from pathlib import Path

from reader.core.annotations import locate
from reader.core.document import load_document
from reader.core.identity import identity_of
from reader.core.library.adding import add_file
from reader.core.library.catalogue import Catalogue
from reader.core.session import Session

BOOK = Path(__file__).parents[2] / "corpus" / "hongloumeng.txt"


def _fingerprints_made(monkeypatch) -> list[int]:
    made: list[int] = []
    real = locate.fingerprint
    monkeypatch.setattr(locate, "fingerprint", lambda text, *a: made.append(len(text)) or real(text, *a))
    return made


def _gone_member(data_dir: Path, path: Path, text: str) -> str:
    """A library member whose file has gone since it was catalogued: its identity."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    catalogue = Catalogue(data_dir)
    add_file(catalogue, data_dir, path)
    (member,) = [m for m in catalogue.members() if m.path == str(path)]
    path.unlink()
    return member.identity


def test_a_book_beside_a_gone_short_member_makes_no_fingerprint(tmp_path, monkeypatch):
    """红楼梦 opened for the first time in a data folder whose library lists a short document
    that has gone: the book cannot be 90 % alike to it (their sizes say so), so its fingerprint
    (0.5 s of the launch, before its first paint) is not made, and it is a document of its own."""
    data_dir = tmp_path / "data"
    book = BOOK.read_text(encoding="utf-8")
    _gone_member(data_dir, tmp_path / "gone" / "chapter.txt", book[20000:32000])
    made = _fingerprints_made(monkeypatch)
    session = Session(load_document(BOOK), data_dir)
    assert made == []
    assert session.store.attached_from is None and session.store.candidates == []


def test_an_edited_copy_of_a_gone_member_is_still_recognised(tmp_path, monkeypatch):
    """The other side: a gone member of the same size and nearly the same text is compared
    (the fingerprint made) and the document opened is taken for it, as before."""
    data_dir = tmp_path / "data"
    text = BOOK.read_text(encoding="utf-8")[:12000]
    identity = _gone_member(data_dir, tmp_path / "gone" / "chapter.txt", text)
    copy = tmp_path / "here" / "chapter-edited.txt"
    copy.parent.mkdir()
    copy.write_text(text + "後漢桓帝時。", encoding="utf-8")
    made = _fingerprints_made(monkeypatch)
    session = Session(load_document(copy), data_dir)
    assert made and identity_of(session.store.path) == identity
