"""The catalogue: one identity per document, kept when a file moves and changes; built again
with nothing lost when the database is deleted or damaged (issue 29)."""

from __future__ import annotations

import shutil
from pathlib import Path

from reader.core.library import notebook
from reader.core.library.adding import ADDED, FAILED, MOVED, UNCHANGED, UPDATED, add_file, library_files, rebuild
from reader.core.library.catalogue import Catalogue
from reader.core.library.concordance import Searcher
from reader.core.library.status import status_of
from reader.core.progress import save_progress
from reader.core.session import Session, annotations_folder

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


def _report(folder: Path, name: str = "report.txt") -> Path:
    """A work report's first 20,000 characters: long enough to tell from another text."""
    source = (CORPUS / "report-20th-congress-2022-gb18030.txt").read_bytes().decode("gb18030")
    path = folder / name
    path.write_text(source[:20000], encoding="utf-8")
    return path


def _annotate(path: Path, data_dir: Path, quote: str, note: str) -> None:
    session = Session.open(path, data_dir)
    start = session.text.index(quote)
    session.apply(None, session.new_annotation(start, start + len(quote), note=note))
    session.save()


def test_a_folder_is_added_recursively_in_every_format(tmp_path, data_dir):
    catalogue = Catalogue(data_dir)
    results = [add_file(catalogue, data_dir, p) for p in library_files([CORPUS / "formats"])]
    assert {r.status for r in results} == {ADDED}
    formats = {e.format for e in catalogue.entries()}
    assert formats == {"pdf", "epub", "html", "docx"}
    again = [add_file(catalogue, data_dir, p) for p in library_files([CORPUS / "formats"])]
    assert {r.status for r in again} == {UNCHANGED}


def test_a_file_that_cannot_be_read_is_said_and_the_rest_added(tmp_path, data_dir):
    folder = tmp_path / "docs"
    folder.mkdir()
    _report(folder)
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4 not really")
    catalogue = Catalogue(data_dir)
    results = {r.path.name: r for r in (add_file(catalogue, data_dir, p) for p in library_files([folder]))}
    assert results["report.txt"].status == ADDED
    assert results["broken.pdf"].status == FAILED and "broken.pdf" in results["broken.pdf"].message
    assert [e.path for e in catalogue.entries()] == [str((folder / "report.txt").resolve())]


def test_a_changed_file_is_indexed_again_under_its_identity(tmp_path, data_dir):
    path = _report(tmp_path)
    catalogue = Catalogue(data_dir)
    first = add_file(catalogue, data_dir, path)
    path.write_text(path.read_text(encoding="utf-8") + "\n新质生产力\n", encoding="utf-8")
    second = add_file(catalogue, data_dir, path)
    assert second.status == UPDATED and second.identity == first.identity
    assert Searcher(catalogue).search("新質生產力").total == 1


def test_a_moved_and_edited_file_keeps_its_notes_and_catalogue_entry(tmp_path, data_dir):
    (tmp_path / "a").mkdir()
    old = _report(tmp_path / "a")
    _annotate(old, data_dir, "中国式现代化", "the report's key term")
    catalogue = Catalogue(data_dir)
    first = add_file(catalogue, data_dir, old)
    (tmp_path / "b").mkdir()
    new = tmp_path / "b" / "renamed.txt"
    edited = old.read_text(encoding="utf-8").replace("过去五年", "过去五个年头", 1)
    new.write_text(edited, encoding="utf-8")
    old.unlink()
    moved = add_file(catalogue, data_dir, new)
    assert moved.status == MOVED and moved.identity == first.identity
    entries = catalogue.entries()
    assert [(e.identity, e.path) for e in entries] == [(first.identity, str(new.resolve()))]
    notes = notebook.gather(catalogue, annotations_folder(data_dir))
    assert [(n.identity, n.note, n.exact) for n in notes] == [(first.identity, "the report's key term", "中国式现代化")]
    assert [a.note for a in Session.open(new, data_dir).annotations] == ["the report's key term"]


def _snapshot(catalogue: Catalogue, data_dir: Path):
    searcher = Searcher(catalogue)
    return (
        [(e.identity, e.path, e.title, e.date, e.chars, e.store) for e in catalogue.entries()],
        searcher.search("發展", limit=None).to_json(),
        [n.to_json() for n in notebook.gather(catalogue, annotations_folder(data_dir))],
        # notes, progress and last read, filed under each identity (as the settings are)
        [status_of(e, annotations_folder(data_dir)) for e in catalogue.entries()],
    )


def _library_of_three(tmp_path: Path, data_dir: Path) -> Catalogue:
    folder = tmp_path / "docs"
    folder.mkdir()
    _report(folder)
    for name in ("law-company-2018.md", "law-company-2023.md"):
        shutil.copy(CORPUS / "compare" / name, folder / name)
    _annotate(folder / "report.txt", data_dir, "发展", "a note")
    session = Session.open(folder / "law-company-2023.md", data_dir)  # read, not annotated
    session.progress.read.update(session.progress.sections[:3])
    save_progress(session.store.path, session.progress)
    catalogue = Catalogue(data_dir)
    for path in library_files([folder]):
        add_file(catalogue, data_dir, path)
    return catalogue


def test_a_deleted_catalogue_is_built_again_with_nothing_lost(tmp_path, data_dir):
    catalogue = _library_of_three(tmp_path, data_dir)
    before = _snapshot(catalogue, data_dir)
    catalogue.close()
    for extra in ("", "-wal", "-shm"):
        Path(str(catalogue.db_path) + extra).unlink(missing_ok=True)
    again = Catalogue(data_dir)
    assert again.report.rebuilt
    assert {r.status for r in rebuild(again, data_dir)} == {ADDED}
    assert _snapshot(again, data_dir) == before
    read = [Path(entry[1]).name for entry, status in zip(before[0], before[3], strict=True) if status.read > 0]
    assert read == ["law-company-2023.md"]  # its progress is in what was kept


def test_a_damaged_catalogue_is_set_aside_and_built_again(tmp_path, data_dir):
    catalogue = _library_of_three(tmp_path, data_dir)
    before = _snapshot(catalogue, data_dir)
    catalogue.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    catalogue.close()
    raw = bytearray(catalogue.db_path.read_bytes())
    raw[:100] = b"\x00" * 100  # the header gone: not a database any more
    catalogue.db_path.write_bytes(bytes(raw))
    again = Catalogue(data_dir)
    assert again.report.rebuilt and again.report.set_aside is not None and again.report.set_aside.exists()
    list(rebuild(again, data_dir))
    assert _snapshot(again, data_dir) == before


def test_a_catalogue_set_aside_by_one_process_is_built_again_by_the_next(tmp_path, data_dir):
    # the worker, cataloguing a document just opened, may be the first to find the database
    # damaged: it sets it aside and makes a new one, but builds nothing; the Library window
    # (or `reader library`) opening it next must still know its documents need indexing again
    catalogue = _library_of_three(tmp_path, data_dir)
    before = _snapshot(catalogue, data_dir)
    catalogue.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    catalogue.close()
    catalogue.db_path.write_bytes(b"\x00" * 100 + catalogue.db_path.read_bytes()[100:])
    worker = Catalogue(data_dir)
    assert worker.report.rebuilt and worker.report.set_aside is not None
    window = Catalogue(data_dir)
    assert window.report.rebuilt and window.report.set_aside_name == worker.report.set_aside.name
    list(rebuild(window, data_dir))
    assert _snapshot(window, data_dir) == before
    assert not Catalogue(data_dir).report.rebuilt  # built: not again


def test_a_document_annotated_but_never_added_is_in_the_rebuilt_library(tmp_path, data_dir):
    path = _report(tmp_path)
    _annotate(path, data_dir, "发展", "opened, not added")
    catalogue = Catalogue(data_dir)
    assert [r.status for r in rebuild(catalogue, data_dir)] == [ADDED]
    assert [e.path for e in catalogue.entries()] == [str(path.resolve())]
