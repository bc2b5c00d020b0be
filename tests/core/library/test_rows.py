"""The Library view's rows, read off the window's thread (issue 29: the window never stalls
over 50 ms while a folder is added): each row says whether its file is there and carries its
folded title and path, so the view neither looks at files nor folds text as it paints."""

from __future__ import annotations

import shutil
from pathlib import Path

from reader.core.library.adding import add_file
from reader.core.library.catalogue import Catalogue
from reader.core.library.folding import fold
from reader.core.library.rows import read_rows
from reader.core.session import Session, annotations_folder

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


def test_rows_say_which_files_are_gone_and_keep_their_notes_count(tmp_path, data_dir):
    kept, gone = tmp_path / "kept.md", tmp_path / "gone.md"
    shutil.copy(CORPUS / "compare" / "law-company-2018.md", kept)
    shutil.copy(CORPUS / "compare" / "law-company-2023.md", gone)
    session = Session.open(gone, data_dir)
    session.apply(None, session.new_annotation(0, 4, note="kept when the file goes"))
    session.save()
    catalogue = Catalogue(data_dir)
    for path in (kept, gone):
        add_file(catalogue, data_dir, path)
    gone.unlink()
    rows = {Path(r.entry.path).name: r for r in read_rows(catalogue, annotations_folder(data_dir)).rows}
    assert (rows["kept.md"].missing, rows["gone.md"].missing) == (False, True)
    assert rows["gone.md"].status.notes == 1
    assert rows["kept.md"].folded == fold(f"{rows['kept.md'].entry.title} {kept}")
    assert all(r.entry.fingerprint == () for r in rows.values())  # not shown: not handed over
