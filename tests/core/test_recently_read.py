"""A book the worker prepared for the window is catalogued by the library from that reading
(reader.core.recently_read): not read, outlined and fingerprinted a second time, and never
from memory once the file's bytes have changed (issue 32)."""

from __future__ import annotations

import os
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from reader.core import analysis, recently_read
from reader.core.library import adding
from reader.core.library.adding import ADDED, add_file
from reader.core.library.catalogue import Catalogue
from reader.core.library.concordance import Searcher

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


@pytest.fixture(autouse=True)
def _nothing_kept():
    analysis.forget()
    yield
    analysis.forget()


def _comparable(catalogue: Catalogue):
    entries = [replace(e, identity="", added="", store="", id=0) for e in catalogue.entries()]
    sections = catalogue.db.execute("SELECT start, end, label FROM sections ORDER BY start, end").fetchall()
    return entries, sections


def _not_read_again(monkeypatch) -> list[str]:
    calls: list[str] = []
    for name in ("load_document", "document_outline", "fingerprint"):
        real = getattr(adding, name)
        monkeypatch.setattr(adding, name, lambda *a, _n=name, _r=real, **k: (calls.append(_n), _r(*a, **k))[1])
    return calls


@pytest.mark.parametrize("name", ["law-civil-code.txt", "law-constitution.md"])
def test_a_prepared_book_is_catalogued_without_reading_it_again(tmp_path, monkeypatch, name):
    path = tmp_path / name
    shutil.copy(CORPUS / name, path)
    (tmp_path / "fresh").mkdir(exist_ok=True)  # the data folder: made by the launch, never by the catalogue
    fresh = Catalogue(tmp_path / "fresh")
    assert add_file(fresh, tmp_path / "fresh", path).status == ADDED  # read by the library itself
    analysis.prepare_path(str(path), str(tmp_path / "cache"))  # the window opens it: the worker prepares it
    calls = _not_read_again(monkeypatch)
    (tmp_path / "data").mkdir(exist_ok=True)  # the data folder: made by the launch, never by the catalogue
    catalogue = Catalogue(tmp_path / "data")
    assert add_file(catalogue, tmp_path / "data", path).status == ADDED
    assert calls == []  # the old code read, outlined and fingerprinted the book again
    assert _comparable(catalogue) == _comparable(fresh)  # title, fingerprint, dates, hashes, sections
    for query in ("第", "法", "人民", "第一条"):
        assert (
            Searcher(catalogue).search(query, limit=None).to_json()
            == Searcher(fresh).search(query, limit=None).to_json()
        )


def test_a_file_changed_after_it_was_prepared_is_read_again(tmp_path, monkeypatch):
    path = tmp_path / "notice.txt"
    path.write_text("第一章 總則\n舊的內容在此。\n", encoding="utf-8")
    analysis.prepare_path(str(path), str(tmp_path / "cache"))
    stat = path.stat()
    # the same size and the same time: only the bytes tell the change
    path.write_text("第一章 總則\n新的內容在此。\n", encoding="utf-8")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert path.stat().st_size == stat.st_size
    calls = _not_read_again(monkeypatch)
    (tmp_path / "data").mkdir(exist_ok=True)  # the data folder: made by the launch, never by the catalogue
    catalogue = Catalogue(tmp_path / "data")
    add_file(catalogue, tmp_path / "data", path)
    assert "load_document" in calls
    assert Searcher(catalogue).search("新的").total == 1
    assert Searcher(catalogue).search("舊的").total == 0


def test_a_prepared_book_is_let_go_when_the_worker_releases_its_memory(tmp_path):
    path = tmp_path / "book.txt"
    shutil.copy(CORPUS / "law-constitution.md", path)
    analysis.prepare_path(str(path), str(tmp_path / "cache"))
    analysis.release_memory()
    assert recently_read.take(path) is None
