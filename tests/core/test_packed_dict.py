"""OpenCC's large tables held packed in the window (reader.core.packed_dict): the same answers,
the same conversions, no dict of the phrases left."""

import os
from pathlib import Path

import opencc
import pytest
from opencc import opencc as opencc_module

from reader.core import packed_dict, scripts
from reader.core.packed_dict import PACKED_ENTRIES, PackedDict, packed_converter, read_table
from reader.core.scripts import Script

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
PHRASES = os.path.join(os.path.dirname(opencc_module.__file__), opencc_module.DICT_DIR, "STPhrases.txt")


def test_a_packed_table_answers_every_key_and_no_other_as_opencc_s_dict():
    longest, shortest, table = read_table(PHRASES)
    assert isinstance(table, PackedDict) and len(table) >= PACKED_ENTRIES
    (own_longest, own_shortest, own), *_ = opencc.OpenCC("s2tw")._dict_chain_data[0]
    assert (longest, shortest, len(table)) == (own_longest, own_shortest, len(own))
    for key, value in own.items():
        assert key in table
        assert table[key] == value.split(" ")[0]  # all OpenCC uses of a value
    for other in ("", "红", "红楼梦里", "𠀀𠀁", "中文中文中文", 7, None):
        assert (other in table) is (other in own)
    with pytest.raises(KeyError):
        table["红楼梦里"]


def test_a_key_given_twice_keeps_its_last_value_as_a_dict_filled_in_order():
    pairs = [("头发", "頭髮"), ("发展", "發展"), ("头发", "頭髮 頭發")] + [(f"詞{i}", f"词{i}") for i in range(50)]
    table = PackedDict(pairs)
    assert len(table) == 52 and table["头发"] == "頭髮" and table["詞7"] == "词7"


@pytest.mark.parametrize("config", ["s2tw", "s2t", "t2s", "tw2s", "s2hk"])
def test_a_packed_converter_converts_as_opencc(config):
    own, packed = opencc.OpenCC(config), packed_converter(config)
    texts = [
        (CORPUS / "hongloumeng.txt").read_text(encoding="utf-8")[300_000:330_000],
        (CORPUS / "law-civil-code.txt").read_text(encoding="utf-8")[:30_000],
        (CORPUS / "law-constitution.md").read_text(encoding="utf-8")[:30_000],
    ]
    for text in texts:
        assert packed.convert(text) == own.convert(text)


def test_the_window_s_converters_hold_the_phrases_packed_and_convert_the_same(monkeypatch):
    text = (CORPUS / "hongloumeng.txt").read_text(encoding="utf-8")[500_000:520_000]
    scripts._opencc.cache_clear()
    monkeypatch.setattr(packed_dict, "_in_this_process", False)
    own = scripts.convert_with_map(text, "s2tw", Script.TRADITIONAL, by_words=False)
    scripts._opencc.cache_clear()
    packed_dict.pack_in_this_process()
    try:
        view = scripts.convert_with_map(text, "s2tw", Script.TRADITIONAL, by_words=False)
        tables = [t for group in scripts._opencc("s2tw")._dict_chain_data for _, _, t in group]
        assert any(isinstance(t, PackedDict) for t in tables)
        assert not any(isinstance(t, dict) and len(t) >= PACKED_ENTRIES for t in tables)
        assert (view.text, view.segments) == (own.text, own.segments)
    finally:
        scripts._opencc.cache_clear()  # the next test loads its own (monkeypatch puts the switch back)
        packed_dict.forget_tables()


def test_the_window_s_tables_for_its_previews_are_built_outside_the_conversions_lock_making_way(monkeypatch):
    # scripts.warm in the window's housekeeping thread: building s2t's tables is 0.15-0.35 s of
    # Python, which went on beside the window's turns (opening 红楼梦: 343 ms of that thread's
    # CPU while the window worked), under the lock every conversion of the window's takes, so
    # it could not make way. Now it makes way at its steps, the lock free meanwhile.
    import threading

    from reader.core.job_threads import make_way_while

    scripts._opencc.cache_clear()
    packed_dict.forget_tables()
    monkeypatch.setattr(packed_dict, "_in_this_process", True)
    asked, go_on = threading.Event(), threading.Event()

    def told() -> float:  # as the housekeeping thread is told while the reader or the window acts
        asked.set()
        return 0.0 if go_on.is_set() else 0.01

    def housekeeping() -> None:
        make_way_while(told)
        try:
            scripts.warm("s2t")
        finally:
            make_way_while(None)

    thread = threading.Thread(target=housekeeping)
    thread.start()
    try:
        assert asked.wait(20), "building the tables never made way"
        assert scripts._lock.acquire(timeout=1), "it made way holding the conversions' lock"
        scripts._lock.release()
    finally:
        go_on.set()
        thread.join(30)
    try:
        text = (CORPUS / "hongloumeng.txt").read_text(encoding="utf-8")[300_000:330_000]
        converter = scripts._opencc("s2t")
        assert any(isinstance(t, PackedDict) for group in converter._dict_chain_data for _, _, t in group)
        assert converter.convert(text) == opencc.OpenCC("s2t").convert(text)
    finally:
        scripts._opencc.cache_clear()
        packed_dict.forget_tables()
