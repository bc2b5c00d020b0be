"""A store file's records (reader.core.annotations.records): written, read back, merged."""

import json

from reader.core.annotations.model import Annotation
from reader.core.annotations.records import (
    SCHEMA_VERSION,
    StoreState,
    merge,
    parse_store,
    read_newer,
    serialise,
)

TEXT = "全國總工會召開會議，學習宣傳貫徹黨的二十大精神。"
DOCUMENT = {"path": "/somewhere/notice.txt", "content_hash": "abc", "title": "通知", "fingerprint": [3, 1, 2]}


def test_merge_newer_modification_wins():
    old = Annotation(0, 1, "甲", note="舊", created="2024-01-01T00:00:00+00:00")
    new = old.edited(note="新")
    assert merge(StoreState([old]), StoreState([new])).annotations == [new]
    assert merge(StoreState([new]), StoreState([old])).annotations == [new]
    deleted_later = StoreState([], {old.id: "2030-01-01T00:00:00+00:00"})
    assert merge(StoreState([new]), deleted_later).annotations == []


def test_a_serialised_store_reads_back_as_it_was_with_its_fingerprint_on_one_line():
    notes = [Annotation.on_text(TEXT, 0, 5, note="一"), Annotation.on_text(TEXT, 10, 12, colour="green")]
    state = StoreState(notes, {"gone": "2024-01-01T00:00:00+00:00"}, [{"id": 7}])
    raw = serialise(DOCUMENT, state, {})
    version, back, document = parse_store(raw)
    assert version == SCHEMA_VERSION and document == DOCUMENT
    assert back.annotations == sorted(notes, key=lambda a: a.sort_key)
    assert back.deleted == state.deleted and back.quarantined == [{"id": 7}]
    assert '"fingerprint": [3, 1, 2]' in raw  # one line, not one a number


def test_a_record_unchanged_since_the_last_save_is_not_encoded_again():
    note = Annotation.on_text(TEXT, 0, 5)
    encoded: dict = {}
    serialise(DOCUMENT, StoreState([note]), encoded)
    encoded[note] = json.dumps({**json.loads(encoded[note]), "note": "from the cache"}, ensure_ascii=False)
    _, back, _ = parse_store(serialise(DOCUMENT, StoreState([note]), encoded))
    assert [a.note for a in back.annotations] == ["from the cache"]


def test_a_newer_file_shows_the_records_this_version_reads():
    note = Annotation.on_text(TEXT, 0, 5)
    raw = json.loads(serialise(DOCUMENT, StoreState([note]), {}))
    raw.update(version=SCHEMA_VERSION + 1, annotations=[*raw["annotations"], {"id": "future", "shape": "circle"}])
    assert read_newer(json.dumps(raw)).annotations == [note]
