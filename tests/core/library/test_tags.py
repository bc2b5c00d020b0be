"""Tags (collections) of the library's documents: kept in members.json with each member, so
a rebuilt catalogue, a file indexed again and a moved file keep them (issue 29)."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

from reader.core.library.adding import add_file, library_files, rebuild
from reader.core.library.catalogue import Catalogue, clean_tag, write_members

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


def _laws(tmp_path: Path, data_dir: Path) -> tuple[Catalogue, dict[str, str]]:
    folder = tmp_path / "laws"
    folder.mkdir()
    for name in ("law-company-2018.md", "law-company-2023.md", "law-legislation-2015.md"):
        shutil.copy(CORPUS / "compare" / name, folder / name)
    catalogue = Catalogue(data_dir)
    ids = {p.name: add_file(catalogue, data_dir, p).identity for p in library_files([folder])}
    return catalogue, ids


def test_tags_are_given_to_several_documents_and_taken_away(tmp_path, data_dir):
    catalogue, ids = _laws(tmp_path, data_dir)
    companies = [ids["law-company-2018.md"], ids["law-company-2023.md"]]
    assert catalogue.tag(companies, add=["  公司法 ", "法律"]) == 2
    assert catalogue.tag([ids["law-legislation-2015.md"]], add=["法律"]) == 1
    assert catalogue.all_tags() == ["公司法", "法律"]
    assert catalogue.tags()[ids["law-company-2023.md"]] == ("公司法", "法律")
    assert catalogue.tag(companies, add=["公司法"]) == 0  # had it already: nothing changes
    assert catalogue.tag(companies, remove=["法律"]) == 2
    assert catalogue.tags() == {i: ("公司法",) for i in companies} | {ids["law-legislation-2015.md"]: ("法律",)}
    assert catalogue.tag(companies, add=["   "]) == 0 and clean_tag("a \n b") == "a b"


def test_tags_survive_a_rebuild_a_change_and_a_move(tmp_path, data_dir):
    catalogue, ids = _laws(tmp_path, data_dir)
    law = tmp_path / "laws" / "law-company-2023.md"
    catalogue.tag([ids[law.name]], add=["现行"])
    law.write_text(law.read_text(encoding="utf-8") + "\n附则\n", encoding="utf-8")
    add_file(catalogue, data_dir, law)  # indexed again: still tagged
    moved = tmp_path / "elsewhere.md"
    law.rename(moved)
    assert add_file(catalogue, data_dir, moved).identity == ids[law.name]
    catalogue.tag([ids["law-company-2018.md"]], add=["旧法"])
    (tmp_path / "laws" / "law-company-2018.md").unlink()  # gone when the catalogue is rebuilt
    catalogue.close()
    for extra in ("", "-wal", "-shm"):
        Path(str(catalogue.db_path) + extra).unlink(missing_ok=True)
    again = Catalogue(data_dir)
    list(rebuild(again, data_dir))
    assert again.tags() == {ids[law.name]: ("现行",), ids["law-company-2018.md"]: ("旧法",)}
    assert [e.path for e in again.entries() if e.identity == ids[law.name]] == [str(moved.resolve())]


def test_tags_changed_in_members_json_elsewhere_reach_the_database(tmp_path, data_dir):
    # a sync tool brings another computer's members.json: the database's copy follows it
    catalogue, ids = _laws(tmp_path, data_dir)
    catalogue.tag([ids["law-company-2018.md"]], add=["旧"])
    elsewhere = [replace(m, tags=("公司法",)) if "company" in m.path else m for m in catalogue.members()]
    write_members(catalogue.members_path, elsewhere)
    assert catalogue.tags() == {ids["law-company-2018.md"]: ("旧",)}
    assert catalogue.follow_members() is True and catalogue.follow_members() is False
    assert catalogue.tags() == {ids["law-company-2018.md"]: ("公司法",), ids["law-company-2023.md"]: ("公司法",)}


def test_a_damaged_members_json_is_kept_aside_and_said_not_written_over(tmp_path, data_dir):
    """A half-synced members.json read as an empty list: the next document added wrote a list
    of that one document over it, and every other member and every tag was gone, unsaid."""
    catalogue, ids = _laws(tmp_path, data_dir)
    catalogue.tag(list(ids.values()), add=["法律"])
    catalogue.close()
    whole = catalogue.members_path.read_bytes()
    catalogue.members_path.write_bytes(whole[: len(whole) // 2])  # the sync tool stopped half way
    again = Catalogue(data_dir)
    kept = list(catalogue.members_path.parent.glob("members.damaged-*.json"))
    assert [p.read_bytes() for p in kept] == [whole[: len(whole) // 2]]
    said = again.members_news()
    assert said and "not valid JSON" in said[0] and kept[0].name in said[0], said
    assert again.members_news() == []  # said once


def test_another_computers_members_json_left_as_a_conflict_copy_is_merged_and_said(tmp_path, data_dir):
    """Each computer added documents and tags while apart; Syncthing kept the other's list as
    members.sync-conflict-….json. It was never read: the other computer's documents and tags
    were missing here, and said nowhere."""
    catalogue, ids = _laws(tmp_path, data_dir)
    company = ids["law-company-2018.md"]
    theirs = [replace(m, tags=("公司法",)) if m.identity == company else m for m in catalogue.members()]
    extra = replace(theirs[0], identity="other-0123456789abcdef", path="/elsewhere/另一台电脑.txt", tags=("那边",))
    copy = catalogue.members_path.with_name("members.sync-conflict-20261205-123456-ABCDEFG.json")
    write_members(copy, [*theirs, extra])
    catalogue.tag([company], add=["旧"])  # this computer's change, after the copy came
    assert not copy.exists()
    members = {m.identity: m for m in catalogue.members()}
    assert "other-0123456789abcdef" in members
    assert set(members[company].tags) == {"旧", "公司法"}
    assert catalogue.follow_members() is True and catalogue.tags()["other-0123456789abcdef"] == ("那边",)
    said = catalogue.members_news()
    assert said and copy.name in said[0] and "1 added" in said[0], said
