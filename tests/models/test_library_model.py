"""The Library's table model takes the catalogue read again row by row (issue 29: the window
never stalls while a folder is indexed): a document shown keeps its row, new ones are added,
gone ones removed, so the sorted view is never reset."""

from __future__ import annotations

from dataclasses import replace

from reader.core.library.catalogue import Entry
from reader.core.library.status import Status
from reader.models.library_model import LibraryFilter, LibraryModel, Row, human_size


def _row(identity: str, date: str, notes: int = 0) -> Row:
    entry = Entry(identity, f"/d/{identity}.txt", identity, "text", date, date, 10, 10, 0.0, "", "", (), "", "")
    return Row(entry, Status(notes=notes))


def _shown(proxy) -> list[str]:
    return [proxy.index(r, 0).data().split()[0] for r in range(proxy.rowCount())]


def test_rows_read_again_are_added_changed_and_removed_without_a_reset(qtbot):
    model = LibraryModel()
    proxy = LibraryFilter()
    proxy.setSourceModel(model)
    proxy.sort(2)
    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    model.set_rows([_row("b", "2020-01-01"), _row("a", "2010-01-01")])
    assert _shown(proxy) == ["a", "b"]
    model.set_rows([_row("c", "2015-01-01"), _row("a", "2010-01-01", notes=2), _row("b", "2020-01-01")])
    assert _shown(proxy) == ["a", "c", "b"]  # the new one sorted in among them
    assert proxy.index(0, 4).data() == "2"  # a's notes changed in place
    model.set_rows([_row("c", "2015-01-01"), _row("b", "2020-01-01")])
    assert _shown(proxy) == ["c", "b"]
    assert [r.entry.identity for r in model.rows] == ["b", "c"]
    assert not resets
    moved = replace(_row("b", "2001-01-01").entry, title="b2")
    model.set_rows([Row(moved, Status()), _row("c", "2015-01-01")])
    assert _shown(proxy) == ["b2", "c"]  # a changed date re-sorts its row


def test_a_missing_file_is_shown_as_the_row_was_read_without_looking_at_the_disk(qtbot, tmp_path):
    # the view asks for every cell as it paints and sorts: a look at the file per call stalled
    # the window while hundreds of documents were added; the row read says whether it is there
    model = LibraryModel()
    there = tmp_path / "there.txt"
    there.write_text("x", encoding="utf-8")
    read_gone = Row(replace(_row("a", "2020-01-01").entry, path=str(there)), Status(), missing=True)
    read_there = Row(replace(_row("b", "2021-01-01").entry, path=str(tmp_path / "not-there.txt")), Status())
    model.set_rows([read_gone, read_there])
    assert model.index(0, 0).data().endswith("(file missing)")
    assert not model.index(1, 0).data().endswith("(file missing)")
    assert model.missing() == 1


def test_a_documents_length_agrees_with_its_count_written_as_the_status_bar_writes_it():
    assert [human_size(n) for n in (0, 1, 2, 2_008, 9_999)] == [
        "0 characters",
        "1 character",
        "2 characters",
        "2,008 characters",  # the notice: the status bar says Character 2,008 of 2,008 (was 2008)
        "9,999 characters",
    ]
    assert human_size(26_300) == "26.3k characters"
