"""Each way a highlight used to disappear, move or be overwritten (issue 12), one test each."""

import json

import pytest

from reader.core.annotations.store_info import orphaned_stores, store_files
from reader.core.export import gather, render
from reader.core.export.importing import plan_import
from reader.core.export.webanno import AnnotationImportError, parse
from reader.core.session import Session


def add(s, exact, occurrence=0, **fields):
    start = -1
    for _ in range(occurrence + 1):
        start = s.text.index(exact, start + 1)
    a = s.new_annotation(start, start + len(exact), **fields)
    s.apply(None, a)
    return a


def stored(s) -> dict:
    return json.loads(s.store.path.read_text(encoding="utf-8"))


# 1. a kept-aside store is never adopted as the live store
def test_a_kept_aside_store_is_never_read_again(notice_copy, data_dir):
    s = Session.open(notice_copy, data_dir)
    add(s, "工匠精神")
    s.save()
    data = stored(s)
    data["annotations"] = {"not": "a list"}  # damaged, yet still naming its document's hash
    s.store.path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    damaged = Session.open(notice_copy, data_dir)
    assert damaged.load_result.status == "corrupt"
    backup = damaged.load_result.backup
    # the reader closes without marking anything; the next run must not adopt the backup
    again = Session.open(notice_copy, data_dir)
    assert again.store.path != backup and ".corrupt-" not in again.store.path.name
    add(again, "勞動精神")
    again.save()
    third = Session.open(notice_copy, data_dir)
    assert [a.exact for a in third.annotations] == ["勞動精神"]
    assert backup.exists() and backup.name not in {p.name for p in store_files(backup.parent)}


# 2. one bad record hides nothing else
@pytest.mark.parametrize(
    "bad",
    [
        {"start": "0"},
        {"start": float("nan")},
        {"start": 9, "end": 3},
        {"colour": "orange"},
        {"modified": "<img src=x onerror=alert(1)>"},
    ],
    ids=["string-offset", "nan", "start-after-end", "unknown-colour", "not-a-time"],
)
def test_one_bad_record_is_quarantined_and_the_rest_stay_live(notice_copy, data_dir, bad):
    s = Session.open(notice_copy, data_dir)
    good = add(s, "工匠精神", note="好")
    victim = add(s, "勞動精神", note="壞")
    s.save()
    data = stored(s)
    record = next(r for r in data["annotations"] if r["id"] == victim.id)
    record.update(bad)
    s.store.path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")

    reopened = Session.open(notice_copy, data_dir)
    assert reopened.load_result.status == "ok"
    assert [a.id for a in reopened.annotations] == [good.id]
    assert len(reopened.quarantined) == 1 and reopened.quarantined[0]["id"] == victim.id
    add(reopened, "勞模精神")
    reopened.save()  # the bad record is written back verbatim, never dropped
    kept = stored(reopened)["quarantined"]
    assert len(kept) == 1 and kept[0]["id"] == victim.id and kept[0]["note"] == "壞"
    assert len(Session.open(notice_copy, data_dir).annotations) == 2


# 3. a moved and edited document finds its notes; an uncertain match is offered, not dropped
def test_a_moved_and_edited_document_finds_its_notes(notice_copy, data_dir, tmp_path):
    s = Session.open(notice_copy, data_dir)
    a = add(s, "工匠精神", note="帶走")
    s.save()
    moved = tmp_path / "elsewhere" / "通知.txt"
    moved.parent.mkdir()
    moved.write_text(notice_copy.read_text(encoding="utf-8").replace("全國總工會", "全總", 1), encoding="utf-8")
    notice_copy.unlink()
    found = Session.open(moved, data_dir)
    assert found.load_result.status == "attached"
    assert [(x.id, x.note) for x in found.annotations] == [(a.id, "帶走")]
    found.save()
    assert Session.open(moved, data_dir).load_result.status == "ok"  # found directly from now on


def test_an_uncertain_match_is_offered_and_reattach_takes_it(notice_copy, data_dir, tmp_path):
    s = Session.open(notice_copy, data_dir)
    add(s, "工匠精神", note="一")
    add(s, "勞動精神", note="二")
    s.save()
    text = notice_copy.read_text(encoding="utf-8")
    half = tmp_path / "half.txt"  # half the text: similar, not the same
    half.write_text(text[: len(text) // 2 + 200], encoding="utf-8")
    notice_copy.unlink()
    other = Session.open(half, data_dir)
    assert other.load_result.status == "new" and len(other.annotations) == 0
    (offer,) = other.load_result.candidates
    assert offer.count == 2 and 0.5 <= offer.similarity < 0.9
    assert [i.path for i in orphaned_stores(other.store.folder)] == [offer.path]
    assert other.attach(offer.path) == 2
    other.save()
    assert sorted(a.note for a in Session.open(half, data_dir).annotations) == ["一", "二"]
    assert orphaned_stores(other.store.folder) == []  # the old file is kept aside, not offered again
    assert list(other.store.folder.glob("*.attached-*.json"))


# 4. a save that lands between another process's read and its stat is not overwritten
SAVER = """
import sys
from reader.core.session import Session
s = Session.open(sys.argv[1], sys.argv[2])
start = s.text.index("勞動精神")
s.apply(None, s.new_annotation(start, start + 4))
s.save()
"""


def test_a_save_between_read_and_stat_is_not_lost(notice_copy, data_dir, monkeypatch):
    import subprocess
    import sys
    import time

    import reader.core.annotations.store as store

    first = Session.open(notice_copy, data_dir)
    add(first, "工匠精神")
    first.save()
    real_read = store.AnnotationStore._read
    saver = []

    def read_then_another_process_saves(self):
        result = real_read(self)
        # another process saves now, right after this read: unless the read and its stat are
        # one step under the lock, the stat would describe the other process's file
        saver.append(subprocess.Popen([sys.executable, "-c", SAVER, str(notice_copy), str(data_dir)]))
        time.sleep(1.0)
        return result

    monkeypatch.setattr(store.AnnotationStore, "_read", read_then_another_process_saves)
    late = Session.open(notice_copy, data_dir)
    monkeypatch.undo()
    assert saver[0].wait(timeout=60) == 0
    add(late, "勞模精神")
    late.save()
    assert sorted(a.exact for a in Session.open(notice_copy, data_dir).annotations) == [
        "勞動精神",
        "勞模精神",
        "工匠精神",
    ]


# 5. a low-confidence re-anchor is flagged and does not overwrite the stored place
def test_a_doubtful_move_is_flagged_and_the_stored_place_kept(notice_copy, data_dir):
    s = Session.open(notice_copy, data_dir)
    original_text = s.text
    a = add(s, "黨的二十大精神", occurrence=2, note="這一處")
    s.save()
    # delete the sentence that held it
    sentence_start = original_text.rfind("。", 0, a.start) + 1
    sentence_end = original_text.index("。", a.end) + 1
    notice_copy.write_text(original_text[:sentence_start] + original_text[sentence_end:], encoding="utf-8")
    edited = Session.open(notice_copy, data_dir)
    (moved,) = list(edited.annotations)
    assert moved.needs_check and not moved.orphaned
    add(edited, "工匠精神")  # any other edit saves the file
    edited.save()
    record = next(r for r in stored(edited)["annotations"] if r["id"] == a.id)
    assert (record["start"], record["end"], record["prefix"]) == (a.start, a.end, a.prefix)
    # the text is restored: the highlight is back where it was, and trusted
    notice_copy.write_text(original_text, encoding="utf-8")
    back = Session.open(notice_copy, data_dir).annotations.get(a.id)
    assert (back.start, back.end, back.needs_check) == (a.start, a.end, False)


def test_confirming_a_moved_highlight_stores_its_new_place(notice_copy, data_dir):
    s = Session.open(notice_copy, data_dir)
    a = add(s, "黨的二十大精神", occurrence=2)
    s.save()
    text = s.text
    cut_from = text.rfind("。", 0, a.start) + 1
    notice_copy.write_text(text[:cut_from] + text[text.index("。", a.end) + 1 :], encoding="utf-8")
    edited = Session.open(notice_copy, data_dir)
    moved = edited.annotations.get(a.id)
    edited.apply(moved, moved.confirmed())
    edited.save()
    record = stored(edited)["annotations"][0]
    assert (record["start"], record["end"]) == (moved.start, moved.end)
    assert not Session.open(notice_copy, data_dir).annotations.get(a.id).needs_check


# 6. re-importing an old export never overwrites a later edit
def test_reimport_without_modified_keeps_later_edits(notice_copy, data_dir):
    s = Session.open(notice_copy, data_dir)
    a = add(s, "工匠精神", note="最初")
    s.save()
    exported = json.loads(render(gather(s), "json"))
    for item in exported["first"]["items"]:
        del item["modified"]
        del item["created"]
    from dataclasses import replace
    from datetime import datetime, timedelta

    a_minute_ago = (datetime.now().astimezone() - timedelta(minutes=1)).isoformat(timespec="seconds")
    s.apply(a, replace(a.edited(note="後來改過"), modified=a_minute_ago))  # edited before the import
    s.save()
    changes, report = plan_import(s, parse(json.dumps(exported)))
    assert changes == [] and report.unchanged == 1
    assert s.annotations.get(a.id).note == "後來改過"


def test_an_identical_record_is_unchanged(notice_copy, data_dir):
    s = Session.open(notice_copy, data_dir)
    add(s, "工匠精神", note="同")
    s.save()
    changes, report = plan_import(s, parse(render(gather(s), "json")))
    assert (changes, report.unchanged, report.added, report.updated) == ([], 1, 0, 0)


# 7. two records with one id: both kept, counted honestly
def test_duplicate_ids_in_one_file_are_both_imported(notice_copy, data_dir, tmp_path):
    source = Session.open(notice_copy, data_dir)
    add(source, "工匠精神", note="甲")
    add(source, "勞動精神", note="乙")
    exported = json.loads(render(gather(source), "json"))
    items = exported["first"]["items"]
    items[1]["id"] = items[0]["id"]
    fresh_doc = tmp_path / "fresh.txt"
    fresh_doc.write_text(notice_copy.read_text(encoding="utf-8"), encoding="utf-8")
    fresh = Session.open(fresh_doc, tmp_path / "other-data")
    changes, report = plan_import(fresh, parse(json.dumps(exported)), allow_foreign=True)
    for before, after in changes:
        fresh.apply(before, after)
    assert report.added == 2 and report.renumbered == 1
    assert sorted(a.note for a in fresh.annotations) == sorted(["甲", "乙"])


# also: Hypothesis' JSON-LD (target as a list), and a foreign source is refused unless asked
def test_hypothesis_target_list_is_accepted(notice_copy, data_dir):
    s = Session.open(notice_copy, data_dir)
    item = {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "type": "Annotation",
        "id": "https://hypothes.is/a/abc",
        "created": "2024-05-01T10:00:00+00:00",
        "modified": "2024-05-01T10:00:00+00:00",
        "body": [{"type": "TextualBody", "value": "好句", "format": "text/markdown"}],
        "target": [
            {
                "source": f"urn:sha256:{s.document.content_hash}",
                "selector": [{"type": "TextQuoteSelector", "exact": "工匠精神", "prefix": "勞動精神、", "suffix": ""}],
            }
        ],
    }
    changes, report = plan_import(s, parse(json.dumps([item])))
    assert report.added == 1 and changes[0][1].note == "好句" and changes[0][1].exact == "工匠精神"


def test_a_file_for_another_document_is_refused_unless_confirmed(notice_copy, data_dir):
    from reader.core.export.importing import ForeignSourceError

    s = Session.open(notice_copy, data_dir)
    exported = json.loads(render(gather(s), "json"))
    add(s, "工匠精神")
    exported = json.loads(render(gather(s), "json"))
    for item in exported["first"]["items"]:
        item["target"]["source"] = "https://example.org/another-article.html"
    with pytest.raises(ForeignSourceError):
        plan_import(s, parse(json.dumps(exported)))


def test_imported_times_must_be_iso_8601():
    item = {
        "type": "Annotation",
        "created": "<img src=x onerror=alert(1)>",
        "target": {"selector": {"type": "TextQuoteSelector", "exact": "工匠精神"}},
    }
    with pytest.raises(AnnotationImportError, match="ISO 8601"):
        parse(json.dumps([item]))


def test_markdown_export_escapes_what_came_from_a_file(notice_copy, data_dir):
    s = Session.open(notice_copy, data_dir)
    add(s, "工匠精神")
    from reader.core.export import Labels

    labels = Labels(format_date=lambda stamp: "<img src=x onerror=alert(1)>")
    out = render(gather(s, labels=labels), "md")
    import re

    assert "\\<img" in out and not re.search(r"(?<!\\)<", out)  # every < escaped


def test_a_deeply_nested_store_is_kept_aside_not_a_crash(notice_copy, data_dir):
    s = Session.open(notice_copy, data_dir)
    add(s, "工匠精神")
    s.save()
    s.store.path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    again = Session.open(notice_copy, data_dir)
    assert again.load_result.status == "corrupt" and "nested" in again.load_result.message


def test_stale_temporaries_are_removed_at_open(notice_copy, data_dir):
    import os
    import time

    s = Session.open(notice_copy, data_dir)
    add(s, "工匠精神")
    s.save()
    folder = s.store.path.parent
    stale = folder / f".{s.store.path.name}.abc123.tmp"
    fresh = folder / f".{s.store.path.name}.def456.tmp"
    stale.write_text("half a save", encoding="utf-8")
    fresh.write_text("a save under way", encoding="utf-8")
    old = time.time() - 2 * 3600
    os.utime(stale, (old, old))
    Session.open(notice_copy, data_dir)
    assert not stale.exists() and fresh.exists()


# issue 25, item 7: a store holding two records with one id (two hand merges, a tool's bug)
def test_a_store_with_a_repeated_id_keeps_both_records(notice_copy, data_dir):
    s = Session.open(notice_copy, data_dir)
    first = add(s, "工匠精神", note="甲")
    add(s, "勞動精神", note="乙")
    add(s, "勞模精神", note="丙")
    s.save()
    data = stored(s)
    data["annotations"][1]["id"] = first.id
    data["annotations"].append(dict(data["annotations"][2]))  # and one record exactly twice
    s.store.path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    opened = Session.open(notice_copy, data_dir)
    assert sorted(a.note for a in opened.annotations) == ["丙", "乙", "甲"]
    assert first.id in opened.annotations  # the first in the file keeps its id
    # the new id is the same in every process that reads the file: no copy per window
    assert {a.id for a in Session.open(notice_copy, data_dir).annotations} == {a.id for a in opened.annotations}
    add(opened, "全國總工會", note="丁")
    opened.save()
    assert sorted(a["note"] for a in stored(opened)["annotations"]) == ["丁", "丙", "乙", "甲"]
    assert sorted(a.note for a in Session.open(notice_copy, data_dir).annotations) == ["丁", "丙", "乙", "甲"]


# issue 25, item 2: moved, noted at the new place, then edited there
def test_a_moved_then_edited_document_keeps_its_notes(notice_copy, data_dir, tmp_path, capsys):
    from reader.cli import main

    s = Session.open(notice_copy, data_dir)
    kept = add(s, "工匠精神", note="留下")
    doubtful = add(s, "職工", occurrence=5, note="要查")  # a word that occurs 13 times
    s.save()
    moved = tmp_path / "moved" / "notice.txt"
    moved.parent.mkdir()
    notice_copy.rename(moved)
    there = Session.open(moved, data_dir)  # the same text: found by its content hash
    new = add(there, "全國總工會", note="搬後")
    there.save()  # the store now names the new place
    text = moved.read_text(encoding="utf-8")
    at, end = doubtful.start, doubtful.end
    # an edit in place: the passage around one highlight rewritten, so its context is gone
    moved.write_text(text[: at - 12] + "（此處改寫）" + text[at:end] + "（改寫）" + text[end + 12 :], encoding="utf-8")
    edited = Session.open(moved, data_dir)
    assert edited.load_result.candidates == []  # never offered "from another place": it is this file
    assert edited.load_result.status == "edited"
    assert {a.id: a.note for a in edited.annotations} == {kept.id: "留下", doubtful.id: "要查", new.id: "搬後"}
    assert edited.annotations.get(doubtful.id).needs_check  # "moved, please check"
    assert not edited.annotations.get(kept.id).needs_check
    assert main(["export", str(moved), "--format", "md"]) == 0
    out = capsys.readouterr().out
    assert all(note in out for note in ("留下", "要查", "搬後"))


def test_a_declined_offer_stays_under_reattach(notice_copy, data_dir, tmp_path):
    """An edited copy elsewhere, its original still there: offered, never taken silently; after
    the reader says No and makes notes of their own, Reattach still lists it, and attaching it
    copies its notes: the original keeps them."""
    from reader.core.annotations.store_info import similar_stores

    s = Session.open(notice_copy, data_dir)
    add(s, "工匠精神", note="原本")
    s.save()
    text = notice_copy.read_text(encoding="utf-8")
    copy = tmp_path / "copy.txt"
    copy.write_text(text[: len(text) // 2 + 200], encoding="utf-8")
    other = Session.open(copy, data_dir)
    (offer,) = other.load_result.candidates
    add(other, "職工", note="自己的")  # the reader said No and made a note of their own
    other.save()
    again = Session.open(copy, data_dir)
    assert again.load_result.candidates == []  # it has its own store now: not asked again
    listed = similar_stores(again.store.folder, again.store.fingerprint, again.store.path)
    assert [i.path for i in listed] == [offer.path]
    assert again.attach(offer.path) == 1
    again.save()
    assert sorted(a.note for a in Session.open(copy, data_dir).annotations) == ["原本", "自己的"]
    assert [a.note for a in Session.open(notice_copy, data_dir).annotations] == ["原本"]


def test_a_file_rewritten_after_a_move_shows_its_notes_orphaned_not_hidden(notice_copy, data_dir, tmp_path):
    s = Session.open(notice_copy, data_dir)
    a = add(s, "工匠精神", note="留下")
    s.save()
    moved = tmp_path / "moved.txt"
    notice_copy.rename(moved)
    there = Session.open(moved, data_dir)
    there.apply(there.annotations.get(a.id), there.annotations.get(a.id).edited(note="搬後"))
    there.save()
    moved.write_text("全新的文字，與原來的通知毫不相干。" * 20, encoding="utf-8")  # nothing alike
    rewritten = Session.open(moved, data_dir)
    assert [(x.note, x.orphaned) for x in rewritten.annotations] == [("搬後", True)]
