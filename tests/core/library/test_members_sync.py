"""Two computers' library lists (members.json) merged keep what either removed: a document
taken out of the library, a tag taken off (reader.core.library.members_sync, the rule of
reader.core.removals). On the old code the merge was the union of both lists, and each came back."""

from __future__ import annotations

import json
import os
import shutil
import time

from reader.core.library.catalogue import Catalogue, read_list, write_members
from reader.core.removals import KEPT_SECONDS
from tests.core.library.test_tags import _laws

COPY = "members.sync-conflict-20261205-123456-ABCDEFG.json"


def test_a_document_removed_here_stays_removed_when_the_other_computer_s_list_arrives(tmp_path, data_dir):
    catalogue, ids = _laws(tmp_path, data_dir)
    company = ids["law-company-2018.md"]
    theirs = catalogue.members_path.read_bytes()  # the other computer's list, before the removal
    catalogue.forget(company)
    catalogue.members_path.with_name(COPY).write_bytes(theirs)
    catalogue.tag([ids["law-company-2023.md"]], add=["公司法"])  # the next change merges the copy
    assert not catalogue.members_path.with_name(COPY).exists()
    assert company not in {m.identity for m in catalogue.members()}
    assert catalogue.entry(company) is None
    said = catalogue.members_news()
    assert said and COPY in said[0] and "0 added, 0 removed" in said[0], said


def test_a_document_removed_on_the_other_computer_is_removed_here_and_from_the_index(tmp_path, data_dir):
    catalogue, ids = _laws(tmp_path, data_dir)
    company = ids["law-company-2018.md"]
    other = tmp_path / "other computer"  # its data folder, the list as it was synced to it
    (other / "library").mkdir(parents=True)
    shutil.copy(catalogue.members_path, other / "library" / "members.json")
    there = Catalogue(other)
    there.forget(company)
    shutil.copy(there.members_path, catalogue.members_path.with_name(COPY))
    catalogue.fold_members()
    assert company not in {m.identity for m in catalogue.members()}
    assert catalogue.follow_members() is True and catalogue.entry(company) is None
    assert catalogue.follow_members() is False
    assert "0 added, 1 removed" in catalogue.members_news()[0]


def test_a_tag_taken_off_here_stays_off_and_a_tag_given_there_is_kept(tmp_path, data_dir):
    catalogue, ids = _laws(tmp_path, data_dir)
    company = ids["law-company-2018.md"]
    catalogue.tag([company], add=["旧", "公司法"])
    theirs = json.loads(catalogue.members_path.read_text(encoding="utf-8"))
    catalogue.tag([company], remove=["旧"])
    for record in theirs["documents"]:  # there, meanwhile, another tag was given
        if record["identity"] == company:
            record["tags"].append("那边")
            record["tag_times"]["那边"] = time.time() + 1
    catalogue.members_path.with_name(COPY).write_text(json.dumps(theirs), encoding="utf-8")
    catalogue.fold_members()
    assert {m.identity: m.tags for m in catalogue.members()}[company] == ("公司法", "那边")
    assert catalogue.follow_members() is True and catalogue.tags()[company] == ("公司法", "那边")


def test_a_list_written_before_times_were_kept_still_reads_and_loses_to_removals(tmp_path, data_dir):
    catalogue, ids = _laws(tmp_path, data_dir)
    company = ids["law-company-2018.md"]
    old = [
        {"identity": m.identity, "path": m.path, "added": m.added, "content_hash": m.content_hash,
         "fingerprint": list(m.fingerprint), "tags": ["法律"]}
        for m in catalogue.members()
    ]  # fmt: skip
    catalogue.members_path.write_text(json.dumps({"version": 2, "documents": old}), encoding="utf-8")
    assert {m.identity for m in catalogue.members()} == set(ids.values())
    catalogue.forget(company)
    catalogue.tag([ids["law-company-2023.md"]], remove=["法律"])
    catalogue.members_path.with_name(COPY).write_text(json.dumps({"version": 2, "documents": old}), encoding="utf-8")
    catalogue.fold_members()
    tags = {m.identity: m.tags for m in catalogue.members()}
    assert tags == {ids["law-company-2023.md"]: (), ids["law-legislation-2015.md"]: ("法律",)}


def test_removals_older_than_a_year_are_forgotten_when_the_list_is_written(tmp_path, data_dir):
    catalogue, ids = _laws(tmp_path, data_dir)
    members, _ = read_list(catalogue.members_path)
    now = time.time()
    write_members(
        catalogue.members_path,
        members,
        {"old-0123456789abcdef": now - KEPT_SECONDS - 60, "new-0123456789abcdef": now - 60},
    )
    catalogue.tag([ids["law-company-2018.md"]], add=["旧"])
    assert set(read_list(catalogue.members_path)[1]) == {"new-0123456789abcdef"}


def test_a_file_indexed_again_unchanged_keeps_its_times(tmp_path, data_dir):
    """A member made afresh by indexing keeps the times of the one it replaces: with none, an
    older removal on the other computer would win over it."""
    from reader.core.library.adding import add_file

    catalogue, ids = _laws(tmp_path, data_dir)
    company = ids["law-company-2018.md"]
    catalogue.tag([company], add=["旧"])
    before = {m.identity: m for m in catalogue.members()}[company]
    assert before.changed and dict(before.tag_times)["旧"]
    law = tmp_path / "laws" / "law-company-2018.md"
    os.utime(law, (time.time() + 5, time.time() + 5))  # touched: indexed again, its text the same
    assert add_file(catalogue, data_dir, law).status != "unchanged"
    after = {m.identity: m for m in catalogue.members()}[company]
    assert (after.changed, after.tag_times, after.tags) == (before.changed, before.tag_times, ("旧",))
