"""Watched folders (issue 29): a look over them finds the files new or changed since indexed,
in every format and every subfolder, and the catalogued files that have gone, whose entry and
notes are kept."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from reader.core.library import notebook
from reader.core.library.adding import add_files
from reader.core.library.catalogue import Catalogue
from reader.core.library.watching import scan, scan_job, unwatch, watch, watched_folders
from reader.core.session import Session, annotations_folder

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


def test_the_folders_watched_are_kept_once_each(tmp_path, data_dir):
    assert watched_folders(data_dir) == []
    (tmp_path / "a").mkdir()
    assert watch(data_dir, tmp_path / "a") == [str((tmp_path / "a").resolve())]
    assert watch(data_dir, str(tmp_path / "a" / ".." / "a")) == [str((tmp_path / "a").resolve())]
    assert unwatch(data_dir, tmp_path / "a") == [] and watched_folders(data_dir) == []


def test_new_changed_and_gone_files_of_a_watched_folder_are_found(tmp_path, data_dir):
    folder = tmp_path / "watched"
    (folder / "formats").mkdir(parents=True)
    for name in ("law-criminal-2020.pdf", "law-criminal-procedure-2018.epub", "standard-psr-general-draft-2023.docx"):
        shutil.copy(CORPUS / "formats" / name, folder / "formats" / name)
    shutil.copy(CORPUS / "compare" / "law-company-2023.md", folder / "law.md")
    (folder / "notes.xyz").write_text("not a format Reader opens", encoding="utf-8")
    (folder / ".hidden").mkdir()
    shutil.copy(CORPUS / "compare" / "law-company-2018.md", folder / ".hidden" / "law.md")
    catalogue = Catalogue(data_dir)
    folders = watch(data_dir, folder)
    first = scan(catalogue, folders)
    expected = sorted(str(p.resolve()) for p in folder.rglob("*") if p.suffix in (".md", ".pdf", ".epub", ".docx"))
    expected = [p for p in expected if "/.hidden/" not in p]
    assert sorted(first.changed) == expected and first.gone == []
    assert str(folder.resolve()) in first.paths and str((folder / "formats").resolve()) in first.paths
    list(add_files(catalogue, data_dir, first.changed))
    assert scan(catalogue, folders).changed == []  # all indexed: nothing to do

    session = Session.open(folder / "law.md", data_dir)
    start = session.text.index("股东")
    session.apply(None, session.new_annotation(start, start + 2, note="kept"))
    session.save()
    law = folder / "law.md"
    law.write_text(law.read_text(encoding="utf-8") + "\n附则\n", encoding="utf-8")
    os.utime(law, (law.stat().st_atime, law.stat().st_mtime + 5))
    shutil.copy(CORPUS / "compare" / "law-company-2018.md", folder / "formats" / "new.md")
    second = scan_job(str(data_dir), folders)  # as the worker runs it
    assert sorted(second.changed) == sorted([str(law.resolve()), str((folder / "formats" / "new.md").resolve())])

    list(add_files(catalogue, data_dir, second.changed))
    law.unlink()
    third = scan(catalogue, folders)
    assert third.gone == [str(law.resolve())] and third.changed == []
    [entry] = [e for e in catalogue.entries() if e.path == str(law.resolve())]
    assert entry.missing  # kept, shown missing
    notes = notebook.gather(catalogue, annotations_folder(data_dir))
    assert [(n.identity, n.note) for n in notes] == [(entry.identity, "kept")]


def test_a_watched_folder_that_is_not_there_loses_nothing(tmp_path, data_dir):
    folder = tmp_path / "drive"
    folder.mkdir()
    shutil.copy(CORPUS / "compare" / "law-company-2023.md", folder / "law.md")
    catalogue = Catalogue(data_dir)
    folders = watch(data_dir, folder)
    list(add_files(catalogue, data_dir, scan(catalogue, folders).changed))
    shutil.rmtree(folder)  # a drive not mounted
    found = scan(catalogue, folders)
    assert found.absent == folders and found.gone == [] and len(catalogue.entries()) == 1
